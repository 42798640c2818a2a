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
const QString ReaderFontFamily = QStringLiteral("reader/fontFamily");
const QString ReaderFontSize = QStringLiteral("reader/fontSize");
const QString Theme = QStringLiteral("appearance/theme");
const QString Language = QStringLiteral("appearance/language");
const QString DatabasePath = QStringLiteral("library/databasePath");
const QString PaperSize = QStringLiteral("briefing/paperSize");
const QString AuthorName = QStringLiteral("briefing/authorName");
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

QString Settings::linkedScrolling() const
{
    const QString value = m_settings.value(Key::LinkedScrolling).toString();
    if (value == QLatin1String("proportional") || value == QLatin1String("passages"))
        return value;
    return value == QLatin1String("true") ? QStringLiteral("proportional") : QStringLiteral("off");
}

void Settings::setLinkedScrolling(const QString &mode)
{
    m_settings.setValue(Key::LinkedScrolling, mode);
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

QString Settings::readerFontFamily() const
{
    return m_settings.value(Key::ReaderFontFamily).toString();
}

void Settings::setReaderFontFamily(const QString &family)
{
    m_settings.setValue(Key::ReaderFontFamily, family);
}

int Settings::readerFontSize() const
{
    return qBound(0, m_settings.value(Key::ReaderFontSize, 0).toInt(), 72);
}

void Settings::setReaderFontSize(int points)
{
    m_settings.setValue(Key::ReaderFontSize, points);
}

QString Settings::theme() const
{
    return m_settings.value(Key::Theme).toString();
}

void Settings::setTheme(const QString &name)
{
    m_settings.setValue(Key::Theme, name);
}

QString Settings::language() const
{
    return m_settings.value(Key::Language).toString();
}

void Settings::setLanguage(const QString &code)
{
    m_settings.setValue(Key::Language, code);
}

QString Settings::databasePath() const
{
    return m_settings.value(Key::DatabasePath).toString();
}

void Settings::setDatabasePath(const QString &path)
{
    m_settings.setValue(Key::DatabasePath, path);
}

// Stored by name, not by enum value, so the file reads well and survives
// changes to Qt's numbering.
namespace {
const QString BriefingGroup = QStringLiteral("briefing");
} // namespace

bool Settings::hasBriefingDraft() const
{
    return m_settings.contains(BriefingGroup + QStringLiteral("/sections"));
}

BriefingOptions Settings::briefingDraft() const
{
    BriefingOptions o;
    const QString g = BriefingGroup + QLatin1Char('/');
    o.title = m_settings.value(g + QStringLiteral("title")).toString();
    o.subtitle = m_settings.value(g + QStringLiteral("subtitle")).toString();
    o.classification = m_settings.value(g + QStringLiteral("classification")).toString();
    o.summary = m_settings.value(g + QStringLiteral("summary")).toString();
    o.includePrivate = m_settings.value(g + QStringLiteral("includePrivate"), false).toBool();
    if (m_settings.contains(g + QStringLiteral("sections"))) {
        o.sections.clear();
        const QVariantList sections = m_settings.value(g + QStringLiteral("sections")).toList();
        for (const QVariant &v : sections) {
            const int section = v.toInt();
            if (section >= int(BriefingOptions::Section::Summary) && section <= int(BriefingOptions::Section::Sources))
                o.sections.append(BriefingOptions::Section(section));
        }
    }
    return o;
}

void Settings::setBriefingDraft(const BriefingOptions &o)
{
    const QString g = BriefingGroup + QLatin1Char('/');
    m_settings.setValue(g + QStringLiteral("title"), o.title);
    m_settings.setValue(g + QStringLiteral("subtitle"), o.subtitle);
    m_settings.setValue(g + QStringLiteral("classification"), o.classification);
    m_settings.setValue(g + QStringLiteral("summary"), o.summary);
    m_settings.setValue(g + QStringLiteral("includePrivate"), o.includePrivate);
    QVariantList sections;
    for (BriefingOptions::Section s : o.sections)
        sections.append(int(s));
    m_settings.setValue(g + QStringLiteral("sections"), sections);
}

QPageSize::PageSizeId Settings::paperSize() const
{
    const QString name = m_settings.value(Key::PaperSize).toString();
    return name.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0 ? QPageSize::Letter : QPageSize::A4;
}

void Settings::setPaperSize(QPageSize::PageSizeId size)
{
    m_settings.setValue(Key::PaperSize, size == QPageSize::Letter ? QStringLiteral("Letter") : QStringLiteral("A4"));
}

QString Settings::authorName() const
{
    return m_settings.value(Key::AuthorName).toString();
}

void Settings::setAuthorName(const QString &name)
{
    m_settings.setValue(Key::AuthorName, name.trimmed());
}

} // namespace Dossier
