#include "searchhitdelegate.h"

#include "analysis/entities.h"
#include "models/searchresultmodel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace Dossier {

namespace {
constexpr int kMargin = 6;
}

void SearchHitDelegate::layout(QTextDocument &document, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette &palette = option.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    document.setUndoRedoEnabled(false);

    QTextCursor cursor(&document);
    QTextCharFormat title;
    title.setFontWeight(QFont::Bold);
    title.setForeground(text);
    cursor.insertText(index.data(SearchResultModel::TitleRole).toString(), title);

    QTextCharFormat meta;
    QColor muted = text;
    muted.setAlphaF(0.7f);
    meta.setForeground(muted);
    meta.setFontPointSize(option.font.pointSizeF() * 0.9);
    const QDate date = index.data(SearchResultModel::DateRole).toDate();
    const QString publisher = index.data(SearchResultModel::PublisherRole).toString();
    QStringList parts;
    if (!publisher.isEmpty())
        parts.append(publisher);
    if (date.isValid())
        parts.append(QLocale().toString(date, QLocale::ShortFormat));
    if (!parts.isEmpty()) {
        cursor.insertBlock();
        cursor.insertText(parts.join(QStringLiteral(" \u00B7 ")), meta);
    }

    QTextCharFormat plain;
    plain.setForeground(text);
    QTextCharFormat hit = plain;
    hit.setFontWeight(QFont::Bold);
    // A highlighter mark that reads on light and dark backgrounds alike.
    QColor mark(QColor(0xf6, 0xc3, 0x43));
    mark.setAlphaF(selected ? 0.45f : 0.35f);
    hit.setBackground(mark);
    const QString snippet = index.data(SearchResultModel::SnippetRole).toString();
    const auto spans = index.data(SearchResultModel::SnippetMatchesRole).value<QList<TextSpan>>();
    cursor.insertBlock();
    int at = 0;
    for (const TextSpan &span : spans) {
        if (span.start < at || span.end > snippet.size())
            continue;
        cursor.insertText(snippet.mid(at, span.start - at), plain);
        cursor.insertText(snippet.mid(span.start, span.length()), hit);
        at = span.end;
    }
    cursor.insertText(snippet.mid(at), plain);

    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = view->viewport()->width();
    document.setTextWidth(qMax(80, width - 2 * kMargin));
}

void SearchHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument document;
    layout(document, opt, index);
    painter->save();
    painter->translate(opt.rect.topLeft() + QPoint(kMargin, kMargin));
    const QRect clip(0, 0, opt.rect.width() - 2 * kMargin, opt.rect.height() - 2 * kMargin);
    painter->setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette = opt.palette;
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextDocument document;
    layout(document, opt, index);
    return QSize(int(document.textWidth()) + 2 * kMargin, int(document.size().height()) + 2 * kMargin);
}

} // namespace Dossier
