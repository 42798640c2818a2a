#include "annotationfiltermodel.h"

#include "annotationmodel.h"

#include <QDateTime>

namespace Dossier {

AnnotationFilterModel::AnnotationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AnnotationModel::SortRole);
}

void AnnotationFilterModel::setTagFilter(const QSet<qint64> &tagIds)
{
    m_tagIds = tagIds;
    invalidateRowsFilter();
}

void AnnotationFilterModel::setColourFilter(const QString &colourKey)
{
    m_colour = colourKey;
    invalidateRowsFilter();
}

void AnnotationFilterModel::setTextFilter(const QString &text)
{
    m_text = text.trimmed().toCaseFolded();
    invalidateRowsFilter();
}

void AnnotationFilterModel::setDateFilter(QDate from, QDate until)
{
    m_from = from;
    m_until = until;
    invalidateRowsFilter();
}

void AnnotationFilterModel::setAnchorFilter(const QSet<int> &anchors)
{
    m_anchors = anchors;
    invalidateRowsFilter();
}

bool AnnotationFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = qobject_cast<const AnnotationModel *>(sourceModel());
    if (!model || left.column() != right.column() || sortRole() != AnnotationModel::SortRole)
        return QSortFilterProxyModel::lessThan(left, right);
    const Annotation &a = model->annotation(left.row());
    const Annotation &b = model->annotation(right.row());
    switch (left.column()) {
    case AnnotationModel::QuoteColumn:
        return a.exact.compare(b.exact, Qt::CaseInsensitive) < 0;
    case AnnotationModel::NoteColumn:
        return a.note.compare(b.note, Qt::CaseInsensitive) < 0;
    case AnnotationModel::DocumentColumn:
        // Within a document, in reading order.
        if (a.documentId != b.documentId) {
            if (const int c = model->documentTitle(a.documentId).compare(model->documentTitle(b.documentId), Qt::CaseInsensitive))
                return c < 0;
            return a.documentId < b.documentId;
        }
        return a.start < b.start;
    case AnnotationModel::CreatedColumn:
        return a.created < b.created;
    case AnnotationModel::ModifiedColumn:
        return a.modified < b.modified;
    case AnnotationModel::StatusColumn:
        return int(a.anchor) < int(b.anchor);
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

bool AnnotationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_anchors.isEmpty() && !m_anchors.contains(index.data(AnnotationModel::AnchorRole).toInt()))
        return false;
    if (!m_colour.isEmpty() && index.data(AnnotationModel::ColourKeyRole).toString() != m_colour)
        return false;
    if (!m_text.isEmpty() && !index.data(AnnotationModel::SearchTextRole).toString().contains(m_text))
        return false;
    if (m_from.isValid() || m_until.isValid()) {
        const QDate made = index.data(AnnotationModel::CreatedRole).toDateTime().toLocalTime().date();
        if ((m_from.isValid() && made < m_from) || (m_until.isValid() && made > m_until))
            return false;
    }
    if (!m_tagIds.isEmpty()) {
        const QList<qint64> tags = index.data(AnnotationModel::TagIdsRole).value<QList<qint64>>();
        return std::any_of(tags.cbegin(), tags.cend(), [this](qint64 id) { return m_tagIds.contains(id); });
    }
    return true;
}

} // namespace Dossier
