#include "timelinemodel.h"

#include "models/entitytreemodel.h"
#include "store/analysisstore.h"
#include "store/documentstore.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Dossier {

namespace {

int unitRank(Statistic::Unit unit)
{
    switch (unit) {
    case Statistic::Unit::Money:
        return 0;
    case Statistic::Unit::Count:
        return 1;
    case Statistic::Unit::Percent:
        return 2;
    case Statistic::Unit::PercentagePoints:
        return 3;
    case Statistic::Unit::Multiplier:
        return 4;
    }
    return 5;
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void TimelineModel::setEntries(QList<TimelineEntry> entries, FigureSource figures)
{
    std::stable_sort(entries.begin(), entries.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        if (a.date.isValid() != b.date.isValid())
            return a.date.isValid();
        if (a.date != b.date)
            return a.date < b.date;
        return QString::localeAwareCompare(a.title, b.title) < 0;
    });
    beginResetModel();
    m_entries = std::move(entries);
    m_figureSource = std::move(figures);
    m_askedFigures.clear();
    m_dated = int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const TimelineEntry &e) { return e.date.isValid(); }));
    endResetModel();
}

int TimelineModel::rowOfDocument(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).documentId == id)
            return row;
    }
    return -1;
}

QStringList TimelineModel::keyFigures(const QString &text, const Extraction &x, int limit)
{
    QStringList figures;
    QSet<QString> seen;
    auto add = [&](const QString &figure, const QString &key) {
        if (figures.size() >= limit || seen.contains(key))
            return;
        seen.insert(key);
        figures.append(figure);
    };
    QSet<int> inChange;
    QList<Change> changes = x.changes;
    std::stable_sort(changes.begin(), changes.end(), [&x](const Change &a, const Change &b) {
        return x.statistics.at(a.from).span.start < x.statistics.at(b.from).span.start;
    });
    for (const Change &c : std::as_const(changes)) {
        inChange.insert(c.from);
        inChange.insert(c.to);
        const QString line = EntityTreeModel::describeChange(text, x, c);
        add(line, line);
    }
    QList<int> order;
    for (int i = 0; i < x.statistics.size(); ++i) {
        if (!inChange.contains(i))
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(), [&x](int a, int b) {
        const Statistic &s = x.statistics.at(a);
        const Statistic &t = x.statistics.at(b);
        if (s.period.isEmpty() != t.period.isEmpty())
            return !s.period.isEmpty();
        if (unitRank(s.unit) != unitRank(t.unit))
            return unitRank(s.unit) < unitRank(t.unit);
        return s.span.start < t.span.start;
    });
    for (int i : std::as_const(order)) {
        const Statistic &s = x.statistics.at(i);
        const QString written = s.span.text(text).simplified();
        add(s.period.isEmpty() ? written : tr("%1 (%2)", "a figure and its period").arg(written, s.period), written);
    }
    return figures;
}

QStringList TimelineModel::figuresOf(const Document &document, const DocumentStore &store, const AnalysisStore &analyses,
                                     const QString &engineVersion, int limit)
{
    const std::optional<Extraction> x = analyses.cached(document.sha256, engineVersion);
    if (!x)
        return {};
    // The text only for what was found in it.
    return keyFigures(document.text.isEmpty() ? store.byId(document.id).text : document.text, *x, limit);
}

QList<TimelineEntry> TimelineModel::load(const QList<Document> &documents, const DocumentStore &store, const AnalysisStore &analyses,
                                         const QString &engineVersion, int limit)
{
    QList<TimelineEntry> entries;
    entries.reserve(documents.size());
    for (const Document &d : documents)
        entries.append({d.id, d.title.isEmpty() ? d.sourceName : d.title, d.publisher, d.publishedOn,
                        figuresOf(d, store, analyses, engineVersion, limit)});
    return entries;
}

QStringList TimelineModel::figures(const TimelineEntry &entry) const
{
    if (!entry.figures.isEmpty() || !m_figureSource)
        return entry.figures;
    auto asked = m_askedFigures.constFind(entry.documentId);
    if (asked == m_askedFigures.cend())
        asked = m_askedFigures.insert(entry.documentId, m_figureSource(entry.documentId));
    return *asked;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.title;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QStringList lines{e.title};
        QStringList meta;
        if (!e.publisher.isEmpty())
            meta.append(e.publisher);
        meta.append(e.date.isValid() ? QLocale().toString(e.date, QLocale::LongFormat) : tr("Undated"));
        lines.append(meta.join(QStringLiteral(" \u00B7 ")));
        for (const QString &figure : e.figures)
            lines.append(QStringLiteral("\u2022 ") + figure);
        return lines.join(QLatin1Char('\n'));
    }
    case DocumentIdRole:
        return e.documentId;
    case DateRole:
        return e.date;
    case PublisherRole:
        return e.publisher;
    case FiguresRole:
        return figures(e);
    case DatedRole:
        return e.date.isValid();
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(DocumentIdRole, "documentId");
    names.insert(DateRole, "date");
    names.insert(PublisherRole, "publisher");
    names.insert(FiguresRole, "figures");
    names.insert(DatedRole, "dated");
    return names;
}

} // namespace Dossier
