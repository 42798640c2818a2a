#include "databasemove.h"

#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace Dossier {

DatabaseMove::DatabaseMove(Database &database)
    : m_database(database)
{
}

Result DatabaseMove::moveTo(const QString &target)
{
    const QString source = m_database.path();
    const QFileInfo to(target);
    if (!m_database.isOpen() || source.isEmpty())
        return Result::failure(tr("No database is open."));
    if (to.absoluteFilePath() == QFileInfo(source).absoluteFilePath())
        return Result::failure(tr("The database is already at %1.").arg(target));
    // A stray log beside the target would be applied to the copy by SQLite.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(target + suffix))
            return Result::failure(tr("%1 already exists; choose a name that is not taken.").arg(target + suffix));
    }
    if (!QDir().mkpath(to.absolutePath()))
        return Result::failure(tr("Cannot create the folder %1.").arg(to.absolutePath()));

    // One self-contained file: the write-ahead log folded into it.
    QSqlQuery checkpoint(m_database.connection());
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || (checkpoint.next() && checkpoint.value(0).toInt() != 0))
        return Result::failure(tr("The database is busy; try again in a moment."));
    checkpoint.finish();
    m_database.close();

    Result moved = copy(source, target);
    if (moved)
        moved = verify(target);
    if (moved)
        moved = m_database.open(target);
    if (moved)
        return moved;

    // The copy is not trusted: remove it and carry on with the original.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(target + suffix);
    const Result reopened = m_database.open(source);
    if (!reopened)
        return Result::failure(tr("%1 The original database could not be reopened either: %2").arg(moved.error(), reopened.error()));
    return Result::failure(tr("The database was not moved: %1 It stays at %2.").arg(moved.error(), source));
}

Result DatabaseMove::copy(const QString &from, const QString &to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return Result::failure(tr("Cannot read %1: %2").arg(from, in.errorString()));
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly))
        return Result::failure(tr("Cannot write %1: %2").arg(to, out.errorString()));
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFile::NoError)
            return Result::failure(tr("Cannot read %1: %2").arg(from, in.errorString()));
        if (out.write(chunk) != chunk.size())
            return Result::failure(tr("Cannot write %1: %2").arg(to, out.errorString()));
    }
    if (!out.commit())
        return Result::failure(tr("Cannot write %1: %2").arg(to, out.errorString()));
    return Result::success();
}

// Opened as a Dossier database and found whole by SQLite.
Result DatabaseMove::verify(const QString &path)
{
    Database copy;
    const Result opened = copy.open(path);
    if (!opened)
        return Result::failure(tr("The copy could not be opened: %1").arg(opened.error()));
    QSqlQuery check(copy.connection());
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next() || check.value(0).toString() != QLatin1String("ok"))
        return Result::failure(tr("The copy is damaged."));
    return Result::success();
}

} // namespace Dossier
