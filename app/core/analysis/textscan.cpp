#include "textscan.h"

#include <algorithm>


namespace Dossier::TextScan {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('\'')
        || c == QChar(0x2019) || c == QLatin1Char('&') || c == QLatin1Char('/') || c == QChar(0x2010)
        || (c.unicode() >= 0x300 && c.category() == QChar::Mark_NonSpacing); // no mark before U+0300
}

bool isQuoteOpen(QChar c)
{
    return c == QChar(0x201C);
}
bool isQuoteClose(QChar c)
{
    return c == QChar(0x201D);
}

} // namespace

bool isAbbreviation(QStringView word)
{
    static const WordSet known = {
        QStringLiteral("Mr."), QStringLiteral("Mrs."), QStringLiteral("Ms."), QStringLiteral("Dr."),
        QStringLiteral("Prof."), QStringLiteral("Gen."), QStringLiteral("Lt."), QStringLiteral("Col."),
        QStringLiteral("Sen."), QStringLiteral("Rep."), QStringLiteral("St."), QStringLiteral("Jan."),
        QStringLiteral("Feb."), QStringLiteral("Mar."), QStringLiteral("Apr."), QStringLiteral("Jun."),
        QStringLiteral("Jul."), QStringLiteral("Aug."), QStringLiteral("Sep."), QStringLiteral("Sept."),
        QStringLiteral("Oct."), QStringLiteral("Nov."), QStringLiteral("Dec."), QStringLiteral("Ltd."),
        QStringLiteral("Inc."), QStringLiteral("Co."), QStringLiteral("Corp."), QStringLiteral("No."),
        QStringLiteral("vs."), QStringLiteral("etc."), QStringLiteral("approx."), QStringLiteral("Adm."),
        QStringLiteral("Gov."), QStringLiteral("Pres."), QStringLiteral("Sgt."), QStringLiteral("Capt."),
        QStringLiteral("Maj."), QStringLiteral("Cmdr."), QStringLiteral("Jr."), QStringLiteral("Sr."),
        QStringLiteral("p."), QStringLiteral("pp."), QStringLiteral("Vol."), QStringLiteral("Fig."),
        QStringLiteral("Rs."), QStringLiteral("Hrg."), QStringLiteral("Ir."), QStringLiteral("Hon."), QStringLiteral("Rt."), QStringLiteral("Atty."),
        QStringLiteral("Engr."), QStringLiteral("Ss."), QStringLiteral("Gs."), QStringLiteral("Pref."),
    };
    if (known.contains(word))
        return true;
    // Dotted initialisms: U.S., U.K., e.g., i.e., a.m.; single initials: J.
    // (Not a figure with its scale: "cost it £10.4m. The …".)
    if (word.size() >= 2 && word.endsWith(QLatin1Char('.'))) {
        const QStringView inner = word.left(word.size() - 1);
        if (inner.size() == 1 && inner.at(0).isUpper())
            return true;
        if (inner.contains(QLatin1Char('.')) && inner.size() <= 6 && inner.at(0).isLetter())
            return true;
    }
    return false;
}

QList<Word> words(const QString &text, TextSpan range)
{
    QList<Word> out;
    out.reserve(range.length() / 5);
    int i = range.start;
    while (i < range.end) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c.isLetterOrNumber()) {
            int j = i + 1;
            // A number's group separators stay inside it: "2,000".
            while (j < range.end
                   && (isWordChar(text.at(j))
                       || (text.at(j) == QLatin1Char(',') && text.at(j - 1).isDigit() && j + 1 < range.end && text.at(j + 1).isDigit())))
                ++j;
            // Trailing characters that belong to the punctuation.
            while (j > i + 1) {
                const QChar last = text.at(j - 1);
                if (last == QLatin1Char('.')) {
                    if (isAbbreviation(QStringView(text).mid(i, j - i)))
                        break;
                    --j;
                } else if (last == QLatin1Char('-') || last == QLatin1Char('\'') || last == QChar(0x2019) || last == QLatin1Char('/')) {
                    // A trailing apostrophe on a plural possessive ("ministers'") stays.
                    if ((last == QLatin1Char('\'') || last == QChar(0x2019)) && text.at(j - 2) == QLatin1Char('s'))
                        break;
                    --j;
                } else {
                    break;
                }
            }
            out.append(Word{{i, j}, QStringView(text).mid(i, j - i), false});
            i = j;
        } else {
            out.append(Word{{i, i + 1}, QStringView(text).mid(i, 1), true});
            ++i;
        }
    }
    return out;
}

QList<TextSpan> sentences(const QString &text, TextSpan line)
{
    QList<TextSpan> out;
    int start = line.start;
    while (start < line.end && text.at(start).isSpace())
        ++start;
    // A paragraph's number is no part of its first sentence: "2.1 The
    // Authority found …".
    if (start < line.end && text.at(start).isDigit()) {
        int n = start;
        while (n < line.end && n - start < 6 && (text.at(n).isDigit() || text.at(n) == QLatin1Char('.')))
            ++n;
        const QStringView number = QStringView(text).mid(start, n - start);
        if (n + 1 < line.end && text.at(n) == QLatin1Char(' ') && text.at(n + 1).isUpper() && number.count(u'.') == 1 && !number.endsWith(u'.'))
            start = n + 1;
    }
    bool inCurly = false;
    bool inStraight = false;
    for (int i = start; i < line.end; ++i) {
        const QChar c = text.at(i);
        // Letters and most other characters change nothing: one test for
        // them (this loop runs over every character of every text).
        if (c.unicode() > u'?' && c.unicode() < 0x201C)
            continue;
        bool closed = false; // a quotation closed here
        if (isQuoteOpen(c)) {
            inCurly = true;
        } else if (isQuoteClose(c)) {
            closed = inCurly;
            inCurly = false;
        } else if (c == QLatin1Char('"')) {
            inStraight = !inStraight;
            closed = !inStraight;
        }
        if (inCurly || inStraight)
            continue;
        const auto isStop = [](QChar x) { return x == QLatin1Char('.') || x == QLatin1Char('?') || x == QLatin1Char('!'); };
        // A sentence ends at its stop, or at a quotation that closes after
        // one: "… of “politicizing cybersecurity issues.” In January, …".
        const int at = closed && i > start && isStop(text.at(i - 1)) ? i - 1 : (isStop(c) ? i : -1);
        if (at < 0)
            continue;
        int j = at + 1;
        while (j < line.end && (isQuoteClose(text.at(j)) || text.at(j) == QLatin1Char('"') || text.at(j) == QLatin1Char(')') || text.at(j) == QChar(0x2019)))
            ++j;
        if (j >= line.end || !text.at(j).isSpace())
            continue;
        int k = j;
        while (k < line.end && text.at(k).isSpace())
            ++k;
        if (k >= line.end)
            break;
        const QChar next = text.at(k);
        if (!(next.isUpper() || next.isDigit() || isQuoteOpen(next) || next == QLatin1Char('"') || next == QLatin1Char('(') || next == QLatin1Char('[')))
            continue;
        if (text.at(at) == QLatin1Char('.')) {
            int w = at;
            while (w > start && !text.at(w - 1).isSpace())
                --w;
            // (An abbreviation after a bracket: "(approx. 155.9 billion)".)
            while (w < at && (text.at(w) == QLatin1Char('(') || text.at(w) == QLatin1Char('[') || text.at(w) == QLatin1Char('"') || isQuoteOpen(text.at(w))))
                ++w;
            // A single capital is an initial after a name or at the start
            // ("John F. Kennedy", "J. Smith"), not after a lower-case word
            // ("wrote … on X. He demanded").
            bool afterName = true;
            if (at - w == 1 && w > start) {
                int p = w - 1; // the previous word's last character
                while (p > start && text.at(p).isSpace())
                    --p;
                int q = p; // and its first
                while (q > start && !text.at(q - 1).isSpace())
                    --q;
                afterName = !text.at(q).isLower();
            }
            const QStringView abbreviation = QStringView(text).mid(w, at + 1 - w);
            // A clock time ends a sentence before a word that opens one:
            // "… from around 7:24 a.m. The company shut down …".
            static const WordSet openers = {
                QStringLiteral("The"), QStringLiteral("A"), QStringLiteral("An"), QStringLiteral("He"), QStringLiteral("She"),
                QStringLiteral("It"), QStringLiteral("They"), QStringLiteral("We"), QStringLiteral("I"), QStringLiteral("This"),
                QStringLiteral("These"), QStringLiteral("Its"), QStringLiteral("Their"), QStringLiteral("His"), QStringLiteral("Her"),
                QStringLiteral("But"), QStringLiteral("However"),
            };
            const auto nextWord = [&text, k, &line] {
                int e = k;
                while (e < line.end && text.at(e).isLetter())
                    ++e;
                return QStringView(text).mid(k, e - k);
            };
            const bool clockThenSentence = (abbreviation == QLatin1String("a.m.") || abbreviation == QLatin1String("p.m."))
                && openers.contains(nextWord());
            if (afterName && !clockThenSentence && isAbbreviation(abbreviation))
                continue;
        }
        out.append({start, j});
        start = k;
    }
    int end = line.end;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (end > start)
        out.append({start, end});
    return out;
}

Layout::Layout(const QString &text)
    : m_text(text)
    , m_lines(TextScan::lines(text))
    , m_sentences(size_t(m_lines.size()))
{
}

const QList<TextSpan> &Layout::sentencesOf(const TextSpan &line) const
{
    const auto it = std::lower_bound(m_lines.cbegin(), m_lines.cend(), line.start,
                                     [](const TextSpan &l, int start) { return l.start < start; });
    Q_ASSERT(it != m_lines.cend() && it->start == line.start && it->end == line.end);
    std::optional<QList<TextSpan>> &cached = m_sentences[size_t(it - m_lines.cbegin())];
    if (!cached)
        cached = TextScan::sentences(m_text, line);
    return *cached;
}

QList<TextSpan> lines(const QString &text)
{
    QList<TextSpan> out;
    int start = 0;
    const int size = int(text.size());
    while (start <= size) {
        int end = int(text.indexOf(QLatin1Char('\n'), start));
        if (end < 0)
            end = size;
        int lineEnd = end;
        if (lineEnd > start && text.at(lineEnd - 1) == QLatin1Char('\r'))
            --lineEnd;
        out.append({start, lineEnd});
        start = end + 1;
    }
    return out;
}

} // namespace Dossier::TextScan
