#pragma once

#include "analysis/entities.h"
#include "corpus/document.h"
#include "result.h"

#include <QHash>
#include <QList>

#include <functional>

namespace Dossier {

class Database;

// Reads and writes the documents table. Every write is one transaction.
class DocumentStore
{
public:
    explicit DocumentStore(Database &database);

    // Adds a document in one transaction; its uuid, hash and import time are
    // filled in when empty, and the user's earlier corrections to the
    // metadata of the same text are applied. A document with an id keeps it
    // (undoing a removal). Returns the id, or an error (also for a duplicate
    // text).
    Expected<qint64> add(Document document);

    // Stores the user's correction of a document's title, publisher, date,
    // language and kind; kept by text hash, so it also applies when the same
    // text is imported again after being removed.
    Result updateMetadata(const Document &edited);

    // Writes document's text (with its hash and search text), source name
    // and metadata over the stored document with the same id, in one
    // transaction, and drops the entity index of the old text so that the
    // analyser reads the new one. Annotations are left as they are: see
    // TextReplacement, which re-anchors them in the same transaction. Fails
    // when another document has the same text.
    Result replaceText(const Document &document);

    // Removes a document (its annotations go with it); returns it with its
    // text so that the removal can be undone with add().
    Expected<Document> remove(qint64 id);
    int annotationCount(qint64 id) const;
    // Annotations per document id, for documents that have any.
    Expected<QHash<qint64, int>> annotationCounts() const;

    // Rewrites the search text of documents indexed by another furniture
    // detector (after an upgrade). Returns how many were indexed again: a
    // text whose furniture the new detector finds alike keeps its entry.
    // progress, when given, is told (done, total) as the documents go by.
    Expected<int> refreshSearchText(const std::function<void(int, int)> &progress = {});

    // The text the full-text index sees: the text with page furniture
    // blanked to spaces, so that offsets into it are offsets into the text.
    static QString searchTextOf(const QString &text);
    // The same for the furniture already found in text (Furniture::detect).
    static QString searchTextOf(const QString &text, const QList<TextSpan> &furniture);
    // The furniture detector's fingerprint, which keys the search text: any
    // change to the detector's code brings a refresh at the next start.
    static const int kSearchTextVersion;

    // Every document without its text, ordered by id.
    Expected<QList<Document>> list() const;
    // One document with its text; an invalid Document when there is none.
    Document byId(qint64 id) const;
    // The documents with these ids, with their texts, ordered by id; ids
    // without a document are left out. One query for all of them.
    Expected<QList<Document>> byIds(const QList<qint64> &ids) const;
    // The id of the document whose text has this hash, or 0.
    qint64 idForHash(const QString &sha256) const;
    // The id of the document with this uuid, or 0.
    qint64 idForUuid(const QString &uuid) const;
    int count() const;

    // The database this store writes to (for the search index beside it).
    Database &database() const { return m_database; }

private:
    Database &m_database;
};

} // namespace Dossier
