#include "settings.h"

namespace Dossier {

namespace Key {
const QString WindowGeometry = QStringLiteral("window/geometry");
const QString WindowState = QStringLiteral("window/state");
const QString OpenDocuments = QStringLiteral("reader/openDocuments");
const QString ScrollPositions = QStringLiteral("reader/scrollPositions");
const QString ReaderLayers = QStringLiteral("reader/layers");
const QString LinkedScrolling = QStringLiteral("reader/linkedScrolling");
const QString ReaderZoom = QStringLiteral("reader/zoom");
const QString ShowAnnotations = QStringLiteral("reader/showAnnotations");
} // namespace Key

Settings::Settings() = default;

Settings::Settings(const QString &fileName)
    : m_settings(fileName, QSettings::IniFormat)
{
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &value)
{
    m_settings.setValue(Key::WindowGeometry, value);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(Key::WindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &value)
{
    m_settings.setValue(Key::WindowState, value);
}

QList<qint64> Settings::openDocuments() const
{
    QList<qint64> ids;
    const QVariantList list = m_settings.value(Key::OpenDocuments).toList();
    for (const QVariant &v : list)
        ids.append(v.toLongLong());
    return ids;
}

void Settings::setOpenDocuments(const QList<qint64> &ids)
{
    QVariantList list;
    for (qint64 id : ids)
        list.append(id);
    m_settings.setValue(Key::OpenDocuments, list);
}

QList<int> Settings::scrollPositions() const
{
    QList<int> positions;
    const QVariantList list = m_settings.value(Key::ScrollPositions).toList();
    for (const QVariant &v : list)
        positions.append(v.toInt());
    return positions;
}

void Settings::setScrollPositions(const QList<int> &positions)
{
    QVariantList list;
    for (int p : positions)
        list.append(p);
    m_settings.setValue(Key::ScrollPositions, list);
}

int Settings::readerLayers() const
{
    return m_settings.value(Key::ReaderLayers, -1).toInt();
}

void Settings::setReaderLayers(int layers)
{
    m_settings.setValue(Key::ReaderLayers, layers);
}

bool Settings::linkedScrolling() const
{
    return m_settings.value(Key::LinkedScrolling, false).toBool();
}

void Settings::setLinkedScrolling(bool on)
{
    m_settings.setValue(Key::LinkedScrolling, on);
}

int Settings::readerZoom() const
{
    return m_settings.value(Key::ReaderZoom, 0).toInt();
}

void Settings::setReaderZoom(int steps)
{
    m_settings.setValue(Key::ReaderZoom, steps);
}

bool Settings::showAnnotations() const
{
    return m_settings.value(Key::ShowAnnotations, true).toBool();
}

void Settings::setShowAnnotations(bool on)
{
    m_settings.setValue(Key::ShowAnnotations, on);
}

} // namespace Dossier
