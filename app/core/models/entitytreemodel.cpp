#include "entitytreemodel.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace Dossier {

namespace {

// The sentence-sized context of a span: up to 60 characters around it.
QString contextOf(const QString &text, const TextSpan &span)
{
    const int from = qMax(0, span.start - 50);
    const int to = qMin(int(text.size()), span.end + 50);
    QString s = text.mid(from, to - from).simplified();
    if (from > 0)
        s.prepend(QChar(0x2026));
    if (to < text.size())
        s.append(QChar(0x2026));
    return s;
}

QString ratioText(double ratio)
{
    return QStringLiteral("\u00D7") + QLocale().toString(ratio, 'f', ratio >= 10 ? 0 : 1);
}

} // namespace

EntityTreeModel::EntityTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QString EntityTreeModel::describeChange(const QString &text, const Extraction &x, const Change &c)
{
    auto figure = [&](int i, const QString &period) {
        const QString value = x.statistics.at(i).span.text(text);
        return period.isEmpty() ? value : tr("%1 (%2)").arg(value, period);
    };
    QString line = tr("%1 \u2192 %2 \u00B7 %3").arg(figure(c.from, c.fromPeriod), figure(c.to, c.toPeriod), ratioText(c.ratio));
    if (!c.statedMultiplier.isEmpty())
        line = tr("%1 \u00B7 stated: %2").arg(line, c.statedMultiplier);
    return line;
}

int EntityTreeModel::addNode(int parent, Node node)
{
    node.parent = parent;
    m_nodes.append(node);
    const int index = int(m_nodes.size()) - 1;
    if (parent < 0)
        m_top.append(index);
    else
        m_nodes[parent].children.append(index);
    return index;
}

void EntityTreeModel::clear()
{
    beginResetModel();
    m_nodes.clear();
    m_top.clear();
    m_text.clear();
    m_extraction = {};
    endResetModel();
}

void EntityTreeModel::setExtraction(const QString &text, const Extraction &x)
{
    beginResetModel();
    m_nodes.clear();
    m_top.clear();
    // Shared copies (implicitly shared lists): the leaves read them later.
    m_text = text;
    m_extraction = x;
    m_nodes.reserve(GroupCount + 2 * (x.bodies.size() + x.attributions.size()) + x.statistics.size() + x.changes.size());

    // Bodies grouped by canonical name, most mentioned first.
    const int bodies = addNode(-1, Node{-1, {}, tr("Government bodies"), QString::number(x.bodies.size()), {}, {}, Bodies, false});
    QHash<QString, QList<int>> byBody;
    QStringList bodyOrder;
    for (int i = 0; i < x.bodies.size(); ++i) {
        const BodyMention &b = x.bodies.at(i);
        const QString key = b.canonical.isEmpty() ? b.span.text(text) : b.canonical;
        auto found = byBody.find(key);
        if (found == byBody.end()) {
            bodyOrder.append(key);
            found = byBody.insert(key, {});
        }
        found->append(i);
    }
    std::stable_sort(bodyOrder.begin(), bodyOrder.end(), [&](const QString &a, const QString &b) { return byBody[a].size() > byBody[b].size(); });
    for (const QString &key : std::as_const(bodyOrder)) {
        const QList<int> &mentions = byBody[key];
        const int node = addNode(bodies, Node{-1, {}, key, tr("%n mention(s)", nullptr, int(mentions.size())), key, x.bodies.at(mentions.first()).span, Bodies, false});
        m_nodes[node].children.reserve(mentions.size());
        for (int i : mentions)
            addNode(node, Node{-1, {}, {}, {}, key, x.bodies.at(i).span, Bodies, false, Leaf::BodyMention, i});
    }

    // Speakers with their statements.
    const int speakers = addNode(-1, Node{-1, {}, tr("Speakers"), QString::number(x.attributions.size()), {}, {}, Speakers, false});
    QHash<QString, QList<int>> bySpeaker;
    QStringList speakerOrder;
    for (int i = 0; i < x.attributions.size(); ++i) {
        const Attribution &a = x.attributions.at(i);
        const QString key = a.speakerName.isEmpty() ? a.speaker.text(text) : a.speakerName;
        auto found = bySpeaker.find(key);
        if (found == bySpeaker.end()) {
            speakerOrder.append(key);
            found = bySpeaker.insert(key, {});
        }
        found->append(i);
    }
    std::stable_sort(speakerOrder.begin(), speakerOrder.end(), [&](const QString &a, const QString &b) { return bySpeaker[a].size() > bySpeaker[b].size(); });
    for (const QString &key : std::as_const(speakerOrder)) {
        const QList<int> &statements = bySpeaker[key];
        const int node = addNode(speakers, Node{-1, {}, key, tr("%n statement(s)", nullptr, int(statements.size())), key,
                                                x.attributions.at(statements.first()).speaker, Speakers, false});
        m_nodes[node].children.reserve(statements.size());
        for (int i : statements) {
            const Attribution &a = x.attributions.at(i);
            addNode(node, Node{-1, {}, {}, {}, key, a.content.isValid() ? a.content : a.speaker, Speakers, false, Leaf::Statement, i});
        }
    }

    // Statistics: value, unit, period, context.
    const int stats = addNode(-1, Node{-1, {}, tr("Statistics"), QString::number(x.statistics.size()), {}, {}, Statistics, false});
    m_nodes[stats].children.reserve(x.statistics.size());
    for (int i = 0; i < x.statistics.size(); ++i)
        addNode(stats, Node{-1, {}, {}, {}, {}, x.statistics.at(i).span, Statistics, false, Leaf::Statistic, i});

    // Changes, flagged when the stated multiplier disagrees.
    const int changes = addNode(-1, Node{-1, {}, tr("Changes"), QString::number(x.changes.size()), {}, {}, Changes, false});
    for (int i = 0; i < x.changes.size(); ++i) {
        const Change &c = x.changes.at(i);
        const TextSpan span{qMin(x.statistics.at(c.from).span.start, x.statistics.at(c.to).span.start),
                            qMax(x.statistics.at(c.from).span.end, x.statistics.at(c.to).span.end)};
        addNode(changes, Node{-1, {}, {}, {}, {}, span, Changes, c.disagrees, Leaf::Change, i});
    }
    endResetModel();
}

QString EntityTreeModel::nameOf(const Node &node) const
{
    switch (node.leaf) {
    case Leaf::None:
        return node.name;
    case Leaf::BodyMention:
        return m_extraction.bodies.at(node.item).span.text(m_text);
    case Leaf::Statement: {
        const Attribution &a = m_extraction.attributions.at(node.item);
        return tr("%1 %2").arg(a.speaker.text(m_text), a.cue.text(m_text));
    }
    case Leaf::Statistic:
        return m_extraction.statistics.at(node.item).span.text(m_text);
    case Leaf::Change:
        return describeChange(m_text, m_extraction, m_extraction.changes.at(node.item));
    }
    return {};
}

QString EntityTreeModel::detailOf(const Node &node) const
{
    switch (node.leaf) {
    case Leaf::None:
        return node.detail;
    case Leaf::BodyMention:
        return contextOf(m_text, m_extraction.bodies.at(node.item).span);
    case Leaf::Statement: {
        const Attribution &a = m_extraction.attributions.at(node.item);
        return a.content.isValid() ? a.content.text(m_text).simplified() : contextOf(m_text, a.speaker);
    }
    case Leaf::Statistic: {
        const Statistic &s = m_extraction.statistics.at(node.item);
        QString detail = unitName(s.unit);
        if (!s.period.isEmpty())
            detail = tr("%1, %2").arg(detail, s.period);
        return tr("%1 \u2014 %2").arg(detail, contextOf(m_text, s.span));
    }
    case Leaf::Change:
        return node.disagrees ? tr("The stated multiplier disagrees with the figures.") : QString();
    }
    return {};
}

const EntityTreeModel::Node *EntityTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0 || index.internalId() > quintptr(m_nodes.size()))
        return nullptr;
    return &m_nodes.at(int(index.internalId() - 1));
}

QModelIndex EntityTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const QList<int> &rows = parent.isValid() ? nodeOf(parent)->children : m_top;
    if (row >= rows.size())
        return {};
    return createIndex(row, column, quintptr(rows.at(row) + 1));
}

QModelIndex EntityTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    const Node &parent = m_nodes.at(node->parent);
    const QList<int> &siblings = parent.parent < 0 ? m_top : m_nodes.at(parent.parent).children;
    return createIndex(int(siblings.indexOf(node->parent)), 0, quintptr(node->parent + 1));
}

int EntityTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int EntityTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant EntityTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? nameOf(*node) : detailOf(*node);
    case Qt::ToolTipRole: {
        const QString detail = detailOf(*node);
        return detail.isEmpty() ? nameOf(*node) : detail;
    }
    case Qt::ForegroundRole:
        if (node->disagrees)
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        break;
    case SpanStartRole:
        return node->span.isValid() ? node->span.start : -1;
    case SpanEndRole:
        return node->span.isValid() ? node->span.end : -1;
    case GroupRole:
        return node->group;
    case EntityRole:
        return node->leaf == Leaf::Statistic ? unitName(m_extraction.statistics.at(node->item).unit) : node->entity;
    case DisagreesRole:
        return node->disagrees;
    }
    return {};
}

QVariant EntityTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Entity") : tr("Details");
}

} // namespace Dossier
