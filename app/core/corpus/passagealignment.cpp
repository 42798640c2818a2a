#include "passagealignment.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace Dossier {

namespace {

struct Word {
    int start = 0;
    int end = 0;
    quint64 hash = 0;
};

bool isIdeographic(char32_t c)
{
    const QChar::Script script = QChar::script(c);
    return script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana;
}

// FNV-1a over the case-folded code points of each word: no string is built
// per word, which matters for a text of several megabytes.
QList<Word> wordsOf(const QString &text)
{
    QList<Word> words;
    words.reserve(text.size() / 6);
    constexpr quint64 Offset = 14695981039346656037ULL;
    constexpr quint64 Prime = 1099511628211ULL;
    Word current;
    bool inWord = false;
    auto finish = [&](int end) {
        if (inWord) {
            current.end = end;
            words.append(current);
            inWord = false;
        }
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        char32_t c = text.at(i).unicode();
        int width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        if (QChar::isLetterOrNumber(c) || QChar::isMark(c)) {
            const bool ideograph = isIdeographic(c);
            if (ideograph)
                finish(int(i));
            if (!inWord) {
                current = Word{int(i), int(i), Offset};
                inWord = true;
            }
            current.hash = (current.hash ^ quint64(QChar::toCaseFolded(c))) * Prime;
            if (ideograph)
                finish(int(i) + width);
        } else {
            finish(int(i));
        }
        i += width;
    }
    finish(int(size));
    return words;
}

// Hashes of every run of n consecutive words.
QList<quint64> shinglesOf(const QList<Word> &words, int n)
{
    QList<quint64> shingles;
    if (words.size() < n)
        return shingles;
    shingles.reserve(words.size() - n + 1);
    for (qsizetype i = 0; i + n <= words.size(); ++i) {
        quint64 h = 0;
        for (int k = 0; k < n; ++k)
            h = h * 0x9E3779B97F4A7C15ULL + words.at(i + k).hash + quint64(k);
        shingles.append(h);
    }
    return shingles;
}

// Shingle -> its index when it occurs once, -1 when more often.
QHash<quint64, qsizetype> uniqueShingles(const QList<quint64> &shingles)
{
    QHash<quint64, qsizetype> unique;
    unique.reserve(shingles.size());
    for (qsizetype i = 0; i < shingles.size(); ++i) {
        auto it = unique.find(shingles.at(i));
        if (it == unique.end())
            unique.insert(shingles.at(i), i);
        else
            it.value() = -1;
    }
    return unique;
}

// Words inside some shingle that occurs more than once in its text: text
// repeated there (a footer printed twice, a recurring line).
std::vector<bool> repeatedWords(const QList<quint64> &shingles, const QHash<quint64, qsizetype> &unique, qsizetype words, int n)
{
    std::vector<int> starts(size_t(words) + 1, 0);
    for (qsizetype i = 0; i < shingles.size(); ++i) {
        if (unique.value(shingles.at(i)) < 0) {
            ++starts[size_t(i)];
            --starts[size_t(i + n)];
        }
    }
    std::vector<bool> repeated(size_t(words), false);
    int depth = 0;
    for (qsizetype w = 0; w < words; ++w) {
        depth += starts[size_t(w)];
        repeated[size_t(w)] = depth > 0;
    }
    return repeated;
}

bool allRepeated(const std::vector<bool> &repeated, qsizetype first, int n)
{
    for (qsizetype w = first; w < first + n; ++w) {
        if (!repeated[size_t(w)])
            return false;
    }
    return true;
}

struct Pair {
    qsizetype left = 0;
    qsizetype right = 0;
};

// Consecutive pairs on one diagonal (left and right both advancing by one)
// as [first, last] ranges of the list.
template<typename Visit>
void forEachRun(const QList<Pair> &pairs, Visit visit)
{
    qsizetype first = 0;
    for (qsizetype i = 1; i <= pairs.size(); ++i) {
        if (i == pairs.size() || pairs.at(i).left != pairs.at(i - 1).left + 1 || pairs.at(i).right != pairs.at(i - 1).right + 1) {
            if (!pairs.isEmpty())
                visit(first, i - 1);
            first = i;
        }
    }
}

// The longest chain of pairs ascending in right as well as in left (pairs
// come ascending in left).
QList<Pair> longestIncreasing(const QList<Pair> &pairs)
{
    QList<qsizetype> tails; // index of the pair ending the best chain of each length
    QList<qsizetype> previous(pairs.size(), -1);
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const auto at = std::lower_bound(tails.begin(), tails.end(), pairs.at(i).right,
                                         [&pairs](qsizetype t, qsizetype right) { return pairs.at(t).right < right; });
        const qsizetype length = at - tails.begin();
        if (length > 0)
            previous[i] = tails.at(length - 1);
        if (at == tails.end())
            tails.append(i);
        else
            *at = i;
    }
    QList<Pair> chain;
    for (qsizetype i = tails.isEmpty() ? -1 : tails.last(); i >= 0; i = previous.at(i))
        chain.append(pairs.at(i));
    std::reverse(chain.begin(), chain.end());
    return chain;
}

} // namespace

PassageAlignment PassageAlignment::align(const QString &left, const QString &right, const Options &options)
{
    PassageAlignment alignment;
    alignment.m_anchors = {{0, 0}, {int(left.size()), int(right.size())}};
    const int n = qMax(1, options.shingleWords);
    const int minimum = qMax(n, options.minimumWords);
    const QList<Word> leftWords = wordsOf(left);
    const QList<Word> rightWords = wordsOf(right);
    const QList<quint64> leftShingles = shinglesOf(leftWords, n);
    const QList<quint64> rightShingles = shinglesOf(rightWords, n);
    if (leftShingles.isEmpty() || rightShingles.isEmpty())
        return alignment;
    const QHash<quint64, qsizetype> leftUnique = uniqueShingles(leftShingles);
    const QHash<quint64, qsizetype> rightUnique = uniqueShingles(rightShingles);

    // A shingle made only of repeated text is unique by accident (where a
    // footer printed twice meets itself): it anchors nothing.
    const std::vector<bool> leftRepeated = repeatedWords(leftShingles, leftUnique, leftWords.size(), n);
    const std::vector<bool> rightRepeated = repeatedWords(rightShingles, rightUnique, rightWords.size(), n);
    QList<Pair> candidates;
    for (qsizetype i = 0; i < leftShingles.size(); ++i) {
        if (leftUnique.value(leftShingles.at(i)) != i)
            continue;
        const qsizetype j = rightUnique.value(leftShingles.at(i), -1);
        if (j >= 0 && !allRepeated(leftRepeated, i, n) && !allRepeated(rightRepeated, j, n))
            candidates.append({i, j});
    }
    // Runs too short to be a passage are dropped before ordering, so that a
    // chance match cannot bend the chain; the chain may cut runs, so the
    // length is checked again after.
    auto longRuns = [n, minimum](const QList<Pair> &pairs) {
        QList<Pair> kept;
        forEachRun(pairs, [&](qsizetype first, qsizetype last) {
            if (last - first + n >= minimum)
                kept.append(pairs.mid(first, last - first + 1));
        });
        return kept;
    };
    const QList<Pair> chain = longRuns(longestIncreasing(longRuns(candidates)));

    QList<Anchor> anchors{{0, 0}};
    // Two runs of the chain may share words at their edges: an anchor that
    // would step back on either side is left out, so the map stays monotonic.
    auto anchor = [&anchors](int l, int r) {
        if (l >= anchors.last().left && r >= anchors.last().right)
            anchors.append({l, r});
    };
    forEachRun(chain, [&](qsizetype first, qsizetype last) {
        const qsizetype lastWord = last - first + n - 1; // words in the run, less one
        const Pair start = chain.at(first);
        Passage passage;
        passage.left = {leftWords.at(start.left).start, leftWords.at(start.left + lastWord).end};
        passage.right = {rightWords.at(start.right).start, rightWords.at(start.right + lastWord).end};
        passage.words = int(lastWord + 1);
        alignment.m_passages.append(passage);
        for (qsizetype w = 0; w <= lastWord; ++w)
            anchor(leftWords.at(start.left + w).start, rightWords.at(start.right + w).start);
        anchor(passage.left.end, passage.right.end);
    });
    anchor(int(left.size()), int(right.size()));
    alignment.m_anchors = anchors;
    return alignment;
}

int PassageAlignment::sharedWords() const
{
    int words = 0;
    for (const Passage &p : m_passages)
        words += p.words;
    return words;
}

int PassageAlignment::map(const QList<Anchor> &anchors, int Anchor::*from, int Anchor::*to, int position)
{
    if (anchors.isEmpty())
        return 0;
    position = qBound(anchors.first().*from, position, anchors.last().*from);
    // The last anchor at or before the position, and the one after it.
    auto after = std::upper_bound(anchors.cbegin(), anchors.cend(), position, [from](int p, const Anchor &a) { return p < a.*from; });
    if (after == anchors.cend())
        return anchors.last().*to;
    const Anchor &b = *after;
    const Anchor &a = *(after - 1);
    const int span = b.*from - a.*from;
    if (span <= 0)
        return a.*to;
    return a.*to + int(qint64(position - a.*from) * (b.*to - a.*to) / span);
}

int PassageAlignment::toRight(int leftPosition) const
{
    return map(m_anchors, &Anchor::left, &Anchor::right, leftPosition);
}

int PassageAlignment::toLeft(int rightPosition) const
{
    return map(m_anchors, &Anchor::right, &Anchor::left, rightPosition);
}

} // namespace Dossier
