#pragma once

#include "corpus/document.h"
#include "result.h"

#include <QList>

namespace Dossier {

class Database;

// Reads and writes the documents table. Every write is one transaction.
class DocumentStore
{
public:
    explicit DocumentStore(Database &database);

    // Adds a document; its uuid, hash and import time are filled in when
    // empty. Returns the new id, or an error (also for a duplicate text).
    Expected<qint64> add(Document document);

    // Every document without its text, ordered by id.
    Expected<QList<Document>> list() const;
    // One document with its text; an invalid Document when there is none.
    Document byId(qint64 id) const;
    // The id of the document whose text has this hash, or 0.
    qint64 idForHash(const QString &sha256) const;
    int count() const;

private:
    Database &m_database;
};

} // namespace Dossier
