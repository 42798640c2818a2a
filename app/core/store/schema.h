#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Dossier::Schema {

// One step of the schema. The list of steps is the only definition of the
// database's schema; PRAGMA user_version records how many have run.
struct Migration {
    int version;
    QStringList statements;
};

const QList<Migration> &migrations();
int latestVersion();

// A connection's scratch table for a batch of imported documents (TEMP: it
// is not in the library file and needs no migration): the rows are staged
// one statement each, then copied into documents in one statement, because
// inside a transaction FTS5 writes its pending index data at every
// statement that writes (DocumentInserter::insertAll).
QString importStagingTable();

} // namespace Dossier::Schema
