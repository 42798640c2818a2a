#include "tag.h"

namespace Dossier {

bool Tag::isValidName(const QString &name)
{
    return !name.isEmpty() && !name.contains(Separator) && name.trimmed() == name;
}

QStringList Tag::splitPath(const QString &path)
{
    QStringList segments = path.split(Separator);
    for (QString &segment : segments) {
        segment = segment.simplified();
        if (segment.isEmpty())
            return {};
    }
    return segments;
}

} // namespace Dossier
