#include "annotationcommands.h"

#include "annotationeditor.h"
#include "store/transaction.h"

#include <algorithm>

namespace Dossier {

namespace {

// The tag ids of created added to ids, sorted, without repeats.
QList<qint64> withTags(QList<qint64> ids, const QList<qint64> &more)
{
    ids += more;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace

AnnotationCommand::AnnotationCommand(AnnotationEditor *editor, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_editor(editor)
{
}

Result AnnotationCommand::run(bool forward)
{
    const Result result = forward ? doRedo() : doUndo();
    if (result && forward)
        m_firstRedo = false;
    return result;
}

void AnnotationCommand::redo()
{
    const bool first = m_firstRedo;
    Transaction transaction(m_editor->database());
    Result result = transaction.begun();
    if (result)
        result = run(true);
    if (result)
        result = transaction.commit();
    if (!result) {
        m_editor->reportFailure(result.error());
        setObsolete(true);
        return;
    }
    if (first && changedNothing())
        setObsolete(true);
    m_editor->notifyChanged(true, m_touchesTags);
}

void AnnotationCommand::undo()
{
    Transaction transaction(m_editor->database());
    Result result = transaction.begun();
    if (result)
        result = run(false);
    if (result)
        result = transaction.commit();
    if (!result) {
        m_editor->reportFailure(result.error());
        setObsolete(true);
        return;
    }
    m_editor->notifyChanged(true, m_touchesTags);
}

MacroCommand::MacroCommand(AnnotationEditor *editor, const QString &text)
    : AnnotationCommand(editor, text)
{
    m_touchesTags = true;
}

Result MacroCommand::doRedo()
{
    for (int i = 0; i < childCount(); ++i) {
        auto *step = static_cast<AnnotationCommand *>(const_cast<QUndoCommand *>(child(i)));
        if (Result result = step->run(true); !result)
            return result;
    }
    return Result::success();
}

Result MacroCommand::doUndo()
{
    for (int i = childCount() - 1; i >= 0; --i) {
        auto *step = static_cast<AnnotationCommand *>(const_cast<QUndoCommand *>(child(i)));
        if (Result result = step->run(false); !result)
            return result;
    }
    return Result::success();
}

AddAnnotationCommand::AddAnnotationCommand(AnnotationEditor *editor, const Annotation &annotation, const QStringList &tagPaths)
    : AnnotationCommand(editor, annotation.colour.isEmpty() ? AnnotationEditor::tr("Add note") : AnnotationEditor::tr("Add highlight"))
    , m_annotation(annotation)
    , m_tagPaths(tagPaths)
{
    m_touchesTags = !tagPaths.isEmpty();
}

Result AddAnnotationCommand::doRedo()
{
    if (m_firstRedo) {
        const Expected<QList<qint64>> tagIds = editor()->tags().ensurePaths(m_tagPaths, &m_createdTags);
        if (!tagIds)
            return Result::failure(tagIds.error());
        m_annotation.tagIds = withTags(m_annotation.tagIds, *tagIds);
    } else if (Result applied = editor()->tags().apply(m_createdTags); !applied) {
        return applied;
    }
    const Expected<qint64> id = editor()->annotations().add(m_annotation);
    if (!id)
        return Result::failure(id.error());
    if (m_firstRedo)
        m_annotation = editor()->annotations().byId(*id); // with its uuid and times, for redo
    return Result::success();
}

Result AddAnnotationCommand::doUndo()
{
    if (Result removed = editor()->annotations().remove({m_annotation.id}); !removed)
        return removed;
    return editor()->tags().apply(m_createdTags.inverted());
}

EditAnnotationCommand::EditAnnotationCommand(AnnotationEditor *editor, const Annotation &before, const Annotation &after,
                                             const QStringList &addTagPaths, const QString &text, QUndoCommand *parent)
    : AnnotationCommand(editor, text, parent)
    , m_before(before)
    , m_after(after)
    , m_addTagPaths(addTagPaths)
{
    m_touchesTags = before.tagIds != after.tagIds || !addTagPaths.isEmpty();
}

Result EditAnnotationCommand::doRedo()
{
    if (m_firstRedo && !m_addTagPaths.isEmpty()) {
        const Expected<QList<qint64>> tagIds = editor()->tags().ensurePaths(m_addTagPaths, &m_createdTags);
        if (!tagIds)
            return Result::failure(tagIds.error());
        m_after.tagIds = withTags(m_after.tagIds, *tagIds);
    } else if (Result applied = editor()->tags().apply(m_createdTags); !applied) {
        return applied;
    }
    return editor()->annotations().update(m_after);
}

Result EditAnnotationCommand::doUndo()
{
    if (Result updated = editor()->annotations().update(m_before); !updated)
        return updated;
    return editor()->tags().apply(m_createdTags.inverted());
}

EditNoteCommand::EditNoteCommand(AnnotationEditor *editor, const Annotation &before, const Annotation &after)
    : EditAnnotationCommand(editor, before, after, {}, AnnotationEditor::tr("Edit note"))
{
}

bool EditNoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditNoteCommand *>(other);
    if (next->isObsolete() || next->m_before.id != m_after.id)
        return false;
    m_after = next->m_after;
    return true;
}

DeleteAnnotationCommand::DeleteAnnotationCommand(AnnotationEditor *editor, const Annotation &annotation, QUndoCommand *parent)
    : AnnotationCommand(editor, AnnotationEditor::tr("Delete annotation"), parent)
    , m_annotation(annotation)
{
    m_touchesTags = !annotation.tagIds.isEmpty();
}

Result DeleteAnnotationCommand::doRedo()
{
    return editor()->annotations().remove({m_annotation.id});
}

Result DeleteAnnotationCommand::doUndo()
{
    const Expected<qint64> id = editor()->annotations().add(m_annotation);
    return id ? Result::success() : Result::failure(id.error());
}

TagCommand::TagCommand(AnnotationEditor *editor, const QString &text, std::function<Expected<TagChange>()> operation)
    : AnnotationCommand(editor, text)
    , m_operation(std::move(operation))
{
    m_touchesTags = true;
}

Result TagCommand::doRedo()
{
    if (!m_firstRedo)
        return editor()->tags().apply(m_change);
    const Expected<TagChange> change = m_operation();
    if (!change)
        return Result::failure(change.error());
    m_change = *change;
    return Result::success();
}

Result TagCommand::doUndo()
{
    return editor()->tags().apply(m_change.inverted());
}

} // namespace Dossier
