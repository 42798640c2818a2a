#pragma once

#include "analysis/entities.h"
#include "corpus/document.h"

#include <QList>

namespace Dossier {

class DocumentStore;

// Writes the documents of an import many to a transaction and a statement.
// A statement per document made the full-text index write a segment per
// document and merge them again (a third of an import's time, whether each
// statement was a transaction or not); a batch writes one. When any
// write of a batch fails, the batch is rolled back and written again one
// document per transaction up to the failure, so that the outcome is that of
// importing them one by one: the documents before the failure stay, whole.
class DocumentBatch
{
public:
    // Enough text that the index writes few segments; about what FTS5 keeps
    // in memory before it writes one anyway.
    static constexpr qsizetype kTextPerBatch = 1024 * 1024;
    static constexpr qsizetype kDocumentsPerBatch = 500;

    struct Outcome {
        enum Kind { Added, Duplicate, Failed };
        Kind kind = Failed;
        qint64 documentId = 0; // added: the new document; duplicate: the one with the same text
        QString error;         // failed: why
    };

    explicit DocumentBatch(DocumentStore &store);

    // Queues a document for write(); furniture: what Furniture::detect()
    // found in its text (the importer has it), so that the search text is
    // not detected again.
    void append(Document document, QList<TextSpan> furniture);
    qsizetype size() const { return m_items.size(); }
    bool isEmpty() const { return m_items.isEmpty(); }
    // Whether the batch has enough to be written.
    bool isFull() const { return m_textSize >= kTextPerBatch || m_items.size() >= kDocumentsPerBatch; }

    // Writes the queued documents, in order; a text already in the library
    // (or earlier in the batch) is a duplicate and not written. Returns one
    // outcome per document up to the first failure, which ends the list;
    // everything before it is committed. The batch is empty afterwards.
    QList<Outcome> write();

private:
    struct Item {
        Document document;
        QList<TextSpan> furniture;
    };
    QList<Outcome> writeTogether();
    QList<Outcome> writeOneByOne();

    DocumentStore &m_store;
    QList<Item> m_items;
    qsizetype m_textSize = 0;
};

} // namespace Dossier
