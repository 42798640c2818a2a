#include "searchpanel.h"

#include "searchhitdelegate.h"

#include "models/librarymodel.h"
#include "models/searchresultmodel.h"
#include "store/searchindex.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace Dossier {

namespace {
// Long enough not to search for every letter of a word being typed.
constexpr int kDebounceMs = 250;
constexpr int kMaximumHits = 100;
} // namespace

SearchPanel::SearchPanel(const SearchIndex &index, const LibraryModel *library, QWidget *parent)
    : QWidget(parent)
    , m_index(index)
    , m_library(library)
    , m_model(new SearchResultModel(this))
    , m_debounce(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_edit->setAccessibleName(tr("Search the library"));
    m_edit->setPlaceholderText(tr("Search all documents"));
    m_edit->setToolTip(tr("Words, \u201Cphrases\u201D in quotes, AND, OR, NOT, parentheses and prefixes such as cyber*"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    layout->addWidget(m_edit);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SearchHitDelegate(m_view));
    m_view->setWordWrap(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { search(m_edit->text()); });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        search(m_edit->text());
        if (m_model->rowCount() > 0) {
            m_view->setFocus();
            m_view->setCurrentIndex(m_model->index(0, 0));
        }
    });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { activate(index.row()); });
    setStatus(QString(), false);
}

void SearchPanel::search(const QString &query)
{
    if (m_edit->text() != query) {
        const QSignalBlocker blocker(m_edit);
        m_edit->setText(query);
    }
    if (query.trimmed().isEmpty()) {
        m_model->clear();
        setStatus(QString(), false);
        return;
    }
    const Expected<QList<SearchHit>> hits = m_index.search(query, kMaximumHits);
    if (!hits) {
        // The last good results stay while the user finishes the query.
        setStatus(hits.error(), true);
        return;
    }
    QList<SearchResultModel::Result> results;
    for (const SearchHit &hit : *hits) {
        SearchResultModel::Result result{hit, {}, {}};
        const int row = m_library ? m_library->rowOfDocument(hit.documentId) : -1;
        if (row >= 0) {
            result.publisher = m_library->document(row).publisher;
            result.date = m_library->document(row).publishedOn;
        }
        results.append(result);
    }
    m_model->setResults(query, results);
    const int n = int(results.size());
    if (n == 0)
        setStatus(tr("No document matches."), false);
    else if (n >= kMaximumHits)
        setStatus(tr("The best %n documents", nullptr, n), false);
    else
        setStatus(tr("%n document(s) found", nullptr, n), false);
}

void SearchPanel::refresh()
{
    if (!m_model->query().isEmpty())
        search(m_model->query());
}

void SearchPanel::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchPanel::activate(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid())
        return;
    const qint64 id = index.data(SearchResultModel::DocumentIdRole).toLongLong();
    const Expected<QList<TextSpan>> matches = m_index.matches(id, m_model->query());
    Q_EMIT hitActivated(id, matches && !matches->isEmpty() ? matches->first() : TextSpan());
}

QString SearchPanel::status() const
{
    return m_status->text();
}

void SearchPanel::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, QColor(0xda, 0x44, 0x53));
    m_status->setPalette(palette);
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the query box goes to the results.
    if (watched == m_edit && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down
        && m_model->rowCount() > 0) {
        m_view->setFocus();
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Dossier
