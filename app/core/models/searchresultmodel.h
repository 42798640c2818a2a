#pragma once

#include "store/searchindex.h"

#include <QAbstractListModel>
#include <QDate>

namespace Dossier {

// The documents found by one search, best first: title, publisher, date and
// the snippet with its hits (UTF-16 spans into the snippet).
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
        RankRole,            // 1 for the best hit
        ScoreRole,
        TitleRole,
        PublisherRole,
        DateRole,            // QDate
        SnippetRole,         // plain text
        SnippetMatchesRole,  // QList<TextSpan> into the snippet
    };

    struct Result {
        SearchHit hit;
        QString publisher;
        QDate date;
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    void setResults(const QString &query, QList<Result> results);
    void clear();
    QString query() const { return m_query; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString m_query;
    QList<Result> m_results;
};

} // namespace Dossier
