#pragma once

#include "annotations/annotation.h"
#include "corpus/document.h"
#include "textreplacement.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

namespace Dossier {

class Database;
class DocumentStore;

// Undoable changes to the library, for a QUndoStack. A command that fails
// reports the message through its error handler; a command that changed
// nothing marks itself obsolete, so the stack drops it.
using CommandErrorHandler = std::function<void(const QString &message)>;

// Removes documents; undo adds them back with their ids (their annotations
// are removed with them and do not come back).
class RemoveDocumentsCommand : public QUndoCommand
{
public:
    RemoveDocumentsCommand(DocumentStore &store, const QList<Document> &documents, CommandErrorHandler onError);

    void redo() override;
    void undo() override;

private:
    // What goes with a document when it is removed, and comes back on undo.
    struct Removed {
        Document document; // with its text
        QList<Annotation> annotations;
        QList<qint64> tagIds; // the document's own tags
    };

    DocumentStore &m_store;
    QList<qint64> m_ids;
    QList<Removed> m_removed;
    CommandErrorHandler m_onError;
};

// Changes a document's title, publisher, date, language and kind.
class EditMetadataCommand : public QUndoCommand
{
public:
    EditMetadataCommand(DocumentStore &store, const Document &before, const Document &after, CommandErrorHandler onError);

    void redo() override;
    void undo() override;

private:
    void apply(const Document &metadata);

    DocumentStore &m_store;
    Document m_before;
    Document m_after;
    CommandErrorHandler m_onError;
};

// Replacing a document's text with an edited version (TextReplacement,
// done before the command is pushed): undo puts back the old text and the
// annotations where they were; redo the new text and where they landed.
// onChanged follows every undo and redo (annotations moved).
class ReplaceTextCommand : public QUndoCommand
{
public:
    ReplaceTextCommand(Database &database, TextReplacement done, CommandErrorHandler onError, std::function<void()> onChanged);

    void redo() override;
    void undo() override;

private:
    Database &m_database;
    TextReplacement m_done;
    CommandErrorHandler m_onError;
    std::function<void()> m_onChanged;
    bool m_firstRedo = true;
};

} // namespace Dossier
