#include "database.h"

#include "schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStore, "dossier.store")

namespace Dossier {

namespace {

bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(16);
    return head.isEmpty() || head == QByteArrayLiteral("SQLite format 3\0");
}

} // namespace

Database::Database(QObject *parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("dossier-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("dossier.sqlite"));
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = connection();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result Database::open(const QString &path)
{
    close();
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Result::failure(tr("%1 is not a file.").arg(path));
    if (info.exists() && !looksLikeSqlite(path))
        return Result::failure(tr("%1 is not a Dossier database (it is not an SQLite file); it was left untouched.").arg(path));
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return Result::failure(tr("Cannot create the folder %1.").arg(info.absolutePath()));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString error = db.lastError().text();
        close();
        return Result::failure(tr("Cannot open the database %1: %2").arg(path, error));
    }
    m_path = path;
    Result result = configure();
    if (result)
        result = migrate();
    if (!result)
        close();
    return result;
}

Result Database::configure()
{
    QSqlQuery query(connection());
    // A read that fails here means the file is damaged or not a database.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return Result::failure(tr("%1 cannot be read as a database: %2").arg(m_path, query.lastError().text()));
    const int version = schemaVersion();
    if (version > Schema::latestVersion())
        return Result::failure(tr("%1 was written by a newer version of Dossier (schema %2; this version knows up to %3). It was left untouched.")
                                   .arg(m_path)
                                   .arg(version)
                                   .arg(Schema::latestVersion()));
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return Result::failure(tr("Cannot configure the database %1: %2").arg(m_path, query.lastError().text()));
    }
    return Result::success();
}

Result Database::migrate()
{
    const int current = schemaVersion();
    if (current == Schema::latestVersion())
        return Result::success();

    if (current > 0) {
        // Keep a copy of the database as it was before any migration.
        const QString backup = m_path + QStringLiteral(".v%1.bak").arg(current);
        QSqlQuery checkpoint(connection());
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QFile::remove(backup);
        if (!QFile::copy(m_path, backup))
            return Result::failure(tr("Cannot back up %1 before upgrading it; it was left untouched.").arg(m_path));
        qCInfo(lcStore) << "backed up" << m_path << "to" << backup;
    }

    QSqlDatabase db = connection();
    for (const Schema::Migration &migration : Schema::migrations()) {
        if (migration.version <= current)
            continue;
        if (!db.transaction())
            return Result::failure(tr("Cannot upgrade %1: %2").arg(m_path, db.lastError().text()));
        QSqlQuery query(db);
        for (const QString &statement : migration.statements) {
            if (!query.exec(statement)) {
                const QString error = query.lastError().text();
                db.rollback();
                return Result::failure(tr("Cannot upgrade %1 to schema %2: %3").arg(m_path).arg(migration.version).arg(error));
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)) || !db.commit()) {
            const QString error = db.lastError().text();
            db.rollback();
            return Result::failure(tr("Cannot upgrade %1 to schema %2: %3").arg(m_path).arg(migration.version).arg(error));
        }
    }
    return Result::success();
}

} // namespace Dossier
