#include "readerarea.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedLayout>
#include <QTextBlock>
#include <QTextLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Dossier {

ReaderArea::ReaderArea(const KSyntaxHighlighting::Definition &definition, const KSyntaxHighlighting::Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_definition(definition)
    , m_theme(theme)
{
    m_stack = new QStackedLayout(this);
    m_placeholder = new QLabel(tr("Open a document from the library (Enter), or drop text files here."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("readerSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_splitter);
}

ReaderPane *ReaderArea::pane(int side) const
{
    return side >= 0 && side < m_splitter->count() ? qobject_cast<ReaderPane *>(m_splitter->widget(side)) : nullptr;
}

ReaderPane *ReaderArea::activePane() const
{
    return m_active;
}

int ReaderArea::paneCount() const
{
    return m_splitter->count();
}

ReaderPane *ReaderArea::createPane()
{
    auto *pane = new ReaderPane(m_definition, m_theme, m_splitter);
    pane->setLayers(m_layers);
    pane->setReaderFont(m_fontFamily, m_fontSize);
    m_splitter->addWidget(pane);
    connect(pane, &ReaderPane::activated, this, [this, pane] { setActive(pane); });
    connect(pane, &ReaderPane::documentDropped, this, [this, pane](qint64 id) { Q_EMIT documentDropped(pane, id); });
    connect(pane->textView()->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, pane] { syncScroll(pane); });
    m_stack->setCurrentWidget(m_splitter);
    return pane;
}

void ReaderArea::setActive(ReaderPane *pane)
{
    if (m_active == pane)
        return;
    m_active = pane;
    Q_EMIT activePaneChanged(pane);
}

ReaderPane *ReaderArea::open(const Document &document)
{
    ReaderPane *target = m_active ? m_active : pane(0);
    if (!target)
        target = createPane();
    target->setDocument(document);
    setActive(target);
    Q_EMIT documentOpened(target);
    updateAlignment();
    return target;
}

ReaderPane *ReaderArea::openIn(ReaderPane *pane, const Document &document)
{
    pane->setDocument(document);
    setActive(pane);
    Q_EMIT documentOpened(pane);
    updateAlignment();
    return pane;
}

ReaderPane *ReaderArea::compare(const Document &document)
{
    if (paneCount() == 0)
        return open(document);
    ReaderPane *other = paneCount() == 2 ? (m_active == pane(0) ? pane(1) : pane(0)) : createPane();
    other->setDocument(document);
    const int half = m_splitter->width() / 2;
    m_splitter->setSizes({half, half});
    setActive(other);
    Q_EMIT documentOpened(other);
    updateAlignment();
    return other;
}

void ReaderArea::swapSides()
{
    if (paneCount() != 2)
        return;
    m_splitter->insertWidget(0, m_splitter->widget(1));
}

void ReaderArea::closeSide(int side)
{
    ReaderPane *closing = pane(side);
    if (!closing)
        return;
    closing->hide();
    closing->deleteLater();
    closing->setParent(nullptr);
    if (m_active == closing)
        setActive(pane(0));
    if (paneCount() == 0) {
        m_stack->setCurrentWidget(m_placeholder);
        setActive(nullptr);
    }
}

void ReaderArea::setLinkMode(Link mode)
{
    m_link = mode;
    updateAlignment();
    if (mode != Link::Off && m_active)
        syncScroll(m_active);
}

void ReaderArea::updateAlignment()
{
    if (m_link != Link::MatchingPassages || paneCount() != 2 || !pane(0)->hasDocument() || !pane(1)->hasDocument())
        return;
    const qint64 left = pane(0)->document().id;
    const qint64 right = pane(1)->document().id;
    auto same = [left, right](const QPair<qint64, qint64> &ids) {
        return ids == qMakePair(left, right) || ids == qMakePair(right, left);
    };
    if (m_aligning ? same(m_aligningIds) : same(m_alignedIds))
        return;
    // Texts of megabytes take a moment: proportional until the passages
    // are found; a search for documents no longer open is ignored.
    auto *watcher = new QFutureWatcher<PassageAlignment>(this);
    m_aligning = watcher;
    m_aligningIds = {left, right};
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, left, right] {
        watcher->deleteLater();
        if (m_aligning != watcher)
            return;
        m_aligning = nullptr;
        m_alignment = watcher->result();
        m_alignedIds = {left, right};
        Q_EMIT alignmentChanged();
        if (m_active)
            syncScroll(m_active);
    });
    watcher->setFuture(QtConcurrent::run([a = pane(0)->document().text, b = pane(1)->document().text] { return PassageAlignment::align(a, b); }));
}

void ReaderArea::syncScroll(ReaderPane *from)
{
    if (m_link == Link::Off || m_syncing || paneCount() != 2)
        return;
    ReaderPane *to = from == pane(0) ? pane(1) : pane(0);
    const QPair<qint64, qint64> ids{from->document().id, to->document().id};
    const bool aligned = ids == m_alignedIds || ids == qMakePair(m_alignedIds.second, m_alignedIds.first);
    m_syncing = true;
    if (m_link == Link::MatchingPassages && aligned) {
        syncByPassages(from, to);
    } else {
        // Proportional: the same fraction of each text.
        const QScrollBar *a = from->textView()->verticalScrollBar();
        QScrollBar *b = to->textView()->verticalScrollBar();
        const double fraction = a->maximum() > 0 ? double(a->value()) / a->maximum() : 0.0;
        b->setValue(qRound(fraction * b->maximum()));
    }
    m_syncing = false;
}

// The text at the middle of one pane, mapped through the shared passages,
// is put at the middle of the other.
void ReaderArea::syncByPassages(ReaderPane *from, ReaderPane *to)
{
    QPlainTextEdit *a = from->textView();
    QPlainTextEdit *b = to->textView();
    const int y = a->viewport()->height() / 2;
    const int position = a->cursorForPosition(QPoint(0, y)).position();
    const int mapped = from->document().id == m_alignedIds.first ? m_alignment.toRight(position) : m_alignment.toLeft(position);
    const QTextBlock block = b->document()->findBlock(mapped);
    if (!block.isValid())
        return;
    // QPlainTextEdit scrolls by lines: the line of the mapped position,
    // less the lines above the middle. Lines of blocks not laid out yet are
    // only estimated (one each), so the result is measured and corrected.
    int line = block.firstLineNumber();
    if (const QTextLayout *layout = block.layout(); layout && layout->lineCount() > 0)
        line += layout->lineForTextPosition(mapped - block.position()).lineNumber();
    const int lineHeight = qMax(1, b->fontMetrics().lineSpacing());
    QScrollBar *bar = b->verticalScrollBar();
    bar->setValue(line - y / lineHeight);
    QTextCursor at(b->document());
    at.setPosition(mapped);
    for (int attempt = 0; attempt < 4; ++attempt) {
        const int lines = qRound(double(b->cursorRect(at).center().y() - y) / lineHeight);
        const int before = bar->value();
        if (lines == 0)
            break;
        bar->setValue(before + lines);
        if (bar->value() == before)
            break;
    }
}

void ReaderArea::setLayers(EntityHighlighter::Layers layers)
{
    m_layers = layers;
    for (int i = 0; i < paneCount(); ++i)
        pane(i)->setLayers(layers);
}

void ReaderArea::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    m_theme = theme;
    for (int i = 0; i < paneCount(); ++i)
        pane(i)->setTheme(theme);
}

void ReaderArea::setReaderFont(const QString &family, int points)
{
    m_fontFamily = family;
    m_fontSize = points;
    for (int i = 0; i < paneCount(); ++i)
        pane(i)->setReaderFont(family, points);
}

} // namespace Dossier
