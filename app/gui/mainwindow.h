#pragma once

#include "entityhighlighter.h"
#include "readerpane.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QMenu;
class QUndoStack;

namespace Dossier {

class AnalysisStore;
class AnalysisWriter;
class AnnotationController;
class AnnotationEditor;
class CorpusAnalyzer;
class DocumentStore;
class EntityEngine;
class ExchangeActions;
class EntityTreeModel;
class ExtractionService;
class Inspector;
class LibraryDock;
class MentionListModel;
class ReaderArea;
class SearchIndex;
class SearchPanel;
class Settings;
class TimelineModel;
class TimelineView;

// The main window: library and search docks, the reader (one document or two side by
// side), the inspector dock; menus, toolbar and status bar; its state is
// restored across restarts.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(DocumentStore &documents, AnalysisStore &analyses, EntityEngine &engine, Settings &settings, AnnotationEditor &annotations,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void reloadLibrary();
    // Opens a document in the active pane / beside it; false when there is none.
    bool openDocument(qint64 id);
    bool compareDocument(qint64 id);
    // Opens the library's first document.
    void openFirstDocument();
    // Reopens what was open at the last exit; false when nothing was.
    bool restoreSession();
    // Shows the search panel with the query's results and focuses it.
    void searchLibrary(const QString &query);
    // Starts analysing the corpus in the background (for the corpus index);
    // when it is already running, it runs again afterwards for new documents.
    void analyseCorpus();
    // Opens the briefing composer for the library's selection.
    void showBriefingComposer();
    // Offers to merge annotation bundles (each after its dry run), once the
    // window is shown.
    void importBundles(const QStringList &paths);

    qint64 currentDocumentId() const;
    ReaderArea *readerArea() const { return m_reader; }
    Inspector *inspector() const { return m_inspector; }
    TimelineView *timeline() const { return m_timeline; }
    // Shows the corpus timeline dock (hidden until asked for).
    void showTimeline();
    // Links the two sides' scrolling: "off", "proportional" or "passages"
    // (View > Linked Scrolling; not saved: the menu saves the user's choice).
    void setLinkMode(const QString &mode);
    bool isAnalysingCorpus() const;
    // Whether analyses are still being written (in the background).
    bool isSavingAnalyses() const;
    LibraryDock *libraryDock() const { return m_library; }
    SearchPanel *searchPanel() const { return m_search; }
    QUndoStack *undoStack() const { return m_undoStack; }
    AnnotationController *annotations() const { return m_annotations; }
    EntityHighlighter::Layers layers() const;
    // Settings > Preferences (a screenshot shows it over the window).
    void showPreferences();
    // Moves the library's database file (see DatabaseMove); the result is
    // shown to the user.
    bool moveDatabase(const QString &target);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void saveState();
    void updateInspector();
    void updateActions();
    void applyLayers();
    void applyPreferences();
    void showEntityAcrossCorpus(int group, const QString &entity);
    // The corpus-wide mention list again, after new analyses landed.
    void refreshCorpusMentions();
    void openMention(qint64 documentId, int start, int end);
    void openSearchHit(qint64 documentId, const TextSpan &span);
    void syncOpenDocuments();
    qint64 selectedLibraryDocument() const;
    void goToEntity(bool forward);
    void reloadTimeline();

    DocumentStore &m_documents;
    AnalysisStore &m_analyses;
    EntityEngine &m_engine;
    Settings &m_settings;
    std::unique_ptr<SearchIndex> m_searchIndex;
    QUndoStack *m_undoStack = nullptr;
    LibraryDock *m_library = nullptr;
    SearchPanel *m_search = nullptr;
    ReaderArea *m_reader = nullptr;
    EntityTreeModel *m_entityModel = nullptr;
    MentionListModel *m_mentionModel = nullptr;
    Inspector *m_inspector = nullptr;
    ExchangeActions *m_exchange = nullptr;
    // Declared before its clients: destroyed after them (see ~MainWindow).
    std::unique_ptr<AnalysisWriter> m_writer;
    ExtractionService *m_extractions = nullptr;
    CorpusAnalyzer *m_analyzer = nullptr;
    // The entity whose corpus mentions are shown, and its EntityTreeModel::Group.
    QString m_mentionEntity;
    int m_mentionGroup = -1;
    bool m_analyseAgain = false;
    AnnotationController *m_annotations = nullptr;

    QAction *m_compareAction = nullptr;
    QAction *m_closeSideAction = nullptr;
    QAction *m_swapAction = nullptr;
    QActionGroup *m_linkGroup = nullptr;
    QMenu *m_linkMenu = nullptr;
    TimelineModel *m_timelineModel = nullptr;
    TimelineView *m_timeline = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    bool m_timelineStale = true;
    // Key figures of analysed texts by hash, so that filtering the library
    // does not read every text again.
    QHash<QString, QStringList> m_figures;
    QAction *m_dimFurnitureAction = nullptr;
    QAction *m_hideFurnitureAction = nullptr;
    QList<QPair<QAction *, EntityHighlighter::Layer>> m_layerActions;
    QActionGroup *m_navigateGroup = nullptr;
};

} // namespace Dossier
