#include "mainwindow.h"

#include "analysis/entityengine.h"
#include "models/librarymodel.h"
#include "store/documentstore.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace Dossier {

MainWindow::MainWindow(DocumentStore &documents, EntityEngine &engine, QWidget *parent)
    : QMainWindow(parent)
    , m_documents(documents)
    , m_engine(engine)
    , m_libraryModel(new LibraryModel(this))
    , m_libraryProxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Dossier"));
    setObjectName(QStringLiteral("MainWindow"));

    // Reader area.
    auto *readerArea = new QWidget(this);
    auto *readerLayout = new QVBoxLayout(readerArea);
    m_readerHeader = new QLabel(readerArea);
    m_readerHeader->setObjectName(QStringLiteral("readerHeader"));
    m_readerHeader->setTextFormat(Qt::PlainText);
    m_readerHeader->setWordWrap(true);
    m_reader = new QPlainTextEdit(readerArea);
    m_reader->setObjectName(QStringLiteral("reader"));
    m_reader->setReadOnly(true);
    m_reader->setAccessibleName(tr("Document text"));
    // The engine's definition colours the text: the same rules the extractor
    // uses, in KSyntaxHighlighting's light or dark theme to match the palette.
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_reader->document());
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_highlighter->setTheme(m_engine.repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                                    : KSyntaxHighlighting::Repository::LightTheme));
    m_highlighter->setDefinition(m_engine.definition());
    readerLayout->addWidget(m_readerHeader);
    readerLayout->addWidget(m_reader, 1);
    setCentralWidget(readerArea);

    // Library dock.
    m_libraryProxy->setSourceModel(m_libraryModel);
    m_libraryProxy->setSortRole(LibraryModel::SortRole);
    m_libraryView = new QTableView(this);
    m_libraryView->setObjectName(QStringLiteral("libraryView"));
    m_libraryView->setAccessibleName(tr("Library"));
    m_libraryView->setModel(m_libraryProxy);
    m_libraryView->setSortingEnabled(true);
    m_libraryView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_libraryView->verticalHeader()->hide();
    m_libraryView->horizontalHeader()->setSectionResizeMode(LibraryModel::TitleColumn, QHeaderView::Stretch);
    m_libraryView->setWordWrap(false);
    auto *libraryDock = new QDockWidget(tr("Library"), this);
    libraryDock->setObjectName(QStringLiteral("libraryDock"));
    libraryDock->setWidget(m_libraryView);
    addDockWidget(Qt::LeftDockWidgetArea, libraryDock);
    connect(m_libraryView, &QAbstractItemView::activated, this, &MainWindow::openSelected);

    // Inspector dock.
    m_inspector = new QLabel(tr("Open a document to see the bodies, speakers and figures it mentions."), this);
    m_inspector->setWordWrap(true);
    m_inspector->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_inspector->setMargin(8);
    auto *inspectorDock = new QDockWidget(tr("Inspector"), this);
    inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, inspectorDock);

    createActions();
    reloadLibrary();
    resize(1280, 800);
    resizeDocks({libraryDock, inspectorDock}, {420, 260}, Qt::Horizontal);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Dossier"), this, [this] {
        QMessageBox::about(this, tr("About Dossier"),
                           tr("Dossier %1\nA reader and annotation tool for policy researchers.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::reloadLibrary()
{
    const Expected<QList<Document>> documents = m_documents.list();
    if (!documents) {
        statusBar()->showMessage(tr("Cannot read the library: %1").arg(documents.error()));
        return;
    }
    m_libraryModel->setDocuments(*documents);
    m_libraryView->sortByColumn(LibraryModel::DateColumn, Qt::AscendingOrder);
    statusBar()->showMessage(tr("%n document(s) in the library", nullptr, int(documents->size())));
}

void MainWindow::openSelected()
{
    const QModelIndex index = m_libraryView->currentIndex();
    if (index.isValid())
        openDocument(index.data(LibraryModel::DocumentIdRole).toLongLong());
}

void MainWindow::openFirstDocument()
{
    const QModelIndex first = m_libraryProxy->index(0, 0);
    if (first.isValid())
        openDocument(first.data(LibraryModel::DocumentIdRole).toLongLong());
}

bool MainWindow::openDocument(qint64 id)
{
    const Document document = m_documents.byId(id);
    if (!document.isValid())
        return false;
    m_currentDocument = id;
    const QString date = document.publishedOn.isValid() ? QLocale().toString(document.publishedOn, QLocale::LongFormat) : QString();
    m_readerHeader->setText(tr("%1\n%2 · %3 · %4")
                                .arg(document.title, document.publisher, date, LibraryModel::kindLabel(document.kind)));
    m_reader->setPlainText(document.text);
    const int row = m_libraryProxy->mapFromSource(m_libraryModel->index(m_libraryModel->rowOfDocument(id), 0)).row();
    m_libraryView->selectRow(row);
    return true;
}

} // namespace Dossier
