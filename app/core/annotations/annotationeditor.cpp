#include "annotationeditor.h"

#include "annotationcommands.h"
#include "highlightcolour.h"

namespace Dossier {

AnnotationEditor::AnnotationEditor(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_annotations(database)
    , m_tags(database)
{
}

AnnotationEditor::~AnnotationEditor()
{
    // The commands refer to this editor: delete them while it still exists.
    m_stack.clear();
}

void AnnotationEditor::reportFailure(const QString &message)
{
    m_failure = message;
    if (!m_pushing)
        Q_EMIT errorOccurred(message);
}

void AnnotationEditor::notifyChanged(bool annotations, bool tags)
{
    if (annotations)
        Q_EMIT annotationsChanged();
    if (tags)
        Q_EMIT tagsChanged();
}

Result AnnotationEditor::push(QUndoCommand *command)
{
    m_failure.clear();
    m_pushing = true;
    m_stack.push(command); // runs the command's first redo
    m_pushing = false;
    return m_failure.isEmpty() ? Result::success() : Result::failure(m_failure);
}

Expected<qint64> AnnotationEditor::addAnnotation(const Annotation &annotation, const QStringList &tagPaths)
{
    for (const QString &path : tagPaths) {
        if (Tag::splitPath(path).isEmpty())
            return Result::failure(tr("“%1” is not a tag name.").arg(path));
    }
    auto *command = new AddAnnotationCommand(this, annotation, tagPaths);
    if (Result pushed = push(command); !pushed)
        return pushed; // the stack deleted the command
    return command->annotationId();
}

Result AnnotationEditor::editEach(const QList<qint64> &ids, const QString &text,
                                  const std::function<void(Annotation &)> &edit, const QStringList &addTagPaths)
{
    const QList<Annotation> before = m_annotations.byIds(ids);
    if (before.size() != ids.size() || ids.isEmpty())
        return Result::failure(tr("The annotation no longer exists."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Annotation> after;
    bool changed = !addTagPaths.isEmpty();
    for (const Annotation &a : before) {
        Annotation b = a;
        edit(b);
        changed = changed || b != a;
        b.modified = now;
        after.append(b);
    }
    if (!changed)
        return Result::success();
    if (ids.size() == 1)
        return push(new EditAnnotationCommand(this, before.first(), after.first(), addTagPaths, text));
    auto *macro = new MacroCommand(this, text);
    for (qsizetype i = 0; i < before.size(); ++i)
        new EditAnnotationCommand(this, before.at(i), after.at(i), addTagPaths, text, macro);
    return push(macro);
}

Result AnnotationEditor::setNote(qint64 id, const QString &note)
{
    const Annotation before = m_annotations.byId(id);
    if (!before.isValid())
        return Result::failure(tr("The annotation no longer exists."));
    if (before.note == note)
        return Result::success();
    Annotation after = before;
    after.note = note;
    after.modified = QDateTime::currentDateTimeUtc();
    return push(new EditNoteCommand(this, before, after));
}

Result AnnotationEditor::setColour(const QList<qint64> &ids, const QString &colour)
{
    if (!colour.isEmpty() && !HighlightColour::find(colour))
        return Result::failure(tr("Unknown colour “%1” (known: %2).").arg(colour, HighlightColour::keyList()));
    const QString text = ids.size() == 1 ? tr("Change colour") : tr("Change colour of %n annotations", nullptr, int(ids.size()));
    return editEach(ids, text, [&](Annotation &a) { a.colour = colour; });
}

Result AnnotationEditor::setPrivate(const QList<qint64> &ids, bool isPrivate)
{
    QString text;
    if (ids.size() == 1)
        text = isPrivate ? tr("Make note private") : tr("Make note shareable");
    else
        text = isPrivate ? tr("Make %n notes private", nullptr, int(ids.size())) : tr("Make %n notes shareable", nullptr, int(ids.size()));
    return editEach(ids, text, [&](Annotation &a) { a.isPrivate = isPrivate; });
}

Result AnnotationEditor::setTags(qint64 id, const QStringList &tagPaths)
{
    for (const QString &path : tagPaths) {
        if (Tag::splitPath(path).isEmpty())
            return Result::failure(tr("“%1” is not a tag name.").arg(path));
    }
    return editEach({id}, tr("Edit tags"), [](Annotation &a) { a.tagIds.clear(); }, tagPaths);
}

Result AnnotationEditor::addTag(const QList<qint64> &ids, const QString &tagPath)
{
    if (Tag::splitPath(tagPath).isEmpty())
        return Result::failure(tr("“%1” is not a tag name.").arg(tagPath));
    const QString text = ids.size() == 1 ? tr("Add tag “%1”").arg(tagPath)
                                         : tr("Tag %n annotations with “%1”", nullptr, int(ids.size())).arg(tagPath);
    return editEach(ids, text, [](Annotation &) {}, {tagPath});
}

Result AnnotationEditor::removeTag(const QList<qint64> &ids, qint64 tagId)
{
    const Tag tag = m_tags.byId(tagId);
    const QString text = ids.size() == 1 ? tr("Remove tag “%1”").arg(tag.path)
                                         : tr("Remove tag “%1” from %n annotations", nullptr, int(ids.size())).arg(tag.path);
    return editEach(ids, text, [tagId](Annotation &a) { a.tagIds.removeAll(tagId); });
}

Result AnnotationEditor::acceptPlaces(const QList<qint64> &ids)
{
    QList<qint64> review;
    for (const Annotation &a : m_annotations.byIds(ids)) {
        if (a.anchor == Annotation::Anchor::NeedsReview)
            review.append(a.id);
    }
    if (review.isEmpty())
        return Result::success();
    const QString text = review.size() == 1 ? tr("Accept new place") : tr("Accept new places of %n annotations", nullptr, int(review.size()));
    return editEach(review, text, [](Annotation &a) {
        a.anchor = Annotation::Anchor::Anchored;
        a.previousExact.clear();
    });
}

Result AnnotationEditor::reattach(qint64 id, const QString &documentText, qint64 start, qint64 end)
{
    const Annotation a = m_annotations.byId(id);
    if (!a.isValid())
        return Result::failure(tr("The annotation no longer exists."));
    const Annotation placed = Annotation::forRange(a.documentId, documentText, start, end);
    if (!placed.isValid())
        return Result::failure(tr("Select the passage in the annotation's document first."));
    return editEach({id}, tr("Re-attach annotation"), [&placed](Annotation &b) {
        b.start = placed.start;
        b.end = placed.end;
        b.exact = placed.exact;
        b.prefix = placed.prefix;
        b.suffix = placed.suffix;
        b.anchor = Annotation::Anchor::Anchored;
        b.previousExact.clear();
    });
}

Result AnnotationEditor::removeAnnotations(const QList<qint64> &ids)
{
    const QList<Annotation> doomed = m_annotations.byIds(ids);
    if (doomed.size() != ids.size() || ids.isEmpty())
        return Result::failure(tr("The annotation no longer exists."));
    if (doomed.size() == 1)
        return push(new DeleteAnnotationCommand(this, doomed.first()));
    auto *macro = new MacroCommand(this, tr("Delete %n annotations", nullptr, int(doomed.size())));
    for (const Annotation &a : doomed)
        new DeleteAnnotationCommand(this, a, macro);
    return push(macro);
}

Result AnnotationEditor::renameTag(qint64 id, const QString &name)
{
    const Tag tag = m_tags.byId(id);
    return push(new TagCommand(this, tr("Rename tag “%1” to “%2”").arg(tag.path, name.simplified()),
                               [this, id, name] { return m_tags.rename(id, name); }));
}

Result AnnotationEditor::moveTag(qint64 id, qint64 newParentId)
{
    const Tag tag = m_tags.byId(id);
    return push(new TagCommand(this, tr("Move tag “%1”").arg(tag.path), [this, id, newParentId] { return m_tags.move(id, newParentId); }));
}

Result AnnotationEditor::mergeTags(qint64 sourceId, qint64 targetId)
{
    const Tag source = m_tags.byId(sourceId);
    const Tag target = m_tags.byId(targetId);
    return push(new TagCommand(this, tr("Merge tag “%1” into “%2”").arg(source.path, target.path),
                               [this, sourceId, targetId] { return m_tags.merge(sourceId, targetId); }));
}

Result AnnotationEditor::deleteTag(qint64 id)
{
    const Tag tag = m_tags.byId(id);
    return push(new TagCommand(this, tr("Delete tag “%1”").arg(tag.path), [this, id] { return m_tags.remove(id); }));
}

Result AnnotationEditor::setTagColour(qint64 id, const QString &colour)
{
    const Tag tag = m_tags.byId(id);
    return push(new TagCommand(this, tr("Change colour of tag “%1”").arg(tag.path), [this, id, colour] { return m_tags.setColour(id, colour); }));
}

Result AnnotationEditor::tagDocuments(const QList<qint64> &documentIds, const QString &tagPath)
{
    const QString text = tr("Tag %n documents with “%1”", nullptr, int(documentIds.size())).arg(tagPath);
    return push(new TagCommand(this, text, [this, documentIds, tagPath]() -> Expected<TagChange> {
        TagChange change;
        const Expected<QList<qint64>> ids = m_tags.ensurePaths({tagPath}, &change);
        if (!ids)
            return Result::failure(ids.error());
        const Expected<TagChange> linked = m_tags.tagDocuments(documentIds, ids->first());
        if (!linked)
            return linked;
        change.append(*linked);
        return change;
    }));
}

Result AnnotationEditor::untagDocuments(const QList<qint64> &documentIds, qint64 tagId)
{
    const Tag tag = m_tags.byId(tagId);
    const QString text = tr("Remove tag “%1” from %n documents", nullptr, int(documentIds.size())).arg(tag.path);
    return push(new TagCommand(this, text, [this, documentIds, tagId] { return m_tags.untagDocuments(documentIds, tagId); }));
}

} // namespace Dossier
