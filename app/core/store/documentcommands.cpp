#include "documentcommands.h"

#include "documentstore.h"

#include <QCoreApplication>

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
    for (const qint64 id : std::as_const(m_ids)) {
        const Expected<Document> removed = m_store.remove(id);
        if (!removed) {
            m_onError(removed.error());
            continue;
        }
        m_removed.append(*removed);
    }
    if (m_removed.isEmpty())
        setObsolete(true);
}

void RemoveDocumentsCommand::undo()
{
    for (const Document &document : std::as_const(m_removed)) {
        const Expected<qint64> added = m_store.add(document);
        if (!added)
            m_onError(QCoreApplication::translate("Dossier::DocumentCommands", "\u201C%1\u201D cannot be restored: %2").arg(displayTitle(document), added.error()));
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

} // namespace Dossier
