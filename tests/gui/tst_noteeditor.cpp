#include "noteeditor.h"
#include "taglineedit.h"

#include "annotations/annotationeditor.h"
#include "testlibrary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QPlainTextEdit>

using namespace Dossier;

namespace {
const QString Text = QStringLiteral("The ministry said deterrence would rest on denial rather than punishment.");
}

class TestNoteEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_library = std::make_unique<Test::Library>();
        QVERIFY(m_library->isOpen());
        m_doc = m_library->addDocument(Text, QStringLiteral("Statement"));
        m_editor = std::make_unique<AnnotationEditor>(m_library->database());
        Annotation a = Annotation::forRange(m_doc, Text, 18, 28);
        a.colour = QStringLiteral("green");
        const Expected<qint64> id = m_editor->addAnnotation(a, {QStringLiteral("policy/deterrence")});
        QVERIFY(id.ok());
        m_id = *id;
    }

    void cleanup()
    {
        m_editor.reset();
        m_library.reset();
    }

    void typingIsOneUndoStep()
    {
        NoteEditor dialog(*m_editor, m_id);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.show();
        QUndoStack *stack = m_editor->undoStack();
        const int before = stack->count();
        QTest::keyClicks(dialog.noteEdit(), QStringLiteral("Denial first."));
        QTest::keyClick(dialog.noteEdit(), Qt::Key_Return);
        QTest::keyClicks(dialog.noteEdit(), QStringLiteral("Then punishment."));
        const QString note = QStringLiteral("Denial first.\nThen punishment.");
        QCOMPARE(m_editor->annotations().byId(m_id).note, note);
        QCOMPARE(stack->count(), before + 1); // thirty key presses, one step
        QCOMPARE(stack->undoText(), QStringLiteral("Edit note"));

        stack->undo();
        QCOMPARE(m_editor->annotations().byId(m_id).note, QString());
        // The window follows the undo.
        QCOMPARE(dialog.noteEdit()->toPlainText(), QString());
        stack->redo();
        QCOMPARE(dialog.noteEdit()->toPlainText(), note);
    }

    void privateColourAndTags()
    {
        NoteEditor dialog(*m_editor, m_id);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.show();
        QCOMPARE(dialog.colourBox()->currentData().toString(), QStringLiteral("green"));
        QVERIFY(!dialog.privateBox()->isChecked());
        QCOMPARE(dialog.tagEdit()->tags(), QStringList{QStringLiteral("policy/deterrence")});

        dialog.privateBox()->click();
        QVERIFY(m_editor->annotations().byId(m_id).isPrivate);
        m_editor->undoStack()->undo();
        QVERIFY(!m_editor->annotations().byId(m_id).isPrivate);
        QVERIFY(!dialog.privateBox()->isChecked());

        // Completion offers existing paths by any part of them.
        TagLineEdit *tags = dialog.tagEdit();
        tags->setFocus();
        tags->setText(QString());
        QTest::keyClicks(tags, QStringLiteral("policy/deterrence, deter"));
        QCOMPARE(tags->completer()->completionPrefix(), QStringLiteral("deter"));
        QCOMPARE(tags->completer()->currentCompletion(), QStringLiteral("policy/deterrence"));
        // A new tag is made on the fly; tags are saved on closing.
        tags->setText(QStringLiteral("policy/deterrence, speech/press"));
        dialog.close();
        const Annotation a = m_editor->annotations().byId(m_id);
        QStringList paths;
        for (qint64 id : a.tagIds)
            paths.append(m_editor->tags().byId(id).path);
        paths.sort();
        QCOMPARE(paths, (QStringList{QStringLiteral("policy/deterrence"), QStringLiteral("speech/press")}));
    }

    void closesWhenTheAnnotationGoes()
    {
        QPointer<NoteEditor> dialog = new NoteEditor(*m_editor, m_id);
        dialog->show();
        QVERIFY(m_editor->removeAnnotations({m_id}).ok());
        QTRY_VERIFY(dialog.isNull()); // closed and deleted
    }

private:
    std::unique_ptr<Test::Library> m_library;
    std::unique_ptr<AnnotationEditor> m_editor;
    qint64 m_doc = 0;
    qint64 m_id = 0;
};

QTEST_MAIN(TestNoteEditor)
#include "tst_noteeditor.moc"
