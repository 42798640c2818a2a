#include "mainwindow.h"

#include "annotationcontroller.h"
#include "briefingdialog.h"
#include "exchangeactions.h"
#include "annotations/annotationeditor.h"
#include "inspector.h"
#include "librarydock.h"
#include "preferencesdialog.h"
#include "readerarea.h"
#include "searchpanel.h"
#include "timelineview.h"

#include "analysis/corpusanalyzer.h"
#include "analysis/entityengine.h"
#include "analysis/extractionservice.h"
#include "models/entitytreemodel.h"
#include "models/libraryfiltermodel.h"
#include "models/librarymodel.h"
#include "store/importjob.h"
#include "store/searchindex.h"
#include "models/mentionlistmodel.h"
#include "models/timelinemodel.h"
#include "settings.h"
#include "store/analysisstore.h"
#include "store/analysiswriter.h"
#include "store/database.h"
#include "store/databasemove.h"
#include "store/documentstore.h"
#include "textoffsets.h"

#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDropEvent>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace Dossier {

namespace {

// The theme chosen in Preferences; the system's light or dark default when
// none is (or the chosen one is no longer installed).
KSyntaxHighlighting::Theme themeFor(EntityEngine &engine, const QPalette &palette, const QString &name)
{
    if (!name.isEmpty()) {
        const KSyntaxHighlighting::Theme theme = engine.repository().theme(name);
        if (theme.isValid())
            return theme;
    }
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return engine.repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace

MainWindow::MainWindow(DocumentStore &documents, AnalysisStore &analyses, EntityEngine &engine, Settings &settings, AnnotationEditor &annotations,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_documents(documents)
    , m_analyses(analyses)
    , m_engine(engine)
    , m_settings(settings)
    , m_searchIndex(std::make_unique<SearchIndex>(documents.database()))
    , m_undoStack(annotations.undoStack()) // one undo history for the whole window
    , m_entityModel(new EntityTreeModel(this))
    , m_mentionModel(new MentionListModel(this))
{
    setWindowTitle(tr("Dossier"));
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    const QString version = CorpusAnalyzer::engineVersion(engine);
    // One writer thread for both: analyses land in the order they arrive.
    m_writer = std::make_unique<AnalysisWriter>(documents.database());
    m_extractions = new ExtractionService(&analyses, m_writer.get(), version, this);
    m_analyzer = new CorpusAnalyzer(documents, analyses, *m_writer, engine, this);

    m_reader = new ReaderArea(engine.definition(), themeFor(engine, palette(), settings.theme()), this);
    m_reader->setObjectName(QStringLiteral("readerArea"));
    setCentralWidget(m_reader);

    createDocks();
    // Annotating lives in its controller; the window only places its parts.
    m_annotations = new AnnotationController(annotations, documents, settings, m_reader, this);
    addDockWidget(Qt::RightDockWidgetArea, m_annotations->dock());
    connect(m_annotations, &AnnotationController::openRequested, this, &MainWindow::openMention);
    // A replaced text shows at once, with its annotations where they landed.
    connect(m_library, &LibraryDock::textReplaced, this, [this](qint64 id) {
        const Document document = m_documents.byId(id);
        for (int side = 0; side < m_reader->paneCount() && document.isValid(); ++side) {
            ReaderPane *pane = m_reader->pane(side);
            if (pane->document().id != id || pane->document().sha256 == document.sha256)
                continue;
            const int position = pane->scrollPosition();
            m_reader->openIn(pane, document);
            pane->setScrollPosition(position);
        }
        m_annotations->editor().notifyChanged(true, false);
        analyseCorpus();
    });
    createActions();

    connect(m_reader, &ReaderArea::documentOpened, this, [this](ReaderPane *pane) {
        m_extractions->request(pane->document());
        updateInspector();
        updateActions();
        m_timeline->setCurrentDocument(currentDocumentId());
    });
    connect(m_reader, &ReaderArea::alignmentChanged, this, [this] {
        const int passages = int(m_reader->alignment().passages().size());
        statusBar()->showMessage(passages == 0 ? tr("The two documents share no passage: they scroll proportionally.")
                                               : tr("Scrolling by %n shared passage(s).", nullptr, passages),
                                 5000);
    });
    connect(m_reader, &ReaderArea::documentDropped, this, [this](ReaderPane *pane, qint64 id) {
        const Document document = m_documents.byId(id);
        if (document.isValid())
            m_reader->openIn(pane, document);
    });
    connect(m_reader, &ReaderArea::activePaneChanged, this, [this] {
        updateInspector();
        updateActions();
        m_timeline->setCurrentDocument(currentDocumentId());
    });
    connect(m_extractions, &ExtractionService::ready, this, [this](qint64 id, const Extraction &extraction) {
        for (int side = 0; side < m_reader->paneCount(); ++side) {
            ReaderPane *pane = m_reader->pane(side);
            if (pane->document().id == id && !pane->isAnalysed())
                pane->setExtraction(extraction);
        }
        updateInspector();
    });
    // The corpus index has the document now: its mentions join the list.
    connect(m_extractions, &ExtractionService::saved, this, &MainWindow::refreshCorpusMentions);
    connect(m_analyzer, &CorpusAnalyzer::progress, this, [this](int done, int total) {
        statusBar()->showMessage(tr("Analysing the corpus: %1 of %2").arg(done).arg(total), 3000);
    });
    connect(m_analyzer, &CorpusAnalyzer::finished, this, [this](const QString &error) {
        if (!error.isEmpty())
            statusBar()->showMessage(tr("The corpus could not be analysed: %1").arg(error));
        if (std::exchange(m_analyseAgain, false))
            m_analyzer->start();
        // New figures for the timeline, new mentions for the inspector.
        m_figures.clear();
        reloadTimeline();
        refreshCorpusMentions();
    });

    setLinkMode(m_settings.linkedScrolling());
    applyPreferences();

    reloadLibrary();
    // Document tags show in the library and filter it.
    connect(&annotations, &AnnotationEditor::tagsChanged, m_library, &LibraryDock::reload);
    resize(1360, 860);
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1360, 860);
    restoreState(m_settings.windowState());
    updateActions();
}

MainWindow::~MainWindow()
{
    // The clients go first, so that nothing asks for a write any more; then
    // the writer finishes what was asked (a window closed while a large
    // document's analysis is being stored loses nothing), before the
    // database, which outlives the window, closes.
    delete std::exchange(m_analyzer, nullptr);
    delete std::exchange(m_extractions, nullptr);
    m_writer.reset();
}

void MainWindow::createDocks()
{
    m_library = new LibraryDock(m_documents, m_undoStack, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_library);
    connect(m_library, &LibraryDock::openRequested, this, &MainWindow::openDocument);
    connect(m_library, &LibraryDock::compareRequested, this, &MainWindow::compareDocument);
    connect(m_library, &LibraryDock::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_library, &LibraryDock::reloaded, this, &MainWindow::syncOpenDocuments);
    connect(m_library, &LibraryDock::importFinished, this, [this](const ImportReport &) { analyseCorpus(); });

    m_search = new SearchPanel(*m_searchIndex, m_library->model(), this);
    m_search->setObjectName(QStringLiteral("searchPanel"));
    auto *searchDock = new QDockWidget(tr("Search"), this);
    searchDock->setObjectName(QStringLiteral("searchDock"));
    searchDock->setWidget(m_search);
    addDockWidget(Qt::LeftDockWidgetArea, searchDock);
    tabifyDockWidget(m_library, searchDock);
    m_library->raise();
    connect(m_search, &SearchPanel::hitActivated, this, &MainWindow::openSearchHit);
    connect(m_library, &LibraryDock::reloaded, m_search, &SearchPanel::refresh);

    m_inspector = new Inspector(m_entityModel, m_mentionModel, this);
    m_inspector->setObjectName(QStringLiteral("inspector"));
    auto *inspectorDock = new QDockWidget(tr("Inspector"), this);
    inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, inspectorDock);
    resizeDocks({m_library, inspectorDock}, {380, 400}, Qt::Horizontal);
    connect(m_inspector, &Inspector::spanActivated, this, [this](const TextSpan &span) {
        if (ReaderPane *pane = m_reader->activePane())
            pane->showSpan(span);
    });
    connect(m_inspector, &Inspector::entitySelected, this, &MainWindow::showEntityAcrossCorpus);
    connect(m_inspector, &Inspector::mentionActivated, this, &MainWindow::openMention);

    // The corpus timeline: the documents the library shows, along their dates.
    m_timelineModel = new TimelineModel(this);
    m_timeline = new TimelineView(this);
    m_timeline->setModel(m_timelineModel);
    m_timelineDock = new QDockWidget(tr("Corpus Timeline"), this);
    m_timelineDock->setObjectName(QStringLiteral("timelineDock"));
    m_timelineDock->setWidget(m_timeline);
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);
    m_timelineDock->hide();
    connect(m_timeline, &TimelineView::documentActivated, this, &MainWindow::openDocument);
    connect(m_timelineDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_timelineStale)
            reloadTimeline();
    });
    connect(m_library, &LibraryDock::reloaded, this, &MainWindow::reloadTimeline);
    connect(m_library->filterModel(), &LibraryFilterModel::filterChanged, this, &MainWindow::reloadTimeline);
}

void MainWindow::showTimeline()
{
    m_timelineDock->show();
    m_timelineDock->raise();
    reloadTimeline();
    // Once laid out: as tall as its lanes need.
    QTimer::singleShot(0, this, [this] { resizeDocks({m_timelineDock}, {m_timeline->sizeHint().height()}, Qt::Vertical); });
}

void MainWindow::reloadTimeline()
{
    // Only what is shown is worth reading texts for.
    if (!m_timelineDock->isVisible()) {
        m_timelineStale = true;
        return;
    }
    m_timelineStale = false;
    const LibraryFilterModel *filter = m_library->filterModel();
    QList<TimelineEntry> entries;
    QHash<qint64, Document> documents;
    for (int row = 0; row < filter->rowCount(); ++row) {
        const int source = filter->mapToSource(filter->index(row, 0)).row();
        const Document &d = m_library->model()->document(source);
        documents.insert(d.id, d);
        entries.append({d.id, d.title.isEmpty() ? d.sourceName : d.title, d.publisher, d.publishedOn, m_figures.value(d.sha256)});
    }
    // The figures of the cards in view, when the view paints them.
    m_timelineModel->setEntries(entries, [this, documents](qint64 id) {
        const Document d = documents.value(id);
        const QStringList figures = TimelineModel::figuresOf(d, m_documents, m_analyses, m_analyzer->engineVersion());
        // Not analysed yet: asked again after the next analysis.
        if (!figures.isEmpty())
            m_figures.insert(d.sha256, figures);
        return figures;
    });
    m_timeline->setCurrentDocument(currentDocumentId());
}

void MainWindow::createActions()
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // File
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Selected Document"), this, [this] { openDocument(selectedLibraryDocument()); });
    open->setShortcut(QKeySequence::Open);
    m_compareAction = file->addAction(tr("&Compare With Selected Document"), this, [this] { compareDocument(selectedLibraryDocument()); });
    m_compareAction->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    m_compareAction->setToolTip(tr("Open the document selected in the library beside the current one"));
    m_closeSideAction = file->addAction(tr("Close &Side"), this, [this] {
        const int side = m_reader->activePane() == m_reader->pane(1) ? 1 : 0;
        m_reader->closeSide(side);
        updateInspector();
        updateActions();
    });
    m_closeSideAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    file->addAction(tr("&Import Files\u2026"), m_library, &LibraryDock::chooseFilesToImport);
    file->addAction(tr("Import &Folder\u2026"), m_library, &LibraryDock::chooseFolderToImport);
    file->addSeparator();
    m_exchange = new ExchangeActions(m_documents.database(), [this] { return m_library->selectedDocuments(); }, this);
    m_exchange->addTo(file);
    connect(m_exchange, &ExchangeActions::imported, this, [this] {
        reloadLibrary();
        analyseCorpus();
    });
    QAction *brief = file->addAction(tr("Compose &Briefing…"), this, &MainWindow::showBriefingComposer);
    brief->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    // Edit
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    edit->addAction(undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *copy = edit->addAction(tr("&Copy"), this, [this] {
        if (ReaderPane *pane = m_reader->activePane())
            pane->textView()->copy();
    });
    copy->setShortcut(QKeySequence::Copy);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find in Document"), this, [this] {
        if (ReaderPane *pane = m_reader->activePane())
            pane->showFindBar();
    });
    find->setShortcut(QKeySequence::Find);
    // Ctrl+F stays Find in Document; Ctrl+K (as in browsers and editors)
    // searches the whole library.
    QAction *search = edit->addAction(tr("&Search Library"), this, [this] { searchLibrary(QString()); });
    search->setShortcut(QKeySequence(tr("Ctrl+K")));

    // View
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *layersMenu = view->addMenu(tr("&Highlights"));
    const QList<QPair<QString, EntityHighlighter::Layer>> layers = {
        {tr("&Attributions"), EntityHighlighter::Attributions},
        {tr("Government &Bodies"), EntityHighlighter::Bodies},
        {tr("&Statistics"), EntityHighlighter::Statistics},
        {tr("&Changes"), EntityHighlighter::Changes},
    };
    for (const auto &[label, layer] : layers) {
        QAction *action = layersMenu->addAction(label, this, &MainWindow::applyLayers);
        action->setCheckable(true);
        m_layerActions.append({action, layer});
        toolbar->addAction(action);
    }
    layersMenu->addAction(m_annotations->showAnnotationsAction());
    toolbar->addAction(m_annotations->showAnnotationsAction());
    layersMenu->addSeparator();
    m_dimFurnitureAction = layersMenu->addAction(tr("&Dim Page Furniture"), this, &MainWindow::applyLayers);
    m_dimFurnitureAction->setCheckable(true);
    m_hideFurnitureAction = layersMenu->addAction(tr("&Hide Page Furniture"), this, &MainWindow::applyLayers);
    m_hideFurnitureAction->setCheckable(true);
    toolbar->addSeparator();
    view->addSeparator();
    m_swapAction = view->addAction(tr("S&wap Sides"), this, [this] { m_reader->swapSides(); });
    m_swapAction->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    // Linked scrolling: off, proportional, or by the passages the two share.
    m_linkMenu = view->addMenu(tr("&Linked Scrolling"));
    m_linkGroup = new QActionGroup(this);
    const QList<QPair<QString, QString>> links = {
        {tr("&Off"), QStringLiteral("off")},
        {tr("&Proportional"), QStringLiteral("proportional")},
        {tr("By &Matching Passages"), QStringLiteral("passages")},
    };
    for (const auto &link : links) {
        const QString mode = link.second;
        QAction *action = m_linkMenu->addAction(link.first, this, [this, mode] {
            setLinkMode(mode);
            m_settings.setLinkedScrolling(mode);
        });
        action->setCheckable(true);
        action->setData(mode);
        m_linkGroup->addAction(action);
    }
    m_linkGroup->actions().constLast()->setToolTip(tr("Keep the passages the two documents share level; proportional where they share none"));
    // Ctrl+Shift+L links by passages, or unlinks.
    QAction *toggleLink = view->addAction(tr("Toggle Linked Scrolling"), this, [this] {
        const QString mode = m_reader->linkMode() == ReaderArea::Link::Off ? QStringLiteral("passages") : QStringLiteral("off");
        setLinkMode(mode);
        m_settings.setLinkedScrolling(mode);
    });
    toggleLink->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    toolbar->addAction(m_compareAction);
    toolbar->addAction(m_swapAction);
    auto *linkButton = new QToolButton(toolbar);
    linkButton->setObjectName(QStringLiteral("linkedScrollingButton"));
    linkButton->setDefaultAction(m_linkMenu->menuAction());
    linkButton->setPopupMode(QToolButton::InstantPopup);
    linkButton->setAccessibleName(tr("Linked scrolling"));
    toolbar->addWidget(linkButton);
    view->addSeparator();
    auto forPanes = [this](void (ReaderPane::*zoom)()) {
        return [this, zoom] {
            for (int side = 0; side < m_reader->paneCount(); ++side)
                (m_reader->pane(side)->*zoom)();
            if (m_reader->pane(0))
                m_settings.setReaderZoom(m_reader->pane(0)->zoom());
        };
    };
    view->addAction(tr("Zoom &In"), this, forPanes(&ReaderPane::zoomIn))->setShortcuts(QKeySequence::ZoomIn);
    view->addAction(tr("Zoom &Out"), this, forPanes(&ReaderPane::zoomOut))->setShortcuts(QKeySequence::ZoomOut);
    view->addAction(tr("&Actual Size"), this, forPanes(&ReaderPane::resetZoom))->setShortcut(QKeySequence(tr("Ctrl+0")));
    view->addSeparator();
    const auto docks = findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks)
        view->addAction(dock->toggleViewAction());

    menuBar()->addMenu(m_annotations->menu());

    // Go: between entities of a chosen kind.
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    m_navigateGroup = new QActionGroup(this);
    const QList<QPair<QString, ReaderPane::EntityKind>> kinds = {
        {tr("By &Attribution"), ReaderPane::EntityKind::Attribution},
        {tr("By Government &Body"), ReaderPane::EntityKind::Body},
        {tr("By &Statistic"), ReaderPane::EntityKind::Statistic},
        {tr("By &Change"), ReaderPane::EntityKind::Change},
        {tr("By A&nnotation"), ReaderPane::EntityKind::Annotation},
    };
    for (const auto &[label, kind] : kinds) {
        QAction *action = go->addAction(label);
        action->setCheckable(true);
        action->setData(int(kind));
        m_navigateGroup->addAction(action);
    }
    m_navigateGroup->actions().first()->setChecked(true);
    go->addSeparator();
    go->addAction(tr("&Next Entity"), this, [this] { goToEntity(true); })->setShortcut(QKeySequence(tr("F8")));
    go->addAction(tr("&Previous Entity"), this, [this] { goToEntity(false); })->setShortcut(QKeySequence(tr("Shift+F8")));

    // Settings
    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QAction *preferences = settingsMenu->addAction(tr("&Preferences\u2026"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    // Help
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Dossier"), this, [this] {
        QMessageBox::about(this, tr("About Dossier"),
                           tr("Dossier %1\nA reader and annotation tool for policy researchers.").arg(QApplication::applicationVersion()));
    });
}

EntityHighlighter::Layers MainWindow::layers() const
{
    EntityHighlighter::Layers layers;
    for (const auto &[action, layer] : m_layerActions) {
        if (action->isChecked())
            layers |= layer;
    }
    if (m_dimFurnitureAction->isChecked())
        layers |= EntityHighlighter::Furniture;
    if (m_hideFurnitureAction->isChecked())
        layers |= EntityHighlighter::HideFurniture;
    return layers;
}

void MainWindow::setLinkMode(const QString &mode)
{
    const ReaderArea::Link link = mode == QLatin1String("passages")   ? ReaderArea::Link::MatchingPassages
                                  : mode == QLatin1String("proportional") ? ReaderArea::Link::Proportional
                                                                          : ReaderArea::Link::Off;
    const auto actions = m_linkGroup->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toString() == mode || (link == ReaderArea::Link::Off && action->data().toString() == QLatin1String("off")));
    m_reader->setLinkMode(link);
}

void MainWindow::applyLayers()
{
    m_reader->setLayers(layers());
    m_settings.setReaderLayers(int(layers()));
}

// What the settings say, shown at once: layers, theme and font in the open
// panes and the View menu.
void MainWindow::applyPreferences()
{
    const int stored = m_settings.readerLayers();
    const EntityHighlighter::Layers layers = stored < 0 ? PreferencesDialog::defaultLayers() : EntityHighlighter::Layers(stored);
    for (auto &[action, layer] : m_layerActions)
        action->setChecked(layers.testFlag(layer));
    m_dimFurnitureAction->setChecked(layers.testFlag(EntityHighlighter::Furniture));
    m_hideFurnitureAction->setChecked(layers.testFlag(EntityHighlighter::HideFurniture));
    applyLayers();
    m_reader->setTheme(themeFor(m_engine, palette(), m_settings.theme()));
    m_reader->setReaderFont(m_settings.readerFontFamily(), m_settings.readerFontSize());
    if (m_exchange)
        m_exchange->setAuthorName(m_settings.authorName());
}

void MainWindow::showPreferences()
{
    if (auto *open = findChild<PreferencesDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    QList<QPair<QString, QString>> themes;
    const auto available = m_engine.repository().themes();
    for (const KSyntaxHighlighting::Theme &theme : available)
        themes.append({theme.name(), theme.translatedName()});
    auto *dialog = new PreferencesDialog(m_settings, themes, m_documents.database().path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::applied, this, &MainWindow::applyPreferences);
    connect(dialog, &PreferencesDialog::databaseMoveRequested, this, [this, dialog](const QString &target) {
        if (moveDatabase(target))
            dialog->setDatabasePath(m_documents.database().path());
    });
    dialog->show();
}

bool MainWindow::moveDatabase(const QString &target)
{
    Database &database = m_documents.database();
    const QString old = database.path();
    // Nothing may write while the file is copied: the writer finishes and
    // lets go of the file (its next write opens the new one).
    m_analyzer->cancel();
    m_writer->releaseConnection();
    const Result moved = DatabaseMove(database).moveTo(target);
    if (moved)
        m_settings.setDatabasePath(database.path());
    m_settings.sync();
    reloadLibrary();
    analyseCorpus();
    if (!moved) {
        QMessageBox::warning(this, tr("Move the Database"), moved.error());
        return false;
    }
    QMessageBox::information(this, tr("Move the Database"),
                             tr("The library is now kept in %1.\nThe old file %2 was left in place; you can delete it.").arg(database.path(), old));
    return true;
}

void MainWindow::importBundles(const QStringList &paths)
{
    QTimer::singleShot(0, this, [this, paths] {
        for (const QString &path : paths)
            m_exchange->importBundle(path);
    });
}

void MainWindow::showBriefingComposer()
{
    auto *dialog = new BriefingDialog(m_documents, m_analyses, m_engine, m_library->selectedDocuments(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDefaults(m_settings.authorName(), m_settings.paperSize());
    if (m_settings.hasBriefingDraft())
        dialog->setDraft(m_settings.briefingDraft());
    connect(dialog, &BriefingDialog::changed, this, [this, dialog] { m_settings.setBriefingDraft(dialog->options()); });
    dialog->open();
}

void MainWindow::goToEntity(bool forward)
{
    ReaderPane *pane = m_reader->activePane();
    const QAction *kind = m_navigateGroup->checkedAction();
    if (pane && kind && !pane->goToEntity(ReaderPane::EntityKind(kind->data().toInt()), forward))
        statusBar()->showMessage(forward ? tr("No further entity of this kind.") : tr("No earlier entity of this kind."), 3000);
}

void MainWindow::reloadLibrary()
{
    m_library->reload();
    statusBar()->showMessage(tr("%n document(s) in the library", nullptr, m_library->model()->rowCount()));
}

qint64 MainWindow::selectedLibraryDocument() const
{
    return m_library->currentDocument();
}

void MainWindow::openFirstDocument()
{
    const QModelIndex first = m_library->filterModel()->index(0, 0);
    if (first.isValid())
        openDocument(first.data(LibraryModel::DocumentIdRole).toLongLong());
}

bool MainWindow::openDocument(qint64 id)
{
    const Document document = m_documents.byId(id);
    if (!document.isValid())
        return false;
    m_reader->open(document);
    m_library->selectDocument(id);
    return true;
}

bool MainWindow::compareDocument(qint64 id)
{
    const Document document = m_documents.byId(id);
    if (!document.isValid())
        return false;
    m_reader->compare(document);
    return true;
}

qint64 MainWindow::currentDocumentId() const
{
    const ReaderPane *pane = m_reader->activePane();
    return pane ? pane->document().id : 0;
}

bool MainWindow::restoreSession()
{
    const QList<qint64> ids = m_settings.openDocuments();
    const QList<int> positions = m_settings.scrollPositions();
    bool opened = false;
    for (int i = 0; i < ids.size() && i < 2; ++i) {
        const bool ok = i == 0 ? openDocument(ids.at(i)) : compareDocument(ids.at(i));
        if (ok && i < positions.size())
            m_reader->pane(i)->setScrollPosition(positions.at(i));
        opened |= ok;
    }
    for (int side = 0; side < m_reader->paneCount(); ++side)
        m_reader->pane(side)->setZoom(m_settings.readerZoom());
    m_reader->setLinkMode(m_reader->linkMode());
    return opened;
}

bool MainWindow::isAnalysingCorpus() const
{
    return m_analyzer->isRunning();
}

bool MainWindow::isSavingAnalyses() const
{
    return !m_writer->isIdle();
}

void MainWindow::analyseCorpus()
{
    if (m_analyzer->isRunning())
        m_analyseAgain = true;
    else
        m_analyzer->start();
}

void MainWindow::searchLibrary(const QString &query)
{
    if (auto *dock = qobject_cast<QDockWidget *>(m_search->parentWidget())) {
        dock->show();
        dock->raise();
    }
    if (!query.isEmpty())
        m_search->search(query);
    m_search->focusSearch();
}

void MainWindow::openSearchHit(qint64 documentId, const TextSpan &span)
{
    ReaderPane *pane = m_reader->activePane();
    if (!pane || pane->document().id != documentId) {
        if (!openDocument(documentId))
            return;
        pane = m_reader->activePane();
    }
    pane->showSpan(span);
}

// The reader follows the library: a removed document closes, edited
// metadata shows.
void MainWindow::syncOpenDocuments()
{
    for (int side = m_reader->paneCount() - 1; side >= 0; --side) {
        ReaderPane *pane = m_reader->pane(side);
        const int row = m_library->model()->rowOfDocument(pane->document().id);
        if (row < 0)
            m_reader->closeSide(side);
        else
            pane->setMetadata(m_library->model()->document(row));
    }
    updateInspector();
    updateActions();
}

void MainWindow::updateInspector()
{
    ReaderPane *pane = m_reader->activePane();
    if (!pane || !pane->hasDocument()) {
        m_entityModel->clear();
        m_inspector->setStatus(tr("Open a document to see the bodies, speakers and figures it mentions."));
        return;
    }
    if (!pane->isAnalysed()) {
        m_entityModel->clear();
        m_inspector->setStatus(tr("Analysing \u201c%1\u201d\u2026").arg(pane->document().title));
        return;
    }
    m_inspector->setStatus({});
    m_entityModel->setExtraction(pane->document().text, pane->extraction());
}

void MainWindow::updateActions()
{
    const bool hasPane = m_reader->paneCount() > 0;
    m_closeSideAction->setEnabled(hasPane);
    m_swapAction->setEnabled(m_reader->isComparing());
    m_linkMenu->menuAction()->setEnabled(m_reader->isComparing());
}

void MainWindow::showEntityAcrossCorpus(int group, const QString &entity)
{
    if (group != EntityTreeModel::Bodies && group != EntityTreeModel::Speakers)
        return;
    const AnalysisStore::Kind kind = group == EntityTreeModel::Bodies ? AnalysisStore::Kind::Body : AnalysisStore::Kind::Speaker;
    m_mentionGroup = group;
    m_mentionEntity = entity;
    refreshCorpusMentions();
    // The same entity stands out in both panes.
    for (int side = 0; side < m_reader->paneCount(); ++side) {
        ReaderPane *pane = m_reader->pane(side);
        QList<TextSpan> spans;
        const Extraction &x = pane->extraction();
        if (kind == AnalysisStore::Kind::Body) {
            for (const BodyMention &b : x.bodies) {
                if (b.canonical == entity || b.span.text(pane->document().text) == entity)
                    spans.append(b.span);
            }
        } else {
            for (const Attribution &a : x.attributions) {
                if (a.speakerName == entity)
                    spans.append(a.speaker);
            }
        }
        pane->setEmphasis(spans);
    }
}

void MainWindow::refreshCorpusMentions()
{
    if (m_mentionEntity.isEmpty() || (m_mentionGroup != EntityTreeModel::Bodies && m_mentionGroup != EntityTreeModel::Speakers))
        return;
    const AnalysisStore::Kind kind = m_mentionGroup == EntityTreeModel::Bodies ? AnalysisStore::Kind::Body : AnalysisStore::Kind::Speaker;
    const auto mentions = m_analyses.mentions(kind, m_mentionEntity, m_analyzer->engineVersion());
    m_mentionModel->setMentions(m_mentionEntity, mentions ? *mentions : QList<AnalysisStore::Mention>());
}

void MainWindow::openMention(qint64 documentId, int start, int end)
{
    ReaderPane *pane = m_reader->activePane();
    if (!pane || pane->document().id != documentId) {
        if (!openDocument(documentId))
            return;
        pane = m_reader->activePane();
    }
    const TextOffsets cp(pane->document().text);
    pane->showSpan({int(cp.toUtf16(start)), int(cp.toUtf16(end))});
}

void MainWindow::saveState()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(QMainWindow::saveState());
    QList<qint64> ids;
    QList<int> positions;
    for (int side = 0; side < m_reader->paneCount(); ++side) {
        ids.append(m_reader->pane(side)->document().id);
        positions.append(m_reader->pane(side)->scrollPosition());
    }
    m_settings.setOpenDocuments(ids);
    m_settings.setScrollPositions(positions);
    m_settings.sync();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!LibraryDock::localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = LibraryDock::localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    m_library->importPaths(paths);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_analyzer->cancel();
    saveState();
    QMainWindow::closeEvent(event);
}

} // namespace Dossier
