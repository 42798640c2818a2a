#include "readerarea.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedLayout>

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
    return target;
}

ReaderPane *ReaderArea::openIn(ReaderPane *pane, const Document &document)
{
    pane->setDocument(document);
    setActive(pane);
    Q_EMIT documentOpened(pane);
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

void ReaderArea::setLinkedScrolling(bool linked)
{
    m_linked = linked;
    if (linked && m_active)
        syncScroll(m_active);
}

void ReaderArea::syncScroll(ReaderPane *from)
{
    if (!m_linked || m_syncing || paneCount() != 2)
        return;
    ReaderPane *to = from == pane(0) ? pane(1) : pane(0);
    const QScrollBar *a = from->textView()->verticalScrollBar();
    QScrollBar *b = to->textView()->verticalScrollBar();
    // Proportional: the same fraction of each text.
    const double fraction = a->maximum() > 0 ? double(a->value()) / a->maximum() : 0.0;
    m_syncing = true;
    b->setValue(qRound(fraction * b->maximum()));
    m_syncing = false;
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
