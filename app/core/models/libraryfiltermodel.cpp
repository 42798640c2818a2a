#include "libraryfiltermodel.h"

#include "librarymodel.h"

#include <QDate>

namespace Dossier {

LibraryFilterModel::LibraryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(LibraryModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void LibraryFilterModel::setText(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    refilter();
}

void LibraryFilterModel::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    refilter();
}

void LibraryFilterModel::setPublisher(const QString &publisher)
{
    if (publisher == m_publisher)
        return;
    m_publisher = publisher;
    refilter();
}

void LibraryFilterModel::setTag(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    refilter();
}

void LibraryFilterModel::refilter()
{
    invalidateFilter();
    Q_EMIT filterChanged();
}

bool LibraryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex title = model->index(sourceRow, LibraryModel::TitleColumn, sourceParent);
    const QString publisher = model->index(sourceRow, LibraryModel::PublisherColumn, sourceParent).data().toString();
    if (m_year != 0 && title.data(LibraryModel::DateRole).toDate().year() != m_year)
        return false;
    if (!m_publisher.isEmpty() && publisher != m_publisher)
        return false;
    if (!m_tag.isEmpty() && !title.data(LibraryModel::TagsRole).toStringList().contains(m_tag))
        return false;
    const QString titleText = title.data().toString();
    for (const QString &word : m_words) {
        if (!titleText.contains(word, Qt::CaseInsensitive) && !publisher.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace Dossier
