#include "store/database.h"
#include "store/schema.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsSchemaOnFreshFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/lib.sqlite"));
        Database db;
        const Result result = db.open(path);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(db.schemaVersion(), Schema::latestVersion());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        for (const char *table : {"documents", "documents_fts", "annotations", "tags", "annotation_tags", "document_tags"}) {
            QVERIFY2(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), table);
        }
    }

    void reopeningKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path).ok());
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO tags (uuid, name) VALUES ('u1', 'deterrence')")));
        }
        Database db;
        QVERIFY(db.open(path).ok());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM tags")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("deterrence"));
    }

    void refusesFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("These are my notes, not a database.\n");
        f.close();
        const QByteArray before = fileHash(path);
        Database db;
        const Result result = db.open(path);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("not a Dossier database")), qPrintable(result.error()));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!db.isOpen());
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path).ok());
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::latestVersion() + 5)));
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = fileHash(path);
        Database db;
        const Result result = db.open(path);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("newer version")), qPrintable(result.error()));
        QCOMPARE(fileHash(path), before);
    }

    // The whole-file check runs unless the file is as Dossier last closed
    // it; damage written since (here: random bytes over a middle page, the
    // file's time moved on as any later write moves it) is found.
    void findsDamageDoneSinceItWasLastClosed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            QVERIFY(db.lastOpenChecked()); // new: nothing remembered
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO documents (uuid, title, sha256, text, imported_at) "
                                              "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) "
                                              "SELECT 'u' || i, 'T' || i, 'h' || i, printf('%.500c', 'x'), '2020-01-01' FROM n")));
        }
        {
            Database db;
            QVERIFY(db.open(path));
            QVERIFY(!db.lastOpenChecked()); // as it was closed: not read again
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / 4096;
        QVERIFY(pages > 10);
        QVERIFY(file.seek(pages / 2 * 4096));
        QByteArray noise(4096, Qt::Uninitialized);
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919 + 13) % 251);
        QVERIFY(file.write(noise) == noise.size());
        const QDateTime modified = QFileInfo(path).lastModified();
        QVERIFY(file.setFileTime(modified.addSecs(2), QFileDevice::FileModificationTime));
        file.close();
        Database db;
        const Result opened = db.open(path);
        QVERIFY(!opened);
        QVERIFY(db.lastOpenChecked());
        QVERIFY2(opened.error().contains(QStringLiteral("is damaged")), qPrintable(opened.error()));
    }

    // The remembered state is a cache: where it cannot be written, the
    // database still opens and closes, and is checked at every open.
    void opensWhereNothingCanBeRemembered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
        const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        QVERIFY(QDir().mkpath(cache));
        const QString folder = QDir(cache).filePath(QStringLiteral("verified"));
        QDir(folder).removeRecursively();
        QFile blocker(folder); // a file where the folder of states would go
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        for (int i = 0; i < 2; ++i) {
            Database db;
            QVERIFY(db.open(path));
            QVERIFY(db.lastOpenChecked());
        }
        QVERIFY(QFile::remove(folder));
        {
            Database db;
            QVERIFY(db.open(path));
        }
        Database db;
        QVERIFY(db.open(path));
        QVERIFY(!db.lastOpenChecked());
    }

    void defaultPathIsPerUser()
    {
        const QString path = Database::defaultPath();
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(path.endsWith(QStringLiteral(".sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
