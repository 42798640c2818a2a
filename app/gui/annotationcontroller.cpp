#include "annotationcontroller.h"

#include "annotationpanel.h"
#include "noteeditor.h"
#include "readerarea.h"
#include "taginputdialog.h"
#include "tagmanager.h"

#include "annotations/annotationeditor.h"
#include "annotations/highlightcolour.h"
#include "settings.h"
#include "store/documentstore.h"
#include "textoffsets.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QPixmap>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace Dossier {

namespace {

QString folded(const QString &path)
{
    return Tag::splitPath(path).join(Tag::Separator).toCaseFolded();
}

} // namespace

AnnotationController::AnnotationController(AnnotationEditor &editor, DocumentStore &documents, Settings &settings, ReaderArea *reader,
                                           QMainWindow *window)
    : QObject(window)
    , m_editor(editor)
    , m_documents(documents)
    , m_settings(settings)
    , m_reader(reader)
    , m_window(window)
{
    m_panel = new AnnotationPanel(editor, window);
    m_panel->setObjectName(QStringLiteral("annotationPanel"));
    m_dock = new QDockWidget(tr("Annotations"), window);
    m_dock->setObjectName(QStringLiteral("annotationsDock"));
    m_dock->setWidget(m_panel);
    if (const Expected<QList<Document>> all = documents.list()) {
        for (const Document &d : *all)
            m_titles.insert(d.id, d.title.isEmpty() ? d.sourceName : d.title);
    }
    m_panel->setDocumentTitles(m_titles);
    createActions();

    connect(m_reader, &ReaderArea::documentOpened, this, [this](ReaderPane *pane) {
        hookPane(pane);
        if (!m_titles.contains(pane->document().id)) {
            m_titles.insert(pane->document().id, pane->document().title);
            m_panel->setDocumentTitles(m_titles);
        }
        refreshPanes();
        m_panel->setDocument(m_reader->activePane() ? m_reader->activePane()->document().id : 0);
        updateActions();
    });
    connect(m_reader, &ReaderArea::activePaneChanged, this, [this](ReaderPane *pane) {
        m_panel->setDocument(pane ? pane->document().id : 0);
        updateActions();
    });
    connect(&m_editor, &AnnotationEditor::annotationsChanged, this, &AnnotationController::scheduleRefresh);
    connect(&m_editor, &AnnotationEditor::tagsChanged, this, &AnnotationController::scheduleRefresh);
    connect(&m_editor, &AnnotationEditor::errorOccurred, this, [this](const QString &message) {
        showMessage(tr("That could not be undone or redone: %1").arg(message));
    });
    connect(m_panel, &AnnotationPanel::annotationActivated, this, &AnnotationController::goToAnnotation);
    connect(m_panel, &AnnotationPanel::errorOccurred, this, &AnnotationController::showMessage);
    connect(m_panel, &AnnotationPanel::reattachRequested, this, &AnnotationController::reattachToSelection);
    m_panel->reload();
    updateActions();
}

AnnotationController::~AnnotationController() = default;

void AnnotationController::createActions()
{
    m_undo = m_editor.undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_editor.undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);

    m_menu = new QMenu(tr("&Annotate"), m_window);
    m_menu->setObjectName(QStringLiteral("annotateMenu"));
    const bool dark = m_window->palette().color(QPalette::Base).lightness() < 128;
    int n = 0;
    for (const HighlightColour &c : HighlightColour::palette()) {
        QPixmap swatch(14, 14);
        swatch.fill(c.colour(dark));
        QAction *action = m_menu->addAction(QIcon(swatch), tr("Highlight in %1").arg(c.displayName()));
        action->setShortcut(QKeySequence(tr("Ctrl+%1").arg(++n)));
        action->setData(c.keyString());
        action->setToolTip(tr("Highlight the selected text, or recolour the annotation at the cursor"));
        connect(action, &QAction::triggered, this, [this, key = c.keyString()] { highlightSelection(key); });
        m_colourActions.append(action);
    }
    m_menu->addSeparator();
    m_note = m_menu->addAction(tr("Add &Note\u2026"), this, &AnnotationController::noteAction);
    m_note->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_delete = m_menu->addAction(tr("&Delete Annotation"), this, [this] {
        if (const qint64 id = targetAnnotation()) {
            if (const Result removed = m_editor.removeAnnotations({id}); !removed)
                showMessage(removed.error());
        }
    });
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_reader->addAction(m_delete);
    m_menu->addSeparator();
    m_documentTags = m_menu->addAction(tr("Document &Tags\u2026"), this, &AnnotationController::editDocumentTags);
    m_documentTags->setToolTip(tr("Tag the document in the active pane"));
    m_tagManager = m_menu->addAction(tr("&Manage Tags\u2026"), this, &AnnotationController::showTagManager);
    m_menu->addSeparator();
    m_menu->addAction(m_dock->toggleViewAction());

    m_show = new QAction(tr("&My Annotations"), this);
    m_show->setCheckable(true);
    m_show->setChecked(m_settings.showAnnotations());
    connect(m_show, &QAction::toggled, this, [this](bool on) {
        m_settings.setShowAnnotations(on);
        for (const QPointer<ReaderPane> &pane : std::as_const(m_panes)) {
            if (pane)
                pane->setAnnotationsVisible(on);
        }
    });
}

void AnnotationController::hookPane(ReaderPane *pane)
{
    if (m_panes.contains(pane))
        return;
    m_panes.removeAll(nullptr);
    m_panes.append(pane);
    pane->setAnnotationsVisible(m_show->isChecked());
    connect(pane, &ReaderPane::annotationClicked, this, [this](qint64 id) { m_panel->selectAnnotation(id); });
    connect(pane, &ReaderPane::contextMenuAboutToShow, this, [this](QMenu *menu) { addContextActions(menu); });
    connect(pane->textView(), &QPlainTextEdit::cursorPositionChanged, this, &AnnotationController::updateActions);
    connect(pane->textView(), &QPlainTextEdit::selectionChanged, this, &AnnotationController::updateActions);
}

void AnnotationController::addContextActions(QMenu *menu)
{
    updateActions();
    menu->addSeparator();
    QMenu *colours = menu->addMenu(tr("&Highlight"));
    colours->addActions(m_colourActions);
    menu->addAction(m_note);
    if (m_delete->isEnabled())
        menu->addAction(m_delete);
}

void AnnotationController::scheduleRefresh()
{
    // An edit can signal several times (annotations, then tags): read once.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_refreshPending)
            refresh();
    });
}

void AnnotationController::refresh()
{
    m_refreshPending = false;
    refreshPanes();
    updateActions();
}

void AnnotationController::refreshPanes()
{
    for (int side = 0; side < m_reader->paneCount(); ++side) {
        ReaderPane *pane = m_reader->pane(side);
        if (!pane->hasDocument())
            continue;
        AnnotationFilter filter;
        filter.documentId = pane->document().id;
        const Expected<QList<Annotation>> found = m_editor.annotations().find(filter);
        if (!found)
            showMessage(tr("Cannot read the annotations: %1").arg(found.error()));
        pane->setAnnotations(found ? *found : QList<Annotation>());
    }
}

qint64 AnnotationController::targetAnnotation() const
{
    const ReaderPane *pane = m_reader->activePane();
    if (!pane)
        return 0;
    const QTextCursor cursor = pane->textView()->textCursor();
    return pane->annotationAt(cursor.hasSelection() ? cursor.selectionStart() : cursor.position());
}

void AnnotationController::updateActions()
{
    const ReaderPane *pane = m_reader->activePane();
    const bool selection = pane && pane->hasDocument() && pane->textView()->textCursor().hasSelection();
    const qint64 target = targetAnnotation();
    for (QAction *a : std::as_const(m_colourActions))
        a->setEnabled(selection || target);
    m_note->setEnabled(selection || target);
    m_note->setText(selection || !target ? tr("Add &Note\u2026") : tr("Edit &Note\u2026"));
    m_delete->setEnabled(target && !selection);
    m_documentTags->setEnabled(pane && pane->hasDocument());
}

Result AnnotationController::reattachToSelection(qint64 id)
{
    const Annotation annotation = m_editor.annotations().byId(id);
    ReaderPane *pane = m_reader->activePane();
    QTextCursor cursor = pane ? pane->textView()->textCursor() : QTextCursor();
    Result result = Result::success();
    if (!annotation.isValid())
        result = Result::failure(tr("The annotation no longer exists."));
    else if (!pane || pane->document().id != annotation.documentId || !cursor.hasSelection())
        result = Result::failure(tr("Open the annotation's document, select the passage it belongs to, then re-attach it."));
    if (result) {
        const QString &text = pane->document().text;
        const TextOffsets offsets(text);
        result = m_editor.reattach(id, text, offsets.toCodePoint(cursor.selectionStart()), offsets.toCodePoint(cursor.selectionEnd()));
    }
    if (!result)
        showMessage(result.error());
    return result;
}

qint64 AnnotationController::highlightSelection(const QString &colour)
{
    ReaderPane *pane = m_reader->activePane();
    if (!pane || !pane->hasDocument())
        return 0;
    QTextCursor cursor = pane->textView()->textCursor();
    if (!cursor.hasSelection()) {
        if (const qint64 id = targetAnnotation()) {
            if (const Result recoloured = m_editor.setColour({id}, colour); !recoloured)
                showMessage(recoloured.error());
            return 0;
        }
        showMessage(tr("Select some text to highlight first."));
        return 0;
    }
    // Spaces at the ends of a selection are rarely meant.
    const QString &text = pane->document().text;
    int from = cursor.selectionStart();
    int to = cursor.selectionEnd();
    while (from < to && text.at(from).isSpace())
        ++from;
    while (to > from && text.at(to - 1).isSpace())
        --to;
    if (from == to)
        return 0;
    const TextOffsets offsets(text);
    Annotation annotation = Annotation::forRange(pane->document().id, text, offsets.toCodePoint(from), offsets.toCodePoint(to));
    annotation.colour = colour;
    const Expected<qint64> id = m_editor.addAnnotation(annotation);
    if (!id) {
        showMessage(id.error());
        return 0;
    }
    // Without the selection over it, the new colour shows at once.
    cursor.setPosition(to);
    pane->textView()->setTextCursor(cursor);
    refresh();
    return *id;
}

void AnnotationController::noteAction()
{
    ReaderPane *pane = m_reader->activePane();
    if (!pane)
        return;
    qint64 id = 0;
    if (pane->textView()->textCursor().hasSelection())
        id = highlightSelection(QString());
    else
        id = targetAnnotation();
    if (id)
        editNote(id);
}

NoteEditor *AnnotationController::editNote(qint64 id)
{
    if (m_noteEditor && m_noteEditor->annotationId() == id) {
        m_noteEditor->raise();
        m_noteEditor->activateWindow();
        return m_noteEditor;
    }
    if (m_noteEditor)
        m_noteEditor->close();
    m_noteEditor = new NoteEditor(m_editor, id, m_window);
    connect(m_noteEditor, &NoteEditor::deleteRequested, this, [this](qint64 doomed) {
        if (const Result removed = m_editor.removeAnnotations({doomed}); !removed)
            showMessage(removed.error());
    });
    // Beside the text it is about, when that is in view.
    if (ReaderPane *pane = m_reader->activePane(); pane && pane->paintedAnnotations().contains(id)) {
        QPlainTextEdit *view = pane->textView();
        QTextCursor at(view->document());
        at.setPosition(pane->paintedAnnotations().value(id).end);
        const QPoint below = view->viewport()->mapToGlobal(view->cursorRect(at).bottomLeft() + QPoint(0, 8));
        m_noteEditor->move(below);
    }
    m_noteEditor->show();
    m_noteEditor->raise();
    m_noteEditor->activateWindow();
    return m_noteEditor;
}

void AnnotationController::goToAnnotation(qint64 id)
{
    const Annotation a = m_editor.annotations().byId(id);
    if (!a.isValid())
        return;
    const bool orphaned = a.anchor == Annotation::Anchor::Orphaned;
    if (orphaned)
        showMessage(tr("This annotation\u2019s quote is no longer in the document; it is kept in the list with its quote."));
    for (int side = 0; side < m_reader->paneCount(); ++side) {
        ReaderPane *pane = m_reader->pane(side);
        if (pane->document().id != a.documentId)
            continue;
        pane->textView()->setFocus();
        if (!orphaned)
            pane->showSpan(pane->paintedAnnotations().value(id));
        return;
    }
    Q_EMIT openRequested(a.documentId, orphaned ? -1 : int(a.start), orphaned ? -1 : int(a.end));
}

TagManager *AnnotationController::showTagManager()
{
    auto *dialog = new TagManager(m_editor, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

Result AnnotationController::setDocumentTags(qint64 documentId, const QStringList &paths)
{
    const QList<Tag> current = m_editor.tags().documentTags(documentId);
    QStringList add;
    QList<qint64> remove;
    for (const QString &path : paths) {
        const bool has = std::any_of(current.cbegin(), current.cend(), [&](const Tag &t) { return folded(t.path) == folded(path); });
        if (!has)
            add.append(path);
    }
    for (const Tag &t : current) {
        const bool kept = std::any_of(paths.cbegin(), paths.cend(), [&](const QString &p) { return folded(p) == folded(t.path); });
        if (!kept)
            remove.append(t.id);
    }
    if (add.isEmpty() && remove.isEmpty())
        return Result::success();
    QUndoStack *stack = m_editor.undoStack();
    stack->beginMacro(tr("Edit tags of \u201c%1\u201d").arg(m_titles.value(documentId)));
    Result result = Result::success();
    for (const QString &path : std::as_const(add)) {
        if (result)
            result = m_editor.tagDocuments({documentId}, path);
    }
    for (qint64 id : std::as_const(remove)) {
        if (result)
            result = m_editor.untagDocuments({documentId}, id);
    }
    stack->endMacro();
    return result;
}

void AnnotationController::editDocumentTags()
{
    const ReaderPane *pane = m_reader->activePane();
    if (!pane || !pane->hasDocument())
        return;
    const qint64 documentId = pane->document().id;
    QStringList known, current;
    if (const Expected<QList<Tag>> tags = m_editor.tags().list()) {
        for (const Tag &t : *tags)
            known.append(t.path);
    }
    const QList<Tag> tags = m_editor.tags().documentTags(documentId);
    for (const Tag &t : tags)
        current.append(t.path);
    TagInputDialog dialog(tr("Document Tags"), tr("Tags of \u201c%1\u201d:").arg(pane->document().title), known, m_window);
    dialog.setTags(current);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Result result = setDocumentTags(documentId, dialog.tags()); !result)
        showMessage(result.error());
}

void AnnotationController::showMessage(const QString &message)
{
    m_window->statusBar()->showMessage(message, 6000);
}

} // namespace Dossier
