#include "annotationcontroller.h"
#include "annotationmargin.h"
#include "annotationpanel.h"
#include "mainwindow.h"
#include "noteeditor.h"
#include "readerarea.h"

#include "analysis/entityengine.h"
#include "annotations/annotationeditor.h"
#include "annotations/highlightcolour.h"
#include "corpus/bundledcorpus.h"
#include "models/annotationmodel.h"
#include "settings.h"
#include "store/analysisstore.h"
#include "store/database.h"
#include "store/documentstore.h"

#include <QAction>
#include <QHelpEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>
#include <QTreeView>

#include <memory>

using namespace Dossier;

namespace {

// Two characters outside the BMP before the passage: code points and UTF-16
// indexes differ by two there.
const QString Text = QStringLiteral("Report \U0001F4C4 on \U00020BB7 policy.\nOfficials said attacks rose sharply in FY2013, "
                                    "and the ministry blamed state actors.\nThe end.");

bool paintedWith(QPlainTextEdit *view, int from, int to, const QColor &colour)
{
    const auto selections = view->extraSelections();
    return std::any_of(selections.cbegin(), selections.cend(), [&](const QTextEdit::ExtraSelection &s) {
        return s.cursor.selectionStart() == from && s.cursor.selectionEnd() == to && s.format.background().color() == colour;
    });
}

QColor foregroundAt(QPlainTextEdit *view, int position)
{
    const QTextBlock block = view->document()->findBlock(position);
    const int inBlock = position - block.position();
    QColor colour;
    const auto formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        if (range.start <= inBlock && inBlock < range.start + range.length && range.format.hasProperty(QTextFormat::ForegroundBrush))
            colour = range.format.foreground().color();
    }
    return colour;
}

} // namespace

class TestAnnotationController : public QObject
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
        m_analyses = std::make_unique<AnalysisStore>(*m_db);
        m_editor = std::make_unique<AnnotationEditor>(*m_db);
        QVERIFY(BundledCorpus::addToEmptyLibrary(*m_store).ok());
        Document d;
        d.title = QStringLiteral("Wide characters");
        d.text = Text;
        const Expected<qint64> id = m_store->add(d);
        QVERIFY(id.ok());
        m_doc = *id;
        m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
        QVERIFY(m_engine.isValid());
        m_window = std::make_unique<MainWindow>(*m_store, *m_analyses, m_engine, *m_settings, *m_editor);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDocument(m_doc));
        m_pane = m_window->readerArea()->activePane();
        m_controller = m_window->annotations();
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_editor.reset();
        m_analyses.reset();
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    void ctrl3HighlightsInCodePointsAndUndoes()
    {
        QPlainTextEdit *view = m_pane->textView();
        const QString quote = QStringLiteral("attacks rose sharply");
        const int at = int(Text.indexOf(quote));
        select(at, at + int(quote.size()) + 1); // a trailing space is dropped
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(view, Qt::Key_3, Qt::ControlModifier);

        const QList<Annotation> stored = annotations();
        QCOMPARE(stored.size(), 1);
        const Annotation a = stored.first();
        QCOMPARE(a.start, qint64(at - 2));
        QCOMPARE(a.end, qint64(at - 2 + quote.size()));
        QCOMPARE(a.exact, quote);
        QCOMPARE(a.colour, QStringLiteral("blue"));
        const QColor blue = HighlightColour::find(QStringLiteral("blue"))->colour(view->palette().color(QPalette::Base).lightness() < 128);
        QVERIFY(paintedWith(view, at, at + int(quote.size()), blue));
        QCOMPARE(m_pane->annotationMargin()->markers().size(), 1);

        // Undo names the step, takes it away; redo puts it back.
        QAction *undo = m_controller->undoAction();
        QVERIFY2(undo->text().contains(QStringLiteral("Add highlight")), qPrintable(undo->text()));
        undo->trigger();
        QVERIFY(annotations().isEmpty());
        QTRY_VERIFY(!paintedWith(view, at, at + int(quote.size()), blue));
        QVERIFY(m_pane->annotationMargin()->markers().isEmpty());
        m_controller->redoAction()->trigger();
        QCOMPARE(annotations().size(), 1);
        QTRY_VERIFY(paintedWith(view, at, at + int(quote.size()), blue));

        // With no selection, a colour shortcut recolours the annotation at the cursor.
        select(at + 3, at + 3);
        QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(annotations().first().colour, QStringLiteral("yellow"));
        QCOMPARE(annotations().size(), 1);

        // View > Highlights > My Annotations hides and shows them.
        m_controller->showAnnotationsAction()->trigger();
        QVERIFY(view->extraSelections().isEmpty());
        QVERIFY(m_pane->annotationMargin()->markers().isEmpty());
        m_controller->showAnnotationsAction()->trigger();
        QCOMPARE(view->extraSelections().size(), 1);
    }

    void paintedOverTheEnginesColours()
    {
        QVERIFY(m_window->openDocument(firstBundledDocument()));
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->isAnalysed(), 20000);
        QPlainTextEdit *view = m_pane->textView();
        const QString body = QStringLiteral("Foreign Ministry");
        const int at = int(m_pane->document().text.indexOf(body));
        const QColor engine = foregroundAt(view, at);
        QVERIFY(engine.isValid());
        select(at, at + int(body.size()));
        const qint64 id = m_controller->highlightSelection(QStringLiteral("green"));
        QVERIFY(id > 0);
        QCOMPARE(m_pane->paintedAnnotations().value(id), (TextSpan{at, at + int(body.size())}));
        QCOMPARE(view->extraSelections().size(), 1);
        QVERIFY(!view->extraSelections().first().format.hasProperty(QTextFormat::ForegroundBrush));
        QCOMPARE(foregroundAt(view, at), engine); // the body keeps its colour under the highlight

        // A flash (Inspector, Go menu) lies over the annotations without removing them.
        m_pane->showSpan({at, at + 7});
        QCOMPARE(view->extraSelections().size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(view->extraSelections().size(), 1, 3000);
    }

    void hoverShowsTheNoteAndClickSelectsInThePanel()
    {
        // Once the engine's findings are in, so that the tip is settled.
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->isAnalysed(), 20000);
        QPlainTextEdit *view = m_pane->textView();
        const QString quote = QStringLiteral("The end");
        const int at = int(Text.indexOf(quote));
        select(at, at + int(quote.size()));
        const qint64 id = m_controller->highlightSelection(QStringLiteral("pink"));
        QVERIFY(id > 0);
        const QString note = QStringLiteral("Which state? The text does not say.");
        QVERIFY(m_editor->setNote(id, note).ok());
        QTRY_COMPARE(m_pane->toolTipAt(at + 4), note);
        QVERIFY(!m_pane->toolTipAt(2).contains(note));
        // Over an attribution, the note comes first, then what the engine found.
        const int said = int(Text.indexOf(QStringLiteral("blamed")));
        select(said, said + 6);
        const qint64 other = m_controller->highlightSelection(QStringLiteral("blue"));
        QVERIFY(m_editor->setNote(other, QStringLiteral("Blamed whom?")).ok());
        QTRY_VERIFY(m_pane->toolTipAt(said + 1).startsWith(QStringLiteral("Blamed whom?\n\n")));
        QVERIFY(m_pane->toolTipAt(said + 1).size() > 14);
        select(0, 0);

        QTextCursor inside(view->document());
        inside.setPosition(at + 4);
        const QPoint point = view->cursorRect(inside).center();
        QHelpEvent hover(QEvent::ToolTip, point, view->viewport()->mapToGlobal(point));
        QCoreApplication::sendEvent(view->viewport(), &hover);
        QTRY_COMPARE(QToolTip::text(), note);

        // Clicking it selects it in the panel.
        AnnotationPanel *panel = m_controller->panel();
        QTRY_VERIFY(panel->model()->rowOfAnnotation(id) >= 0);
        QVERIFY(panel->selectedIds().isEmpty());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(panel->selectedIds(), QList<qint64>{id});

        // So does its mark in the margin, which also scrolls to it.
        panel->view()->clearSelection();
        select(0, 0);
        AnnotationMargin *margin = m_pane->annotationMargin();
        const int y = margin->markerY(at);
        QCOMPARE(margin->markerAt(y), id);
        QTest::mouseClick(margin, Qt::LeftButton, {}, QPoint(margin->width() / 2, y));
        QCOMPARE(panel->selectedIds(), QList<qint64>{id});
        QCOMPARE(m_pane->selectedSpan(), (TextSpan{at, at + int(quote.size())}));

        // Activating it in the panel shows it in the text.
        select(0, 0);
        m_controller->goToAnnotation(id);
        QCOMPARE(m_pane->selectedSpan(), (TextSpan{at, at + int(quote.size())}));
    }

    void orphansAreListedButNotPainted()
    {
        Annotation orphan = Annotation::forRange(m_doc, Text, 30, 44);
        orphan.exact = QStringLiteral("words since removed");
        orphan.anchor = Annotation::Anchor::Orphaned;
        orphan.colour = QStringLiteral("orange");
        const Expected<qint64> orphanId = m_editor->addAnnotation(orphan);
        // Marked anchored, but its quote is not where it says: not painted either.
        Annotation stale = Annotation::forRange(m_doc, Text, 50, 60);
        stale.exact = QStringLiteral("other text");
        stale.colour = QStringLiteral("purple");
        const Expected<qint64> staleId = m_editor->addAnnotation(stale);
        QVERIFY(orphanId.ok() && staleId.ok());
        m_controller->refresh();
        QVERIFY(m_pane->paintedAnnotations().isEmpty());
        QVERIFY(m_pane->textView()->extraSelections().isEmpty());
        QVERIFY(m_pane->annotationMargin()->markers().isEmpty());
        AnnotationPanel *panel = m_controller->panel();
        QTRY_VERIFY(panel->model()->rowOfAnnotation(*orphanId) >= 0);
        QVERIFY(panel->model()->rowOfAnnotation(*staleId) >= 0);
        // Going to the orphan opens nothing wrong: no text is selected.
        select(0, 0);
        m_controller->goToAnnotation(*orphanId);
        QCOMPARE(m_pane->selectedSpan().length(), 0);
    }

    void notesAndDocumentTags()
    {
        const QString quote = QStringLiteral("Officials");
        const int at = int(Text.indexOf(quote));
        select(at, at + int(quote.size()));
        const auto actions = m_controller->menu()->actions();
        QAction *noteAction = nullptr;
        for (QAction *a : actions) {
            if (a->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+N")))
                noteAction = a;
        }
        QVERIFY(noteAction);
        noteAction->trigger();
        QVERIFY(m_controller->noteEditor());
        const Annotation a = m_editor->annotations().byId(m_controller->noteEditor()->annotationId());
        QCOMPARE(a.exact, quote);
        QCOMPARE(a.colour, QString()); // a note alone
        QTest::keyClicks(m_controller->noteEditor()->noteEdit(), QStringLiteral("Who?"));
        QCOMPARE(m_editor->annotations().byId(a.id).note, QStringLiteral("Who?"));
        m_controller->noteEditor()->close();

        QVERIFY(m_controller->setDocumentTags(m_doc, {QStringLiteral("japan/cyber"), QStringLiteral("reports")}).ok());
        auto paths = [this] {
            QStringList list;
            for (const Tag &t : m_editor->tags().documentTags(m_doc))
                list.append(t.path);
            list.sort();
            return list;
        };
        QCOMPARE(paths(), (QStringList{QStringLiteral("japan/cyber"), QStringLiteral("reports")}));
        QCOMPARE(m_editor->tags().documentsWithTag(m_editor->tags().byPath(QStringLiteral("japan")).id), QList<qint64>{m_doc});
        const int steps = m_editor->undoStack()->count();
        QVERIFY(m_controller->setDocumentTags(m_doc, {QStringLiteral("Reports"), QStringLiteral("briefing")}).ok());
        QCOMPARE(paths(), (QStringList{QStringLiteral("briefing"), QStringLiteral("reports")}));
        QCOMPARE(m_editor->undoStack()->count(), steps + 1);
        m_editor->undoStack()->undo();
        QCOMPARE(paths(), (QStringList{QStringLiteral("japan/cyber"), QStringLiteral("reports")}));
    }

private:
    void select(int from, int to)
    {
        QPlainTextEdit *view = m_pane->textView();
        QTextCursor c(view->document());
        c.setPosition(from);
        c.setPosition(to, QTextCursor::KeepAnchor);
        view->setTextCursor(c);
        view->setFocus();
    }

    QList<Annotation> annotations()
    {
        AnnotationFilter filter;
        filter.documentId = m_doc;
        const Expected<QList<Annotation>> found = m_editor->annotations().find(filter);
        return found ? *found : QList<Annotation>();
    }

    qint64 firstBundledDocument()
    {
        const auto all = m_store->list();
        for (const Document &d : *all) {
            if (d.publishedOn.year() == 2011)
                return d.id;
        }
        return 0;
    }

    EntityEngine m_engine{nullptr, QString()};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DocumentStore> m_store;
    std::unique_ptr<AnalysisStore> m_analyses;
    std::unique_ptr<AnnotationEditor> m_editor;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    ReaderPane *m_pane = nullptr;
    AnnotationController *m_controller = nullptr;
    qint64 m_doc = 0;
};

QTEST_MAIN(TestAnnotationController)
#include "tst_annotationcontroller.moc"
