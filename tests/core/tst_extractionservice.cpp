// ExtractionService: the extraction shown first (ready), stored after, on
// the writer's thread (saved), and not lost when the service goes away.
#include "testlibrary.h"

#include "analysis/corpusanalyzer.h"
#include "analysis/entityengine.h"
#include "analysis/extractionservice.h"
#include "corpus/bundledcorpus.h"
#include "store/analysisstore.h"
#include "store/analysiswriter.h"
#include "store/transaction.h"

#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace Dossier;

class TestExtractionService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_engine.isValid());
        m_version = CorpusAnalyzer::engineVersion(m_engine);
        const Expected<QList<Document>> docs = BundledCorpus::load();
        QVERIFY(docs.ok());
        m_text = docs->at(3).text;
    }

    void readyThenSavedThenInTheCorpusIndex()
    {
        Test::Library lib;
        QVERIFY(lib.isOpen());
        const Document document = DocumentStore(lib.database()).byId(lib.addDocument(m_text));
        AnalysisStore analyses(lib.database());
        AnalysisWriter writer(lib.database());
        ExtractionService service(&analyses, &writer, m_version);
        QSignalSpy ready(&service, &ExtractionService::ready);
        QSignalSpy saved(&service, &ExtractionService::saved);
        {
            // The write cannot land while the main connection holds the
            // lock; ready() does not wait for it.
            Transaction held(lib.database());
            QVERIFY(held.begun().ok());
            service.request(document);
            QTRY_COMPARE(ready.size(), 1);
            QCOMPARE(saved.size(), 0);
            QVERIFY(held.commit().ok());
        }
        QCOMPARE(ready.first().at(0).toLongLong(), document.id);
        const auto x = ready.first().at(1).value<Extraction>();
        QVERIFY(!x.bodies.isEmpty());
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(saved.first().at(0).toLongLong(), document.id);
        QCOMPARE(saved.first().at(1).toString(), QString());
        // Seen by the main connection: the cache and the corpus index.
        QVERIFY(analyses.cached(document.sha256, m_version).has_value());
        const QString body = x.bodies.first().canonical.isEmpty() ? x.bodies.first().span.text(document.text) : x.bodies.first().canonical;
        const auto mentions = analyses.mentions(AnalysisStore::Kind::Body, body, m_version);
        QVERIFY(mentions.ok());
        QVERIFY(!mentions->isEmpty());
        QCOMPARE(mentions->first().documentId, document.id);
    }

    // Asked again while the first extraction is still being stored: served
    // from memory, not analysed (and stored) a second time.
    void askedAgainBeforeTheSaveLanded()
    {
        Test::Library lib;
        QVERIFY(lib.isOpen());
        const Document document = DocumentStore(lib.database()).byId(lib.addDocument(m_text));
        AnalysisStore analyses(lib.database());
        AnalysisWriter writer(lib.database());
        ExtractionService service(&analyses, &writer, m_version);
        QSignalSpy ready(&service, &ExtractionService::ready);
        QSignalSpy saved(&service, &ExtractionService::saved);
        QSignalSpy written(&writer, &AnalysisWriter::saved);
        {
            Transaction held(lib.database());
            QVERIFY(held.begun().ok());
            service.request(document);
            QTRY_COMPARE(ready.size(), 1);
            service.request(document);
            QTRY_COMPARE(ready.size(), 2);
            QVERIFY(held.commit().ok());
        }
        QCOMPARE(ready.at(1).at(1).value<Extraction>().bodies.size(), ready.at(0).at(1).value<Extraction>().bodies.size());
        // Everything that could have been started has finished and reported.
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        writer.waitForDone();
        QTRY_COMPARE(saved.size(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(written.size(), 1);
        QCOMPARE(saved.size(), 1);

        // Once stored, from the cache.
        service.request(document);
        QTRY_COMPARE(ready.size(), 3);
    }

    // The window closed as the analysis arrived: the service and the writer
    // go, the analysis is in the file.
    void closingKeepsTheAnalysis()
    {
        Test::Library lib;
        QVERIFY(lib.isOpen());
        const Document document = DocumentStore(lib.database()).byId(lib.addDocument(m_text));
        AnalysisStore analyses(lib.database());
        auto writer = std::make_unique<AnalysisWriter>(lib.database());
        auto service = std::make_unique<ExtractionService>(&analyses, writer.get(), m_version);
        QSignalSpy ready(service.get(), &ExtractionService::ready);
        service->request(document);
        QTRY_COMPARE(ready.size(), 1);
        service.reset();
        writer.reset();
        const QString path = lib.database().path();
        lib.database().close();
        Database reopened;
        QVERIFY(reopened.open(path).ok());
        QVERIFY(AnalysisStore(reopened).cached(document.sha256, m_version).has_value());
        QVERIFY(AnalysisStore(reopened).documentsToAnalyse(m_version)->isEmpty());
    }

private:
    EntityEngine m_engine;
    QString m_version;
    QString m_text;
};

QTEST_GUILESS_MAIN(TestExtractionService)
#include "tst_extractionservice.moc"
