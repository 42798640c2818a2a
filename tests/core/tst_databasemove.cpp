#include "store/database.h"
#include "store/databasemove.h"
#include "store/documentstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
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

// A copy step that writes something that is not a database: the move must
// notice, remove it and go back to the original.
class BadCopy : public DatabaseMove
{
public:
    using DatabaseMove::DatabaseMove;

protected:
    Result copy(const QString &, const QString &to) override
    {
        QFile out(to);
        if (!out.open(QIODevice::WriteOnly))
            return Result::failure(QStringLiteral("cannot write"));
        out.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4096, 'x'));
        return Result::success();
    }
};

} // namespace

class TestDatabaseMove : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_source = m_dir.filePath(QStringLiteral("old/dossier.sqlite"));
        m_target = m_dir.filePath(QStringLiteral("new/place/library.sqlite"));
        QVERIFY(m_database.open(m_source).ok());
        DocumentStore documents(m_database);
        Document document;
        document.title = QStringLiteral("Cybersecurity Strategy");
        document.sourceName = QStringLiteral("strategy.txt");
        document.text = QStringLiteral("NISC said the number rose to 5.08 million.");
        QVERIFY(documents.add(document).ok());
    }

    void cleanup()
    {
        m_database.close();
        for (const QString &dir : {QStringLiteral("old"), QStringLiteral("new")})
            QDir(m_dir.filePath(dir)).removeRecursively();
    }

    void movesAndSwitches()
    {
        const Result moved = DatabaseMove(m_database).moveTo(m_target);
        QVERIFY2(moved.ok(), qPrintable(moved.error()));
        QCOMPARE(m_database.path(), m_target);
        QVERIFY(m_database.isOpen());
        // The library came along, and what is written now goes to the new file.
        DocumentStore documents(m_database);
        QCOMPARE(documents.count(), 1);
        Document more;
        more.sourceName = QStringLiteral("second.txt");
        more.text = QStringLiteral("A second text.");
        QVERIFY(documents.add(more).ok());
        m_database.close();
        // The old file is kept, whole, with what it had.
        Database old;
        QVERIFY(old.open(m_source).ok());
        QCOMPARE(DocumentStore(old).count(), 1);
        Database moved2;
        QVERIFY(moved2.open(m_target).ok());
        QCOMPARE(DocumentStore(moved2).count(), 2);
    }

    void keepsTheOldOneWhenTheCopyIsBad()
    {
        m_database.close();
        const QByteArray before = fileHash(m_source);
        QVERIFY(m_database.open(m_source).ok());
        const Result moved = BadCopy(m_database).moveTo(m_target);
        QVERIFY(!moved.ok());
        QVERIFY2(moved.error().contains(m_source), qPrintable(moved.error()));
        QVERIFY(!QFile::exists(m_target));
        QCOMPARE(m_database.path(), m_source);
        QVERIFY(m_database.isOpen());
        QCOMPARE(DocumentStore(m_database).count(), 1);
        m_database.close();
        QCOMPARE(fileHash(m_source), before);
    }

    void refusesToOverwrite()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("new/place"))));
        QFile existing(m_target);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("someone else's file");
        existing.close();
        const Result moved = DatabaseMove(m_database).moveTo(m_target);
        QVERIFY(!moved.ok());
        QCOMPARE(m_database.path(), m_source);
        QVERIFY(m_database.isOpen());
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("someone else's file"));
    }

    void refusesTheSamePlace()
    {
        QVERIFY(!DatabaseMove(m_database).moveTo(m_source).ok());
        QVERIFY(m_database.isOpen());
    }

private:
    QTemporaryDir m_dir;
    Database m_database;
    QString m_source;
    QString m_target;
};

QTEST_GUILESS_MAIN(TestDatabaseMove)
#include "tst_databasemove.moc"
