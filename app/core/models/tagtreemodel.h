#pragma once

#include "annotations/tag.h"
#include "store/tagstore.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace Dossier {

// The tag tree with how much each tag is used (over its subtree), for the
// tag manager and for filters by tag (the library, the annotations panel).
class TagTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, AnnotationsColumn, DocumentsColumn, ColumnCount };
    enum Role {
        TagIdRole = Qt::UserRole + 1,
        PathRole,
        ColourRole, // "#rrggbb" or empty
        AnnotationCountRole, // over the tag and its descendants
        DocumentCountRole,
    };

    explicit TagTreeModel(QObject *parent = nullptr);

    // tags as TagStore::list() gives them (parents before or after children).
    void setTags(const QList<Tag> &tags, const QHash<qint64, TagUsage> &usage = {});
    // Reads the tags and their usage from the store.
    void load(const TagStore &store);

    QModelIndex indexOfTag(qint64 id, int column = NameColumn) const;
    Tag tag(const QModelIndex &index) const;
    TagUsage usage(qint64 id) const { return m_usage.value(id); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node {
        Tag tag;
        int parent = -1; // index in m_nodes, -1 at the top
        int row = 0;
        QList<int> children;
    };
    const QList<int> &childrenOf(const QModelIndex &parent) const;

    QList<Node> m_nodes;
    QList<int> m_roots;
    QHash<qint64, int> m_byId;
    QHash<qint64, TagUsage> m_usage;
};

} // namespace Dossier
