#include "librarymodel.h"

#include <QLocale>

namespace Dossier {

LibraryModel::LibraryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LibraryModel::setDocuments(QList<Document> documents)
{
    beginResetModel();
    m_documents = std::move(documents);
    endResetModel();
}

int LibraryModel::rowOfDocument(qint64 id) const
{
    for (int row = 0; row < m_documents.size(); ++row) {
        if (m_documents.at(row).id == id)
            return row;
    }
    return -1;
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int LibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LibraryModel::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("news-article"))
        return tr("News article");
    if (kind == QLatin1String("press-conference-transcript"))
        return tr("Press-conference transcript");
    if (kind == QLatin1String("government-report"))
        return tr("Government report");
    return kind;
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Document &d = m_documents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return d.title.isEmpty() ? d.sourceName : d.title;
        case PublisherColumn:
            return d.publisher;
        case DateColumn:
            return d.publishedOn.isValid() ? QLocale().toString(d.publishedOn, QLocale::ShortFormat) : QString();
        case KindColumn:
            return kindLabel(d.kind);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return d.sourceName;
        break;
    case DocumentIdRole:
        return d.id;
    case SortRole:
        if (index.column() == DateColumn)
            return d.publishedOn;
        return data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case PublisherColumn:
        return tr("Publisher");
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Kind");
    }
    return {};
}

QHash<int, QByteArray> LibraryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(DocumentIdRole, "documentId");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace Dossier
