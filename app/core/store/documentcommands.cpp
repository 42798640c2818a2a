#include "documentcommands.h"

#include "documentstore.h"
#include "transaction.h"
#include "tagstore.h"
#include "annotationstore.h"

#include <QCoreApplication>

#include <utility>

namespace Dossier {

namespace {

QString displayTitle(const Document &document)
{
    return document.title.isEmpty() ? document.sourceName : document.title;
}

} // namespace

RemoveDocumentsCommand::RemoveDocumentsCommand(DocumentStore &store, const QList<Document> &documents, CommandErrorHandler onError)
    : m_store(store)
    , m_onError(std::move(onError))
{
    for (const Document &document : documents)
        m_ids.append(document.id);
    if (documents.size() == 1)
        setText(QCoreApplication::translate("Dossier::DocumentCommands", "Remove \u201C%1\u201D").arg(displayTitle(documents.first())));
    else
        setText(QCoreApplication::translate("Dossier::DocumentCommands", "Remove %n Document(s)", nullptr, int(documents.size())));
}

void RemoveDocumentsCommand::redo()
{
    m_removed.clear();
    AnnotationStore annotations(m_store.database());
    TagStore tags(m_store.database());
    for (const qint64 id : std::as_const(m_ids)) {
        // The database removes a document's annotations and tags with it:
        // keep them, so that undo brings everything back.
        Removed removed;
        AnnotationFilter filter;
        filter.documentId = id;
        const auto own = annotations.find(filter);
        if (!own) {
            m_onError(own.error());
            continue;
        }
        removed.annotations = *own;
        for (const Tag &tag : tags.documentTags(id))
            removed.tagIds.append(tag.id);
        const Expected<Document> document = m_store.remove(id);
        if (!document) {
            m_onError(document.error());
            continue;
        }
        removed.document = *document;
        m_removed.append(removed);
    }
    if (m_removed.isEmpty())
        setObsolete(true);
}

void RemoveDocumentsCommand::undo()
{
    AnnotationStore annotations(m_store.database());
    TagStore tags(m_store.database());
    for (const Removed &removed : std::as_const(m_removed)) {
        Transaction transaction(m_store.database());
        Result restored = transaction.begun();
        if (restored) {
            const Expected<qint64> added = m_store.add(removed.document);
            if (!added)
                restored = Result::failure(added.error());
        }
        for (const Annotation &annotation : removed.annotations) {
            if (!restored)
                break;
            const Expected<qint64> back = annotations.add(annotation);
            if (!back)
                restored = Result::failure(back.error());
        }
        for (qint64 tag : removed.tagIds) {
            if (!restored)
                break;
            if (const auto tagged = tags.tagDocuments({removed.document.id}, tag); !tagged)
                restored = Result::failure(tagged.error());
        }
        if (restored)
            restored = transaction.commit();
        if (!restored)
            m_onError(QCoreApplication::translate("Dossier::DocumentCommands", "\u201C%1\u201D cannot be restored: %2").arg(displayTitle(removed.document), restored.error()));
    }
    m_removed.clear();
}

EditMetadataCommand::EditMetadataCommand(DocumentStore &store, const Document &before, const Document &after, CommandErrorHandler onError)
    : m_store(store)
    , m_before(before)
    , m_after(after)
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("Dossier::DocumentCommands", "Edit Metadata of \u201C%1\u201D").arg(displayTitle(after)));
}

void EditMetadataCommand::redo()
{
    apply(m_after);
}

void EditMetadataCommand::undo()
{
    apply(m_before);
}

void EditMetadataCommand::apply(const Document &metadata)
{
    const Result result = m_store.updateMetadata(metadata);
    if (!result) {
        m_onError(result.error());
        setObsolete(true);
    }
}

ReplaceTextCommand::ReplaceTextCommand(Database &database, TextReplacement done, CommandErrorHandler onError, std::function<void()> onChanged)
    : m_database(database)
    , m_done(std::move(done))
    , m_onError(std::move(onError))
    , m_onChanged(std::move(onChanged))
{
    setText(QCoreApplication::translate("Dossier::DocumentCommands", "Replace Text of \u201C%1\u201D").arg(displayTitle(m_done.after)));
}

void ReplaceTextCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    if (const Result done = TextReplacement::restore(m_database, m_done.after, m_done.annotationsAfter); !done) {
        m_onError(done.error());
        setObsolete(true);
    }
    if (m_onChanged)
        m_onChanged();
}

void ReplaceTextCommand::undo()
{
    if (const Result done = TextReplacement::restore(m_database, m_done.before, m_done.annotationsBefore); !done) {
        m_onError(done.error());
        setObsolete(true);
    }
    if (m_onChanged)
        m_onChanged();
}

} // namespace Dossier
