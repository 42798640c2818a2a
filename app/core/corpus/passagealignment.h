#pragma once

#include "analysis/entities.h"

#include <QList>
#include <QString>

namespace Dossier {

// The passages two texts share (two versions of one source, or one quoting
// the other) and the map between positions they give, for scrolling two
// readers together.
//
// Words (runs of letters and digits, case-folded; each CJK character is a
// word of its own) are compared, so whitespace, punctuation, line breaks and
// case do not matter. A passage is a run of word shingles (n consecutive
// words) that occur exactly once in each text: a line repeated in a text
// (page furniture, a boilerplate footer) never anchors anything, nor does a
// shingle made only of such text, nor a short line shared by chance, since a
// shingle is longer than it.
// Of the candidates, the longest chain in the same order in both texts is
// kept (as patience diff does), so the map never runs backwards.
class PassageAlignment
{
public:
    struct Options {
        int shingleWords = 8;  // words in a shingle
        int minimumWords = 12; // a shorter shared run is chance, not a passage
    };
    struct Passage {
        TextSpan left;  // UTF-16 spans
        TextSpan right;
        int words = 0;
    };

    // An empty alignment: positions map proportionally.
    PassageAlignment() = default;

    static PassageAlignment align(const QString &left, const QString &right) { return align(left, right, Options{}); }
    static PassageAlignment align(const QString &left, const QString &right, const Options &options);

    bool isEmpty() const { return m_passages.isEmpty(); }
    // In text order (the same order in both texts).
    const QList<Passage> &passages() const { return m_passages; }
    // Words the passages cover, of the left text's words.
    int sharedWords() const;

    // The position in the right text matching one in the left (and back):
    // word for word inside a shared passage, interpolated between passages,
    // proportional where nothing is shared.
    int toRight(int leftPosition) const;
    int toLeft(int rightPosition) const;

private:
    struct Anchor {
        int left = 0;
        int right = 0;
    };
    static int map(const QList<Anchor> &anchors, int Anchor::*from, int Anchor::*to, int position);

    QList<Passage> m_passages;
    QList<Anchor> m_anchors; // ascending in both positions, ends included
};

} // namespace Dossier
