#pragma once

#include "store/analysisstore.h"

#include <QAbstractTableModel>

namespace Dossier {

// The mentions of one entity across the corpus, in date order: the
// inspector's corpus index.
class MentionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, DocumentColumn, TextColumn, ColumnCount };
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
        StartRole, // code points
        EndRole,
    };

    explicit MentionListModel(QObject *parent = nullptr);

    void setMentions(const QString &entity, QList<AnalysisStore::Mention> mentions);
    QString entity() const { return m_entity; }
    int documentCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_entity;
    QList<AnalysisStore::Mention> m_mentions;
};

} // namespace Dossier
