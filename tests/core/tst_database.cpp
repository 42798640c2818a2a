#include "store/database.h"
#include "store/schema.h"

#include <QCryptographicHash>
#include <QFile>
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

    void defaultPathIsPerUser()
    {
        const QString path = Database::defaultPath();
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(path.endsWith(QStringLiteral(".sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
