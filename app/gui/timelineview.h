#pragma once

#include <QAbstractScrollArea>
#include <QPointer>

class QAbstractItemModel;

namespace Dossier {

// The corpus along its dates: a time axis with year ticks, each dated
// document a card (date and publisher, title, first key figure) on a stem
// above its day; cards that would overlap are stacked in lanes. Undated
// documents are listed apart, under the axis. Shows a TimelineModel (or
// any model with its roles).
//
// Click or Enter opens a document; the arrow keys move between documents in
// date order, Home and End go to the first and last; hovering a card tells
// its figures.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }

    int currentRow() const { return m_current; }
    void setCurrentRow(int row);
    // Marks the document open in the reader, without opening anything.
    void setCurrentDocument(qint64 id);
    // Where a row's card is, in viewport coordinates (empty when none).
    QRect cardRect(int row) const;
    // The row whose card is at a viewport point, or -1.
    int rowAt(const QPoint &point) const;
    // Lanes the dated cards needed so that none overlaps another.
    int laneCount() const { return m_lanes; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void documentActivated(qint64 id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct Card {
        QRect rect;   // content coordinates
        QPoint stem;  // where the card's day is on the axis (dated only)
        bool dated = false;
    };
    void relayout();
    void activate(int row);
    void ensureVisible(int row);
    void updateAccessibleDescription();
    QPoint offset() const;

    QPointer<QAbstractItemModel> m_model;
    QList<Card> m_cards; // by row
    QList<QPair<int, int>> m_ticks; // year, x
    QSize m_content;
    int m_axisY = -1;
    int m_undatedY = -1;
    int m_lanes = 0;
    int m_current = -1;
    int m_hover = -1;
};

} // namespace Dossier
