#include "timelineaccessible.h"

#include "timelineview.h"

#include "models/timelinemodel.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QLocale>

namespace Dossier {

namespace {

class CardAccessible : public QAccessibleInterface
{
public:
    CardAccessible(TimelineView *view, int row)
        : m_view(view)
        , m_row(row)
    {
    }

    bool isValid() const override { return m_view && m_view->model() && m_row < m_view->model()->rowCount(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? QAccessible::queryAccessibleInterface(m_view)->window() : nullptr; }
    QAccessibleInterface *parent() const override { return m_view ? QAccessible::queryAccessibleInterface(m_view) : nullptr; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    void setText(QAccessible::Text, const QString &) override {}

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        const QModelIndex index = m_view->model()->index(m_row, 0);
        switch (t) {
        case QAccessible::Name: {
            const QString title = index.data(Qt::DisplayRole).toString();
            const QDate date = index.data(TimelineModel::DateRole).toDate();
            return date.isValid() ? TimelineView::tr("%1, %2").arg(title, QLocale().toString(date, QLocale::LongFormat))
                                  : TimelineView::tr("%1, undated").arg(title);
        }
        case QAccessible::Description:
            return index.data(Qt::AccessibleDescriptionRole).toString();
        default:
            return {};
        }
    }

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect card = m_view->cardRect(m_row);
        return QRect(m_view->viewport()->mapToGlobal(card.topLeft()), card.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!isValid()) {
            s.invalid = true;
            return s;
        }
        s.selectable = true;
        s.focusable = true;
        const bool current = m_view->currentRow() == m_row;
        s.selected = current;
        s.focused = current && m_view->hasFocus();
        if (!m_view->viewport()->rect().intersects(m_view->cardRect(m_row))) {
            s.offscreen = true;
            s.invisible = true;
        }
        return s;
    }

private:
    QPointer<TimelineView> m_view;
    int m_row;
};

} // namespace

TimelineAccessible::TimelineAccessible(TimelineView *view)
    : QAccessibleWidget(view, QAccessible::List)
{
}

TimelineAccessible::~TimelineAccessible()
{
    for (QAccessible::Id id : std::as_const(m_cards))
        QAccessible::deleteAccessibleInterface(id);
}

QAccessibleInterface *TimelineAccessible::factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("Dossier::TimelineView") && object && object->isWidgetType())
        return new TimelineAccessible(static_cast<TimelineView *>(object));
    return nullptr;
}

TimelineView *TimelineAccessible::view() const
{
    return static_cast<TimelineView *>(widget());
}

int TimelineAccessible::childCount() const
{
    const QAbstractItemModel *model = view()->model();
    return model ? model->rowCount() : 0;
}

QAccessibleInterface *TimelineAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    if (const auto known = m_cards.constFind(index); known != m_cards.cend())
        return QAccessible::accessibleInterface(*known);
    auto *card = new CardAccessible(view(), index);
    m_cards.insert(index, QAccessible::registerAccessibleInterface(card));
    return card;
}

int TimelineAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it) {
        if (QAccessible::accessibleInterface(it.value()) == child)
            return it.key() < childCount() ? it.key() : -1;
    }
    return -1;
}

QAccessibleInterface *TimelineAccessible::childAt(int x, int y) const
{
    const int row = view()->rowAt(view()->viewport()->mapFromGlobal(QPoint(x, y)));
    return row >= 0 ? child(row) : nullptr;
}

QAccessibleInterface *TimelineAccessible::focusChild() const
{
    return view()->hasFocus() ? child(view()->currentRow()) : nullptr;
}

} // namespace Dossier
