#pragma once

#include "analysis/entities.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace Dossier {

class LibraryModel;
class SearchIndex;
class SearchResultModel;

// Searches the whole library as the user types (after a short pause): the
// documents found, best first, with their snippets; the number found, or
// what is wrong with the query, shown in place. Activating a hit asks for
// the document to be opened at the query's first match in it.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    // library gives the publisher and date of each hit.
    SearchPanel(const SearchIndex &index, const LibraryModel *library, QWidget *parent = nullptr);

    // Runs a search at once (also what typing leads to after the pause).
    void search(const QString &query);
    // Runs the current search again (after the library changed).
    void refresh();
    void focusSearch();
    // Activates the hit in a row of the results.
    void activate(int row);

    QLineEdit *queryEdit() const { return m_edit; }
    QListView *resultView() const { return m_view; }
    SearchResultModel *model() const { return m_model; }
    QString status() const;

Q_SIGNALS:
    // span: the first match in the document's text (UTF-16), invalid when
    // the document no longer matches.
    void hitActivated(qint64 documentId, const Dossier::TextSpan &span);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setStatus(const QString &text, bool problem);

    const SearchIndex &m_index;
    const LibraryModel *m_library = nullptr;
    SearchResultModel *m_model = nullptr;
    QLineEdit *m_edit = nullptr;
    QLabel *m_status = nullptr;
    QListView *m_view = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace Dossier
