#pragma once

#include "briefing/briefing.h"

#include <QByteArray>
#include <QList>
#include <QPageSize>
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
    // How two panes scroll together: "off", "proportional" or "passages"
    // (by the passages they share). Before the choice of modes the setting
    // was on or off: on reads as proportional.
    QString linkedScrolling() const;
    void setLinkedScrolling(const QString &mode);
    int readerZoom() const;
    void setReaderZoom(int steps);
    // The user's own highlights in the reader (View > Highlights).
    bool showAnnotations() const;
    void setShowAnnotations(bool on);

    // Preferences. An empty family or a size of 0 means the system's font;
    // an empty theme follows the system's light or dark palette.
    QString readerFontFamily() const;
    void setReaderFontFamily(const QString &family);
    int readerFontSize() const;
    void setReaderFontSize(int points);
    QString theme() const; // a KSyntaxHighlighting theme name
    void setTheme(const QString &name);
    // "" for the system's language, else "en", "ja" or "de"; read at start.
    QString language() const;
    void setLanguage(const QString &code);
    // The library's database; empty for the per-user default location.
    QString databasePath() const;
    void setDatabasePath(const QString &path);
    // The briefing composer's last state (title, subtitle, classification,
    // summary, sections in order, private notes): nothing written there is
    // lost when the composer closes. hasBriefingDraft() is false before the
    // first use.
    bool hasBriefingDraft() const;
    BriefingOptions briefingDraft() const;
    void setBriefingDraft(const BriefingOptions &options);

    QPageSize::PageSizeId paperSize() const; // briefings: A4 or Letter
    void setPaperSize(QPageSize::PageSizeId size);
    QString authorName() const; // bundles and briefings; may be empty
    void setAuthorName(const QString &name);

    QString fileName() const { return m_settings.fileName(); }
    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace Dossier
