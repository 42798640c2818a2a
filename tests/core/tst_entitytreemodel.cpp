// EntityTreeModel: what the inspector shows of one document's analysis. Its
// leaves' texts are made when asked for; they must read as before.
#include "analysis/entityengine.h"
#include "corpus/bundledcorpus.h"
#include "models/entitytreemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Dossier;

class TestEntityTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void leavesTellTheirSpans()
    {
        EntityEngine engine;
        QVERIFY(engine.isValid());
        const Expected<QList<Document>> docs = BundledCorpus::load();
        QVERIFY(docs.ok());
        const QString text = docs->at(3).text;
        const Extraction x = engine.extract(text);
        QVERIFY(!x.bodies.isEmpty() && !x.attributions.isEmpty() && !x.statistics.isEmpty());

        EntityTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setExtraction(text, x);
        QCOMPARE(model.rowCount(), int(EntityTreeModel::GroupCount));

        // A body's mention: its text, in its context, under its canonical name.
        const QModelIndex bodies = model.index(EntityTreeModel::Bodies, 0);
        const QModelIndex body = model.index(0, 0, bodies);
        const QModelIndex mention = model.index(0, 0, body);
        const TextSpan span{mention.data(EntityTreeModel::SpanStartRole).toInt(), mention.data(EntityTreeModel::SpanEndRole).toInt()};
        QCOMPARE(mention.data().toString(), span.text(text));
        QVERIFY(mention.siblingAtColumn(EntityTreeModel::DetailColumn).data().toString().contains(span.text(text).simplified()));
        QCOMPARE(mention.data(EntityTreeModel::EntityRole).toString(), body.data().toString());
        QCOMPARE(mention.data(Qt::ToolTipRole).toString(), mention.siblingAtColumn(EntityTreeModel::DetailColumn).data().toString());
        QCOMPARE(model.parent(mention), body);

        // A statement: who and the cue, then what was said.
        const QModelIndex speaker = model.index(0, 0, model.index(EntityTreeModel::Speakers, 0));
        const QModelIndex statement = model.index(0, 0, speaker);
        QVERIFY(statement.isValid());
        QVERIFY(!statement.data().toString().isEmpty());
        QVERIFY(!statement.siblingAtColumn(EntityTreeModel::DetailColumn).data().toString().isEmpty());
        QCOMPARE(statement.data(EntityTreeModel::EntityRole).toString(), speaker.data().toString());

        // Every statistic, by unit.
        const QModelIndex stats = model.index(EntityTreeModel::Statistics, 0);
        QCOMPARE(model.rowCount(stats), int(x.statistics.size()));
        const QModelIndex stat = model.index(0, 0, stats);
        QCOMPARE(stat.data().toString(), x.statistics.first().span.text(text));
        QCOMPARE(stat.data(EntityTreeModel::EntityRole).toString(), unitName(x.statistics.first().unit));
        QVERIFY(stat.siblingAtColumn(EntityTreeModel::DetailColumn).data().toString().startsWith(unitName(x.statistics.first().unit)));

        // Changes, described as the briefing describes them.
        const QModelIndex changes = model.index(EntityTreeModel::Changes, 0);
        QCOMPARE(model.rowCount(changes), int(x.changes.size()));
        if (!x.changes.isEmpty())
            QCOMPARE(model.index(0, 0, changes).data().toString(), EntityTreeModel::describeChange(text, x, x.changes.first()));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEntityTreeModel)
#include "tst_entitytreemodel.moc"
