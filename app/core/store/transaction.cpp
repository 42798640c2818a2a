#include "transaction.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Dossier {

Transaction::Transaction(Database &database)
    : m_database(database)
    , m_depth(database.m_transactionDepth)
{
    QString error;
    const QString statement = m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT s%1").arg(m_depth);
    if (!exec(statement, &error)) {
        m_begun = Result::failure(QCoreApplication::translate("Dossier::Transaction", "Cannot write to the database: %1").arg(error));
        return;
    }
    m_open = true;
    ++m_database.m_transactionDepth;
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::exec(const QString &statement, QString *error)
{
    QSqlQuery query(m_database.connection());
    if (query.exec(statement))
        return true;
    if (error)
        *error = Database::errorText(query.lastError());
    return false;
}

Result Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Result::failure(QStringLiteral("transaction already finished")) : m_begun;
    QString error;
    if (!exec(m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE s%1").arg(m_depth), &error)) {
        rollback();
        return Result::failure(QCoreApplication::translate("Dossier::Transaction", "Cannot save the change: %1").arg(error));
    }
    m_open = false;
    --m_database.m_transactionDepth;
    return Result::success();
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    if (m_depth == 0)
        exec(QStringLiteral("ROLLBACK"));
    else
        exec(QStringLiteral("ROLLBACK TO s%1").arg(m_depth)) && exec(QStringLiteral("RELEASE s%1").arg(m_depth));
    m_open = false;
    --m_database.m_transactionDepth;
}

} // namespace Dossier
