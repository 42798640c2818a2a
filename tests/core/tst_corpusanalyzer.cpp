#include "analysis/corpusanalyzer.h"
#include "analysis/entityengine.h"
#include "analysis/extractioncodec.h"
#include "corpus/bundledcorpus.h"
#include "store/analysisstore.h"
#include "store/analysiswriter.h"
#include "store/database.h"
#include "store/documentstore.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

class TestCorpusAnalyzer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        DocumentStore store(m_db);
        QVERIFY(BundledCorpus::addToEmptyLibrary(store).ok());
    }

    void codecRoundTrips()
    {
        const Expected<QList<Document>> docs = BundledCorpus::load();
        QVERIFY(docs.ok());
        const Extraction x = m_engine.extract(docs->at(3).text);
        const auto back = ExtractionCodec::decode(ExtractionCodec::encode(x));
        QVERIFY(back.has_value());
        QCOMPARE(back->bodies.size(), x.bodies.size());
        QCOMPARE(back->statistics.size(), x.statistics.size());
        QCOMPARE(back->attributions.size(), x.attributions.size());
        QCOMPARE(back->changes.size(), x.changes.size());
        QCOMPARE(back->changes.first().statedMultiplier, x.changes.first().statedMultiplier);
        QCOMPARE(back->statistics.at(0).value, x.statistics.at(0).value);
        QCOMPARE(back->attributions.at(1).speaker, x.attributions.at(1).speaker);
        QVERIFY(!ExtractionCodec::decode(QByteArrayLiteral("not cbor")).has_value());
        // Lossless: what is read back encodes to the same bytes, for every
        // text of the corpus.
        for (const Document &d : *docs) {
            const QByteArray data = ExtractionCodec::encode(m_engine.extract(d.text));
            const auto read = ExtractionCodec::decode(data);
            QVERIFY(read.has_value());
            QCOMPARE(ExtractionCodec::encode(*read), data);
        }
    }

    // A damaged cache entry reads as none, or as some extraction: never a
    // crash, a hang or a huge allocation (ASan runs this too).
    void aDamagedCacheEntryIsRefused()
    {
        const Expected<QList<Document>> docs = BundledCorpus::load();
        QVERIFY(docs.ok());
        const QByteArray data = ExtractionCodec::encode(m_engine.extract(docs->at(3).text));
        for (qsizetype n = 0; n < data.size(); ++n)
            QVERIFY2(!ExtractionCodec::decode(data.left(n)).has_value(), qPrintable(QString::number(n)));
        QRandomGenerator random(20261122);
        int read = 0;
        for (int i = 0; i < 3000; ++i) {
            QByteArray damaged = data;
            for (int k = random.bounded(1, 4); k > 0; --k)
                damaged[random.bounded(int(damaged.size()))] = char(random.bounded(256));
            if (const auto x = ExtractionCodec::decode(damaged)) {
                ++read;
                for (const Change &c : x->changes)
                    QVERIFY(c.from < x->statistics.size() && c.to < x->statistics.size());
            }
        }
        QVERIFY(read < 3000); // most damage is found
    }

    void analysesTheCorpusOnceAndIndexesIt()
    {
        DocumentStore documents(m_db);
        AnalysisStore analyses(m_db);
        AnalysisWriter writer(m_db);
        CorpusAnalyzer analyzer(documents, analyses, writer, m_engine);
        QSignalSpy finished(&analyzer, &CorpusAnalyzer::finished);
        QSignalSpy progress(&analyzer, &CorpusAnalyzer::progress);
        analyzer.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QCOMPARE(finished.first().first().toString(), QString());
        QCOMPARE(progress.last().at(0).toInt(), 5);
        QCOMPARE(progress.last().at(1).toInt(), 5);
        // finished() came after the writes: the main connection sees them.
        QVERIFY(writer.isIdle());
        QCOMPARE(analyses.documentsToAnalyse(analyzer.engineVersion())->size(), 0);

        // Every mention of NISC across the corpus, by its canonical name.
        const auto entities = analyses.entities(AnalysisStore::Kind::Body, analyzer.engineVersion());
        QVERIFY(entities.ok());
        QVERIFY(!entities->isEmpty());
        const auto nisc = analyses.mentions(AnalysisStore::Kind::Body, QStringLiteral("National center of Incident readiness and Strategy for Cybersecurity"), analyzer.engineVersion());
        QVERIFY(nisc.ok());
        QVERIFY(nisc->size() >= 9);
        QCOMPARE(nisc->first().text, QStringLiteral("National Information Security Center"));
        // Every statement by Fujimura, across documents, in date order.
        const auto fujimura = analyses.mentions(AnalysisStore::Kind::Speaker, QStringLiteral("Osamu Fujimura"), analyzer.engineVersion());
        QVERIFY(fujimura.ok());
        QVERIFY(fujimura->size() >= 5);
        for (int i = 1; i < fujimura->size(); ++i)
            QVERIFY(fujimura->at(i - 1).documentDate <= fujimura->at(i).documentDate);

        // A second pass has nothing to do.
        QSignalSpy again(&analyzer, &CorpusAnalyzer::finished);
        analyzer.start();
        QTRY_COMPARE(again.size(), 1);
        QCOMPARE(analyses.documentsToAnalyse(analyzer.engineVersion())->size(), 0);
    }

    void cachedResultsAreUsed()
    {
        AnalysisStore analyses(m_db);
        const Expected<QList<Document>> docs = BundledCorpus::load();
        const QString version = CorpusAnalyzer::engineVersion(m_engine);
        const auto cached = analyses.cached(Document::hashText(docs->at(1).text), version);
        QVERIFY(cached.has_value());
        QCOMPARE(cached->attributions.size(), m_engine.extract(docs->at(1).text).attributions.size());
        QVERIFY(!analyses.cached(Document::hashText(docs->at(1).text), QStringLiteral("other")).has_value());
    }

    // The index keeps every character of a name and a quoted span, with
    // offsets in code points (an emoji before them is one, not two), also
    // characters that JSON escapes.
    void theIndexKeepsNamesAndTextsAsWritten()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("chars.sqlite"))).ok());
        DocumentStore documents(db);
        const QString text = QStringLiteral("\U0001F600 The \"Back\\slash\tAgency\" and \u5185\u95A3\u5E9C said 5%.");
        Document d;
        d.text = text;
        const Expected<qint64> id = documents.add(d);
        QVERIFY(id.ok());
        d = documents.byId(*id);
        Extraction x;
        const int quoted = int(text.indexOf(QLatin1Char('"')));
        const int closing = int(text.indexOf(QLatin1Char('"'), quoted + 1)) + 1;
        x.bodies.append({{quoted, closing}, QStringLiteral("Agency \"A\\B\"\n"), QString()});
        const int cabinet = int(text.indexOf(QChar(0x5185)));
        x.bodies.append({{cabinet, cabinet + 3}, QString(), QString()});
        AnalysisStore analyses(db);
        QVERIFY(analyses.save(QStringLiteral("v"), {{d, x}}).ok());
        const auto mentions = analyses.mentionsOfKind(AnalysisStore::Kind::Body, QStringLiteral("v"));
        QVERIFY(mentions.ok());
        QCOMPARE(mentions->size(), 2);
        QCOMPARE(mentions->at(0).entity, QStringLiteral("Agency \"A\\B\"\n"));
        QCOMPARE(mentions->at(0).text, QStringLiteral("\"Back\\slash\tAgency\""));
        QCOMPARE(mentions->at(0).start, quoted - 1); // the emoji is two UTF-16 units
        QCOMPARE(mentions->at(0).end, closing - 1);
        QCOMPARE(mentions->at(1).entity, QStringLiteral("\u5185\u95A3\u5E9C"));
        QCOMPARE(mentions->at(1).text, QStringLiteral("\u5185\u95A3\u5E9C"));
        QCOMPARE(mentions->at(1).start, cabinet - 1);

        // Nothing found still counts as analysed; a second save replaces.
        QVERIFY(analyses.save(QStringLiteral("v"), {{d, Extraction()}}).ok());
        QVERIFY(analyses.mentionsOfKind(AnalysisStore::Kind::Body, QStringLiteral("v"))->isEmpty());
        QVERIFY(analyses.documentsToAnalyse(QStringLiteral("v"))->isEmpty());
    }

    // Documents removed, or given another text, while the analysis runs:
    // the rest is analysed and indexed, they are not (a removed document's
    // mentions would have no document), and no error stops the analysis.
    // The new text is analysed by the next run.
    void documentsChangedMeanwhileAreLeftOut()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("batches.sqlite"))).ok());
        DocumentStore documents(db);
        QList<qint64> ids;
        for (int i = 0; i < 200; ++i) {
            Document d;
            d.text = QStringLiteral("Report %1. The Ministry of Defense said %1 ships sailed.").arg(i);
            const Expected<qint64> id = documents.add(d);
            QVERIFY(id.ok());
            ids.append(*id);
        }
        AnalysisStore analyses(db);
        AnalysisWriter writer(db);
        CorpusAnalyzer analyzer(documents, analyses, writer, m_engine);
        QSignalSpy finished(&analyzer, &CorpusAnalyzer::finished);
        analyzer.start(); // reads the first batch at once
        for (int i = 64; i < 160; ++i)
            QVERIFY(documents.remove(ids.at(i)).ok());
        Document replaced = documents.byId(ids.at(10));
        replaced.text = QStringLiteral("A new text. The Ministry of Foreign Affairs said so.");
        QVERIFY(documents.replaceText(replaced).ok());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QCOMPARE(finished.first().first().toString(), QString());
        QCOMPARE(*analyses.documentsToAnalyse(analyzer.engineVersion()), QList<qint64>{ids.at(10)});
        auto defense = analyses.entities(AnalysisStore::Kind::Body, analyzer.engineVersion());
        QVERIFY(defense.ok());
        QCOMPARE(defense->size(), 1);
        QCOMPARE(defense->first().documents, 103);

        analyzer.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 120000);
        QVERIFY(analyses.documentsToAnalyse(analyzer.engineVersion())->isEmpty());
        defense = analyses.entities(AnalysisStore::Kind::Body, analyzer.engineVersion());
        QCOMPARE(defense->size(), 2);
    }

    // The disk full (SQLite's page limit, for the writer's connection): the
    // caller hears why, as finished()'s error, and nothing is half stored.
    void aFailedWriteReachesTheCaller()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("full.sqlite"))).ok());
        DocumentStore documents(db);
        QVERIFY(BundledCorpus::addToEmptyLibrary(documents).ok());
        AnalysisStore analyses(db);
        QSqlQuery pages(db.connection());
        QVERIFY(pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next());
        qputenv("DOSSIER_TEST_MAX_PAGE_COUNT", pages.value(0).toByteArray());
        AnalysisWriter writer(db);
        CorpusAnalyzer analyzer(documents, analyses, writer, m_engine);
        QSignalSpy finished(&analyzer, &CorpusAnalyzer::finished);
        analyzer.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        qunsetenv("DOSSIER_TEST_MAX_PAGE_COUNT");
        const QString error = finished.first().first().toString();
        QVERIFY2(error.contains(QStringLiteral("disk is full")), qPrintable(error));
        QVERIFY(!analyzer.isRunning());
        QCOMPARE(analyses.documentsToAnalyse(analyzer.engineVersion())->size(), 5);
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    EntityEngine m_engine;
};

QTEST_GUILESS_MAIN(TestCorpusAnalyzer)
#include "tst_corpusanalyzer.moc"
