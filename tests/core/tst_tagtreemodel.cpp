#include "testlibrary.h"

#include "annotations/annotationeditor.h"
#include "models/tagtreemodel.h"

#include <QAbstractItemModelTester>

using namespace Dossier;

class TestTagTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void treeAndCounts()
    {
        Test::Library library;
        QVERIFY(library.isOpen());
        const qint64 doc = library.addDocument(QStringLiteral("Deterrence by denial and by punishment, said the minister."));
        AnnotationEditor editor(library.database());
        const QString body = QStringLiteral("Deterrence by denial and by punishment, said the minister.");
        QVERIFY(editor.addAnnotation(Annotation::forRange(doc, body, 0, 10), {QStringLiteral("policy/deterrence")}).ok());
        QVERIFY(editor.addAnnotation(Annotation::forRange(doc, body, 14, 20), {QStringLiteral("policy/deterrence/denial"), QStringLiteral("speech")}).ok());
        QVERIFY(editor.tagDocuments({doc}, QStringLiteral("policy")).ok());

        TagTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load(editor.tags());
        QCOMPARE(model.rowCount(), 2); // policy, speech
        const QModelIndex policy = model.index(0, TagTreeModel::NameColumn);
        QCOMPARE(policy.data().toString(), QStringLiteral("policy"));
        QCOMPARE(model.rowCount(policy), 1);
        const QModelIndex deterrence = model.index(0, 0, policy);
        QCOMPARE(deterrence.data(TagTreeModel::PathRole).toString(), QStringLiteral("policy/deterrence"));
        QCOMPARE(model.rowCount(deterrence), 1);
        QCOMPARE(model.parent(deterrence), policy);

        // Counts cover the subtree: both annotations sit under "policy".
        QCOMPARE(policy.siblingAtColumn(TagTreeModel::AnnotationsColumn).data().toInt(), 2);
        QCOMPARE(policy.siblingAtColumn(TagTreeModel::DocumentsColumn).data().toInt(), 1);
        QCOMPARE(model.index(0, 0, deterrence).data(TagTreeModel::AnnotationCountRole).toInt(), 1);
        const QModelIndex speech = model.index(1, 0);
        QCOMPARE(speech.data(TagTreeModel::AnnotationCountRole).toInt(), 1);
        QCOMPARE(speech.data(TagTreeModel::DocumentCountRole).toInt(), 0);

        const qint64 denialId = editor.tags().byPath(QStringLiteral("policy/deterrence/denial")).id;
        QCOMPARE(model.indexOfTag(denialId).data().toString(), QStringLiteral("denial"));
        QCOMPARE(model.tag(model.indexOfTag(denialId)).id, denialId);

        // A colour shows as the tag's decoration.
        QVERIFY(editor.setTagColour(denialId, QStringLiteral("#336699")).ok());
        model.load(editor.tags());
        QCOMPARE(model.indexOfTag(denialId).data(Qt::DecorationRole).value<QColor>(), QColor(0x33, 0x66, 0x99));

        model.setTags({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.indexOfTag(denialId).isValid());
    }
};

QTEST_GUILESS_MAIN(TestTagTreeModel)
#include "tst_tagtreemodel.moc"
