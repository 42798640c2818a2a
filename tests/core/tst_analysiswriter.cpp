// AnalysisWriter: analyses stored by a thread of its own, through its own
// connection, seen by the main connection once saved() says so.
#include "testlibrary.h"

#include "analysis/entityengine.h"
#include "corpus/bundledcorpus.h"
#include "store/analysisstore.h"
#include "store/analysiswriter.h"
#include "store/transaction.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace Dossier;

namespace {

const QString Version = QStringLiteral("test-engine");

// How many mentions the main connection sees for a document.
int indexedMentions(Test::Library &lib, qint64 documentId)
{
    const QStringList rows = lib.rows(QStringLiteral("SELECT count(*) FROM mentions WHERE document_id = %1").arg(documentId));
    return rows.isEmpty() ? -1 : rows.first().toInt();
}

} // namespace

class TestAnalysisWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_engine.isValid());
        const Expected<QList<Document>> docs = BundledCorpus::load();
        QVERIFY(docs.ok());
        m_text = docs->at(1).text;
    }

    // The main connection holds the write lock: a write made through it (on
    // the caller's thread) would go through at once, inside that
    // transaction. The writer's own connection has to wait for it, and its
    // write shows only once saved() is emitted.
    void writesThroughItsOwnConnection()
    {
        Test::Library lib;
        QVERIFY(lib.isOpen());
        const Document document = DocumentStore(lib.database()).byId(lib.addDocument(m_text));
        QVERIFY(document.isValid());
        const Extraction x = m_engine.extract(document.text);
        QVERIFY(!x.bodies.isEmpty());
        AnalysisStore analyses(lib.database());
        AnalysisWriter writer(lib.database());
        QSignalSpy saved(&writer, &AnalysisWriter::saved);
        {
            Transaction held(lib.database());
            QVERIFY(held.begun().ok());
            const quint64 request = writer.save(Version, {{document, x}});
            QVERIFY(request > 0);
            QVERIFY(!writer.isIdle());
            QCoreApplication::processEvents();
            QCOMPARE(saved.size(), 0);
            QVERIFY(!analyses.cached(document.sha256, Version).has_value());
            QCOMPARE(indexedMentions(lib, document.id), 0);
            QVERIFY(held.commit().ok());
        }
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(saved.first().at(1).toString(), QString());
        QVERIFY(writer.isIdle());
        const auto cached = analyses.cached(document.sha256, Version);
        QVERIFY(cached.has_value());
        QCOMPARE(cached->bodies.size(), x.bodies.size());
        QCOMPARE(indexedMentions(lib, document.id), int(x.bodies.size() + x.attributions.size() + x.statistics.size()));
        QVERIFY(analyses.documentsToAnalyse(Version)->isEmpty());
    }

    void reportsEachRequestInOrder()
    {
        Test::Library lib;
        QVERIFY(lib.isOpen());
        DocumentStore store(lib.database());
        const Document a = store.byId(lib.addDocument(m_text));
        const Document b = store.byId(lib.addDocument(QStringLiteral("A text without anything in it.")));
        AnalysisWriter writer(lib.database());
        QSignalSpy saved(&writer, &AnalysisWriter::saved);
        const quint64 first = writer.save(Version, {{a, m_engine.extract(a.text)}});
        const quint64 second = writer.save(Version, {{b, m_engine.extract(b.text)}});
        QTRY_COMPARE(saved.size(), 2);
        QCOMPARE(saved.at(0).at(0).toULongLong(), first);
        QCOMPARE(saved.at(1).at(0).toULongLong(), second);
        // A document without entities counts as analysed.
        QCOMPARE(indexedMentions(lib, b.id), 1);
        QVERIFY(AnalysisStore(lib.database()).documentsToAnalyse(Version)->isEmpty());
    }

    // Destroyed (the window closed) while a write is queued: the write lands
    // before the writer is gone, and is in the file when it is opened again.
    void destroyingWaitsForTheWrites()
    {
        Test::Library lib;
        QVERIFY(lib.isOpen());
        const Document document = DocumentStore(lib.database()).byId(lib.addDocument(m_text));
        {
            AnalysisWriter writer(lib.database());
            writer.save(Version, {{document, m_engine.extract(document.text)}});
        }
        const QString path = lib.database().path();
        lib.database().close();
        Database reopened;
        QVERIFY(reopened.open(path).ok());
        QVERIFY(AnalysisStore(reopened).cached(document.sha256, Version).has_value());
        QVERIFY(AnalysisStore(reopened).documentsToAnalyse(Version)->isEmpty());
    }

    // A full disk (SQLite's page limit standing in for it, for the writer's
    // connection only): the request reports why, and nothing is half written.
    void aFailedWriteSaysWhy()
    {
        Test::Library lib;
        QVERIFY(lib.isOpen());
        // Long enough that its analysis needs pages the file does not have.
        const Document document = DocumentStore(lib.database()).byId(lib.addDocument(m_text.repeated(20)));
        const QStringList pages = lib.rows(QStringLiteral("PRAGMA page_count"));
        QVERIFY(!pages.isEmpty());
        qputenv("DOSSIER_TEST_MAX_PAGE_COUNT", pages.first().toUtf8());
        AnalysisWriter writer(lib.database());
        QSignalSpy saved(&writer, &AnalysisWriter::saved);
        writer.save(Version, {{document, m_engine.extract(document.text)}});
        writer.waitForDone();
        qunsetenv("DOSSIER_TEST_MAX_PAGE_COUNT");
        QTRY_COMPARE(saved.size(), 1);
        const QString error = saved.first().at(1).toString();
        QVERIFY2(error.contains(QStringLiteral("disk is full")), qPrintable(error));
        QVERIFY(!AnalysisStore(lib.database()).cached(document.sha256, Version).has_value());
        QCOMPARE(indexedMentions(lib, document.id), 0);
    }

    // The connection let go of (as before the file is moved), then taken
    // again for the next write.
    void releasesItsConnection()
    {
        Test::Library lib;
        QVERIFY(lib.isOpen());
        const Document document = DocumentStore(lib.database()).byId(lib.addDocument(m_text));
        AnalysisWriter writer(lib.database());
        QSignalSpy saved(&writer, &AnalysisWriter::saved);
        writer.save(Version, {{document, m_engine.extract(document.text)}});
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(QSqlDatabase::connectionNames().size(), 2);
        writer.releaseConnection();
        QVERIFY(writer.isIdle());
        QCOMPARE(QSqlDatabase::connectionNames().size(), 1);
        writer.save(Version, {{document, m_engine.extract(document.text)}});
        QTRY_COMPARE(saved.size(), 2);
        QCOMPARE(saved.at(1).at(1).toString(), QString());
    }

    // The writer's connection is no second owner of the schema: it does not
    // open a file that the main connection did not open first.
    void alongsideNeedsAnOpenedDatabase()
    {
        QTemporaryDir dir;
        Database alongside;
        QVERIFY(!alongside.openAlongside(dir.filePath(QStringLiteral("missing.sqlite"))).ok());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing.sqlite"))));
        Test::Library lib;
        QVERIFY(lib.isOpen());
        QVERIFY(alongside.openAlongside(lib.path()).ok());
        QSqlQuery query(alongside.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(!alongside.lastOpenChecked());
    }

private:
    EntityEngine m_engine;
    QString m_text;
};

QTEST_GUILESS_MAIN(TestAnalysisWriter)
#include "tst_analysiswriter.moc"
