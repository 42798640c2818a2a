#pragma once

#include "analysis/entities.h"

#include <QAbstractItemModel>

namespace Dossier {

// What the engine found in one document, as a tree for the inspector:
// government bodies grouped by canonical name, speakers with their
// statements, statistics, and changes. Leaves point at their text span.
class EntityTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Group { Bodies, Speakers, Statistics, Changes, GroupCount };
    enum Column { NameColumn, DetailColumn, ColumnCount };
    enum Role {
        SpanStartRole = Qt::UserRole + 1, // UTF-16 index into the text, -1 on groups
        SpanEndRole,
        GroupRole,
        EntityRole,        // canonical body / resolved speaker / unit
        DisagreesRole,     // changes whose stated multiplier disagrees
    };

    explicit EntityTreeModel(QObject *parent = nullptr);

    void setExtraction(const QString &text, const Extraction &extraction);
    void clear();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A one-line description of a change, as the inspector and briefing show it:
    // "660,000 (FY2011) → 5.08 million (FY2013) · ×7.7 · stated: sevenfold".
    static QString describeChange(const QString &text, const Extraction &extraction, const Change &change);

private:
    struct Node {
        int parent = -1; // node index, -1 for top level
        QList<int> children;
        QString name;
        QString detail;
        QString entity;
        TextSpan span;
        int group = 0;
        bool disagrees = false;
    };
    int addNode(int parent, Node node);
    const Node *nodeOf(const QModelIndex &index) const;

    QList<Node> m_nodes;
    QList<int> m_top;
};

} // namespace Dossier
