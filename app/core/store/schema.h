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

} // namespace Dossier::Schema
