#pragma once

#include "annotations/anchoring.h"
#include "annotations/annotation.h"
#include "corpus/document.h"
#include "result.h"

#include <QList>

namespace Dossier {

class Database;

// What replacing a document's text did: the document and its annotations
// before and after (for undo and redo), and where each annotation landed.
struct TextReplacement {
    Document before; // with its text
    Document after;
    QList<Annotation> annotationsBefore;
    QList<Annotation> annotationsAfter;
    QList<AnchorResult> results;
    bool unchanged = false; // the new text is the text the document has

    int count(AnchorResult::State state) const;

    // Gives the stored document incoming's text (an edited version of the
    // same source, e.g. imported again from its file), in one transaction:
    // text, hash, full-text index and page-furniture blanking, source name;
    // the document keeps its metadata, empty fields filled from incoming;
    // the entity index is dropped so that the analyser reads the new text;
    // every annotation is re-anchored (kept, moved, marked for review or
    // orphaned, never deleted).
    static Expected<TextReplacement> replace(Database &database, qint64 documentId, const Document &incoming);

    // Puts a document and its annotations back as they were (undo), or as
    // replace() left them (redo), in one transaction.
    static Result restore(Database &database, const Document &document, const QList<Annotation> &annotations);
};

} // namespace Dossier
