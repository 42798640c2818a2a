#include "models/searchresultmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Dossier;

class TestSearchResultModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void holdsRankedHits()
    {
        SearchResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        SearchHit best;
        best.documentId = 7;
        best.title = QStringLiteral("NISC warns ministries");
        best.score = 3.5;
        best.snippet = QStringLiteral("\u2026the NISC said on Monday\u2026");
        best.snippetMatches = {{5, 9}};
        SearchHit second;
        second.documentId = 3;
        second.title = QStringLiteral("Cabinet reshuffle");
        second.score = 1.25;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setResults(QStringLiteral("NISC"), {{best, QStringLiteral("Kyodo"), QDate(2015, 1, 6)}, {second, QString(), QDate()}});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.query(), QStringLiteral("NISC"));
        QCOMPARE(model.rowCount(), 2);

        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data().toString(), QStringLiteral("NISC warns ministries"));
        QCOMPARE(first.data(SearchResultModel::DocumentIdRole).toLongLong(), 7);
        QCOMPARE(first.data(SearchResultModel::RankRole).toInt(), 1);
        QCOMPARE(first.data(SearchResultModel::ScoreRole).toDouble(), 3.5);
        QCOMPARE(first.data(SearchResultModel::PublisherRole).toString(), QStringLiteral("Kyodo"));
        QCOMPARE(first.data(SearchResultModel::DateRole).toDate(), QDate(2015, 1, 6));
        const auto spans = first.data(SearchResultModel::SnippetMatchesRole).value<QList<TextSpan>>();
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans.first().text(first.data(SearchResultModel::SnippetRole).toString()), QStringLiteral("NISC"));
        QCOMPARE(model.index(1, 0).data(SearchResultModel::RankRole).toInt(), 2);
        QVERIFY(!model.index(1, 0).data(SearchResultModel::DateRole).toDate().isValid());
        QVERIFY(first.data(Qt::AccessibleDescriptionRole).toString().contains(QLatin1String("Kyodo")));
        QCOMPARE(model.roleNames().value(SearchResultModel::SnippetRole), QByteArrayLiteral("snippet"));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.query().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearchResultModel)
#include "tst_searchresultmodel.moc"
