#pragma once

#include "bundle.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Dossier {

class Database;

// What to export. Empty lists do not narrow: no documents and no tags is
// the whole library.
struct ExportScope {
    QList<qint64> documentIds; // these documents only
    QStringList tagPaths; // annotations with one of these tags or a tag below it
    bool includePrivate = false; // private annotations are left out unless asked for
    QString author;
};

// Gathers the documents, tags and annotations a scope selects into a Bundle,
// the one model every export format writes.
class BundleCollector
{
public:
    explicit BundleCollector(Database &database);

    Expected<Bundle> collect(const ExportScope &scope) const;

private:
    Database &m_database;
};

} // namespace Dossier
