#pragma once

#include "analysis/entities.h"
#include "corpus/document.h"
#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace Dossier {

class Database;

// Adds documents to the documents table (and, by trigger, to the full-text
// index) with its statements prepared once: DocumentStore::add() adds one,
// DocumentBatch many. Opens no transaction of its own: the caller's, or
// SQLite's for the one statement.
class DocumentInserter
{
public:
    explicit DocumentInserter(Database &database);

    // The id of the document whose text has this hash, or 0.
    qint64 idForHash(const QString &sha256);

    // Readies a document for insertion: fills in its uuid, hash and import
    // time when empty, drops a leading byte-order mark (and then the
    // furniture, whose offsets no longer fit: *furniture becomes null) and
    // applies the user's earlier corrections to the metadata of the same
    // text.
    void prepare(Document &document, const QList<TextSpan> **furniture);

    // Prepares and inserts one document. furniture: the text's page
    // furniture when already known (else it is detected here). Fails for a
    // text already in the library.
    Expected<qint64> insert(Document document, const QList<TextSpan> *furniture = nullptr);

    // Inserts prepared documents (none already in the library, no text
    // twice) into documents in one statement: inside a transaction, FTS5
    // writes its pending index data at every statement that writes, so one
    // statement per document wrote an index segment per document. Returns
    // their ids, in order.
    Expected<QList<qint64>> insertAll(const QList<Document> &documents, const QList<const QList<TextSpan> *> &furniture);

private:
    QSqlDatabase m_connection;
    QSqlQuery m_hash;
    QSqlQuery m_overrides;
    QSqlQuery m_insert;
    QString m_prepareError;
};

} // namespace Dossier
