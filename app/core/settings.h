#pragma once

#include <QByteArray>
#include <QList>
#include <QSettings>

namespace Dossier {

// The user's settings, typed, over QSettings: one place for every key.
class Settings
{
public:
    Settings();
    explicit Settings(const QString &fileName); // tests: an INI file

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &value);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &value);

    // Documents open in the reader (left, right) and their scroll positions.
    QList<qint64> openDocuments() const;
    void setOpenDocuments(const QList<qint64> &ids);
    QList<int> scrollPositions() const;
    void setScrollPositions(const QList<int> &positions);

    int readerLayers() const; // EntityHighlighter::Layers
    void setReaderLayers(int layers);
    bool linkedScrolling() const;
    void setLinkedScrolling(bool on);
    int readerZoom() const;
    void setReaderZoom(int steps);
    // The user's own highlights in the reader (View > Highlights).
    bool showAnnotations() const;
    void setShowAnnotations(bool on);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace Dossier
