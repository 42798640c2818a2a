#pragma once

#include "annotations/tag.h"
#include "result.h"
#include "tagchange.h"

#include <QHash>
#include <QList>

namespace Dossier {

class Database;

// How much a tag is used: over the tag and its descendants.
struct TagUsage {
    int tags = 0; // the tag and its descendants
    int annotations = 0; // distinct annotations carrying any of them
    int documents = 0; // distinct documents carrying any of them
};

// Reads and writes tags and the tags of documents. Each edit is one
// transaction and returns the TagChange it made, which apply() can replay or,
// inverted, undo.
class TagStore
{
public:
    explicit TagStore(Database &database);

    // Every tag with its path, ordered by path (case-insensitively).
    Expected<QList<Tag>> list() const;
    Tag byId(qint64 id) const; // invalid when there is none
    // Matches each segment case-insensitively; invalid when there is none.
    Tag byPath(const QString &path) const;
    // The tag and all its descendants.
    QList<qint64> subtreeIds(qint64 id) const;
    TagUsage usage(qint64 id) const;

    // The tags named by paths ("policy/deterrence"), creating missing ones;
    // their ids in the order of paths. change receives what was created.
    Expected<QList<qint64>> ensurePaths(const QStringList &paths, TagChange *change = nullptr);
    // Renames the tag (its last segment). Fails when a sibling has that name.
    Expected<TagChange> rename(qint64 id, const QString &name);
    // Moves the tag and its subtree under newParentId (0: top level).
    Expected<TagChange> move(qint64 id, qint64 newParentId);
    // Gives everything tagged with sourceId (and its subtree, matched by
    // name) the target's tags instead, then removes the source.
    Expected<TagChange> merge(qint64 sourceId, qint64 targetId);
    // Removes the tag and its subtree from every annotation and document.
    Expected<TagChange> remove(qint64 id);
    Expected<TagChange> setColour(qint64 id, const QString &colour);

    Expected<TagChange> tagDocuments(const QList<qint64> &documentIds, qint64 tagId);
    Expected<TagChange> untagDocuments(const QList<qint64> &documentIds, qint64 tagId);
    QList<Tag> documentTags(qint64 documentId) const;
    // Documents tagged with the tag or one of its descendants.
    QList<qint64> documentsWithTag(qint64 tagId) const;

    // Replays a change (or, inverted, undoes it) in one transaction.
    Result apply(const TagChange &change);

private:
    QHash<qint64, Tag> loadAll() const;
    Result applyRows(const TagChange &change);
    template<typename Plan>
    Expected<TagChange> edit(Plan plan);

    Database &m_database;
};

} // namespace Dossier
