#pragma once

#include <QMainWindow>

class QLabel;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Dossier {

class DocumentStore;
class EntityEngine;
class LibraryModel;

// The main window: library dock, reader area, inspector dock.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(DocumentStore &documents, EntityEngine &engine, QWidget *parent = nullptr);

    void reloadLibrary();
    bool openDocument(qint64 id);
    // Opens the document in the library's first row, if any.
    void openFirstDocument();
    qint64 currentDocumentId() const { return m_currentDocument; }

private:
    void createActions();
    void openSelected();

    DocumentStore &m_documents;
    EntityEngine &m_engine;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    LibraryModel *m_libraryModel = nullptr;
    QSortFilterProxyModel *m_libraryProxy = nullptr;
    QTableView *m_libraryView = nullptr;
    QPlainTextEdit *m_reader = nullptr;
    QLabel *m_readerHeader = nullptr;
    QLabel *m_inspector = nullptr;
    qint64 m_currentDocument = 0;
};

} // namespace Dossier
