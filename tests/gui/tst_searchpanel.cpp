#include "searchpanel.h"

#include "models/librarymodel.h"
#include "models/searchresultmodel.h"
#include "store/database.h"
#include "store/documentstore.h"
#include "store/searchindex.h"

#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Dossier;

class TestSearchPanel : public QObject
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
        const QStringList texts = {
            QStringLiteral("A note that names the quokka once, among other animals of the region."),
            QStringLiteral("The quokka again: quokka numbers rose, the quokka survey said, and quokka habitats grew."),
            QStringLiteral("Nothing about that animal here at all, only ministries and budgets."),
        };
        for (int i = 0; i < texts.size(); ++i) {
            Document d;
            d.title = QStringLiteral("Field report %1").arg(i + 1);
            d.publisher = QStringLiteral("Ranger Service");
            d.publishedOn = QDate(2018 + i, 4, 1);
            d.text = texts.at(i);
            m_ids.append(m_store->add(d).value());
        }
        m_library = std::make_unique<LibraryModel>();
        m_library->setDocuments(m_store->list().value());
        m_index = std::make_unique<SearchIndex>(*m_db);
    }

    void cleanup()
    {
        m_ids.clear();
        m_index.reset();
        m_library.reset();
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    void typingShowsRankedHits()
    {
        SearchPanel panel(*m_index, m_library.get());
        panel.show();
        QTest::keyClicks(panel.queryEdit(), QStringLiteral("quokka"));
        // Debounced: nothing until the pause.
        QCOMPARE(panel.model()->rowCount(), 0);
        QTRY_COMPARE(panel.model()->rowCount(), 2);
        QCOMPARE(panel.status(), QStringLiteral("2 document(s) found"));
        const QModelIndex best = panel.model()->index(0, 0);
        QCOMPARE(best.data(SearchResultModel::DocumentIdRole).toLongLong(), m_ids.at(1)); // four mentions beat one
        QVERIFY(best.data(SearchResultModel::ScoreRole).toDouble() > panel.model()->index(1, 0).data(SearchResultModel::ScoreRole).toDouble());
        QCOMPARE(best.data(SearchResultModel::DateRole).toDate(), QDate(2019, 4, 1));
        QCOMPARE(best.data(SearchResultModel::PublisherRole).toString(), QStringLiteral("Ranger Service"));
        const QString snippet = best.data(SearchResultModel::SnippetRole).toString();
        const auto spans = best.data(SearchResultModel::SnippetMatchesRole).value<QList<TextSpan>>();
        QVERIFY(!spans.isEmpty());
        QCOMPARE(spans.first().text(snippet).toLower(), QStringLiteral("quokka"));
        // Each hit is drawn over more than one line (title, details, snippet).
        QVERIFY(panel.resultView()->sizeHintForRow(0) > 2 * panel.fontMetrics().height());
    }

    void syntaxErrorsShowInPlace()
    {
        SearchPanel panel(*m_index, m_library.get());
        panel.search(QStringLiteral("quokka"));
        QCOMPARE(panel.model()->rowCount(), 2);
        panel.search(QStringLiteral("\"quokka numbers"));
        QVERIFY2(panel.status().contains(QLatin1String("not closed")), qPrintable(panel.status()));
        QCOMPARE(panel.model()->rowCount(), 2); // the last results stay while the query is fixed
        panel.search(QStringLiteral("platypus"));
        QCOMPARE(panel.model()->rowCount(), 0);
        QCOMPARE(panel.status(), QStringLiteral("No document matches."));
        panel.search(QString());
        QVERIFY(panel.status().isEmpty());
    }

    void activatingAHitGivesItsFirstMatch()
    {
        SearchPanel panel(*m_index, m_library.get());
        QSignalSpy activated(&panel, &SearchPanel::hitActivated);
        panel.search(QStringLiteral("habitats"));
        QCOMPARE(panel.model()->rowCount(), 1);
        Q_EMIT panel.resultView()->activated(panel.model()->index(0, 0));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toLongLong(), m_ids.at(1));
        const auto span = activated.first().at(1).value<TextSpan>();
        QCOMPARE(span.text(m_store->byId(m_ids.at(1)).text), QStringLiteral("habitats"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DocumentStore> m_store;
    std::unique_ptr<LibraryModel> m_library;
    std::unique_ptr<SearchIndex> m_index;
    QList<qint64> m_ids;
};

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"
