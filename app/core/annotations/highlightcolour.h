#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace Dossier {

// One of the six named highlight colours. The key is what the database,
// bundles and the command line store; the label is shown to the user; each
// has a shade for light and one for dark backgrounds, both keeping text
// readable.
struct HighlightColour {
    const char *key;
    const char *label; // QT_TRANSLATE_NOOP("Dossier::HighlightColour", ...)
    QRgb light;
    QRgb dark;

    QString keyString() const { return QLatin1String(key); }
    QString displayName() const;
    QColor colour(bool darkBackground) const { return QColor::fromRgb(darkBackground ? dark : light); }

    // The palette, in menu and shortcut order (Ctrl+1 ... Ctrl+6).
    static const QList<HighlightColour> &palette();
    // The colour with this key; nullptr when there is none.
    static const HighlightColour *find(const QString &key);
    // The keys, comma-separated, for messages such as "unknown colour".
    static QString keyList();
};

} // namespace Dossier
