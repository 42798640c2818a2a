#pragma once

#include "annotations/tag.h"

#include <QList>
#include <QPair>

namespace Dossier {

// The rows one tag edit adds, removes or changes, with their ids, so that
// undo and redo replay it exactly (TagStore::apply). Tag lists run parents
// before children.
struct TagChange {
    using Link = QPair<qint64, qint64>; // (annotation or document id, tag id)

    QList<Tag> addedTags;
    QList<Tag> removedTags;
    QList<QPair<Tag, Tag>> updatedTags; // (before, after)
    QList<Link> addedAnnotationLinks;
    QList<Link> removedAnnotationLinks;
    QList<Link> addedDocumentLinks;
    QList<Link> removedDocumentLinks;

    bool isEmpty() const
    {
        return addedTags.isEmpty() && removedTags.isEmpty() && updatedTags.isEmpty() && addedAnnotationLinks.isEmpty()
            && removedAnnotationLinks.isEmpty() && addedDocumentLinks.isEmpty() && removedDocumentLinks.isEmpty();
    }

    TagChange inverted() const
    {
        TagChange c;
        c.addedTags = removedTags;
        c.removedTags = addedTags;
        for (const auto &pair : updatedTags)
            c.updatedTags.append({pair.second, pair.first});
        c.addedAnnotationLinks = removedAnnotationLinks;
        c.removedAnnotationLinks = addedAnnotationLinks;
        c.addedDocumentLinks = removedDocumentLinks;
        c.removedDocumentLinks = addedDocumentLinks;
        return c;
    }

    void append(const TagChange &o)
    {
        addedTags += o.addedTags;
        removedTags += o.removedTags;
        updatedTags += o.updatedTags;
        addedAnnotationLinks += o.addedAnnotationLinks;
        removedAnnotationLinks += o.removedAnnotationLinks;
        addedDocumentLinks += o.addedDocumentLinks;
        removedDocumentLinks += o.removedDocumentLinks;
    }
};

} // namespace Dossier
