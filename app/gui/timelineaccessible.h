#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>

namespace Dossier {

class TimelineView;

// What assistive technology sees of the corpus timeline: a list with one
// item per card (its title and date as the name, its figures as the
// description; selected and focused as the current card is; where it is
// painted). The cards are painted, not widgets, so Qt cannot tell them
// itself. Installed by TimelineView through QAccessible::installFactory.
class TimelineAccessible : public QAccessibleWidget
{
public:
    explicit TimelineAccessible(TimelineView *view);
    ~TimelineAccessible() override;

    static QAccessibleInterface *factory(const QString &className, QObject *object);

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

private:
    TimelineView *view() const;
    // One interface per row, kept (and registered) so that a card keeps its
    // identity for the screen reader between questions.
    mutable QHash<int, QAccessible::Id> m_cards;
};

} // namespace Dossier
