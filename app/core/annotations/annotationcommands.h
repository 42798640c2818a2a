#pragma once

// The undoable steps of AnnotationEditor (after Okular's
// core/documentcommands_p.h). Each redo and undo is one transaction and goes
// through the stores; a step that fails reports to the editor and marks
// itself obsolete, so that the stack drops it.
#include "annotation.h"
#include "result.h"
#include "store/tagchange.h"

#include <QUndoCommand>

#include <functional>

namespace Dossier {

class AnnotationEditor;

class AnnotationCommand : public QUndoCommand
{
public:
    AnnotationCommand(AnnotationEditor *editor, const QString &text, QUndoCommand *parent = nullptr);

    void redo() final;
    void undo() final;
    // The step without its own transaction, for MacroCommand.
    Result run(bool forward);

protected:
    virtual Result doRedo() = 0;
    virtual Result doUndo() = 0;
    // A first redo that changed nothing is dropped from the stack.
    virtual bool changedNothing() const { return false; }
    AnnotationEditor *editor() const { return m_editor; }
    bool m_firstRedo = true;
    bool m_touchesTags = false;

private:
    AnnotationEditor *m_editor;
};

// Several steps as one (bulk edits): children run in one transaction.
class MacroCommand : public AnnotationCommand
{
public:
    MacroCommand(AnnotationEditor *editor, const QString &text);

protected:
    Result doRedo() override;
    Result doUndo() override;
};

class AddAnnotationCommand : public AnnotationCommand
{
public:
    AddAnnotationCommand(AnnotationEditor *editor, const Annotation &annotation, const QStringList &tagPaths);
    qint64 annotationId() const { return m_annotation.id; }

protected:
    Result doRedo() override;
    Result doUndo() override;

private:
    Annotation m_annotation;
    QStringList m_tagPaths;
    TagChange m_createdTags;
};

// Turns one annotation from before into after, creating the tags named by
// addTagPaths (and adding them to after) the first time.
class EditAnnotationCommand : public AnnotationCommand
{
public:
    EditAnnotationCommand(AnnotationEditor *editor, const Annotation &before, const Annotation &after,
                          const QStringList &addTagPaths, const QString &text, QUndoCommand *parent = nullptr);

protected:
    Result doRedo() override;
    Result doUndo() override;

    Annotation m_before;
    Annotation m_after;

private:
    QStringList m_addTagPaths;
    TagChange m_createdTags;
};

// Typing a note is many edits; consecutive ones of one annotation merge.
class EditNoteCommand : public EditAnnotationCommand
{
public:
    enum { Id = 1001 };
    EditNoteCommand(AnnotationEditor *editor, const Annotation &before, const Annotation &after);
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override;
};

class DeleteAnnotationCommand : public AnnotationCommand
{
public:
    DeleteAnnotationCommand(AnnotationEditor *editor, const Annotation &annotation, QUndoCommand *parent = nullptr);

protected:
    Result doRedo() override;
    Result doUndo() override;

private:
    Annotation m_annotation;
};

// A tag edit: the store computes and applies it the first time; undo and
// redo replay its TagChange.
class TagCommand : public AnnotationCommand
{
public:
    TagCommand(AnnotationEditor *editor, const QString &text, std::function<Expected<TagChange>()> operation);

protected:
    Result doRedo() override;
    Result doUndo() override;
    bool changedNothing() const override { return m_change.isEmpty(); }

private:
    std::function<Expected<TagChange>()> m_operation;
    TagChange m_change;
};

} // namespace Dossier
