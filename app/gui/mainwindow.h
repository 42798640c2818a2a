#pragma once

#include "entityhighlighter.h"
#include "readerpane.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QSortFilterProxyModel;
class QTableView;

namespace Dossier {

class AnalysisStore;
class AnnotationController;
class AnnotationEditor;
class CorpusAnalyzer;
class DocumentStore;
class EntityEngine;
class EntityTreeModel;
class ExtractionService;
class Inspector;
class LibraryModel;
class MentionListModel;
class ReaderArea;
class Settings;

// The main window: library dock, the reader (one document or two side by
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
    // Starts analysing the corpus in the background (for the corpus index).
    void analyseCorpus();

    qint64 currentDocumentId() const;
    ReaderArea *readerArea() const { return m_reader; }
    Inspector *inspector() const { return m_inspector; }
    AnnotationController *annotations() const { return m_annotations; }
    EntityHighlighter::Layers layers() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void saveState();
    void updateInspector();
    void updateActions();
    void applyLayers();
    void showEntityAcrossCorpus(int group, const QString &entity);
    void openMention(qint64 documentId, int start, int end);
    qint64 selectedLibraryDocument() const;
    void goToEntity(bool forward);

    DocumentStore &m_documents;
    AnalysisStore &m_analyses;
    EntityEngine &m_engine;
    Settings &m_settings;
    LibraryModel *m_libraryModel = nullptr;
    QSortFilterProxyModel *m_libraryProxy = nullptr;
    QTableView *m_libraryView = nullptr;
    ReaderArea *m_reader = nullptr;
    EntityTreeModel *m_entityModel = nullptr;
    MentionListModel *m_mentionModel = nullptr;
    Inspector *m_inspector = nullptr;
    ExtractionService *m_extractions = nullptr;
    CorpusAnalyzer *m_analyzer = nullptr;
    AnnotationController *m_annotations = nullptr;

    QAction *m_compareAction = nullptr;
    QAction *m_closeSideAction = nullptr;
    QAction *m_swapAction = nullptr;
    QAction *m_linkedAction = nullptr;
    QAction *m_dimFurnitureAction = nullptr;
    QAction *m_hideFurnitureAction = nullptr;
    QList<QPair<QAction *, EntityHighlighter::Layer>> m_layerActions;
    QActionGroup *m_navigateGroup = nullptr;
};

} // namespace Dossier
