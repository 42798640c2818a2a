#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Dossier {

// A tag. Tags form a tree: "policy/deterrence" is the tag "deterrence" whose
// parent is "policy". name is the last segment, path the whole.
struct Tag {
    qint64 id = 0;
    QString uuid;
    QString name;
    qint64 parentId = 0; // 0 for a top-level tag
    QString colour; // "#rrggbb", or empty for none

    QString path; // filled in by TagStore

    bool isValid() const { return id > 0 && isValidName(name); }
    bool operator==(const Tag &o) const
    {
        return id == o.id && uuid == o.uuid && name == o.name && parentId == o.parentId && colour == o.colour;
    }
    bool operator!=(const Tag &o) const { return !(*this == o); }

    static constexpr QChar Separator = QLatin1Char('/');
    // A tag name: not empty, no separator, no leading or trailing space.
    static bool isValidName(const QString &name);
    // The segments of a path such as " policy / deterrence "; empty when the
    // path has an empty segment or none at all.
    static QStringList splitPath(const QString &path);
};

} // namespace Dossier
