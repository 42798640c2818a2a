#include "anchoring.h"

#include "store/annotationstore.h"

#include <QStringView>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <vector>

namespace Dossier {

namespace {

constexpr qsizetype kMaxOccurrences = 10000;
constexpr qsizetype kMaxFuzzyCandidates = 64;

int commonSuffix(QStringView a, QStringView b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n))
        ++n;
    return n;
}

int commonPrefix(QStringView a, QStringView b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

// Sellers' approximate substring search with Ukkonen's cut-off: calls
// found(end, distance) for every end of a substring of text within maxErrors
// edits (Levenshtein) of pattern. O(maxErrors · |text|) on average.
template<typename Found>
void approximateEnds(QStringView pattern, QStringView text, int maxErrors, Found found)
{
    const int m = int(pattern.size());
    std::vector<int> d(size_t(m) + 1);
    for (int i = 0; i <= m; ++i)
        d[size_t(i)] = i;
    int lastActive = std::min(maxErrors, m);
    for (qsizetype j = 0; j < text.size(); ++j) {
        const QChar c = text.at(j);
        const int top = std::min(lastActive + 1, m);
        if (lastActive < m)
            d[size_t(lastActive) + 1] = maxErrors + 1; // was inactive: more than maxErrors
        int diagonal = d[0]; // d[i-1] of the previous column
        d[0] = 0; // a match may start anywhere
        for (int i = 1; i <= top; ++i) {
            const int above = d[size_t(i)];
            const int cost = pattern.at(i - 1) == c ? 0 : 1;
            d[size_t(i)] = std::min({diagonal + cost, above + 1, d[size_t(i) - 1] + 1});
            diagonal = above;
        }
        lastActive = top;
        while (lastActive > 0 && d[size_t(lastActive)] > maxErrors)
            --lastActive;
        if (lastActive == m)
            found(j + 1, d[size_t(m)]);
    }
}

// costs[j]: the edit distance between pattern and text[end - j, end), for
// j up to |pattern| + maxErrors (the start of a match found by its end).
std::vector<int> alignmentCosts(QStringView pattern, QStringView text, qsizetype end, int maxErrors)
{
    const int m = int(pattern.size());
    const qsizetype span = std::min<qsizetype>(end, m + maxErrors);
    std::vector<int> column(size_t(m) + 1);
    for (int i = 0; i <= m; ++i)
        column[size_t(i)] = i;
    std::vector<int> costs{column[size_t(m)]};
    for (qsizetype j = 1; j <= span; ++j) {
        const QChar c = text.at(end - j);
        int diagonal = column[0];
        column[0] = int(j);
        for (int i = 1; i <= m; ++i) {
            const int left = column[size_t(i)];
            const int cost = pattern.at(m - i) == c ? 0 : 1;
            column[size_t(i)] = std::min({diagonal + cost, left + 1, column[size_t(i) - 1] + 1});
            diagonal = left;
        }
        costs.push_back(column[size_t(m)]);
    }
    return costs;
}

} // namespace

Anchoring::Anchoring(QString text)
    : m_text(std::move(text))
    , m_offsets(m_text)
{
}

int Anchoring::contextScore(const Annotation &a, qsizetype start, qsizetype end) const
{
    const QStringView text(m_text);
    const qsizetype before = std::max<qsizetype>(0, start - a.prefix.size());
    return commonSuffix(text.mid(before, start - before), a.prefix) + commonPrefix(text.mid(end, a.suffix.size()), a.suffix);
}

Anchoring::Occurrences Anchoring::exactMatches(const Annotation &a, qsizetype expected) const
{
    Occurrences o;
    for (qsizetype at = m_text.indexOf(a.exact); at >= 0 && o.count < kMaxOccurrences; at = m_text.indexOf(a.exact, at + 1)) {
        ++o.count;
        const Match m{at, at + a.exact.size(), 0, contextScore(a, at, at + a.exact.size())};
        if (at == expected)
            o.contextAtExpected = m.context;
        if (o.best.start < 0 || m.context > o.best.context) {
            o.runnerUpContext = o.best.context;
            o.best = m;
        } else {
            o.runnerUpContext = std::max(o.runnerUpContext, m.context);
            if (m.context == o.best.context && std::abs(m.start - expected) < std::abs(o.best.start - expected))
                o.best = m;
        }
    }
    return o;
}

bool Anchoring::confirms(const Annotation &a, const Match &m) const
{
    const QStringView text(m_text);
    const qsizetype before = std::max<qsizetype>(0, m.start - a.prefix.size());
    const bool prefixWhole = commonSuffix(text.mid(before, m.start - before), a.prefix) == a.prefix.size();
    const bool suffixWhole = commonPrefix(text.mid(m.end, a.suffix.size()), a.suffix) == a.suffix.size();
    return prefixWhole || suffixWhole || 4 * m.context >= 3 * (a.prefix.size() + a.suffix.size());
}

Anchoring::Match Anchoring::fuzzySearch(const Annotation &a, qsizetype expected, qsizetype from, qsizetype to) const
{
    const QStringView pattern(a.exact);
    if (pattern.size() < 5)
        return {};
    const int maxErrors = std::max(1, int(pattern.size() / 4));
    const QStringView text(m_text);
    {
        int bestDistance = maxErrors + 1;
        std::vector<std::pair<qsizetype, int>> ends; // every end within maxErrors
        approximateEnds(pattern, text.mid(from, to - from), maxErrors, [&](qsizetype end, int distance) {
            bestDistance = std::min(bestDistance, distance);
            ends.emplace_back(from + end, distance);
        });
        Match best;
        int candidates = 0;
        for (const auto &[bestEnd, distance] : ends) {
            if (distance != bestDistance || ++candidates > kMaxFuzzyCandidates)
                continue;
            // Edit distance alone cannot tell "had very been" from "ry been"
            // for "had been": among ends and starts within the bound, the
            // ones the suffix and the prefix confirm win.
            qsizetype end = bestEnd;
            int endScore = -1;
            for (const auto &[otherEnd, otherDistance] : ends) {
                if (std::abs(otherEnd - bestEnd) > maxErrors)
                    continue;
                const int score = commonPrefix(text.mid(otherEnd, a.suffix.size()), a.suffix) * 4 - (otherDistance - bestDistance);
                if (score > endScore || (score == endScore && std::abs(otherEnd - bestEnd) < std::abs(end - bestEnd))) {
                    endScore = score;
                    end = otherEnd;
                }
            }
            const std::vector<int> costs = alignmentCosts(pattern, text, end, maxErrors);
            qsizetype length = 0;
            int startScore = std::numeric_limits<int>::min();
            for (qsizetype j = 1; j < qsizetype(costs.size()); ++j) {
                if (costs[size_t(j)] > maxErrors)
                    continue;
                const qsizetype before = std::max<qsizetype>(0, end - j - a.prefix.size());
                const int score = commonSuffix(text.mid(before, end - j - before), a.prefix) * 4 - costs[size_t(j)];
                if (score > startScore || (score == startScore && std::abs(j - pattern.size()) < std::abs(length - pattern.size()))) {
                    startScore = score;
                    length = j;
                }
            }
            if (length == 0)
                continue;
            const Match m{end - length, end, costs[size_t(length)], contextScore(a, end - length, end)};
            if (best.start < 0 || m.context > best.context
                || (m.context == best.context && std::abs(m.start - expected) < std::abs(best.start - expected)))
                best = m;
        }
        return best;
    }
}

Anchoring::Match Anchoring::fuzzyMatch(const Annotation &a, qsizetype expected) const
{
    // Near the old place first: cheap, and what most edits leave.
    const qsizetype window = std::max<qsizetype>(1000, 2 * a.exact.size());
    const qsizetype from = std::max<qsizetype>(0, expected - window);
    const qsizetype to = std::min<qsizetype>(m_text.size(), expected + a.exact.size() + window);
    const Match near = fuzzySearch(a, expected, from, to);
    const int maxErrors = std::max(1, int(a.exact.size() / 4));
    if ((near.start >= 0 && near.distance * 2 <= maxErrors) || (from == 0 && to == m_text.size()))
        return near;
    const Match anywhere = fuzzySearch(a, expected, 0, m_text.size());
    return (near.start >= 0 && near.distance <= anywhere.distance) ? near : anywhere;
}

Anchoring::Match Anchoring::headTailMatch(const Annotation &a, qsizetype expected) const
{
    // A long quote with much changed inside: its first and last words may
    // still stand, at a plausible distance from each other.
    const qsizetype m = a.exact.size();
    if (m < 48)
        return {};
    const qsizetype h = std::clamp<qsizetype>(m / 4, 12, 40);
    const QString head = a.exact.left(h);
    const QString tail = a.exact.right(h);
    Match best;
    int headCount = 0;
    for (qsizetype s = m_text.indexOf(head); s >= 0 && headCount < 200; s = m_text.indexOf(head, s + 1), ++headCount) {
        for (qsizetype t = m_text.indexOf(tail, s + 1); t >= 0; t = m_text.indexOf(tail, t + 1)) {
            const qsizetype length = t + h - s;
            if (length > 2 * m)
                break;
            if (2 * length < m)
                continue;
            const Match candidate{s, t + h, int(std::abs(length - m)), contextScore(a, s, t + h)};
            if (best.start < 0 || candidate.context > best.context
                || (candidate.context == best.context && std::abs(s - expected) < std::abs(best.start - expected)))
                best = candidate;
        }
    }
    return best;
}

AnchorResult Anchoring::result(const Annotation &a, AnchorResult::State state, const Match &m) const
{
    AnchorResult r;
    r.annotationId = a.id;
    r.state = state;
    r.start = state == AnchorResult::Orphaned ? a.start : m_offsets.toCodePoint(m.start);
    r.end = state == AnchorResult::Orphaned ? a.end : m_offsets.toCodePoint(m.end);
    r.distance = m.distance;
    return r;
}

AnchorResult Anchoring::anchor(const Annotation &a) const
{
    if (a.exact.isEmpty())
        return result(a, AnchorResult::Orphaned, {});
    const qsizetype expected = m_offsets.toUtf16(std::clamp<qint64>(a.start, 0, m_offsets.codePointLength()));

    const Occurrences exact = exactMatches(a, expected);
    if (exact.count > 0) {
        const int fullContext = int(a.prefix.size() + a.suffix.size());
        // Position and quote agree, and the context does not contradict.
        if (exact.contextAtExpected >= 0 && 2 * exact.contextAtExpected >= fullContext)
            return result(a, AnchorResult::Kept, Match{expected, expected + a.exact.size(), 0, exact.contextAtExpected});
        // Elsewhere: the context must confirm one place and no other; a long
        // quote found only once is the same passage in new surroundings.
        const bool rivalled = 2 * exact.runnerUpContext >= fullContext || exact.runnerUpContext == exact.best.context;
        if (!rivalled && (confirms(a, exact.best) || (exact.count == 1 && a.exact.size() >= 64))) {
            // The passage may have been edited where it was while a copy
            // elsewhere stayed intact: an edited match near the old place,
            // in the old context, makes the move doubtful.
            const qsizetype window = std::max<qsizetype>(1000, 2 * a.exact.size());
            const qsizetype from = std::max<qsizetype>(0, expected - window);
            const qsizetype to = std::min<qsizetype>(m_text.size(), expected + a.exact.size() + window);
            Match near = fuzzySearch(a, expected, from, std::max(from, std::min(to, exact.best.start)));
            const Match after = fuzzySearch(a, expected, std::min(to, std::max(from, exact.best.end)), to);
            if (after.start >= 0 && (near.start < 0 || after.distance < near.distance))
                near = after;
            if (near.start >= 0 && near.distance > 0 && confirms(a, near))
                return result(a, AnchorResult::Fuzzy, near);
            return result(a, AnchorResult::Moved, exact.best);
        }
        return result(a, AnchorResult::Fuzzy, exact.best);
    }
    if (const Match fuzzy = fuzzyMatch(a, expected); fuzzy.start >= 0)
        return result(a, AnchorResult::Fuzzy, fuzzy);
    if (const Match ends = headTailMatch(a, expected); ends.start >= 0)
        return result(a, AnchorResult::Fuzzy, ends);
    return result(a, AnchorResult::Orphaned, {});
}

QList<AnchorResult> Anchoring::anchorAll(const QList<Annotation> &annotations) const
{
    QList<AnchorResult> results;
    results.reserve(annotations.size());
    for (const Annotation &a : annotations)
        results.append(anchor(a));
    return results;
}

Annotation Anchoring::applied(const Annotation &annotation, const AnchorResult &r) const
{
    Annotation a = annotation;
    if (r.state == AnchorResult::Orphaned) {
        a.anchor = Annotation::Anchor::Orphaned;
        return a;
    }
    const qsizetype from = m_offsets.toUtf16(r.start);
    const qsizetype to = m_offsets.toUtf16(r.end);
    const qsizetype before = m_offsets.toUtf16(std::max<qint64>(0, r.start - Annotation::ContextLength));
    const qsizetype after = m_offsets.toUtf16(std::min<qint64>(m_offsets.codePointLength(), r.end + Annotation::ContextLength));
    a.start = r.start;
    a.end = r.end;
    a.exact = m_text.mid(from, to - from);
    a.prefix = m_text.mid(before, from - before);
    a.suffix = m_text.mid(to, after - to);
    if (r.state == AnchorResult::Fuzzy) {
        // Keep the quote the user made for review, also across two re-imports.
        if (annotation.anchor != Annotation::Anchor::NeedsReview || annotation.previousExact.isEmpty())
            a.previousExact = annotation.exact;
        a.anchor = Annotation::Anchor::NeedsReview;
    } else if (annotation.anchor == Annotation::Anchor::Orphaned) {
        a.anchor = Annotation::Anchor::Anchored;
    }
    return a;
}

Expected<QList<AnchorResult>> Anchoring::reanchorDocument(AnnotationStore &store, qint64 documentId, const QString &newText)
{
    AnnotationFilter filter;
    filter.documentId = documentId;
    const Expected<QList<Annotation>> annotations = store.find(filter);
    if (!annotations)
        return Result::failure(annotations.error());
    const Anchoring anchoring(newText);
    QList<AnchorResult> results;
    QList<Annotation> changed;
    for (const Annotation &a : *annotations) {
        results.append(anchoring.anchor(a));
        const Annotation placed = anchoring.applied(a, results.constLast());
        if (placed != a)
            changed.append(placed);
    }
    if (Result written = store.updateAll(changed); !written)
        return written;
    return results;
}

} // namespace Dossier
