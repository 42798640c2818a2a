#include "documentbatch.h"

#include "documentinserter_p.h"
#include "documentstore.h"
#include "transaction.h"

#include <QHash>

#include <utility>

namespace Dossier {

DocumentBatch::DocumentBatch(DocumentStore &store)
    : m_store(store)
{
}

void DocumentBatch::append(Document document, QList<TextSpan> furniture)
{
    m_textSize += document.text.size();
    m_items.append(Item{std::move(document), std::move(furniture)});
}

QList<DocumentBatch::Outcome> DocumentBatch::write()
{
    if (m_items.isEmpty())
        return {};
    QList<Outcome> outcomes = writeTogether();
    if (outcomes.constLast().kind == Outcome::Failed) {
        // Nothing of the batch was kept: redo it as an import one document
        // at a time would have gone, up to the failure.
        outcomes = writeOneByOne();
    }
    m_items.clear();
    m_textSize = 0;
    return outcomes;
}

QList<DocumentBatch::Outcome> DocumentBatch::writeTogether()
{
    Database &database = m_store.database();
    Transaction transaction(database);
    if (!transaction.begun())
        return {Outcome{Outcome::Failed, 0, transaction.begun().error()}};
    DocumentInserter inserter(database);
    QList<Outcome> outcomes(m_items.size());
    QList<Document> documents;
    QList<const QList<TextSpan> *> furniture;
    QList<qsizetype> added;                     // outcomes of documents
    QHash<QString, qsizetype> firstWithHash;    // the outcome of a text's first copy
    QList<std::pair<qsizetype, qsizetype>> copies; // a later copy's outcome, the first's
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        Document document = m_items.at(i).document;
        const QList<TextSpan> *spans = &m_items.at(i).furniture;
        inserter.prepare(document, &spans);
        if (const qint64 existing = inserter.idForHash(document.sha256)) {
            outcomes[i] = {Outcome::Duplicate, existing, {}};
            continue;
        }
        if (const auto first = firstWithHash.constFind(document.sha256); first != firstWithHash.constEnd()) {
            outcomes[i] = {Outcome::Duplicate, 0, {}};
            copies.append({i, *first});
            continue;
        }
        firstWithHash.insert(document.sha256, i);
        documents.append(std::move(document));
        furniture.append(spans);
        added.append(i);
    }
    const Expected<QList<qint64>> ids = inserter.insertAll(documents, furniture);
    if (!ids)
        return {Outcome{Outcome::Failed, 0, ids.error()}};
    for (qsizetype k = 0; k < added.size(); ++k)
        outcomes[added.at(k)] = {Outcome::Added, ids->at(k), {}};
    for (const auto &[copy, first] : std::as_const(copies))
        outcomes[copy].documentId = outcomes.at(first).documentId;
    if (const Result committed = transaction.commit(); !committed)
        return {Outcome{Outcome::Failed, 0, committed.error()}};
    return outcomes;
}

QList<DocumentBatch::Outcome> DocumentBatch::writeOneByOne()
{
    Database &database = m_store.database();
    DocumentInserter inserter(database);
    QList<Outcome> outcomes;
    for (const Item &item : std::as_const(m_items)) {
        Transaction transaction(database);
        if (!transaction.begun()) {
            outcomes.append(Outcome{Outcome::Failed, 0, transaction.begun().error()});
            return outcomes;
        }
        Document document = item.document;
        const QList<TextSpan> *spans = &item.furniture;
        inserter.prepare(document, &spans);
        if (const qint64 existing = inserter.idForHash(document.sha256)) {
            outcomes.append(Outcome{Outcome::Duplicate, existing, {}});
            continue;
        }
        const Expected<qint64> id = inserter.insert(document, spans);
        const Result committed = id ? transaction.commit() : Result::failure(id.error());
        if (!committed) {
            outcomes.append(Outcome{Outcome::Failed, 0, committed.error()});
            return outcomes;
        }
        outcomes.append(Outcome{Outcome::Added, *id, {}});
    }
    return outcomes;
}

} // namespace Dossier
