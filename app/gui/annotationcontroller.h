#pragma once

#include "noteeditor.h"
#include "result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace Dossier {

class AnnotationEditor;
class AnnotationPanel;
class DocumentStore;
class ReaderArea;
class ReaderPane;
class Settings;
class TagManager;

// Annotating in the main window: highlighting the active pane's selection
// (Ctrl+1...6), notes, deleting; the annotations painted in the reader
// panes; the annotations panel; the tag manager and the tags of documents;
// Undo and Redo over AnnotationEditor's stack. The main window only places
// what this makes: menu(), dock(), the Edit and Highlights actions.
class AnnotationController : public QObject
{
    Q_OBJECT
public:
    AnnotationController(AnnotationEditor &editor, DocumentStore &documents, Settings &settings, ReaderArea *reader, QMainWindow *window);
    ~AnnotationController() override;

    QMenu *menu() const { return m_menu; } // "Annotate"
    QDockWidget *dock() const { return m_dock; }
    AnnotationPanel *panel() const { return m_panel; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *showAnnotationsAction() const { return m_show; } // for View > Highlights
    QList<QAction *> colourActions() const { return m_colourActions; }
    NoteEditor *noteEditor() const { return m_noteEditor; }
    AnnotationEditor &editor() { return m_editor; }

    // Highlights the active pane's selection; the new annotation's id, or 0.
    qint64 highlightSelection(const QString &colour);
    // Puts an annotation (an orphan, one to review) on the active pane's
    // selection, as one undo step.
    Result reattachToSelection(qint64 id);
    // Opens the note window of an annotation.
    NoteEditor *editNote(qint64 id);
    // Shows an annotation: in a pane that has its document, else asks for it
    // to be opened (openRequested).
    void goToAnnotation(qint64 id);
    TagManager *showTagManager();
    // Gives a document exactly these tags, as one undo step.
    Result setDocumentTags(qint64 documentId, const QStringList &paths);
    // Reads the annotations into the panes and the panel now.
    void refresh();

Q_SIGNALS:
    // Open a document and show [start, end) in code points (-1: nowhere).
    void openRequested(qint64 documentId, int start, int end);

private:
    void createActions();
    void hookPane(ReaderPane *pane);
    void refreshPanes();
    void scheduleRefresh();
    void updateActions();
    // The annotation under the active pane's cursor (or selection start).
    qint64 targetAnnotation() const;
    void noteAction();
    void editDocumentTags();
    void addContextActions(QMenu *menu);
    void showMessage(const QString &message);

    AnnotationEditor &m_editor;
    DocumentStore &m_documents;
    Settings &m_settings;
    ReaderArea *m_reader;
    QMainWindow *m_window;
    AnnotationPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_show = nullptr;
    QAction *m_note = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_tagManager = nullptr;
    QAction *m_documentTags = nullptr;
    QList<QAction *> m_colourActions;
    QList<QPointer<ReaderPane>> m_panes;
    QPointer<NoteEditor> m_noteEditor;
    QHash<qint64, QString> m_titles;
    bool m_refreshPending = false;
};

} // namespace Dossier
