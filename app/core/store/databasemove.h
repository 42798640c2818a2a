#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace Dossier {

class Database;

// Moves the library's database file to a new place without ever putting it
// at risk: everything in the write-ahead log goes into the file, the database
// is closed, the file copied (through QSaveFile: a partial copy never appears
// under the new name), the copy opened and checked, and only then does the
// database switch to it. On any failure the copy is removed and the database
// reopened where it was. The old file is kept: the caller tells the user.
class DatabaseMove
{
    Q_DECLARE_TR_FUNCTIONS(Dossier::DatabaseMove)
public:
    explicit DatabaseMove(Database &database);
    virtual ~DatabaseMove() = default;

    Result moveTo(const QString &target);

protected:
    // The copy step (tests replace it to make a copy go bad).
    virtual Result copy(const QString &from, const QString &to);

private:
    Result verify(const QString &path);

    Database &m_database;
};

} // namespace Dossier
