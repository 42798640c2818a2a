#pragma once

#include "bundle.h"
#include "result.h"
#include "store/tagchange.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Dossier {

class Database;

// One annotation the user should look at after a merge.
struct ImportItem {
    QString uuid;
    QString documentTitle;
    QString quote;
    QString reason; // for conflicts
};

// What a merge does (or, for a dry run, would do).
struct ImportSummary {
    int newDocuments = 0;
    int newTags = 0;
    int recolouredTags = 0; // tags here without a colour take the bundle's
    int newDocumentTags = 0;
    int newAnnotations = 0;
    int updatedAnnotations = 0; // newer in the bundle: the bundle's version wins
    int unchangedAnnotations = 0;
    int newerHere = 0; // newer here: kept as they are
    int movedAnnotations = 0; // placed elsewhere by the anchoring rules
    QList<ImportItem> conflicts; // same time, different content, or another document: kept as they are here
    QList<ImportItem> unanchored; // imported as orphaned, never dropped

    bool hasChanges() const
    {
        return newDocuments || newTags || recolouredTags || newDocumentTags || newAnnotations || updatedAnnotations;
    }
    // One line per count, then one per conflict and per unanchored annotation.
    QStringList describe() const;
};

// Brings a checked Bundle into a library: documents matched by the hash of
// their text (added when missing), tags by path (case-insensitively),
// annotations by id (the newer `modified` wins; equal times with different
// content are conflicts and keep the library's version), every anchor
// re-checked with the anchoring rules on the text. Merging the same bundle
// twice changes nothing the second time.
class BundleMerger
{
public:
    explicit BundleMerger(Database &database);

    // What merge() would do; writes nothing.
    Expected<ImportSummary> plan(const Bundle &bundle) const;
    // Merges in one transaction: all of it or, on failure, nothing.
    Expected<ImportSummary> merge(const Bundle &bundle);

private:
    struct Plan {
        ImportSummary summary;
        QList<int> newDocuments; // indexes into the bundle's documents
        QHash<QString, qint64> documentIds; // sha256 -> id here (existing ones)
        TagChange tagChange; // tags to create, colours to fill in
        QHash<QString, qint64> tagIds; // case-folded path -> id (existing or planned)
        QList<QPair<QString, qint64>> documentTags; // (sha256, tag id) to add
        QList<QPair<QString, Annotation>> inserts; // (document sha256, annotation)
        QList<Annotation> updates;
    };
    Expected<Plan> makePlan(const Bundle &bundle) const;
    Result planTags(const Bundle &bundle, Plan &plan) const;
    Result planAnnotations(const Bundle &bundle, Plan &plan) const;

    Database &m_database;
};

} // namespace Dossier
