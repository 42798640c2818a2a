#include "timelineview.h"

#include "timelineaccessible.h"

#include "models/timelinemodel.h"

#include <QAbstractItemModel>
#include <QAccessible>
#include <QDate>
#include <QHash>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <queue>
#include <vector>

namespace Dossier {

namespace {

constexpr int Margin = 16;
constexpr int Gap = 8;
constexpr int Stem = 14;
constexpr int Padding = 6;

QColor faded(QColor colour, qreal alpha)
{
    colour.setAlphaF(alpha);
    return colour;
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    // The cards, painted, are told to assistive technology by an interface
    // of their own.
    static const bool installed = [] {
        QAccessible::installFactory(&TimelineAccessible::factory);
        return true;
    }();
    Q_UNUSED(installed);
    setObjectName(QStringLiteral("timelineView"));
    setAccessibleName(tr("Corpus timeline"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
}

void TimelineView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        auto reset = [this] {
            m_current = -1;
            m_hover = -1;
            relayout();
        };
        connect(model, &QAbstractItemModel::modelReset, this, reset);
        connect(model, &QAbstractItemModel::rowsInserted, this, reset);
        connect(model, &QAbstractItemModel::rowsRemoved, this, reset);
        connect(model, &QAbstractItemModel::layoutChanged, this, reset);
        connect(model, &QAbstractItemModel::dataChanged, this, &TimelineView::relayout);
    }
    m_current = -1;
    relayout();
}

QSize TimelineView::sizeHint() const
{
    // Tall enough for the lanes it has, within reason.
    const int line = fontMetrics().height();
    const int height = m_content.isValid() ? m_content.height() : 2 * (3 * line + 2 * Padding) + 4 * line + 2 * Margin;
    return {800, qMin(height + 2 * frameWidth() + horizontalScrollBar()->sizeHint().height(), 30 * line)};
}

QSize TimelineView::minimumSizeHint() const
{
    return {200, 3 * fontMetrics().height() + 2 * Padding + 2 * Margin};
}

void TimelineView::relayout()
{
    m_cards.clear();
    m_ticks.clear();
    m_lanes = 0;
    m_axisY = -1;
    m_undatedY = -1;
    const int rows = m_model ? m_model->rowCount() : 0;
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    // Widths in Latin letters (not averageCharWidth, full-width with a CJK font).
    const int cardWidth = qBound(140, fm.horizontalAdvance(QString(26, QLatin1Char('n'))) + 2 * Padding, 320);
    const int cardHeight = 3 * line + 2 * Padding;
    const int available = qMax(cardWidth, viewport()->width() - 2 * Margin);

    QList<int> dated;
    QList<int> undated;
    QDate first;
    QDate last;
    for (int row = 0; row < rows; ++row) {
        const QDate date = m_model->index(row, 0).data(TimelineModel::DateRole).toDate();
        if (date.isValid()) {
            dated.append(row);
            first = first.isValid() ? qMin(first, date) : date;
            last = last.isValid() ? qMax(last, date) : date;
        } else {
            undated.append(row);
        }
    }
    m_cards.resize(rows);

    int width = available + 2 * Margin;
    int y = Margin;
    if (!dated.isEmpty()) {
        // A year at least wide enough for its label, and the axis at least
        // as wide as the view.
        const int years = last.year() - first.year() + 1;
        const qreal perYear = qMax<qreal>(fm.horizontalAdvance(QStringLiteral("0000")) * 3, qreal(available) / years);
        width = qMax(width, int(std::ceil(perYear * years)) + 2 * Margin);
        const QDate origin(first.year(), 1, 1);
        auto xOf = [&](const QDate &date) { return Margin + int(origin.daysTo(date) / 365.25 * perYear); };
        for (int year = first.year(); year <= last.year() + 1; ++year)
            m_ticks.append({year, xOf(QDate(year, 1, 1))});

        // Lanes: each card in the lowest lane where it clears the card
        // before it (dated rows come in date order, so a lane once clear
        // stays clear: the clear ones wait in a heap, lowest first).
        using LaneEnd = std::pair<int, int>; // where the lane's last card ends, the lane
        std::priority_queue<LaneEnd, std::vector<LaneEnd>, std::greater<>> busy;
        std::priority_queue<int, std::vector<int>, std::greater<>> clear;
        int lanes = 0;
        QList<int> laneOf(rows, 0);
        for (int row : std::as_const(dated)) {
            const int x = xOf(m_model->index(row, 0).data(TimelineModel::DateRole).toDate());
            const int left = qBound(Gap, x - cardWidth / 2, width - cardWidth - Gap);
            while (!busy.empty() && busy.top().first + Gap <= left) {
                clear.push(busy.top().second);
                busy.pop();
            }
            int lane = lanes;
            if (clear.empty()) {
                ++lanes;
            } else {
                lane = clear.top();
                clear.pop();
            }
            busy.push({left + cardWidth, lane});
            laneOf[row] = lane;
            m_cards[row].rect = QRect(left, 0, cardWidth, cardHeight);
            m_cards[row].stem = QPoint(x, 0);
            m_cards[row].dated = true;
        }
        m_lanes = lanes;
        // Lane 0 just above the axis, the others stacked over it.
        m_axisY = y + m_lanes * (cardHeight + Gap) + Stem;
        for (int row : std::as_const(dated)) {
            Card &card = m_cards[row];
            card.rect.moveTop(m_axisY - Stem - (laneOf.at(row) + 1) * (cardHeight + Gap) + Gap);
            card.stem.setY(m_axisY);
        }
        y = m_axisY + line + Gap;
    }
    if (!undated.isEmpty()) {
        m_undatedY = y + Gap;
        y = m_undatedY + line + Gap;
        int x = Margin;
        for (int row : std::as_const(undated)) {
            if (x + cardWidth > width - Margin && x > Margin) {
                x = Margin;
                y += cardHeight + Gap;
            }
            m_cards[row].rect = QRect(x, y, cardWidth, cardHeight);
            x += cardWidth + Gap;
        }
        y += cardHeight;
    }
    m_content = QSize(width, y + Gap);
    horizontalScrollBar()->setRange(0, qMax(0, m_content.width() - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(cardWidth / 4);
    verticalScrollBar()->setRange(0, qMax(0, m_content.height() - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(line);
    if (m_current >= rows)
        m_current = -1;
    updateGeometry();
    viewport()->update();
}

QPoint TimelineView::offset() const
{
    return {horizontalScrollBar()->value(), verticalScrollBar()->value()};
}

QRect TimelineView::cardRect(int row) const
{
    if (row < 0 || row >= m_cards.size())
        return {};
    return m_cards.at(row).rect.translated(-offset());
}

int TimelineView::rowAt(const QPoint &point) const
{
    const QPoint at = point + offset();
    // Later cards are painted over earlier ones: hit those first.
    for (int row = int(m_cards.size()) - 1; row >= 0; --row) {
        if (m_cards.at(row).rect.contains(at))
            return row;
    }
    return -1;
}

void TimelineView::setCurrentRow(int row)
{
    if (!m_model || row < 0 || row >= m_cards.size() || row == m_current)
        return;
    m_current = row;
    ensureVisible(row);
    updateAccessibleDescription();
    viewport()->update();
    if (QAccessible::isActive()) {
        QAccessibleEvent selection(this, QAccessible::Selection);
        selection.setChild(row);
        QAccessible::updateAccessibility(&selection);
        if (hasFocus()) {
            QAccessibleEvent focus(this, QAccessible::Focus);
            focus.setChild(row);
            QAccessible::updateAccessibility(&focus);
        }
    }
}

void TimelineView::setCurrentDocument(qint64 id)
{
    if (!m_model)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(TimelineModel::DocumentIdRole).toLongLong() == id) {
            setCurrentRow(row);
            return;
        }
    }
}

void TimelineView::activate(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    setCurrentRow(row);
    Q_EMIT documentActivated(m_model->index(row, 0).data(TimelineModel::DocumentIdRole).toLongLong());
}

void TimelineView::ensureVisible(int row)
{
    const QRect card = m_cards.at(row).rect.adjusted(-Gap, -Gap, Gap, Gap);
    const QRect shown(offset(), viewport()->size());
    if (card.left() < shown.left())
        horizontalScrollBar()->setValue(card.left());
    else if (card.right() > shown.right())
        horizontalScrollBar()->setValue(card.right() - shown.width() + 1);
    if (card.top() < shown.top())
        verticalScrollBar()->setValue(card.top());
    else if (card.bottom() > shown.bottom())
        verticalScrollBar()->setValue(card.bottom() - shown.height() + 1);
}

void TimelineView::updateAccessibleDescription()
{
    setAccessibleDescription(m_model && m_current >= 0 ? m_model->index(m_current, 0).data(Qt::AccessibleDescriptionRole).toString()
                                                       : QString());
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor quiet = pal.color(QPalette::PlaceholderText);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();

    if (m_cards.isEmpty()) {
        painter.setPen(quiet);
        painter.drawText(viewport()->rect().adjusted(Margin, Margin, -Margin, -Margin), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No documents to place on the timeline."));
        return;
    }
    painter.translate(-offset());

    // The axis with its years.
    if (m_axisY >= 0) {
        painter.setPen(QPen(faded(text, 0.55), 1));
        painter.drawLine(QPoint(Margin / 2, m_axisY), QPoint(m_content.width() - Margin / 2, m_axisY));
        for (const auto &[year, x] : std::as_const(m_ticks)) {
            painter.setPen(QPen(faded(text, 0.55), 1));
            painter.drawLine(QPoint(x, m_axisY - 4), QPoint(x, m_axisY + 4));
            if (year == m_ticks.constLast().first)
                continue; // the end of the last year: a tick, no label
            painter.setPen(quiet);
            painter.drawText(QRect(x + 3, m_axisY + 4, fm.horizontalAdvance(QStringLiteral("00000")), line), Qt::AlignLeft | Qt::AlignTop,
                             QString::number(year));
        }
    }
    if (m_undatedY >= 0) {
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(quiet);
        painter.drawText(QPoint(Margin, m_undatedY + fm.ascent()), tr("Undated"));
        painter.setFont(font());
    }

    // Stems under the cards, then the cards from the top lane down, so that
    // a stem runs behind the cards it passes. Only what is in view: a large
    // library has thousands of cards. The stems of one x are one line, to the
    // farthest of their cards (10,000 documents put thousands of stems
    // through the axis: drawn one by one, they took seconds).
    const QRect shown(offset(), viewport()->size());
    const auto inView = [&shown](const Card &card) {
        return card.dated && QRect(card.stem, card.rect.bottomLeft()).normalized().adjusted(-5, -5, 5, 5).intersects(shown);
    };
    QHash<int, int> stemTops; // x, the bottom of its farthest card
    for (int row = 0; row < m_cards.size(); ++row) {
        const Card &card = m_cards.at(row);
        if (row == m_current || !inView(card))
            continue;
        const auto top = stemTops.find(card.stem.x());
        if (top == stemTops.end())
            stemTops.insert(card.stem.x(), card.rect.bottom());
        else
            *top = qMin(*top, card.rect.bottom());
    }
    QList<QLine> stems;
    stems.reserve(stemTops.size());
    for (auto it = stemTops.cbegin(); it != stemTops.cend(); ++it)
        stems.append(QLine(it.key(), m_axisY, it.key(), it.value()));
    painter.setPen(QPen(faded(text, 0.35), 1));
    painter.drawLines(stems);
    painter.setBrush(faded(text, 0.7));
    painter.setPen(Qt::NoPen);
    for (const QLine &stem : std::as_const(stems))
        painter.drawEllipse(stem.p1(), 4, 4);
    // The current document's over the others.
    if (m_current >= 0 && m_current < m_cards.size() && inView(m_cards.at(m_current))) {
        const Card &card = m_cards.at(m_current);
        painter.setPen(QPen(highlight, 2));
        painter.drawLine(card.stem, QPoint(card.stem.x(), card.rect.bottom()));
        painter.setBrush(highlight);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(card.stem, 4, 4);
    }
    QList<int> order;
    for (int row = 0; row < m_cards.size(); ++row) {
        if (m_cards.at(row).rect.intersects(shown))
            order.append(row);
    }
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) { return m_cards.at(a).rect.top() < m_cards.at(b).rect.top(); });
    QFont titleFont = font();
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    for (int row : std::as_const(order)) {
        const Card &card = m_cards.at(row);
        const QModelIndex index = m_model->index(row, 0);
        const bool current = row == m_current;
        const bool hover = row == m_hover;
        painter.setBrush(pal.color(QPalette::AlternateBase));
        painter.setPen(QPen(current ? highlight : (hover ? faded(highlight, 0.7) : faded(text, 0.25)), current ? 2 : 1));
        painter.drawRoundedRect(QRectF(card.rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        if (current && hasFocus()) {
            painter.setPen(QPen(faded(highlight, 0.5), 1, Qt::DotLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(QRectF(card.rect).adjusted(3, 3, -3, -3), 3, 3);
        }
        const QRect inner = card.rect.adjusted(Padding, Padding, -Padding, -Padding);
        const QDate date = index.data(TimelineModel::DateRole).toDate();
        QStringList meta;
        if (date.isValid())
            meta.append(QLocale().toString(date, QLocale::ShortFormat));
        if (const QString publisher = index.data(TimelineModel::PublisherRole).toString(); !publisher.isEmpty())
            meta.append(publisher);
        painter.setPen(quiet);
        painter.setFont(font());
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(meta.join(QStringLiteral(" \u00B7 ")), Qt::ElideRight, inner.width()));
        painter.setPen(text);
        painter.setFont(titleFont);
        painter.drawText(QRect(inner.left(), inner.top() + line, inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                         titleMetrics.elidedText(index.data().toString(), Qt::ElideRight, inner.width()));
        painter.setFont(font());
        const QStringList figures = index.data(TimelineModel::FiguresRole).toStringList();
        if (!figures.isEmpty()) {
            painter.setPen(text);
            painter.drawText(QRect(inner.left(), inner.top() + 2 * line, inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                             fm.elidedText(figures.first(), Qt::ElideRight, inner.width()));
        }
    }
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void TimelineView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TimelineView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        relayout();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const int rows = m_model ? m_model->rowCount() : 0;
    if (rows == 0)
        return QAbstractScrollArea::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        setCurrentRow(m_current < 0 ? 0 : qMax(0, m_current - 1));
        break;
    case Qt::Key_Right:
    case Qt::Key_Down:
        setCurrentRow(m_current < 0 ? 0 : qMin(rows - 1, m_current + 1));
        break;
    case Qt::Key_Home:
        setCurrentRow(0);
        break;
    case Qt::Key_End:
        setCurrentRow(rows - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        activate(m_current < 0 ? 0 : m_current);
        break;
    default:
        return QAbstractScrollArea::keyPressEvent(event);
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const int row = rowAt(event->position().toPoint());
    if (row >= 0)
        activate(row);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row != m_hover) {
        m_hover = row;
        viewport()->setCursor(row >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        viewport()->update();
    }
    QAbstractScrollArea::mouseMoveEvent(event);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row >= 0 && m_model)
            QToolTip::showText(help->globalPos(), m_model->index(row, 0).data(Qt::ToolTipRole).toString(), viewport(), cardRect(row));
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::Leave && m_hover >= 0) {
        m_hover = -1;
        viewport()->update();
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace Dossier
