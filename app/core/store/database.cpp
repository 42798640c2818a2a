#include "database.h"

#include "schema.h"
#include "searchranking.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
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

// SQLite's primary result codes (the low byte of the extended ones Qt reports).
enum SqliteCode { Perm = 3, Busy = 5, Locked = 6, ReadOnly = 8, IoError = 10, Corrupt = 11, Full = 13, CantOpen = 14, NotADatabase = 26 };

// Tests simulate a full disk by capping the database's size in pages
// (SQLite's max_page_count, which lasts only as long as the connection):
// DOSSIER_TEST_MAX_PAGE_COUNT, read here and nowhere else.
int testMaxPageCount()
{
    bool ok = false;
    const int pages = qEnvironmentVariableIntValue("DOSSIER_TEST_MAX_PAGE_COUNT", &ok);
    return ok && pages > 0 ? pages : 0;
}

// The state in which Dossier last closed a database file, remembered (a
// cache: losing it costs one check) so that an unchanged file need not be
// read whole at the next open. Empty when there is none to trust: no file,
// or a write-ahead log left by a crash.
QString fileState(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return {};
    return QStringLiteral("%1 %2").arg(info.size()).arg(info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch());
}

// Remembered in a file of its own per database, named by the hash of its
// path and replaced whole (QSaveFile). No lock is shared between processes:
// with one settings file for all databases, a Dossier killed while writing
// it left a lock that held every other Dossier up for half a minute.
QString stateFilePath(const QString &path)
{
    const QByteArray canonical = QFileInfo(path).absoluteFilePath().toUtf8();
    const QString name = QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha1).toHex());
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("verified/") + name);
}

QString rememberedState(const QString &path)
{
    QFile file(stateFilePath(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.read(64));
}

void rememberState(const QString &path, const QString &state)
{
    const QString statePath = stateFilePath(path);
    if (state.isEmpty()) {
        QFile::remove(statePath);
        return;
    }
    QDir().mkpath(QFileInfo(statePath).absolutePath());
    QSaveFile file(statePath);
    if (file.open(QIODevice::WriteOnly) && file.write(state.toLatin1()) == state.size())
        file.commit();
}

} // namespace

QString Database::errorText(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    const QString sqlite = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (!ok)
        return error.text();
    switch (code) {
    case Full:
        return tr("The disk is full (or the database reached its size limit): nothing was saved, and the library keeps everything it had. Free some space and try again.");
    case ReadOnly:
    case Perm:
        return tr("The database is read-only (the file, its folder or the disk cannot be written): nothing was saved.");
    case Busy:
    case Locked:
        return tr("The database is locked by another program (perhaps another Dossier) and stayed locked too long: nothing was changed. Try again when it is done.");
    case Corrupt:
    case NotADatabase:
        return tr("The database file is damaged (%1): nothing was changed. Open another database or restore a backup.").arg(sqlite);
    case CantOpen:
        return tr("The database file cannot be opened: it or its folder is missing, unreadable or read-only (%1).").arg(sqlite);
    case IoError:
        return tr("The disk could not be read or written (%1): nothing was saved.").arg(sqlite);
    default:
        return error.text();
    }
}

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
    if (m_verified) {
        // Closed: the log is folded in, the file is as it will stay.
        rememberState(m_path, fileState(m_path));
    }
    m_verified = false;
    m_searchRanking = false;
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
    const QString state = fileState(path);
    m_checked = state.isEmpty() || rememberedState(path) != state;

    if (Result added = addConnection(path); !added)
        return added;
    m_path = path;
    Result result = configure();
    if (result)
        result = migrate();
    if (!result)
        close();
    m_verified = result.ok();
    return result;
}

Result Database::addConnection(const QString &path)
{
    // Scoped: no handle may outlive the connection when close() removes it.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString error = errorText(db.lastError());
        db = QSqlDatabase();
        close();
        return Result::failure(tr("Cannot open the database %1: %2").arg(path, error));
    }
    return Result::success();
}

Result Database::openAlongside(const QString &path)
{
    close();
    // Not created here: it is the file the main connection opened.
    if (!QFileInfo(path).isFile())
        return Result::failure(tr("Cannot open the database %1: %2").arg(path, tr("the file is missing.")));
    if (Result added = addConnection(path); !added)
        return added;
    m_path = path;
    Result result = configureConnection();
    if (result) {
        QSqlQuery query(connection());
        // Without the log, a reader would wait for this connection's writes.
        if (!query.exec(QStringLiteral("PRAGMA journal_mode")) || !query.next())
            result = Result::failure(tr("Cannot configure the database %1: %2").arg(m_path, errorText(query.lastError())));
        else if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            result = Result::failure(tr("Cannot configure the database %1: %2").arg(m_path, tr("it has no write-ahead log.")));
    }
    if (result && schemaVersion() != Schema::latestVersion())
        result = Result::failure(tr("Cannot open the database %1: %2").arg(m_path, tr("it was not opened by this version of Dossier first.")));
    if (!result)
        close();
    return result;
}

Result Database::configure()
{
    QSqlQuery query(connection());
    // A read that fails here means the file is damaged, not a database, or
    // cannot be read at all (a read-only folder without SQLite's -shm file).
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return Result::failure(tr("%1 cannot be read as a database; it was left untouched. %2").arg(m_path, errorText(query.lastError())));
    // Damage in any page, found before anything is written: a damaged file
    // is never written to. It reads the whole file, so it is skipped for a
    // file that is as Dossier last closed it (see lastOpenChecked()).
    if (m_checked) {
        if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next())
            return Result::failure(tr("%1 cannot be read as a database; it was left untouched. %2").arg(m_path, errorText(query.lastError())));
        if (QString check = query.value(0).toString(); check != QLatin1String("ok")) {
            // SQLite's report, on one line: "*** in database main ***\nTree 2 page 46 cell 0: ..."
            check.remove(QStringLiteral("*** in database main ***")).replace(QLatin1Char('\n'), QLatin1Char(' '));
            return Result::failure(tr("%1 is damaged (%2); it was left untouched. Open another database or restore a backup.").arg(m_path, check.simplified()));
        }
        query.finish();
    }
    const int version = schemaVersion();
    if (version > Schema::latestVersion())
        return Result::failure(tr("%1 was written by a newer version of Dossier (schema %2; this version knows up to %3). It was left untouched.")
                                   .arg(m_path)
                                   .arg(version)
                                   .arg(Schema::latestVersion()));
    // The log is a property of the file: set once here, every further
    // connection (openAlongside()) finds it.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return Result::failure(tr("Cannot configure the database %1: %2").arg(m_path, errorText(query.lastError())));
    return configureConnection();
}

// What each connection must be told again: these pragmas last only as long
// as the connection.
Result Database::configureConnection()
{
    QSqlQuery query(connection());
    // A page cache of up to 8 MB (SQLite's default is 2 MB): a bulk write
    // (an import, the analysis of a batch) touches the indexes' pages all
    // over the file, and a transaction larger than the cache writes pages
    // out and back in before it commits (analysing 10,000 documents: 8.1 s
    // with 2 MB, 7.7 s with 8 MB, no better with 32). Temporary storage in
    // memory: a statement that inserts many rows keeps a journal of the
    // pages it changes, which would otherwise be a file written page by
    // page.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL", "PRAGMA cache_size = -8192",
                               "PRAGMA temp_store = MEMORY"}) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return Result::failure(tr("Cannot configure the database %1: %2").arg(m_path, errorText(query.lastError())));
    }
    if (const int pages = testMaxPageCount())
        query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
    m_searchRanking = SearchRanking::install(connection());
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
            return Result::failure(tr("Cannot upgrade %1: %2").arg(m_path, errorText(db.lastError())));
        QSqlQuery query(db);
        for (const QString &statement : migration.statements) {
            if (!query.exec(statement)) {
                const QString error = errorText(query.lastError());
                db.rollback();
                return Result::failure(tr("Cannot upgrade %1 to schema %2: %3").arg(m_path).arg(migration.version).arg(error));
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)) || !db.commit()) {
            const QString error = errorText(db.lastError());
            db.rollback();
            return Result::failure(tr("Cannot upgrade %1 to schema %2: %3").arg(m_path).arg(migration.version).arg(error));
        }
    }
    return Result::success();
}

} // namespace Dossier
