#pragma once

#include "analysis/entities.h"
#include "corpus/document.h"

#include <QAbstractListModel>
#include <QDate>
#include <QHash>
#include <QStringList>

#include <functional>

namespace Dossier {

class AnalysisStore;
class DocumentStore;

// One document on the corpus timeline.
struct TimelineEntry {
    qint64 documentId = 0;
    QString title;
    QString publisher;
    QDate date;          // invalid: the document is undated
    QStringList figures; // its key figures (TimelineModel::keyFigures); empty: asked of the FigureSource
};

// The corpus's documents along their dates, each with its key figures:
// dated documents first, oldest first (same day: by title), then the
// undated ones by title.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
        DateRole,      // QDate; invalid when undated
        PublisherRole,
        FiguresRole,   // QStringList, most salient first
        DatedRole,     // bool
    };

    // The figures of an entry set without them, asked for when a view
    // first wants them: a timeline of 10,000 documents paints a few dozen
    // cards, and reading every document's analysis at once kept the window
    // from showing for seconds.
    using FigureSource = std::function<QStringList(qint64 documentId)>;

    explicit TimelineModel(QObject *parent = nullptr);

    void setEntries(QList<TimelineEntry> entries, FigureSource figures = {});
    const TimelineEntry &entry(int row) const { return m_entries.at(row); }
    // Rows [0, datedCount()) are dated, the rest undated.
    int datedCount() const { return m_dated; }
    int rowOfDocument(qint64 id) const;

    // The figures a reader would quote from a document, at most limit:
    // first its changes (a figure and what it became, as the inspector
    // words them), in text order; then the statistics not part of a change,
    // those tied to a period (FY2013, 2020) before those that are not, money
    // before counts before percentages before points and multipliers, and
    // otherwise in text order. A figure written the same way twice counts once.
    static QStringList keyFigures(const QString &text, const Extraction &extraction, int limit = 3);

    // The key figures of a document's stored analysis for an engine version
    // (its text is read when the document was listed without it); none when
    // it is not analysed yet.
    static QStringList figuresOf(const Document &document, const DocumentStore &store, const AnalysisStore &analyses,
                                 const QString &engineVersion, int limit = 3);
    // The entries of documents (listed without their text) with the
    // figures of their stored analyses for an engine version; a document not
    // analysed yet has no figures.
    static QList<TimelineEntry> load(const QList<Document> &documents, const DocumentStore &store, const AnalysisStore &analyses,
                                     const QString &engineVersion, int limit = 3);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QStringList figures(const TimelineEntry &entry) const;

    QList<TimelineEntry> m_entries;
    int m_dated = 0;
    FigureSource m_figureSource;
    mutable QHash<qint64, QStringList> m_askedFigures;
};

} // namespace Dossier
