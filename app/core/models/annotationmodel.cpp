#include "annotationmodel.h"

#include "annotations/highlightcolour.h"

#include <QFont>
#include <QLocale>

namespace Dossier {

AnnotationModel::AnnotationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AnnotationModel::setAnnotations(QList<Annotation> annotations)
{
    beginResetModel();
    m_annotations = std::move(annotations);
    reindex();
    endResetModel();
}

void AnnotationModel::setTags(const QList<Tag> &tags)
{
    m_tagPaths.clear();
    for (const Tag &t : tags)
        m_tagPaths.insert(t.id, t.path);
    reindex();
    if (!m_annotations.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void AnnotationModel::setDocumentTitles(QHash<qint64, QString> titles)
{
    m_titles = std::move(titles);
    if (!m_annotations.isEmpty())
        Q_EMIT dataChanged(index(0, DocumentColumn), index(rowCount() - 1, DocumentColumn));
}

void AnnotationModel::reindex()
{
    m_rows.clear();
    m_rows.reserve(m_annotations.size());
    m_searchText.resize(m_annotations.size());
    for (int row = 0; row < m_annotations.size(); ++row) {
        m_rows.insert(m_annotations.at(row).id, row);
        m_searchText[row] = searchText(m_annotations.at(row));
    }
}

QString AnnotationModel::searchText(const Annotation &a) const
{
    return (a.exact + QLatin1Char('\n') + a.note + QLatin1Char('\n') + tagPaths(a).join(QLatin1Char('\n'))).toCaseFolded();
}

QStringList AnnotationModel::tagPaths(const Annotation &a) const
{
    QStringList paths;
    for (qint64 id : a.tagIds)
        paths.append(m_tagPaths.value(id));
    paths.sort(Qt::CaseInsensitive);
    return paths;
}

void AnnotationModel::upsert(const Annotation &annotation)
{
    const int row = rowOfAnnotation(annotation.id);
    if (row >= 0) {
        m_annotations[row] = annotation;
        m_searchText[row] = searchText(annotation);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_annotations.size());
    beginInsertRows({}, at, at);
    m_annotations.append(annotation);
    m_searchText.append(searchText(annotation));
    m_rows.insert(annotation.id, at);
    endInsertRows();
}

void AnnotationModel::remove(const QList<qint64> &ids)
{
    QList<int> rows;
    for (qint64 id : ids) {
        if (const int row = rowOfAnnotation(id); row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows) {
        beginRemoveRows({}, row, row);
        m_annotations.removeAt(row);
        m_searchText.removeAt(row);
        endRemoveRows();
    }
    m_rows.clear();
    for (int row = 0; row < m_annotations.size(); ++row)
        m_rows.insert(m_annotations.at(row).id, row);
}

int AnnotationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotations.size());
}

int AnnotationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Annotation &a = m_annotations.at(index.row());
    const HighlightColour *colour = HighlightColour::find(a.colour);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case QuoteColumn:
            if (role == Qt::DisplayRole)
                return a.exact.simplified();
            if (a.anchor == Annotation::Anchor::Orphaned)
                return tr("%1\n\nNot found in the document's current text; kept with its quote.").arg(a.exact);
            if (a.anchor == Annotation::Anchor::NeedsReview)
                return tr("%1\n\nMoved to a close match in the changed text; please check it. It was:\n%2").arg(a.exact, a.previousExact);
            return a.exact;
        case NoteColumn:
            return role == Qt::ToolTipRole ? a.note : a.note.simplified();
        case TagsColumn:
            return tagPaths(a).join(QStringLiteral(", "));
        case ColourColumn:
            return colour ? colour->displayName() : QString();
        case DocumentColumn:
            return m_titles.value(a.documentId, QString::number(a.documentId));
        case CreatedColumn:
            return QLocale().toString(a.created.toLocalTime(), QLocale::ShortFormat);
        case ModifiedColumn:
            return QLocale().toString(a.modified.toLocalTime(), QLocale::ShortFormat);
        case StatusColumn:
            if (a.anchor == Annotation::Anchor::Orphaned)
                return role == Qt::DisplayRole ? tr("Orphaned") : tr("Not found in the document's current text: select the passage and re-attach it.");
            if (a.anchor == Annotation::Anchor::NeedsReview)
                return role == Qt::DisplayRole ? tr("Needs review") : tr("Moved to a close match; it was:\n%1").arg(a.previousExact);
            return QString();
        }
        return {};
    case Qt::FontRole:
        // Orphans (and moved quotes to review) stand out in the list.
        if (a.anchor != Annotation::Anchor::Anchored && index.column() == QuoteColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == ColourColumn && colour)
            return colour->colour(false);
        return {};
    case AnnotationIdRole:
        return a.id;
    case DocumentIdRole:
        return a.documentId;
    case ColourKeyRole:
        return a.colour;
    case TagIdsRole:
        return QVariant::fromValue(a.tagIds);
    case CreatedRole:
        return a.created;
    case ModifiedRole:
        return a.modified;
    case AnchorRole:
        return int(a.anchor);
    case PrivateRole:
        return a.isPrivate;
    case SearchTextRole:
        return m_searchText.at(index.row());
    case SortRole:
        switch (index.column()) {
        case QuoteColumn:
            return a.exact.toCaseFolded();
        case NoteColumn:
            return a.note.toCaseFolded();
        case TagsColumn:
            return tagPaths(a).join(QLatin1Char('\n')).toCaseFolded();
        case ColourColumn:
            return colour ? int(colour - HighlightColour::palette().constData()) : -1;
        case DocumentColumn:
            // Within a document, in reading order.
            return QStringLiteral("%1\n%2").arg(m_titles.value(a.documentId).toCaseFolded()).arg(a.start, 12, 10, QLatin1Char('0'));
        case CreatedColumn:
            return a.created;
        case ModifiedColumn:
            return a.modified;
        case StatusColumn:
            return int(a.anchor);
        }
        return {};
    }
    return {};
}

QVariant AnnotationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QuoteColumn:
        return tr("Quote");
    case NoteColumn:
        return tr("Note");
    case TagsColumn:
        return tr("Tags");
    case ColourColumn:
        return tr("Colour");
    case DocumentColumn:
        return tr("Document");
    case CreatedColumn:
        return tr("Created");
    case ModifiedColumn:
        return tr("Modified");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QHash<int, QByteArray> AnnotationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(AnnotationIdRole, "annotationId");
    names.insert(DocumentIdRole, "documentId");
    names.insert(ColourKeyRole, "colourKey");
    names.insert(TagIdsRole, "tagIds");
    names.insert(CreatedRole, "created");
    names.insert(ModifiedRole, "modified");
    names.insert(AnchorRole, "anchor");
    names.insert(PrivateRole, "private");
    return names;
}

} // namespace Dossier
