#include "tagmanager.h"

#include "annotations/annotationeditor.h"
#include "models/tagtreemodel.h"
#include "testlibrary.h"

#include <QTreeView>

using namespace Dossier;

namespace {
const QString Text = QStringLiteral("Officials attributed the intrusion to a state actor and promised deterrence by denial.");
}

class TestTagManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_library = std::make_unique<Test::Library>();
        QVERIFY(m_library->isOpen());
        m_doc = m_library->addDocument(Text, QStringLiteral("Statement"));
        m_editor = std::make_unique<AnnotationEditor>(m_library->database());
        auto add = [this](const QString &quote, const QStringList &tags) {
            const qsizetype at = Text.indexOf(quote);
            QVERIFY(m_editor->addAnnotation(Annotation::forRange(m_doc, Text, at, at + quote.size()), tags).ok());
        };
        add(QStringLiteral("attributed"), {QStringLiteral("attribution"), QStringLiteral("china")});
        add(QStringLiteral("state actor"), {QStringLiteral("attribution/state")});
        add(QStringLiteral("deterrence by denial"), {QStringLiteral("deterrence")});
        QVERIFY(m_editor->tagDocuments({m_doc}, QStringLiteral("china")).ok());
    }

    void cleanup()
    {
        m_editor.reset();
        m_library.reset();
    }

    void renamesMergesAndCounts()
    {
        TagManager manager(*m_editor);
        TagTreeModel *model = manager.model();
        auto idOf = [this](const QString &path) { return m_editor->tags().byPath(path).id; };
        auto count = [model](qint64 id, int role) { return model->indexOfTag(id).data(role).toInt(); };
        QCOMPARE(model->rowCount(), 3); // attribution, china, deterrence
        QCOMPARE(count(idOf(QStringLiteral("attribution")), TagTreeModel::AnnotationCountRole), 2);
        QCOMPARE(count(idOf(QStringLiteral("china")), TagTreeModel::DocumentCountRole), 1);

        // Rename: the subtree follows.
        const qint64 attribution = idOf(QStringLiteral("attribution"));
        QVERIFY(manager.rename(attribution, QStringLiteral("attributions")).ok());
        QCOMPARE(model->indexOfTag(attribution).data().toString(), QStringLiteral("attributions"));
        QCOMPARE(m_editor->tags().byPath(QStringLiteral("attributions/state")).isValid(), true);
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Rename tag \u201cattribution\u201d to \u201cattributions\u201d"));

        // The delete question says what a delete touches.
        const qint64 china = idOf(QStringLiteral("china"));
        const QString question = manager.deleteQuestion(china);
        QVERIFY2(question.contains(QStringLiteral("1 annotation")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("1 document")), qPrintable(question));
        QVERIFY2(manager.deleteQuestion(attribution).contains(QStringLiteral("1 subtag")), qPrintable(manager.deleteQuestion(attribution)));

        // Merge china into attributions/state: its annotation and document move over.
        const qint64 state = idOf(QStringLiteral("attributions/state"));
        QVERIFY(manager.merge(china, state).ok());
        QVERIFY(!model->indexOfTag(china).isValid());
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(count(state, TagTreeModel::AnnotationCountRole), 2);
        QCOMPARE(count(state, TagTreeModel::DocumentCountRole), 1);
        QCOMPARE(count(attribution, TagTreeModel::AnnotationCountRole), 2);

        // Undo brings china back with its counts.
        m_editor->undoStack()->undo();
        QCOMPARE(count(china, TagTreeModel::AnnotationCountRole), 1);
        QCOMPARE(count(state, TagTreeModel::AnnotationCountRole), 1);
    }

    void movesDeletesAndColours()
    {
        TagManager manager(*m_editor);
        TagTreeModel *model = manager.model();
        const qint64 deterrence = m_editor->tags().byPath(QStringLiteral("deterrence")).id;
        const qint64 attribution = m_editor->tags().byPath(QStringLiteral("attribution")).id;
        QVERIFY(manager.move(deterrence, attribution).ok());
        QCOMPARE(model->indexOfTag(deterrence).data(TagTreeModel::PathRole).toString(), QStringLiteral("attribution/deterrence"));
        QCOMPARE(model->parent(model->indexOfTag(deterrence)), model->indexOfTag(attribution));

        QVERIFY(manager.setColour(deterrence, QStringLiteral("#aa3344")).ok());
        QCOMPARE(model->indexOfTag(deterrence).data(TagTreeModel::ColourRole).toString(), QStringLiteral("#aa3344"));

        manager.setCurrentTag(deterrence);
        QCOMPARE(manager.currentTag(), deterrence);
        QVERIFY(manager.remove(attribution).ok());
        QCOMPARE(model->rowCount(), 1); // china
        QVERIFY(!model->indexOfTag(deterrence).isValid());
        m_editor->undoStack()->undo();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->indexOfTag(deterrence).data(TagTreeModel::AnnotationCountRole).toInt(), 1);
    }

private:
    std::unique_ptr<Test::Library> m_library;
    std::unique_ptr<AnnotationEditor> m_editor;
    qint64 m_doc = 0;
};

QTEST_MAIN(TestTagManager)
#include "tst_tagmanager.moc"
