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
    // What a leaf shows is worked out when a view asks for it: a large
    // document has a few hundred thousand of them, and making every text
    // at once stalled the window for most of a second (20 MB).
    enum class Leaf : quint8 { None, BodyMention, Statement, Statistic, Change };
    struct Node {
        int parent = -1; // node index, -1 for top level
        QList<int> children;
        QString name;   // Leaf::None only
        QString detail; // Leaf::None only
        QString entity; // Leaf::None, BodyMention and Statement
        TextSpan span;
        int group = 0;
        bool disagrees = false;
        Leaf leaf = Leaf::None;
        int item = -1; // in the extraction's list of that leaf's kind
    };
    int addNode(int parent, Node node);
    const Node *nodeOf(const QModelIndex &index) const;
    QString nameOf(const Node &node) const;
    QString detailOf(const Node &node) const;

    QString m_text;
    Extraction m_extraction;
    QList<Node> m_nodes;
    QList<int> m_top;
};

} // namespace Dossier
