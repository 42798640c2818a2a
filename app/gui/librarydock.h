#pragma once

#include <QDockWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMimeData;
class QTableView;
class QUndoStack;

namespace Dossier {

class DocumentStore;
class ImportSession;
class LibraryFilterModel;
class LibraryModel;
struct ImportReport;

// The library: every document in a sortable table, narrowed by words typed
// in the filter box, a year, a publisher and (when there are tags) a tag.
// Its context menu opens, compares, edits and removes documents; edits and
// removals go through the undo stack. Files and folders dropped on it are
// imported.
class LibraryDock : public QDockWidget
{
    Q_OBJECT
public:
    // Asks the user to confirm; true to go ahead. Replaceable for tests.
    using Confirmation = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    LibraryDock(DocumentStore &store, QUndoStack *undoStack, QWidget *parent = nullptr);

    // Reads the library again, keeping the filters and the selection.
    void reload();

    LibraryModel *model() const { return m_model; }
    LibraryFilterModel *filterModel() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

    // The current document (0 when none), and every selected one.
    qint64 currentDocument() const;
    QList<qint64> selectedDocuments() const;
    void selectDocument(qint64 id);

    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    // Asks for confirmation, then removes the documents (undoable).
    void removeDocuments(const QList<qint64> &ids);
    // Opens the metadata dialog (not modal); saving it is undoable.
    void editMetadata(qint64 id);

    // Replaces the text of a document with the text of file (an edited
    // version of its source) and re-anchors its annotations, as one undo
    // step; reports what happened to them through message(). False when it
    // could not be done (the reason goes through message() too).
    bool replaceText(qint64 id, const QString &file);
    void chooseReplacementText(qint64 id);

    // Imports files and folders in the background; false when an import is
    // already running.
    bool importPaths(const QStringList &paths);
    bool isImporting() const;
    void chooseFilesToImport();
    void chooseFolderToImport();

    // The local files and folders in dragged data.
    static QStringList localPaths(const QMimeData *mime);

Q_SIGNALS:
    void openRequested(qint64 id);
    void compareRequested(qint64 id);
    void reloaded();
    void importFinished(const Dossier::ImportReport &report);
    void message(const QString &text);
    // A document's text was replaced, or the replacement undone or redone:
    // its annotations moved.
    void textReplaced(qint64 id);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *createFilterRow();
    void createActions();
    void updateFilterChoices();
    void updateCount();
    void updateActions();
    void showContextMenu(const QPoint &position);

    DocumentStore &m_store;
    QUndoStack *m_undoStack = nullptr;
    Confirmation m_confirm;
    LibraryModel *m_model = nullptr;
    LibraryFilterModel *m_proxy = nullptr;
    ImportSession *m_import = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_year = nullptr;
    QComboBox *m_publisher = nullptr;
    QComboBox *m_tag = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_replaceAction = nullptr;
};

} // namespace Dossier
