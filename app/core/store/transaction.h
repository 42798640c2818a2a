#pragma once

#include "result.h"

namespace Dossier {

class Database;

// One user action's worth of writes: commits all or nothing. The outermost
// transaction takes the write lock at once (BEGIN IMMEDIATE, so that two
// writers wait for each other instead of failing half-way); nested ones are
// savepoints, so that a store method can run alone or inside a larger
// action (an undo macro, a bulk edit).
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction(); // rolls back unless committed
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether the transaction could begin; the error says why not.
    const Result &begun() const { return m_begun; }
    Result commit();

private:
    bool exec(const QString &statement, QString *error = nullptr);
    void rollback();

    Database &m_database;
    int m_depth = 0;
    bool m_open = false;
    Result m_begun = Result::success();
};

} // namespace Dossier
