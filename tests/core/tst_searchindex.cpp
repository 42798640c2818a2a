#include "corpus/bundledcorpus.h"
#include "store/database.h"
#include "store/documentstore.h"
#include "store/schema.h"
#include "store/searchindex.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Dossier;

class TestSearchIndex : public QObject
{
    Q_OBJECT
private:
    QList<qint64> idsFor(const QString &query)
    {
        const Expected<QList<SearchHit>> hits = SearchIndex(m_db).search(query);
        if (!hits.ok())
            qWarning() << hits.error();
        QList<qint64> ids;
        for (const SearchHit &hit : hits.value())
            ids.append(hit.documentId);
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    static constexpr int kLimit = 50;
    // Notes made of a few words in varied orders and lengths; texts repeat,
    // so that some scores are equal.
    void addNotes(int count)
    {
        QSqlDatabase db = m_db.connection();
        QVERIFY(db.transaction());
        const QStringList words = QStringLiteral("cabinet strategy cyber cybersecurity attack deterrence alliance report").split(QLatin1Char(' '));
        for (int i = 0; i < count; ++i) {
            Document d;
            d.title = QStringLiteral("Note %1 on %2").arg(i % 40).arg(words.at(i % words.size()));
            QString text;
            for (int w = 0; w < 40 + i % 23; ++w)
                text += words.at((i * 5 + w * 3 + w / 7) % words.size()) + (w % 9 == 8 ? QStringLiteral(".\n") : QStringLiteral(" "));
            d.text = text + QString::number(i % 150);
            QVERIFY(m_documents->add(d).ok());
        }
        QVERIFY(db.commit());
    }
    // Each hit as "id score snippet", as the search returns them.
    QStringList rankedHits(const SearchIndex &index, const QString &query)
    {
        const Expected<QList<SearchHit>> hits = index.search(query, kLimit);
        if (!hits.ok())
            qWarning() << hits.error();
        QStringList got;
        for (const SearchHit &hit : hits.value())
            got.append(QStringLiteral("%1 %2 %3").arg(hit.documentId).arg(hit.score).arg(hit.snippet));
        return got;
    }
    // The same by FTS5's own bm25().
    QStringList rankedByBm25(const QString &query)
    {
        QSqlQuery sql(m_db.connection());
        sql.prepare(QStringLiteral(
            "SELECT d.id, bm25(documents_fts, 10.0, 1.0) AS score, snippet(documents_fts, 1, '', '', '\u2026', 24) "
            "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
            "WHERE documents_fts MATCH ? ORDER BY score LIMIT ?"));
        sql.addBindValue(SearchIndex::toFtsQuery(query).value());
        sql.addBindValue(kLimit);
        if (!sql.exec())
            qWarning() << sql.lastError().text();
        QStringList expected;
        while (sql.next())
            expected.append(QStringLiteral("%1 %2 %3").arg(sql.value(0).toLongLong()).arg(-sql.value(1).toDouble()).arg(sql.value(2).toString().simplified()));
        return expected;
    }
    qint64 seedId(const QString &sourceName)
    {
        const Expected<QList<Document>> all = m_documents->list();
        for (const Document &d : all.value()) {
            if (d.sourceName == sourceName)
                return d.id;
        }
        return 0;
    }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_db.open(m_dir->filePath(QStringLiteral("lib.sqlite"))).ok());
        m_documents = std::make_unique<DocumentStore>(m_db);
        QVERIFY(BundledCorpus::addToEmptyLibrary(*m_documents).ok());
    }
    void cleanup()
    {
        m_documents.reset();
        m_db.close();
        m_dir.reset();
    }

    void syntax_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("files");
        const QString transcript = QStringLiteral("000_e746913f36980e5d.txt");
        const QString japanTimes = QStringLiteral("001_08a5a90dfd274b14.txt");
        const QString tass = QStringLiteral("002_483a66b78542bc42.txt");
        const QString nikkei = QStringLiteral("003_3bf0c5847a31bf84.txt");
        const QString japanToday = QStringLiteral("004_39fa5e2b2d375fce.txt");
        QTest::newRow("word") << QStringLiteral("NISC") << QStringList{nikkei};
        QTest::newRow("case and diacritics") << QStringLiteral("nísc") << QStringList{nikkei};
        QTest::newRow("phrase") << QStringLiteral("\"sevenfold increase\"") << QStringList{nikkei};
        QTest::newRow("phrase in typographic quotes") << QStringLiteral("\u201CSony Pictures\u201D") << QStringList{tass, nikkei};
        QTest::newRow("and") << QStringLiteral("Kishida AND Kerry") << QStringList{tass};
        QTest::newRow("implicit and") << QStringLiteral("Kishida Kerry") << QStringList{tass};
        QTest::newRow("or") << QStringLiteral("Kishida OR Nakatani") << QStringList{japanTimes, tass};
        QTest::newRow("not") << QStringLiteral("Fujimura NOT Senkaku") << QStringList{japanTimes};
        QTest::newRow("parentheses") << QStringLiteral("(Kishida OR Kato) AND deterrence") << QStringList{japanToday};
        QTest::newRow("prefix") << QStringLiteral("Fujimur*") << QStringList{transcript, japanTimes};
        QTest::newRow("hyphenated word") << QStringLiteral("cyber-attackers") << QStringList{japanTimes};
        // Words only in page furniture are not indexed.
        QTest::newRow("footer word") << QStringLiteral("GaijinPot") << QStringList{};
        QTest::newRow("menu words") << QStringLiteral("\"Currency converter\"") << QStringList{};
        QTest::newRow("empty") << QStringLiteral("  ") << QStringList{};
    }
    void syntax()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, files);
        QList<qint64> expected;
        for (const QString &file : files)
            expected.append(seedId(file));
        std::sort(expected.begin(), expected.end());
        QCOMPARE(idsFor(query), expected);
    }

    void invalidQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");
        QTest::newRow("unclosed quote") << QStringLiteral("\"cyber attack") << QStringLiteral("quotation mark that is not closed");
        QTest::newRow("unclosed parenthesis") << QStringLiteral("(cyber OR") << QStringLiteral("parenthesis that is not closed");
        QTest::newRow("stray parenthesis") << QStringLiteral("cyber)") << QStringLiteral("did not open");
        QTest::newRow("dangling operator") << QStringLiteral("cyber AND") << QStringLiteral("is not valid");
        QTest::newRow("operator only") << QStringLiteral("NOT") << QStringLiteral("is not valid");
    }
    void invalidQueries()
    {
        QFETCH(QString, query);
        QFETCH(QString, message);
        const Expected<QList<SearchHit>> hits = SearchIndex(m_db).search(query);
        QVERIFY(!hits.ok());
        QVERIFY2(hits.error().contains(message), qPrintable(hits.error()));
        QVERIFY(!hits.error().contains(QLatin1Char('\n')));
    }

    void rankedSnippetsHighlightTheHit()
    {
        const Expected<QList<SearchHit>> hits = SearchIndex(m_db).search(QStringLiteral("Kishida"));
        QVERIFY2(hits.ok(), qPrintable(hits.error()));
        QCOMPARE(hits->size(), 1);
        const SearchHit &hit = hits->first();
        QCOMPARE(hit.title, QStringLiteral("Japan appreciates US support in cyber security, welcomes stance on North Korea - FM"));
        QVERIFY(hit.score > 0);
        QVERIFY(!hit.snippetMatches.isEmpty());
        for (const TextSpan &span : hit.snippetMatches)
            QCOMPARE(span.text(hit.snippet), QStringLiteral("Kishida"));
        QVERIFY(!hit.snippet.contains(QLatin1Char('\n')));
        QVERIFY(!hit.snippet.contains(QStringLiteral("  ")));

        // A title hit outranks a text hit.
        const Expected<QList<SearchHit>> ranked = SearchIndex(m_db).search(QStringLiteral("Ministry"));
        QVERIFY(ranked.ok());
        QVERIFY(ranked->size() >= 2);
        QCOMPARE(ranked->first().title, QStringLiteral("Ministry, sites abroad hit by cyber-attacks"));
        for (int i = 1; i < ranked->size(); ++i)
            QVERIFY(ranked->at(i - 1).score >= ranked->at(i).score);
    }

    void snippetsLeaveFurnitureOut()
    {
        // 004's footer lists other headlines thick with "Tokyo"; a snippet
        // from the index would pick that window if furniture were in it.
        const Expected<QList<SearchHit>> hits = SearchIndex(m_db).search(QStringLiteral("Tokyo"));
        QVERIFY(hits.ok());
        const qint64 japanToday = seedId(QStringLiteral("004_39fa5e2b2d375fce.txt"));
        bool seen = false;
        for (const SearchHit &hit : *hits) {
            QVERIFY(!hit.snippet.contains(QStringLiteral("Savvy")));
            QVERIFY(!hit.snippet.contains(QStringLiteral("GaijinPot")));
            seen = seen || hit.documentId == japanToday;
        }
        QVERIFY(seen);
        // The unblanked text would put the footer's window first.
        QVERIFY(!DocumentStore::searchTextOf(m_documents->byId(japanToday).text).contains(QStringLiteral("Savvy Tokyo")));
    }

    void matchOffsetsPointIntoTheText()
    {
        const qint64 id = seedId(QStringLiteral("003_3bf0c5847a31bf84.txt"));
        const Document d = m_documents->byId(id);
        const Expected<QList<TextSpan>> spans = SearchIndex(m_db).matches(id, QStringLiteral("NISC OR \"cyber attacks\""));
        QVERIFY2(spans.ok(), qPrintable(spans.error()));
        QVERIFY(spans->size() > 3);
        for (const TextSpan &span : *spans) {
            const QString hit = span.text(d.text);
            QVERIFY2(hit == QLatin1String("NISC") || hit.compare(QLatin1String("cyber attacks"), Qt::CaseInsensitive) == 0, qPrintable(hit));
        }
    }

    void codePointOffsets()
    {
        Document d;
        d.text = QStringLiteral("\U0001F600 alpha beta \u5185\u95A3 gamma");
        const Expected<qint64> id = m_documents->add(d);
        QVERIFY(id.ok());
        const Expected<QList<TextSpan>> spans = SearchIndex(m_db).matches(*id, QStringLiteral("beta"));
        QVERIFY(spans.ok());
        QCOMPARE(spans->size(), 1);
        QCOMPARE(spans->first().start, 9);
        QCOMPARE(SearchIndex::codePointIndex(d.text, spans->first().start), 8);
    }

    void queryTranslation_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("fts");
        QTest::newRow("words") << QStringLiteral("cyber  policy") << QStringLiteral("cyber policy");
        QTest::newRow("operators") << QStringLiteral("a AND (b OR c) NOT d") << QStringLiteral("a AND ( b OR c ) NOT d");
        QTest::newRow("punctuated words") << QStringLiteral("U.S. cyber-attacks Kato's") << QStringLiteral("\"U.S.\" \"cyber-attacks\" \"Kato's\"");
        QTest::newRow("prefix") << QStringLiteral("cyber* \"cyber sec\"* e-gov*") << QStringLiteral("cyber* \"cyber sec\"* \"e-gov\"*");
        QTest::newRow("lowercase operators are words") << QStringLiteral("and or not near NEAR") << QStringLiteral("and or not near \"NEAR\"");
    }
    void queryTranslation()
    {
        QFETCH(QString, query);
        QFETCH(QString, fts);
        QCOMPARE(SearchIndex::toFtsQuery(query).value(), fts);
    }

    void upgradedLibraryIsReindexed()
    {
        // A library written by schema 1 (furniture indexed) is upgraded and
        // its search text redone.
        m_documents.reset();
        m_db.close();
        const QString path = m_dir->filePath(QStringLiteral("v1.sqlite"));
        {
            Database v1;
            QVERIFY(v1.open(m_dir->filePath(QStringLiteral("scratch.sqlite"))).ok());
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const QString &statement : Schema::migrations().first().statements)
                QVERIFY2(q.exec(statement), qPrintable(statement));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO documents (uuid, title, sha256, text, imported_at) VALUES "
                                          "('u1', 'T', 'h1', 'Home > News > Politics\nThe cabinet adopted the strategy on Tuesday after a long debate among the members of the party.\n', '2021-01-01')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        QVERIFY(m_db.open(path).ok());
        QCOMPARE(m_db.schemaVersion(), Schema::latestVersion());
        DocumentStore store(m_db);
        QCOMPARE(idsFor(QStringLiteral("Politics")).size(), 1); // still the old text
        QCOMPARE(store.refreshSearchText().value(), 1);
        QCOMPARE(store.refreshSearchText().value(), 0);
        QCOMPARE(idsFor(QStringLiteral("Politics")).size(), 0);
        QCOMPARE(idsFor(QStringLiteral("cabinet")).size(), 1);
    }

    void anotherDetectorsTextIsRedoneWhereItDiffers()
    {
        // Every document was indexed by another furniture detector; one of
        // them by one that found no furniture at all (its footer's other
        // headlines match "GaijinPot").
        const qint64 japanToday = seedId(QStringLiteral("004_39fa5e2b2d375fce.txt"));
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE documents SET search_version = search_version + 1")));
        QVERIFY(q.prepare(QStringLiteral("UPDATE documents SET search_text = text WHERE id = ?")));
        q.addBindValue(japanToday);
        QVERIFY(q.exec());
        QCOMPARE(idsFor(QStringLiteral("GaijinPot")), QList<qint64>{japanToday});

        // Only that one is indexed again; all are marked current.
        QCOMPARE(m_documents->refreshSearchText().value(), 1);
        QCOMPARE(idsFor(QStringLiteral("GaijinPot")), QList<qint64>{});
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM documents WHERE search_version <> %1")
                           .arg(DocumentStore::kSearchTextVersion)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(m_documents->refreshSearchText().value(), 0);
    }

    // The hits, their order, scores and snippets are those of ordering by
    // bm25() with the same weights, also past the limit and with ties, and
    // again when the rows' sizes are remembered from the first search.
    void rankedAsByBm25_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("word") << QStringLiteral("strategy");
        QTest::newRow("prefix") << QStringLiteral("cyber*");
        QTest::newRow("phrase") << QStringLiteral("\"cabinet cybersecurity\"");
        QTest::newRow("or") << QStringLiteral("alliance OR deterrence");
        QTest::newRow("not") << QStringLiteral("cabinet NOT 7");
    }
    void rankedAsByBm25()
    {
        QFETCH(QString, query);
        QVERIFY(m_db.hasSearchRanking());
        addNotes(300);
        const SearchIndex index(m_db);
        for (const char *pass : {"first search", "second search"}) {
            const QStringList got = rankedHits(index, query);
            QCOMPARE(got.size(), kLimit);
            QVERIFY2(got == rankedByBm25(query), pass);
        }
    }

    // A document made longer (by this connection or another) ranks by its
    // new size at once: no search keeps a size it remembered.
    void rankingFollowsChangedDocuments()
    {
        addNotes(300);
        const QString query = QStringLiteral("strategy");
        const SearchIndex index(m_db);
        const QStringList before = rankedHits(index, query);
        QCOMPARE(before, rankedByBm25(query));

        const auto lengthen = [](DocumentStore &store, qint64 id) {
            Document d = store.byId(id);
            d.text += QStringLiteral(" padding").repeated(200);
            return store.replaceText(d);
        };
        const qint64 best = before.constFirst().section(QLatin1Char(' '), 0, 0).toLongLong();
        QVERIFY(lengthen(*m_documents, best).ok());
        const QStringList afterOwnChange = rankedHits(index, query);
        QCOMPARE(afterOwnChange, rankedByBm25(query));
        QVERIFY(afterOwnChange.constFirst() != before.constFirst());

        const qint64 next = afterOwnChange.constFirst().section(QLatin1Char(' '), 0, 0).toLongLong();
        {
            Database other;
            QVERIFY(other.openAlongside(m_db.path()).ok());
            DocumentStore otherDocuments(other);
            QVERIFY(lengthen(otherDocuments, next).ok());
            other.close();
        }
        const QStringList afterOtherChange = rankedHits(index, query);
        QCOMPARE(afterOtherChange, rankedByBm25(query));
        QVERIFY(afterOtherChange.constFirst() != afterOwnChange.constFirst());
    }

    void tenThousandDocumentsStayResponsive()
    {
        // Search-as-you-type on a large corpus: every keystroke's query,
        // ranked with snippets, well under the time a typist notices.
        QSqlDatabase db = m_db.connection();
        QVERIFY(db.transaction());
        const QStringList vocabulary = QStringLiteral(
            "cabinet ministry agency strategy cyber cybersecurity attack defence deterrence policy government "
            "network information security incident response cooperation alliance military intelligence report")
            .split(QLatin1Char(' '));
        for (int i = 0; i < 10000; ++i) {
            Document d;
            d.title = QStringLiteral("Document %1 on %2").arg(i).arg(vocabulary.at(i % vocabulary.size()));
            QString text;
            for (int w = 0; w < 300; ++w)
                text += vocabulary.at((i * 7 + w * 13 + w / 5) % vocabulary.size()) + (w % 15 == 14 ? QStringLiteral(".\n") : QStringLiteral(" "));
            d.text = text + QString::number(i);
            QVERIFY(m_documents->add(d).ok());
        }
        QVERIFY(db.commit());

        SearchIndex index(m_db);
        qint64 slowest = 0;
        for (const QString &query : {QStringLiteral("c"), QStringLiteral("cy*"), QStringLiteral("cyber*"), QStringLiteral("cyber det*"),
                                     QStringLiteral("\"cyber attack\""), QStringLiteral("intelligence OR alliance"), QStringLiteral("9999")}) {
            QElapsedTimer timer;
            timer.start();
            const Expected<QList<SearchHit>> hits = index.search(query);
            slowest = qMax(slowest, timer.elapsed());
            QVERIFY2(hits.ok(), qPrintable(hits.error()));
        }
        // Speed is a benchmark figure (packaging/dev bench), not a test: only reported here.
        qInfo("slowest query on 10,000 documents: %lld ms", slowest);
        const Expected<QList<SearchHit>> last = index.search(QStringLiteral("9999"));
        QVERIFY(last.ok() && !last->isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;
    std::unique_ptr<DocumentStore> m_documents;
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
