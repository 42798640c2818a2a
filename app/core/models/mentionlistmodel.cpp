#include "mentionlistmodel.h"

#include <QLocale>
#include <QSet>

namespace Dossier {

MentionListModel::MentionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MentionListModel::setMentions(const QString &entity, QList<AnalysisStore::Mention> mentions)
{
    beginResetModel();
    m_entity = entity;
    m_mentions = std::move(mentions);
    endResetModel();
}

int MentionListModel::documentCount() const
{
    QSet<qint64> ids;
    for (const auto &m : m_mentions)
        ids.insert(m.documentId);
    return int(ids.size());
}

int MentionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_mentions.size());
}

int MentionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MentionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AnalysisStore::Mention &m = m_mentions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return m.documentDate.isValid() ? QLocale().toString(m.documentDate, QLocale::ShortFormat) : QString();
        case DocumentColumn:
            return m.documentTitle;
        case TextColumn:
            return m.text;
        }
        break;
    case Qt::ToolTipRole:
        return m.documentTitle;
    case DocumentIdRole:
        return m.documentId;
    case StartRole:
        return m.start;
    case EndRole:
        return m.end;
    }
    return {};
}

QVariant MentionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case DocumentColumn:
        return tr("Document");
    case TextColumn:
        return tr("As written");
    }
    return {};
}

} // namespace Dossier
