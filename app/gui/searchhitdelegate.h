#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

namespace Dossier {

// Draws one search hit: the title, publisher and date, and the snippet with
// its hits highlighted. The text is laid out with QTextDocument built by
// cursor, never from HTML, so nothing in a snippet is interpreted and no
// resource is loaded.
class SearchHitDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void layout(QTextDocument &document, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace Dossier
