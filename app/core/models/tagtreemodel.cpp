#include "tagtreemodel.h"

#include <QColor>

namespace Dossier {

TagTreeModel::TagTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void TagTreeModel::setTags(const QList<Tag> &tags, const QHash<qint64, TagUsage> &usage)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_byId.clear();
    m_usage = usage;
    m_nodes.reserve(tags.size());
    for (const Tag &t : tags) {
        m_byId.insert(t.id, int(m_nodes.size()));
        m_nodes.append({t, -1, 0, {}});
    }
    // tags come ordered by path, so children keep that order under each parent.
    for (int i = 0; i < m_nodes.size(); ++i) {
        Node &node = m_nodes[i];
        const int parent = node.tag.parentId > 0 ? m_byId.value(node.tag.parentId, -1) : -1;
        node.parent = parent;
        QList<int> &siblings = parent < 0 ? m_roots : m_nodes[parent].children;
        node.row = int(siblings.size());
        siblings.append(i);
    }
    endResetModel();
}

void TagTreeModel::load(const TagStore &store)
{
    const Expected<QList<Tag>> tags = store.list();
    QHash<qint64, TagUsage> usage;
    if (tags) {
        for (const Tag &t : *tags)
            usage.insert(t.id, store.usage(t.id));
    }
    setTags(tags ? *tags : QList<Tag>(), usage);
}

QModelIndex TagTreeModel::indexOfTag(qint64 id, int column) const
{
    const int node = m_byId.value(id, -1);
    return node < 0 ? QModelIndex() : createIndex(m_nodes.at(node).row, column, quintptr(node));
}

Tag TagTreeModel::tag(const QModelIndex &index) const
{
    return index.isValid() ? m_nodes.at(int(index.internalId())).tag : Tag();
}

const QList<int> &TagTreeModel::childrenOf(const QModelIndex &parent) const
{
    return parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_roots;
}

QModelIndex TagTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<int> &children = childrenOf(parent);
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex TagTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes.at(int(child.internalId())).parent;
    return parent < 0 ? QModelIndex() : createIndex(m_nodes.at(parent).row, 0, quintptr(parent));
}

int TagTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int TagTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TagTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Tag &t = m_nodes.at(int(index.internalId())).tag;
    const TagUsage u = m_usage.value(t.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return t.name;
        case AnnotationsColumn:
            return u.annotations;
        case DocumentsColumn:
            return u.documents;
        }
        return {};
    case Qt::ToolTipRole:
        return t.path;
    case Qt::DecorationRole:
        if (index.column() == NameColumn && !t.colour.isEmpty())
            return QColor::fromString(t.colour);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case TagIdRole:
        return t.id;
    case PathRole:
        return t.path;
    case ColourRole:
        return t.colour;
    case AnnotationCountRole:
        return u.annotations;
    case DocumentCountRole:
        return u.documents;
    }
    return {};
}

QVariant TagTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Tag");
    case AnnotationsColumn:
        return tr("Annotations");
    case DocumentsColumn:
        return tr("Documents");
    }
    return {};
}

QHash<int, QByteArray> TagTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(TagIdRole, "tagId");
    names.insert(PathRole, "path");
    names.insert(ColourRole, "colour");
    names.insert(AnnotationCountRole, "annotationCount");
    names.insert(DocumentCountRole, "documentCount");
    return names;
}

} // namespace Dossier
