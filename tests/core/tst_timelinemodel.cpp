#include "models/timelinemodel.h"

#include "analysis/entityengine.h"
#include "corpus/bundledcorpus.h"
#include "store/analysisstore.h"
#include "store/database.h"
#include "store/documentstore.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

namespace {

const QString Version = QStringLiteral("test-engine");

Statistic statistic(const QString &text, const QString &written, Statistic::Unit unit, const QString &period = {})
{
    Statistic s;
    const int at = int(text.indexOf(written));
    s.span = {at, at + int(written.size())};
    s.unit = unit;
    s.period = period;
    return s;
}

} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        m_store = std::make_unique<DocumentStore>(*m_db);
        m_analyses = std::make_unique<AnalysisStore>(*m_db);
    }

    void cleanup()
    {
        m_analyses.reset();
        m_store.reset();
        m_db.reset();
    }

    void bundledCorpusAlongItsDates()
    {
        QVERIFY(BundledCorpus::addToEmptyLibrary(*m_store).ok());
        const auto listed = m_store->list();
        QVERIFY(listed);
        // Analyse all but one, as the corpus analyser would have.
        qint64 unanalysed = 0;
        for (const Document &listedDocument : *listed) {
            const Document d = m_store->byId(listedDocument.id);
            if (d.publishedOn.year() == 2012) {
                unanalysed = d.id;
                continue;
            }
            QVERIFY(m_analyses->save(d, Version, m_engine.extract(d.text)).ok());
        }
        QVERIFY(unanalysed);

        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(TimelineModel::load(*listed, *m_store, *m_analyses, Version));
        QCOMPARE(model.rowCount(), int(listed->size()));
        QCOMPARE(model.datedCount(), model.rowCount());

        // Oldest first, from 2011 to 2021.
        QDate previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QDate date = model.index(row).data(TimelineModel::DateRole).toDate();
            QVERIFY(date.isValid());
            QVERIFY(!previous.isValid() || previous <= date);
            previous = date;
            QVERIFY(model.index(row).data(TimelineModel::DatedRole).toBool());
        }
        QCOMPARE(model.index(0).data(TimelineModel::DateRole).toDate().year(), 2011);
        QCOMPARE(model.index(model.rowCount() - 1).data(TimelineModel::DateRole).toDate().year(), 2021);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Ministry, sites abroad hit by cyber-attacks"));
        QCOMPARE(model.index(0).data(TimelineModel::PublisherRole).toString(), QStringLiteral("The Japan Times"));

        // Nikkei, February 2015: its key figure is the change the text
        // calls sevenfold.
        int nikkei = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row).data(TimelineModel::PublisherRole).toString() == QLatin1String("Nikkei"))
                nikkei = row;
        }
        QVERIFY(nikkei >= 0);
        QCOMPARE(model.index(nikkei).data(TimelineModel::DateRole).toDate(), QDate(2015, 2, 3));
        const QStringList figures = model.index(nikkei).data(TimelineModel::FiguresRole).toStringList();
        QVERIFY(!figures.isEmpty());
        QVERIFY2(figures.first().contains(QLatin1String("660,000")) && figures.first().contains(QLatin1String("5.08 million")),
                 qPrintable(figures.join(QLatin1String(" | "))));
        QVERIFY(figures.size() <= 3);
        QVERIFY(model.index(nikkei).data(Qt::ToolTipRole).toString().contains(figures.first()));

        // Not analysed yet: on the timeline, without figures.
        const int row2012 = model.rowOfDocument(unanalysed);
        QVERIFY(row2012 >= 0);
        QVERIFY(model.index(row2012).data(TimelineModel::FiguresRole).toStringList().isEmpty());
    }

    // Figures set without the entries are asked for when a view wants
    // them, once per document, and only for the documents it shows.
    void figuresAreAskedForWhenShown()
    {
        TimelineModel model;
        QList<qint64> asked;
        model.setEntries({{1, QStringLiteral("One"), {}, QDate(2014, 1, 1), {}},
                          {2, QStringLiteral("Two"), {}, QDate(2015, 1, 1), {}},
                          {3, QStringLiteral("Three"), {}, QDate(2016, 1, 1), {QStringLiteral("given")}}},
                         [&asked](qint64 id) {
                             asked.append(id);
                             return id == 2 ? QStringList{QStringLiteral("5.08 million")} : QStringList();
                         });
        QVERIFY(asked.isEmpty());
        QCOMPARE(model.index(1).data(TimelineModel::FiguresRole).toStringList(), QStringList{QStringLiteral("5.08 million")});
        QCOMPARE(model.index(1).data(TimelineModel::FiguresRole).toStringList(), QStringList{QStringLiteral("5.08 million")});
        QVERIFY(model.index(0).data(TimelineModel::FiguresRole).toStringList().isEmpty());
        QVERIFY(model.index(0).data(TimelineModel::FiguresRole).toStringList().isEmpty());
        QCOMPARE(model.index(2).data(TimelineModel::FiguresRole).toStringList(), QStringList{QStringLiteral("given")});
        QCOMPARE(asked, (QList<qint64>{2, 1}));
    }

    void undatedDocumentsComeLast()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({
            {1, QStringLiteral("Zebra memo"), {}, {}, {}},
            {2, QStringLiteral("Later"), {}, QDate(2020, 5, 1), {}},
            {3, QStringLiteral("Alpha memo"), {}, {}, {}},
            {4, QStringLiteral("Earlier"), {}, QDate(2013, 1, 9), {}},
        });
        QCOMPARE(model.datedCount(), 2);
        QCOMPARE(model.index(0).data(TimelineModel::DocumentIdRole).toLongLong(), 4);
        QCOMPARE(model.index(1).data(TimelineModel::DocumentIdRole).toLongLong(), 2);
        QCOMPARE(model.index(2).data().toString(), QStringLiteral("Alpha memo"));
        QCOMPARE(model.index(3).data().toString(), QStringLiteral("Zebra memo"));
        QVERIFY(!model.index(3).data(TimelineModel::DatedRole).toBool());
        QVERIFY(model.index(3).data(Qt::ToolTipRole).toString().contains(QLatin1String("Undated")));
        QCOMPARE(model.rowOfDocument(3), 2);
        QCOMPARE(model.rowOfDocument(99), -1);
    }

    void keyFiguresRule()
    {
        const QString text = QStringLiteral("There were 1,200 incidents. The budget was 50 billion yen in FY2020. "
                                            "Some 97% came from abroad in 2019. Again 1,200 incidents. Spending rose from "
                                            "10 billion yen to 20 billion yen.");
        Extraction x;
        x.statistics = {
            statistic(text, QStringLiteral("1,200"), Statistic::Unit::Count),
            statistic(text, QStringLiteral("50 billion yen"), Statistic::Unit::Money, QStringLiteral("FY2020")),
            statistic(text, QStringLiteral("97%"), Statistic::Unit::Percent, QStringLiteral("2019")),
            statistic(text, QStringLiteral("10 billion yen"), Statistic::Unit::Money),
            statistic(text, QStringLiteral("20 billion yen"), Statistic::Unit::Money),
        };
        Statistic again = x.statistics.first();
        again.span.start = int(text.lastIndexOf(QLatin1String("1,200")));
        again.span.end = again.span.start + 5;
        x.statistics.append(again);
        Change change;
        change.from = 3;
        change.to = 4;
        change.ratio = 2;
        x.changes = {change};

        const QStringList all = TimelineModel::keyFigures(text, x, 10);
        // The change, then period-bound figures (money before percent), then
        // the rest; the figure repeated counts once.
        QCOMPARE(all.size(), 4);
        QVERIFY(all.at(0).contains(QLatin1String("10 billion yen")) && all.at(0).contains(QLatin1String("20 billion yen")));
        QVERIFY(all.at(1).startsWith(QLatin1String("50 billion yen")) && all.at(1).contains(QLatin1String("FY2020")));
        QVERIFY(all.at(2).startsWith(QLatin1String("97%")) && all.at(2).contains(QLatin1String("2019")));
        QCOMPARE(all.at(3), QStringLiteral("1,200"));
        QCOMPARE(TimelineModel::keyFigures(text, x, 2), all.mid(0, 2));
        QVERIFY(TimelineModel::keyFigures(text, Extraction{}).isEmpty());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DocumentStore> m_store;
    std::unique_ptr<AnalysisStore> m_analyses;
    EntityEngine m_engine;
};

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
