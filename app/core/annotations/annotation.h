#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Dossier {

// One highlight or note on a document. Its place is kept twice, as the W3C
// Web Annotation selectors do: a position (start/end, in Unicode code points)
// and a quote (the exact text with some context before and after), so that it
// can be found again when the document's text changes.
struct Annotation {
    // Where the annotation stands after its document's text last changed.
    enum class Anchor {
        Anchored = 0, // position and quote agree
        NeedsReview = 1, // moved to a close fuzzy match: the user should check it
        Orphaned = 2, // not found in the text; kept, listed for the user
    };

    qint64 id = 0;
    QString uuid;
    qint64 documentId = 0;
    qint64 start = 0; // code points
    qint64 end = 0; // code points, exclusive
    QString exact;
    QString prefix;
    QString suffix;
    QString note;
    QString colour; // a HighlightColour key; empty for a note without highlight
    bool isPrivate = false;
    QDateTime created;
    QDateTime modified;
    QList<qint64> tagIds; // sorted
    Anchor anchor = Anchor::Anchored;
    QString previousExact; // the quote before a fuzzy move, for review

    bool isValid() const { return documentId > 0 && start >= 0 && end > start && !exact.isEmpty(); }
    bool operator==(const Annotation &other) const;
    bool operator!=(const Annotation &other) const { return !(*this == other); }

    // Code points of context kept on each side of the quote.
    static constexpr qsizetype ContextLength = 32;

    // An annotation of documentId on [start, end) of text (code points), with
    // its quote and context filled in; invalid when the range does not fit.
    static Annotation forRange(qint64 documentId, const QString &text, qint64 start, qint64 end);
};

} // namespace Dossier
