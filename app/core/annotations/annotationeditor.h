#pragma once

#include "annotation.h"
#include "result.h"
#include "store/annotationstore.h"
#include "store/tagstore.h"

#include <QObject>
#include <QUndoStack>

#include <functional>

namespace Dossier {

class Database;

// Every user edit of annotations and tags, each one undoable step on one
// QUndoStack (the GUI makes its Edit menu's actions with
// undoStack()->createUndoAction()) and one transaction. Reads go straight to
// annotations() and tags().
class AnnotationEditor : public QObject
{
    Q_OBJECT
public:
    explicit AnnotationEditor(Database &database, QObject *parent = nullptr);
    ~AnnotationEditor() override;

    QUndoStack *undoStack() { return &m_stack; }
    AnnotationStore &annotations() { return m_annotations; }
    TagStore &tags() { return m_tags; }

    // Adds an annotation (see Annotation::forRange) with the tags named by
    // tagPaths, creating missing ones. Returns its id.
    Expected<qint64> addAnnotation(const Annotation &annotation, const QStringList &tagPaths = {});
    // Consecutive note edits of one annotation are one undo step.
    Result setNote(qint64 id, const QString &note);
    Result setColour(const QList<qint64> &ids, const QString &colour);
    Result setPrivate(const QList<qint64> &ids, bool isPrivate);
    // Replaces the tags of one annotation.
    Result setTags(qint64 id, const QStringList &tagPaths);
    Result addTag(const QList<qint64> &ids, const QString &tagPath);
    Result removeTag(const QList<qint64> &ids, qint64 tagId);
    Result removeAnnotations(const QList<qint64> &ids);
    // After a text change: the user agrees with where annotations marked for
    // review landed (or gives up on finding orphans a place: they stay
    // orphaned); each one undo step.
    Result acceptPlaces(const QList<qint64> &ids);
    // Puts an annotation (an orphan, or one to review) on [start, end) of
    // its document's text (code points), keeping note, colour and tags.
    Result reattach(qint64 id, const QString &documentText, qint64 start, qint64 end);

    Result renameTag(qint64 id, const QString &name);
    Result moveTag(qint64 id, qint64 newParentId);
    Result mergeTags(qint64 sourceId, qint64 targetId);
    Result deleteTag(qint64 id);
    Result setTagColour(qint64 id, const QString &colour);
    Result tagDocuments(const QList<qint64> &documentIds, const QString &tagPath);
    Result untagDocuments(const QList<qint64> &documentIds, qint64 tagId);

    // For the commands: a step failed. While a step is being pushed the
    // message becomes that call's result; during undo or redo it is emitted.
    void reportFailure(const QString &message);
    bool hasFailed() const { return !m_failure.isEmpty(); }
    Database &database() { return m_database; }
    void notifyChanged(bool annotations, bool tags);

Q_SIGNALS:
    void annotationsChanged();
    void tagsChanged();
    // An undo or redo could not be done (the library was changed elsewhere,
    // the disk is full...); the database is as it was before that step.
    void errorOccurred(const QString &message);

private:
    Result push(QUndoCommand *command);
    Result editEach(const QList<qint64> &ids, const QString &text, const std::function<void(Annotation &)> &edit,
                    const QStringList &addTagPaths = {});

    Database &m_database;
    AnnotationStore m_annotations;
    TagStore m_tags;
    QUndoStack m_stack;
    QString m_failure;
    bool m_pushing = false;
};

} // namespace Dossier
