#include "searchresultmodel.h"

#include <QLocale>

namespace Dossier {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SearchResultModel::setResults(const QString &query, QList<Result> results)
{
    beginResetModel();
    m_query = query;
    m_results = std::move(results);
    endResetModel();
}

void SearchResultModel::clear()
{
    setResults(QString(), {});
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Result &r = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.hit.title;
    case Qt::ToolTipRole:
    case SnippetRole:
        return r.hit.snippet;
    case Qt::AccessibleDescriptionRole: {
        const QString date = r.date.isValid() ? QLocale().toString(r.date, QLocale::ShortFormat) : QString();
        return tr("%1, %2: %3").arg(r.publisher, date, r.hit.snippet);
    }
    case DocumentIdRole:
        return r.hit.documentId;
    case RankRole:
        return index.row() + 1;
    case ScoreRole:
        return r.hit.score;
    case PublisherRole:
        return r.publisher;
    case DateRole:
        return r.date;
    case SnippetMatchesRole:
        return QVariant::fromValue(r.hit.snippetMatches);
    }
    return {};
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(DocumentIdRole, "documentId");
    names.insert(RankRole, "rank");
    names.insert(ScoreRole, "score");
    names.insert(TitleRole, "title");
    names.insert(PublisherRole, "publisher");
    names.insert(DateRole, "date");
    names.insert(SnippetRole, "snippet");
    names.insert(SnippetMatchesRole, "snippetMatches");
    return names;
}

} // namespace Dossier
