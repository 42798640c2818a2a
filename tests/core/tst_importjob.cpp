#include "store/database.h"
#include "store/documentstore.h"
#include "store/importjob.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Dossier;

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray article(int i)
{
    return QByteArrayLiteral("Tokyo, March 3, 2016\n\nArticle number ") + QByteArray::number(i)
        + QByteArrayLiteral(" about the national cybersecurity strategy.\n");
}

} // namespace

class TestImportJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("lib.sqlite"))).ok());
        m_store = std::make_unique<DocumentStore>(*m_db);
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    void importsAFolderRecursively()
    {
        const QString folder = m_dir->filePath(QStringLiteral("in"));
        for (int i = 0; i < 12; ++i)
            QVERIFY(write(folder + QStringLiteral("/sub%1/a%2.txt").arg(i % 3).arg(i), article(i)));
        QVERIFY(write(folder + QStringLiteral("/zz-copy.txt"), article(4)));
        QVERIFY(write(folder + QStringLiteral("/empty.md"), QByteArray()));
        QVERIFY(write(folder + QStringLiteral("/ignored.jpg"), QByteArrayLiteral("\xff\xd8\xff")));

        ImportJob job(*m_store);
        QSignalSpy started(&job, &ImportJob::started);
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start({folder});
        QVERIFY(job.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(started.first().first().toInt(), 14);
        const ImportReport &report = job.report();
        QCOMPARE(report.imported.size(), 12);
        QCOMPARE(report.duplicates.size(), 1);
        QVERIFY(report.duplicates.first().path.endsWith(QLatin1String("zz-copy.txt")));
        QCOMPARE(report.rejected.size(), 1);
        QVERIFY(report.rejected.first().path.endsWith(QLatin1String("empty.md")));
        QVERIFY(!report.rejected.first().detail.isEmpty());
        QCOMPARE(report.notReached, 0);
        QVERIFY(!report.cancelled);
        QCOMPARE(m_store->count(), 12);
        QVERIFY(m_store->byId(report.imported.first().documentId).isValid());

        // Again: every text is a duplicate now.
        job.start({folder});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QCOMPARE(job.report().imported.size(), 0);
        QCOMPARE(job.report().duplicates.size(), 13);
        QCOMPARE(m_store->count(), 12);
    }

    void cancelKeepsWhatWasWritten()
    {
        const QString folder = m_dir->filePath(QStringLiteral("many"));
        for (int i = 0; i < 80; ++i)
            QVERIFY(write(folder + QStringLiteral("/a%1.txt").arg(i, 2, 10, QLatin1Char('0')), article(i)));
        ImportJob job(*m_store);
        QSignalSpy progress(&job, &ImportJob::progress);
        QSignalSpy finished(&job, &ImportJob::finished);
        // Cancel after the first batch was written.
        connect(&job, &ImportJob::progress, &job, &ImportJob::cancel);
        job.start({folder});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        const ImportReport &report = job.report();
        QVERIFY(report.cancelled);
        QCOMPARE(progress.count(), 1);
        QVERIFY(report.imported.size() > 0);
        QVERIFY(report.imported.size() < 80);
        QCOMPARE(m_store->count(), int(report.imported.size()));
        QCOMPARE(report.notReached, 80 - int(report.imported.size()));
        QCOMPARE(report.total(), 80);
    }

    // A PDF on which PDFium never returns is being read (its time limit set
    // far beyond the wait below): Cancel stops the read, the job finishes.
    void cancelStopsAPdfReadInProgress()
    {
        qputenv("DOSSIER_PDF_TIME_LIMIT", "3600");
        const QString folder = m_dir->filePath(QStringLiteral("pdf"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(QStringLiteral(DOSSIER_SOURCE_DIR "/tests/fuzz/pdf/cyclic-page-tree.pdf"),
                            folder + QStringLiteral("/cyclic.pdf")));
        ImportJob job(*m_store);
        QSignalSpy started(&job, &ImportJob::started);
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start({folder});
        QVERIFY(started.wait(20000));
        QTest::qWait(300); // the helper is running
        QCOMPARE(finished.count(), 0);
        job.cancel();
        QVERIFY(finished.wait(60000));
        qunsetenv("DOSSIER_PDF_TIME_LIMIT");
        QVERIFY(job.report().cancelled);
        QCOMPARE(job.report().imported.size(), 0);
        QCOMPARE(m_store->count(), 0);
    }

    // The database refuses a document in the middle of a batch: the
    // documents before it stay (reported and stored, with their index
    // entries), the refused one and those after it are not written.
    void aFailureKeepsWhatCameBefore()
    {
        const QString folder = m_dir->filePath(QStringLiteral("failing"));
        for (int i = 0; i < 12; ++i)
            QVERIFY(write(folder + QStringLiteral("/a%1.txt").arg(i, 2, 10, QLatin1Char('0')), article(i)));
        QSqlQuery trigger(m_db->connection());
        QVERIFY2(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER refuse AFTER INSERT ON main.documents "
                                             "WHEN new.text LIKE '%number 7 about%' BEGIN SELECT RAISE(ABORT, 'refused'); END")),
                 qPrintable(trigger.lastError().text()));
        ImportJob job(*m_store);
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start({folder});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        const ImportReport &report = job.report();
        QVERIFY(report.error.contains(QLatin1String("refused")));
        QCOMPARE(report.imported.size(), 7);
        for (int i = 0; i < 7; ++i) {
            QVERIFY(report.imported.at(i).path.endsWith(QStringLiteral("a%1.txt").arg(i, 2, 10, QLatin1Char('0'))));
            QVERIFY(m_store->byId(report.imported.at(i).documentId).text.contains(QStringLiteral("number %1 about").arg(i)));
        }
        QCOMPARE(m_store->count(), 7);
        QCOMPARE(report.notReached, 5);
        QSqlQuery indexed(m_db->connection());
        QVERIFY(indexed.exec(QStringLiteral("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'cybersecurity'")) && indexed.next());
        QCOMPARE(indexed.value(0).toInt(), 7);
    }

    void missingPathIsRejected()
    {
        ImportJob job(*m_store);
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start({m_dir->filePath(QStringLiteral("nothing-here.txt"))});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(job.report().rejected.size(), 1);
        QCOMPARE(m_store->count(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DocumentStore> m_store;
};

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
