#include "librarymodel.h"

#include <QLocale>
#include <QMimeData>

#include <algorithm>

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

void LibraryModel::setAnnotationCounts(const QHash<qint64, int> &counts)
{
    m_annotationCounts = counts;
    columnChanged(AnnotationsColumn, {Qt::DisplayRole, SortRole});
}

void LibraryModel::setDocumentTags(const QHash<qint64, QStringList> &tags)
{
    m_tags = tags;
    columnChanged(TitleColumn, {TagsRole});
}

void LibraryModel::columnChanged(int column, const QList<int> &roles)
{
    if (!m_documents.isEmpty())
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column), roles);
}

QList<int> LibraryModel::years() const
{
    QList<int> years;
    for (const Document &d : m_documents) {
        if (d.publishedOn.isValid() && !years.contains(d.publishedOn.year()))
            years.append(d.publishedOn.year());
    }
    std::sort(years.begin(), years.end(), std::greater<int>());
    return years;
}

namespace {
QStringList sortedUnique(QStringList values)
{
    values.removeAll(QString());
    values.removeDuplicates();
    std::sort(values.begin(), values.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return values;
}
} // namespace

QStringList LibraryModel::publishers() const
{
    QStringList publishers;
    for (const Document &d : m_documents)
        publishers.append(d.publisher);
    return sortedUnique(publishers);
}

QStringList LibraryModel::tags() const
{
    QStringList tags;
    for (const Document &d : m_documents)
        tags.append(m_tags.value(d.id));
    return sortedUnique(tags);
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
        case AnnotationsColumn: {
            const int count = m_annotationCounts.value(d.id);
            return count > 0 ? QVariant(count) : QVariant();
        }
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AnnotationsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return d.sourceName;
        break;
    case DocumentIdRole:
        return d.id;
    case DateRole:
        return d.publishedOn;
    case TagsRole:
        return m_tags.value(d.id);
    case SortRole:
        if (index.column() == DateColumn)
            return d.publishedOn;
        if (index.column() == AnnotationsColumn)
            return m_annotationCounts.value(d.id);
        return data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == AnnotationsColumn)
        return tr("Annotations in the document");
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
    case AnnotationsColumn:
        //: Column header: the number of annotations in a document
        return tr("Notes");
    }
    return {};
}

Qt::ItemFlags LibraryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList LibraryModel::mimeTypes() const
{
    return {QString::fromLatin1(DocumentIdsMimeType)};
}

QMimeData *LibraryModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = QString::number(index.data(DocumentIdRole).toLongLong());
        if (index.isValid() && !ids.contains(id))
            ids.append(id);
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(DocumentIdsMimeType), ids.join(QLatin1Char(',')).toLatin1());
    return mime;
}

QList<qint64> LibraryModel::documentIds(const QMimeData *mime)
{
    QList<qint64> ids;
    if (!mime)
        return ids;
    const QList<QByteArray> parts = mime->data(QString::fromLatin1(DocumentIdsMimeType)).split(',');
    for (const QByteArray &part : parts) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (ok && id > 0)
            ids.append(id);
    }
    return ids;
}

QHash<int, QByteArray> LibraryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(DocumentIdRole, "documentId");
    names.insert(SortRole, "sortValue");
    names.insert(DateRole, "date");
    names.insert(TagsRole, "tags");
    return names;
}

} // namespace Dossier
