#include "highlightcolour.h"

#include <QCoreApplication>

namespace Dossier {

QString HighlightColour::displayName() const
{
    return QCoreApplication::translate("Dossier::HighlightColour", label);
}

const QList<HighlightColour> &HighlightColour::palette()
{
    // Light shades are pale enough for black text, dark shades deep enough
    // for light text; hues stay apart for colour-blind users (no red/green
    // pair at the same lightness).
    static const QList<HighlightColour> colours = {
        {"yellow", QT_TRANSLATE_NOOP("Dossier::HighlightColour", "Yellow"), qRgb(0xff, 0xe0, 0x66), qRgb(0x7a, 0x65, 0x00)},
        {"green", QT_TRANSLATE_NOOP("Dossier::HighlightColour", "Green"), qRgb(0xb2, 0xe8, 0xa6), qRgb(0x2e, 0x6b, 0x35)},
        {"blue", QT_TRANSLATE_NOOP("Dossier::HighlightColour", "Blue"), qRgb(0xa5, 0xd8, 0xff), qRgb(0x1f, 0x5a, 0x85)},
        {"pink", QT_TRANSLATE_NOOP("Dossier::HighlightColour", "Pink"), qRgb(0xff, 0xb8, 0xd0), qRgb(0x8c, 0x30, 0x55)},
        {"orange", QT_TRANSLATE_NOOP("Dossier::HighlightColour", "Orange"), qRgb(0xff, 0xc9, 0x8b), qRgb(0x8f, 0x4f, 0x12)},
        {"purple", QT_TRANSLATE_NOOP("Dossier::HighlightColour", "Purple"), qRgb(0xd6, 0xc8, 0xff), qRgb(0x5b, 0x3f, 0x99)},
    };
    return colours;
}

const HighlightColour *HighlightColour::find(const QString &key)
{
    for (const HighlightColour &c : palette()) {
        if (key == QLatin1String(c.key))
            return &c;
    }
    return nullptr;
}

QString HighlightColour::keyList()
{
    QStringList keys;
    for (const HighlightColour &c : palette())
        keys.append(c.keyString());
    return keys.join(QStringLiteral(", "));
}

} // namespace Dossier
