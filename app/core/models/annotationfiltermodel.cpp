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
