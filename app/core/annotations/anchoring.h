#pragma once

#include "annotation.h"
#include "result.h"
#include "textoffsets.h"

#include <QList>
#include <QString>

namespace Dossier {

class AnnotationStore;

// Where an annotation lands in a changed text.
struct AnchorResult {
    enum State {
        Kept, // position and quote still agree
        Moved, // the exact quote was found elsewhere (its context decided)
        Fuzzy, // a close match was found: moved there, to be reviewed
        Orphaned, // not found: keeps its old place and quote, listed for the user
    };
    qint64 annotationId = 0;
    State state = Orphaned;
    qint64 start = 0; // code points in the new text (not for Orphaned)
    qint64 end = 0;
    int distance = 0; // edit distance of a Fuzzy match

    bool isAnchored() const { return state != Orphaned; }
};

// Finds annotations again in a changed text, after the W3C Web Annotation
// selectors: the position (TextPositionSelector) when the quote is still
// there; the exact quote (TextQuoteSelector) elsewhere, its prefix and suffix
// choosing among several; a bounded edit-distance match; else orphaned.
// Never guesses silently: a match the context does not confirm is Fuzzy.
class Anchoring
{
public:
    explicit Anchoring(QString text);

    AnchorResult anchor(const Annotation &annotation) const;
    QList<AnchorResult> anchorAll(const QList<Annotation> &annotations) const;

    // The annotation as it should be stored after result: placed, with its
    // quote and context taken from the new text; a fuzzy match is marked for
    // review (keeping the quote it had); an orphan keeps place and quote.
    Annotation applied(const Annotation &annotation, const AnchorResult &result) const;

    // Re-anchors every annotation of a document whose text became newText,
    // in one transaction; returns the results (orphans included).
    static Expected<QList<AnchorResult>> reanchorDocument(AnnotationStore &store, qint64 documentId, const QString &newText);

private:
    struct Match {
        qsizetype start = -1;
        qsizetype end = -1;
        int distance = 0;
        int context = 0;
    };
    int contextScore(const Annotation &a, qsizetype start, qsizetype end) const;
    // The exact quote's occurrences: the best by context (nearest among
    // equals), the context of the runner-up and of the one at the old place.
    struct Occurrences {
        Match best;
        int count = 0;
        int runnerUpContext = -1;
        int contextAtExpected = -1;
    };
    Occurrences exactMatches(const Annotation &a, qsizetype expected) const;
    // Context strong enough to confirm a match: one side whole, or three
    // quarters of both.
    bool confirms(const Annotation &a, const Match &m) const;
    // The closest match within a quarter of the quote's length in edits,
    // near the old place, else anywhere.
    Match fuzzyMatch(const Annotation &a, qsizetype expected) const;
    Match fuzzySearch(const Annotation &a, qsizetype expected, qsizetype from, qsizetype to) const;
    Match headTailMatch(const Annotation &a, qsizetype expected) const;
    AnchorResult result(const Annotation &a, AnchorResult::State state, const Match &m) const;

    QString m_text;
    TextOffsets m_offsets;
};

} // namespace Dossier
