// Government bodies: the definition's gazetteer and name-pattern matches,
// cleaned (no leading "the", no blocked names, no lone head nouns), with
// acronyms defined in the text ("National Police Agency (NPA)") added as
// aliases for the rest of that text.
#include "passes.h"

#include "gazetteer.h"
#include "textscan.h"

#include "corpus/furniture.h"

#include <QLocale>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace Dossier::Passes {

namespace {

const QSet<QString> &leadingNonNameWords()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *w : {"The", "A", "An", "This", "That", "These", "Its", "His", "Her", "Their", "Our",
                              "In", "On", "At", "For", "By", "With", "From", "And", "But", "Meanwhile",
                              "However", "Yesterday", "Today", "Both", "Under", "While", "When", "After",
                              "Before", "As", "Of", "To", "If", "Since", "Also", "Then", "Earlier", "Later",
                              "Last", "Next", "Each", "Every", "Some", "Many", "Several", "Other", "Such",
                              "Former", "New", "Current", "Top", "Senior", "Chief", "Deputy", "Vice",
                              "Relevant", "Related", "Various", "All", "Any", "No", "Government", "of", "and"}) {
            s.insert(QString::fromLatin1(w));
        }
        return s;
    }();
    return set;
}

// One capitalised word of ASCII letters ("Ministry").
bool isHeadNounOnly(const QString &name)
{
    return name.size() > 1 && name.front() >= u'A' && name.front() <= u'Z'
        && std::all_of(name.cbegin() + 1, name.cend(), [](QChar c) { return c >= u'a' && c <= u'z'; });
}

inline bool isWordChar(QChar c)
{
    // ASCII answered at once: this runs at every character of a text.
    const char16_t u = c.unicode();
    if (u < 128)
        return char16_t((u | 0x20) - u'a') < 26 || char16_t(u - u'0') < 10 || u == u'_';
    return c.isLetterOrNumber();
}

// Where the words some rules start from stand in a text, as whole words,
// found in one scan: each rule had searched the whole text for its word
// (a third of this pass on news text).
class WordIndex
{
public:
    WordIndex(const QString &text, std::initializer_list<QLatin1StringView> words)
    {
        for (QLatin1StringView word : words) {
            Q_ASSERT(!word.isEmpty() && word.size() < MaxLength);
            m_byLength[word.size()].push_back({word, {}});
        }
        for (qsizetype i = 0, size = text.size(); i < size; ++i) {
            if (!isWordChar(text.at(i)))
                continue;
            qsizetype end = i + 1;
            while (end < size && isWordChar(text.at(end)))
                ++end;
            // Most words are answered by their length and first letter.
            if (end - i < MaxLength) {
                const QStringView word = QStringView(text).mid(i, end - i);
                for (Entry &e : m_byLength[end - i]) {
                    if (e.word.front() == word.front() && word.compare(e.word) == 0)
                        e.at.append(int(i));
                }
            }
            i = end;
        }
    }

    // Where the word stands, in text order (one of the index's words).
    const QList<int> &at(QLatin1StringView word) const
    {
        const auto &bucket = m_byLength[qMin<qsizetype>(word.size(), MaxLength - 1)];
        const auto it = std::find_if(bucket.cbegin(), bucket.cend(), [word](const Entry &e) { return e.word == word; });
        Q_ASSERT(it != bucket.cend());
        return it->at;
    }

private:
    static constexpr qsizetype MaxLength = 16;
    struct Entry {
        QLatin1StringView word;
        QList<int> at;
    };
    std::array<std::vector<Entry>, MaxLength> m_byLength;
};

// Words that say whose or what kind of police, not which force: demonyms
// ("Japanese", "Korean", "Russian", "Turkish") and kinds ("Riot", "Border").
bool isPeopleOrKind(const QString &word)
{
    static const QStringList endings = {QStringLiteral("ese"), QStringLiteral("ish"), QStringLiteral("ian"), QStringLiteral("ean"),
                                        QStringLiteral("can"), QStringLiteral("man"), QStringLiteral("ch"), QStringLiteral("ss")};
    static const TextScan::WordSet others = {
        QStringLiteral("Thai"), QStringLiteral("Iraqi"), QStringLiteral("Saudi"), QStringLiteral("Israeli"),
        QStringLiteral("Pakistani"), QStringLiteral("Kuwaiti"), QStringLiteral("Bangladeshi"), QStringLiteral("Greek"),
        QStringLiteral("Filipino"), QStringLiteral("Local"), QStringLiteral("State"), QStringLiteral("Federal"),
        QStringLiteral("National"), QStringLiteral("Military"), QStringLiteral("Secret"), QStringLiteral("Riot"),
        QStringLiteral("Traffic"), QStringLiteral("Border"), QStringLiteral("Transport"), QStringLiteral("Prefectural"),
        QStringLiteral("Metropolitan"), QStringLiteral("City"), QStringLiteral("Regional"), QStringLiteral("Provincial"),
        QStringLiteral("Religious"), QStringLiteral("Moral"), QStringLiteral("Cyber"), QStringLiteral("Armed"),
    };
    return others.contains(QStringView(word))
        || std::any_of(endings.cbegin(), endings.cend(), [&word](const QString &e) { return word.endsWith(e); });
}

// The ISO code of the country whose possessive stands right before pos
// ("Ukraine's " → "UA"), or empty.
QString owningCountry(const QString &text, int pos)
{
    static const QRegularExpression possessor(QStringLiteral("(?:\\b([A-Z][a-z]+(?:\\s[A-Z][a-z]+)?|UK|US)|(?<!\\w)(U\\.[SK]\\.))[’']s\\s\\z|\\b(Netherlands)[’']\\s\\z"));
    const QRegularExpressionMatch owner = possessor.matchView(QStringView(text).mid(qMax(0, pos - 30), qMin(30, pos)));
    if (!owner.hasMatch())
        return {};
    return countryCode(owner.hasCaptured(1) ? owner.captured(1) : owner.hasCaptured(2) ? owner.captured(2) : owner.captured(3));
}

// A state's central bank: so named, or described as one ("Saudi central
// bank" among its aliases).
bool isCentralBank(const Gazetteer::Body &body)
{
    return body.canonical.contains(QLatin1String("Central Bank"))
        || std::any_of(body.aliases.cbegin(), body.aliases.cend(), [](const QString &a) { return a.endsWith(QLatin1String(" central bank")); });
}

// A month's or a weekday's name: "(Monday)" after a body is when, not a name.
bool isCalendarWord(const QString &word)
{
    static const QSet<QString> names = [] {
        QSet<QString> set;
        for (int k = 1; k <= 12; ++k)
            set.insert(QLocale::c().monthName(k));
        for (int k = 1; k <= 7; ++k)
            set.insert(QLocale::c().dayName(k));
        return set;
    }();
    return names.contains(word);
}

// A short name written as a word, defined in brackets after the full one:
// "Finnish Security and Intelligence Service (Supo)", "Finnish Transport and
// Communications Agency (Traficom)"; not a place ("(Japan)", "(Tokyo)").
bool isShortName(const QString &word, const QString &name)
{
    if (word.size() < 3 || !std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); }) || isCountry(word)
        || isCalendarWord(word))
        return false;
    const QStringList nameWords = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (nameWords.contains(word))
        return false;
    return std::any_of(nameWords.cbegin(), nameWords.cend(), [&word](const QString &w) { return w.at(0).isUpper() && w.at(0) == word.at(0); });
}

// A capitalised word: a name's word ("Energy", "Self-Defense").
bool isCapitalisedWord(QStringView word)
{
    return !word.isEmpty() && word.at(0).isUpper() && std::all_of(word.cbegin(), word.cend(), [](QChar c) {
        return c.isLetter() || c == u'-' || c == u'.' || c == u'\'' || c == u'\u2019';
    });
}

// The names of a list that shares one plural head, written once before it:
// "the Departments of Energy, Health and Human Services, the Interior,
// Transportation, and Veterans Affairs", "the Ministries of Defence and
// Foreign Affairs". Each conjunct is one body; the head goes with the first
// (spans are contiguous). A conjunct is a run of capitalised words, joined
// by "and" only where the list closes with a serial comma ("Health and Human
// Services"); the list ends at the first conjunct followed by other words.
QList<TextSpan> headFirstList(const QString &text, int headStart, int listStart)
{
    int end = listStart;
    while (end < text.size() && end - listStart < 400 && text.at(end) != u'\n' && text.at(end) != u';'
           && !(text.at(end) == u'.' && (end + 1 == text.size() || text.at(end + 1).isSpace())))
        ++end;
    const QStringView list = QStringView(text).mid(listStart, end - listStart);
    const bool serialComma = list.contains(QLatin1String(", and "));
    QList<TextSpan> conjuncts;
    int at = 0;
    while (at < list.size()) {
        if (list.mid(at).startsWith(QLatin1String("the ")))
            at += 4;
        // The run of capitalised words from here.
        int runEnd = at;
        int next = at;
        while (next < list.size()) {
            int wordEnd = next;
            while (wordEnd < list.size() && !list.at(wordEnd).isSpace() && list.at(wordEnd) != u',')
                ++wordEnd;
            const QStringView word = list.mid(next, wordEnd - next);
            if (isCapitalisedWord(word)) {
                runEnd = wordEnd;
            } else if (!(word == QLatin1String("and") || word == QLatin1String("&") || word == QLatin1String("of"))
                       || runEnd != next - 1 || (word != QLatin1String("of") && !serialComma)) {
                break;
            } else if (wordEnd + 1 >= list.size() || !list.at(wordEnd + 1).isUpper()) {
                break; // "and the Small Business Administration": not one name
            }
            if (wordEnd >= list.size() || list.at(wordEnd) != u' ')
                break;
            next = wordEnd + 1;
        }
        if (runEnd == at)
            break;
        conjuncts.append({listStart + at, listStart + runEnd});
        // What joins the next conjunct: ", ", ", and ", " and ".
        QStringView rest = list.mid(runEnd);
        int joiner = 0;
        for (const QLatin1StringView j : {QLatin1StringView(", and "), QLatin1StringView(", & "), QLatin1StringView(" and "),
                                          QLatin1StringView(" & "), QLatin1StringView(", ")}) {
            if (rest.startsWith(j)) {
                joiner = int(j.size());
                break;
            }
        }
        if (joiner == 0)
            break;
        at = runEnd + joiner;
    }
    if (conjuncts.size() < 2)
        return {};
    conjuncts.first().start = headStart;
    return conjuncts;
}

// An acronym as written: a few capitals and digits ("GAO", "G7").
bool isAcronym(QStringView word)
{
    return !word.isEmpty() && word.size() <= 6 && std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isUpper() || c.isDigit(); });
}

} // namespace

// The ISO code of a country or territory by its English name (QLocale's
// names: "Ukraine" → "UA"), or empty.
QString countryCode(const QString &name)
{
    static const QHash<QString, QString> codes = [] {
        QHash<QString, QString> h;
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t)
            h.insert(QLocale::territoryToString(QLocale::Territory(t)), QLocale::territoryToCode(QLocale::Territory(t)));
        // As the news writes them.
        // (And the states' own formal names: "of the Kyrgyz Republic".)
        for (const auto &[written, code] : {std::pair{"UK", "GB"}, std::pair{"U.K.", "GB"}, std::pair{"Britain", "GB"}, std::pair{"US", "US"},
                                            std::pair{"U.S.", "US"}, std::pair{"America", "US"}, std::pair{"Korea", "KR"},
                                            std::pair{"Türkiye", "TR"}, std::pair{"Czechia", "CZ"}, std::pair{"Netherlands", "NL"},
                                            std::pair{"Kyrgyz Republic", "KG"}, std::pair{"Czech Republic", "CZ"}, std::pair{"Slovak Republic", "SK"},
                                            std::pair{"Russian Federation", "RU"}, std::pair{"Lao PDR", "LA"}, std::pair{"Lao People's Democratic Republic", "LA"},
                                            std::pair{"Republic of Korea", "KR"}, std::pair{"Islamic Republic of Iran", "IR"},
                                            std::pair{"Republic of Moldova", "MD"}, std::pair{"United Republic of Tanzania", "TZ"}})
            h.insert(QString::fromUtf8(written), QString::fromLatin1(code));
        return h;
    }();
    return codes.value(name);
}

// Whether a name is a country's or territory's (QLocale's English names).
bool isCountry(const QString &name)
{
    return !countryCode(name).isEmpty();
}

bool hasHeadNoun(QStringView name)
{
    static const QStringList heads = {
        QStringLiteral("Ministry"), QStringLiteral("Department"), QStringLiteral("Agency"), QStringLiteral("Bureau"),
        QStringLiteral("Division"), QStringLiteral("Directorate"), QStringLiteral("Secretariat"), QStringLiteral("Headquarters"),
        QStringLiteral("Command"), QStringLiteral("Commission"), QStringLiteral("Council"), QStringLiteral("Committee"),
        QStringLiteral("Office"), QStringLiteral("Authority"), QStringLiteral("Administration"), QStringLiteral("Service"),
        QStringLiteral("Center"), QStringLiteral("Centers"), QStringLiteral("Centre"), QStringLiteral("Centres"),
        QStringLiteral("Force"), QStringLiteral("Forces"), QStringLiteral("Police"), QStringLiteral("Guard"), QStringLiteral("Army"),
        QStringLiteral("Navy"), QStringLiteral("Court"), QStringLiteral("Parliament"), QStringLiteral("Assembly"),
        QStringLiteral("Legislature"), QStringLiteral("Cabinet"), QStringLiteral("Unit"), QStringLiteral("Inspectorate"),
        QStringLiteral("Board"), QStringLiteral("Panel"), QStringLiteral("Working Party"), QStringLiteral("Subcommittee"),
        QStringLiteral("Section"), QStringLiteral("Branch"), QStringLiteral("Wing"), QStringLiteral("Regulator"), QStringLiteral("Government"),
        QStringLiteral("Superintendency"), QStringLiteral("Superintendence"),
    };
    // One word of ASCII letters is looked up: an expression costs some
    // thousands of instructions before it reads a character, and most calls
    // ask about one word.
    if (!name.isEmpty() && std::all_of(name.cbegin(), name.cend(), [](QChar c) { return char16_t((c.unicode() | 0x20) - u'a') < 26; })) {
        static const TextScan::WordSet words = [] {
            TextScan::WordSet set;
            for (const QString &head : heads)
                set.insert(head);
            return set;
        }();
        return words.contains(name);
    }
    static const QRegularExpression head(QStringLiteral("\\b(?:") + heads.join(u'|').replace(u' ', QStringLiteral("\\s")) + QStringLiteral(")\\b"));
    return head.matchView(name).hasMatch();
}

void completeBodyNames(const QString &text, QList<Token> &tokens, const Gazetteer &gazetteer, Tokenizer &tokenizer)
{
    // The longest gazetteer name written at pos, as the definition's first
    // rules matched names: marks may follow a name in the same word
    // ("Eurojust,", "ASEAN-Singapore"; "U.S." being one name).
    const auto nameAt = [&text, &gazetteer](const TextSpan &token) {
        // (A first word in lower case is a keyword, which ends before a
        // mark: "economy" of "economy, trade and industry ministry".)
        const int limit = text.at(token.start).isLower() ? int(text.size()) : token.end;
        int wordEnd = token.start;
        while (wordEnd < limit && !text.at(wordEnd).isSpace())
            ++wordEnd;
        for (int e = wordEnd; e > token.start; --e) {
            if (e < wordEnd && isWordChar(text.at(e)))
                continue;
            if (const qsizetype length = gazetteer.nameLengthAt(text, token.start, e - token.start))
                return int(length);
        }
        return 0;
    };
    QList<Token> out;
    out.reserve(tokens.size());
    TextSpan name; // the last name completed: tokens that start inside it go
    // Lines read again, in characters: a few times the text's length, so
    // that a long line of such names costs no time in the square of its
    // length. Past it, a match that ran on over a name is dropped.
    qint64 budget = 4 * qint64(text.size()) + 100000;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token t = tokens.at(i);
        if (t.span.start < name.end) {
            // A match that ran on over the name ("the Italian Postal Police
            // on the Olympic Games"): the rest of the line as the definition
            // reads it after the whole name.
            if (t.span.end > name.end) {
                int lineEnd = 0;
                const QList<Token> after = tokenizer.tokensAfter(text, name, &lineEnd, &budget);
                if (lineEnd < 0)
                    continue;
                qsizetype next = i;
                while (next < tokens.size() && tokens.at(next).span.start < lineEnd)
                    ++next;
                tokens.remove(i, next - i);
                tokens.insert(i, after.size(), Token());
                std::copy(after.cbegin(), after.cend(), tokens.begin() + i);
                --i;
            }
            continue;
        }
        // A first word; a match of another rule from the first word of a
        // name: the pattern's, an identifier's ("GC3"), a currency's ("NIS
        // 2"). Not a speaker's label, tried before any name.
        const QChar first = t.span.length() > 0 ? text.at(t.span.start) : QChar();
        if (t.kind == Token::BodyStart
            || (first >= u'A' && first <= u'Z' && t.kind != Token::SpeakerLabel && t.kind != Token::Quote)) {
            const int length = nameAt(t.span);
            // (Not where the pattern reads a name whose list of fields goes
            // on past the gazetteer's: "Ministry of Labour and Social
            // Security (MINTSS)" is not "Ministry of Labour"; but "Ministry
            // of Defense and Japan Coast Guard", "… and NATO" are two.)
            if (length && t.kind == Token::BodyPattern && t.span.end > t.span.start + length) {
                const QStringView rest = QStringView(text).mid(t.span.start + length, t.span.end - t.span.start - length);
                if (rest.startsWith(QLatin1String(" and ")) && rest.size() > 5 && rest.at(5).isUpper() && rest.count(u' ') <= 4) {
                    const QString fields = rest.mid(5).toString();
                    const QString firstWord = fields.section(u' ', 0, 0);
                    // (nor a country or its people: "… and Japan", "… and New
                    // Zealand", "… and Danish …")
                    if (!fields.startsWith(QLatin1String("The ")) && !hasHeadNoun(fields) && !isCountry(fields) && !isCountry(fields.section(u' ', 0, 1))
                        && !isCountry(firstWord) && !isPeopleOrKind(firstWord)
                        && !gazetteer.nameLengthAt(text, t.span.start + length + 5, firstWord.size())) {
                        out.append(t);
                        continue;
                    }
                }
            }
            if (length) {
                name = {t.span.start, t.span.start + length};
                out.append(Token{name, Token::Body});
                if (t.span.end > name.end)
                    --i; // again, as a token that runs on over the name
                continue;
            }
            // A first word that opens no name: no other rule matched it.
            if (t.kind == Token::BodyStart)
                continue;
        }
        out.append(t);
    }
    tokens = out;
}

QList<BodyMention> bodies(const TextScan::Layout &layout, const QList<Token> &tokens, const QList<TextSpan> &furniture,
                          const Gazetteer &gazetteer)
{
    const QString &text = layout.text();
    QList<BodyMention> out;
    QSet<QString> aliases; // acronyms the text defines
    QHash<QString, TextSpan> definedBy; // each one's long name
    // Which jurisdiction a shared acronym means here: the text's most
    // frequent one among unambiguous names; on a tie, the one named first
    // (a list, not a hash: the answer must not change from run to run).
    QList<std::pair<QString, int>> jurisdictionVotes;

    // The gazetteer's bodies a mention may be: after a country's
    // possessive, that country's ("China's Ministry of Foreign Affairs",
    // "Pakistan's ICT ministry"). One described in lower case is the named
    // country's or none: "Ukraine's military intelligence agency" is not
    // Russia's.
    // The whole name of a body a list names with a shared head: "Energy" in
    // "the Departments of Energy and …" is the Department of Energy, "Ground"
    // in "the Ground, Maritime and Air Self-Defense Forces" the Ground
    // Self-Defense Force.
    QHash<int, QString> wholeNames;
    const auto candidatesFor = [&text, &gazetteer, &wholeNames](const TextSpan &span) {
        const auto whole = wholeNames.constFind(span.start);
        const QString name = whole != wholeNames.cend() ? *whole : span.text(text);
        auto found = gazetteer.lookup(name);
        // ("Air Self-Defense Forces" is the Air Self-Defense Force.)
        if (found.isEmpty() && (whole != wholeNames.cend() || name.endsWith(QLatin1String("Forces"))) && name.endsWith(u's'))
            found = gazetteer.lookup(name.chopped(1));
        // (A name in the list that is whole already: "… and the Small
        // Business Administration".)
        if (found.isEmpty() && whole != wholeNames.cend())
            found = gazetteer.lookup(span.text(text));
        const QString code = found.size() > 1 || name.front().isLower() ? owningCountry(text, span.start) : QString();
        const auto owned = [&code](const Gazetteer::Body *b) { return b->jurisdiction == code; };
        if (!code.isEmpty() && (name.front().isLower() || std::any_of(found.cbegin(), found.cend(), owned)))
            found.removeIf([&owned](const Gazetteer::Body *b) { return !owned(b); });
        return found;
    };

    auto addMention = [&](TextSpan span, bool fromGazetteer) {
        if (span.length() <= 0 || Furniture::contains(furniture, span))
            return;
        // A portfolio in a minister's title: "Home Affairs Minister Daniel
        // Moretti" (not "Digital Agency Minister" or "DES Minister": a
        // body's name or acronym).
        const QStringView next = QStringView(text).mid(span.end, 10);
        if ((next.startsWith(QLatin1String(" Minister")) || next.startsWith(QLatin1String(" minister")))
            && (next.size() == 9 || !next.at(9).isLetter()) && !hasHeadNoun(QStringView(text).mid(span.start, span.length()))
            && !isAcronym(QStringView(text).mid(span.start, span.length())))
            return;
        // A commissioner's office as the title before a name: "Privacy
        // Commissioner of Canada Mireille Gagnon said" (the person speaks).
        if (next.size() > 2 && next.at(0) == u' ' && next.at(1).isUpper() && next.at(2).isLower()
            && QStringView(text).mid(span.start, span.length()).contains(QLatin1String("Commissioner"))
            && !QStringView(text).mid(span.start, span.length()).startsWith(QLatin1String("Office"))) {
            static const QRegularExpression name(QStringLiteral("^\\s[A-Z][a-z]+(?:\\s[A-Z]\\.)?\\s[A-Z][a-z]+"));
            if (name.matchView(QStringView(text).mid(span.end, 40)).hasMatch())
                return;
        }
        // A place named after a body: "on Parliament Hill".
        if (next.startsWith(QLatin1String(" Hill")) && QStringView(text).mid(span.start, span.length()) == QLatin1String("Parliament"))
            return;
        // A handle ("@FCC"), a party named in a case ("MCI v. FCC") and a
        // document's number ("FCC 26-17") are no mentions of the body.
        if (span.start > 0 && text.at(span.start - 1) == u'@')
            return;
        if (next.startsWith(QLatin1String(" v. ")) || (span.start >= 3 && QStringView(text).mid(span.start - 3, 3) == QLatin1String("v. ")))
            return;
        if (next.size() > 4 && next.at(0) == u' ' && next.at(1).isDigit() && next.at(2).isDigit() && next.at(3) == u'-' && next.at(4).isDigit()
            && isAcronym(QStringView(text).mid(span.start, span.length())))
            return;
        // A chamber's measure and its number: "Senate Resolution No. 1193",
        // "House Bill 4567".
        static const QRegularExpression measure(QStringLiteral("^\\s(?:(?:Joint|Concurrent)\\s)?(?:Bill|Resolution)\\s(?:No\\.\\s?)?\\d"));
        if (next.size() > 1 && next.at(0) == u' ' && (next.at(1) == u'B' || next.at(1) == u'R' || next.at(1) == u'J' || next.at(1) == u'C')
            && measure.matchView(QStringView(text).mid(span.end, 32)).hasMatch())
            return;
        // A portfolio in a title written before the name: "Minister of State
        // for Home Affairs Faridah Osman" (but "Minister for the Cabinet
        // Office", "Secretary of the Treasury": the body itself).
        static const QRegularExpression portfolioTitle(QStringLiteral("\\b(?:Minister|Secretary)(?:\\sof\\sState)?\\s(?:for|of)\\s\\z"));
        const QStringView lead = QStringView(text).mid(qMax(0, span.start - 4), qMin(4, span.start));
        if ((lead == QLatin1String("for ") || lead == QLatin1String(" of "))
            && portfolioTitle.matchView(QStringView(text).mid(qMax(0, span.start - 30), qMin(30, span.start))).hasMatch()
            && !hasHeadNoun(QStringView(text).mid(span.start, span.length())))
            return;
        // A minister's title before the name: "Minister of Public
        // Administration Jovan Radulović" (a title the name pattern read as
        // a body).
        if (!fromGazetteer && QStringView(text).mid(span.start, 9) == QLatin1String("Minister ")) {
            static const QRegularExpression personAfter(QStringLiteral("^\\s\\p{Lu}\\p{Ll}+\\s\\p{Lu}\\p{Ll}"), QRegularExpression::UseUnicodePropertiesOption);
            if (personAfter.matchView(QStringView(text).mid(span.end, 40)).hasMatch())
                return;
        }
        // A currency written before its figure: "NIS 13.5 billion" (new
        // Israeli shekels); nor is "the NIS 2 directive" a body.
        if (next.size() > 1 && next.at(0) == u' ' && next.at(1).isDigit() && span.length() == 3
            && QStringView(text).mid(span.start, 3) == QLatin1String("NIS"))
            return;
        // An acronym that names a law: "the NIS Regulations", "the CISA
        // Act", "the first NIS directive" (the law, not the agency).
        const QStringView written = QStringView(text).mid(span.start, span.length());
        const bool acronym = isAcronym(written);
        const QStringView following = QStringView(text).mid(span.end, 14);
        const auto nextWordIs = [&following](QLatin1StringView word) {
            return following.size() > word.size() && following.at(0) == u' ' && following.mid(1).startsWith(word)
                && (following.size() == word.size() + 1 || !following.at(word.size() + 1).isLetter());
        };
        if (acronym && (nextWordIs(QLatin1StringView("Regulations")) || nextWordIs(QLatin1StringView("Directive")) || nextWordIs(QLatin1StringView("directive"))
                        || nextWordIs(QLatin1StringView("Act"))))
            return;
        // A party that bears the name: "Congress MP Rajesh Menon", "the
        // Congress party" (India's).
        if (written == QLatin1String("Congress")
            && (nextWordIs(QLatin1StringView("MP")) || nextWordIs(QLatin1StringView("MPs")) || nextWordIs(QLatin1StringView("MLA"))
                || nextWordIs(QLatin1StringView("MLAs")) || nextWordIs(QLatin1StringView("party")) || nextWordIs(QLatin1StringView("Party"))))
            return;
        // The last word of another congress's name: "the Nigeria Labour
        // Congress", "the Trades Union Congress", "the World Uyghur
        // Congress" (not "the US Congress", "the Brazilian Congress").
        if (written == QLatin1String("Congress") && span.start >= 2 && text.at(span.start - 1) == u' ') {
            qsizetype from = span.start - 1;
            while (from > 0 && text.at(from - 1).isLetter())
                --from;
            const QString before = text.mid(from, span.start - 1 - from);
            static const QRegularExpression demonym(QStringLiteral("(?:an|ese|ish|ch|ic|i)$"));
            if (!before.isEmpty() && before.front().isUpper() && !isCountry(before) && !leadingNonNameWords().contains(before)
                && !demonym.match(before).hasMatch())
                return;
        }
        // The EU in a legal act's number, "Regulation (EU) 2025/38"; a
        // name inside an identifier, "DIGITAL-ECCC-2026-DEPLOY".
        // (Not a body's name that ends in the word: "the Luxembourg
        // Institute of Regulation (ILR) and …".)
        if (span.start >= 2 && text.at(span.start - 1) == u'(' && QStringView(text).mid(span.end, 2) == QLatin1String(") ")
            && span.end + 2 < text.size() && text.at(span.end + 2).isDigit()) {
            static const QRegularExpression act(QStringLiteral("\\b(?:Regulation|Directive|Decision)\\s\\($"));
            if (act.matchView(QStringView(text).mid(qMax(0, span.start - 14), qMin(14, span.start))).hasMatch())
                return;
        }
        if (span.start >= 2 && text.at(span.start - 1) == u'-' && (text.at(span.start - 2).isUpper() || text.at(span.start - 2).isDigit())
            && next.startsWith(u'-'))
            return;
        // An acronym opening a report's or a case's number: "GAO-27-106812";
        // one of a longer acronym: "PDI-P" (a party), not "CISA-led".
        if (acronym && next.size() > 1 && next.at(0) == u'-'
            && (next.at(1).isDigit() || (next.at(1).isUpper() && (next.size() == 2 || !next.at(2).isLetter()))))
            return;
        // A building: "Cannon House Office Building", "the local Garda
        // station"; a licence: "the Open Parliament Licence".
        if (next.startsWith(QLatin1String(" Building")) || next.startsWith(QLatin1String(" station")) || next.startsWith(QLatin1String(" Licence"))
            || next.startsWith(QLatin1String(" License")))
            return;
        // Part of a web address: "NCSC.GOV.UK", "cyber.gc.ca".
        if (span.end + 1 < text.size() && text.at(span.end) == u'.' && text.at(span.end + 1).isLetter())
            return;
        // A party's own organ: "the Liberal Democratic Party's Research
        // Commission on Security" (a party is no part of government).
        if (!fromGazetteer && span.start >= 8) {
            const QStringView before = QStringView(text).mid(span.start - 8, 8);
            if (before == QLatin1String("Party's ") || before == QStringLiteral("Party’s "))
                return;
        }
        // A country's military as an adjective: "five Chinese military
        // officers", "Chinese military power" (not "the Chinese military
        // had never …").
        if (QStringView(text).mid(span.start, span.length()).endsWith(QLatin1String("military")) && next.startsWith(u' ')) {
            static const TextScan::WordSet things = {
                QStringLiteral("officers"), QStringLiteral("officer"), QStringLiteral("personnel"), QStringLiteral("power"),
                QStringLiteral("hackers"), QStringLiteral("units"), QStringLiteral("leaders"), QStringLiteral("spending"),
                QStringLiteral("budget"), QStringLiteral("drills"), QStringLiteral("exercises"), QStringLiteral("bases"),
                QStringLiteral("base"), QStringLiteral("aircraft"), QStringLiteral("ships"), QStringLiteral("activities"),
                QStringLiteral("activity"), QStringLiteral("capabilities"), QStringLiteral("modernization"), QStringLiteral("expansion"),
                QStringLiteral("strategy"), QStringLiteral("threat"), QStringLiteral("presence"), QStringLiteral("pressure"),
                QStringLiteral("networks"), QStringLiteral("systems"), QStringLiteral("secrets"), QStringLiteral("targets"),
                QStringLiteral("unit"),
            };
            const QStringView following = QStringView(text).mid(span.end + 1, 16);
            qsizetype end = 0;
            while (end < following.size() && following.at(end).isLetter())
                ++end;
            if (things.contains(following.first(end)))
                return;
        }
        QString name = span.text(text);
        // "Cabinet" inside the office titles "(Chief) Cabinet Secretary" is
        // part of a title, not a body.
        // Nor in a document's name: a Cabinet Order, a written answer's
        // number "Cabinet Shu No. 52".
        if (name.compare(QLatin1String("Cabinet"), Qt::CaseInsensitive) == 0
            && (QStringView(text).mid(span.end, 10).startsWith(QLatin1String(" Secretary"), Qt::CaseInsensitive)
                || QStringView(text).mid(span.end, 7).startsWith(QLatin1String(" Order")) || QStringView(text).mid(span.end, 9).startsWith(QLatin1String(" Shu No."))))
            return;
        if (!fromGazetteer) {
            // A name does not run across a sentence's end: "… under the IT
            // Act. Superintendent of Police Sanjay Patil", "… Medicaid
            // Services. See NCSC.GOV.UK" (but "U.S. Department of Justice").
            // The name is the part with the head noun.
            for (qsizetype stop = name.lastIndexOf(QLatin1String(". ")); stop > 0; stop = name.lastIndexOf(QLatin1String(". "), stop - 1)) {
                const qsizetype wordStart = name.lastIndexOf(QLatin1Char(' '), stop) + 1;
                if (TextScan::isAbbreviation(QStringView(name).mid(wordStart, stop + 1 - wordStart)))
                    continue;
                if (hasHeadNoun(QStringView(name).left(stop)) && !hasHeadNoun(QStringView(name).mid(stop + 2))) {
                    span.end = span.start + int(stop);
                    name = name.left(stop);
                    break;
                }
                span.start += int(stop) + 2;
                name = name.mid(stop + 2);
                if (gazetteer.isTitle(name))
                    return;
                break;
            }
            // "Osaka-based Kansai Data Service": where, not part of the name.
            static const QRegularExpression basedIn(QStringLiteral("^[\\w\\-]+-based\\s"));
            if (const QRegularExpressionMatch based = name.contains(QLatin1String("-based")) ? basedIn.match(name) : QRegularExpressionMatch();
                based.hasMatch()) {
                span.start += int(based.capturedLength());
                name = name.mid(based.capturedLength());
            }
            // Trim words that open sentences or describe, not name.
            while (true) {
                const int space = int(name.indexOf(QLatin1Char(' ')));
                if (space < 0 || !leadingNonNameWords().contains(name.left(space)))
                    break;
                span.start += space + 1;
                name = name.mid(space + 1);
            }
            // A head noun alone refers back ("the Ministry"), except the
            // legislature, which a text names so ("before Parliament"), and
            // a country's services ("the Navy and the Army", "a former Navy
            // cryptologist").
            static const TextScan::WordSet namedAlone = {QStringLiteral("Parliament"), QStringLiteral("Army"), QStringLiteral("Navy")};
            if ((isHeadNounOnly(name) && !namedAlone.contains(name)) || gazetteer.isNotABody(name) || gazetteer.isTitle(name))
                return;
            // A hospital: "Osaka General Medical Center".
            if (name.endsWith(QLatin1String("Medical Center")) || name.endsWith(QLatin1String("Medical Centre")))
                return;
            // "Sanjay Patil and Deputy Commissioner of Police": a person and
            // a title joined, no body.
            const qsizetype joined = name.lastIndexOf(QLatin1String(" and "));
            if (joined > 0) {
                QString right = name.mid(joined + 5);
                while (right.contains(QLatin1Char(' ')) && leadingNonNameWords().contains(right.section(QLatin1Char(' '), 0, 0)))
                    right = right.section(QLatin1Char(' '), 1);
                if (gazetteer.isTitle(right))
                    return;
            }
        }
        BodyMention mention{span, {}, {}};
        const auto found = candidatesFor(span);
        if (found.size() == 1) {
            mention.canonical = found.first()->canonical;
            mention.jurisdiction = found.first()->jurisdiction;
            auto vote = std::find_if(jurisdictionVotes.begin(), jurisdictionVotes.end(),
                                     [&](const auto &v) { return v.first == mention.jurisdiction; });
            if (vote == jurisdictionVotes.end())
                jurisdictionVotes.append({mention.jurisdiction, 1});
            else
                ++vote->second;
        }
        out.append(mention);
    };

    // Whether a found mention covers part of span already.
    const auto isTaken = [&out](const TextSpan &span) {
        return std::any_of(out.cbegin(), out.cend(), [&span](const BodyMention &b) { return b.span.overlaps(span); });
    };

    // A named unit and the body it belongs to are two names: "the
    // Cybercrime Unit of the Criminal Investigations Department", "the
    // Security Policy Committee of the National Council" (not a head noun
    // alone before "of": "Department of the Air Force", "Office of the
    // Personal Data Protection Committee").
    static const QRegularExpression unitOfBody(QStringLiteral(
        "^([A-Z][\\w\\-]*(?:\\s[A-Z][\\w\\-]*)*\\s(?:Sub-)?(?:Unit|Division|Committee|Subcommittee|Section|Branch|Bureau|Department|Directorate|"
        "Centre|Center|Command|Team|Wing))\\sof\\sthe\\s([A-Z].*)$"));
    for (const Token &t : tokens) {
        if (t.kind == Token::Body) {
            addMention(t.span, true);
        } else if (t.kind == Token::SpeakerLabel) {
            // A headline or crosshead a body's name opens, as a transcript's
            // label is written: "CERT.LV: attacks on state websites
            // fourfold", "NCSC: …".
            TextSpan span = t.span;
            while (span.end > span.start && (text.at(span.end - 1) == u':' || text.at(span.end - 1).isSpace()))
                --span.end;
            while (span.start < span.end && text.at(span.start).isSpace())
                ++span.start;
            if (span.length() >= 2 && !gazetteer.lookup(span.text(text)).isEmpty())
                addMention(span, true);
        } else if (t.kind == Token::BodyPattern) {
            // A sentence's full stop after the name is not part of it
            // ("… of the Aichi Prefectural Police."; "U.N." keeps its own).
            TextSpan span = t.span;
            if (span.length() > 2 && text.at(span.end - 1) == u'.' && text.at(span.end - 2).isLower())
                span.end -= 1;
            const QStringView name = QStringView(text).mid(span.start, span.length());
            // A kind of firm, not a body: "Internet Service Providers",
            // "Essential Service Operators".
            // Nor is a law named after a body's kind: "the National Public
            // Service Act".
            const QStringView next = QStringView(text).mid(span.end, 11);
            const bool law = (next.startsWith(QLatin1String(" Act")) || next.startsWith(QLatin1String(" Law")))
                && (next.size() == 4 || !next.at(4).isLetter());
            if (next.startsWith(QLatin1String(" Provider")) || next.startsWith(QLatin1String(" Operator")) || law)
                continue;
            // A news agency is an outlet, even the state's: "the Bahrain
            // News Agency (BNA)", "Saudi Press Agency".
            if (name.endsWith(QLatin1String(" News Agency")) || name.endsWith(QLatin1String(" Press Agency")))
                continue;
            // Nor a law and the next provision cited: "the Indian Penal
            // Code and Section 66F of …".
            static const QRegularExpression lawJoined(QStringLiteral(
                "\\b(?:Code|Act|Law|Constitution|Directive|Regulation|Ordinance|Decree|Bill)\\s(?:and|&)\\s(?:Section|Article|Rule|Clause|Chapter|Schedule|Part)$"));
            if ((name.contains(QLatin1String(" and ")) || name.contains(QLatin1String(" & "))) && lawJoined.matchView(name).hasMatch())
                continue;
            // A building's or a party's wing is no unit: "the West Wing".
            if (name.endsWith(QLatin1String(" Wing")) && name.count(u' ') == 1
                && (name.startsWith(QLatin1String("East")) || name.startsWith(QLatin1String("West")) || name.startsWith(QLatin1String("North"))
                    || name.startsWith(QLatin1String("South")) || name.startsWith(QLatin1String("Left")) || name.startsWith(QLatin1String("Right"))))
                continue;
            // A name that lists its fields with commas: "the Geodesy,
            // Cartography and Cadastre Authority" (the pattern reads it from
            // "Cartography"; not "In Tokyo, Trade and …").
            // (Not a head shared by a list of names: "the Ground, Maritime and
            // Air Self-Defense Forces", below.)
            const bool pluralHead = name.endsWith(u's') && !name.endsWith(QLatin1String("ss"));
            if (!pluralHead && (name.contains(QLatin1String(" and ")) || name.contains(QLatin1String(" & ")))) {
                int start = span.start;
                for (int k = 0; k < 3 && start >= 4 && text.at(start - 1) == u' ' && text.at(start - 2) == u','; ++k) {
                    int w = start - 2;
                    while (w > 0 && isWordChar(text.at(w - 1)))
                        --w;
                    if (w == start - 2 || !text.at(w).isUpper() || leadingNonNameWords().contains(text.mid(w, start - 2 - w)))
                        break;
                    start = w;
                }
                const QStringView lead = QStringView(text).mid(qMax(0, start - 4), qMin(4, start));
                if (start < span.start
                    && (start == 0 || text.at(start - 1) == u'\n' || lead.endsWith(QLatin1String("the ")) || lead.endsWith(QLatin1String("The "))
                        || lead.endsWith(u"’s ") || lead.endsWith(QLatin1String("'s ")))) {
                    span.start = start;
                    addMention(span, false);
                    continue;
                }
            }
            // Two names the pattern read as one list: "the Inspectorate
            // General of the PNC and the Superintendency of Banks", "the
            // Ministry of Economy and the Agency of Banks" (a name's own list
            // has no second article: "Ministry of Economy, Trade and
            // Industry").
            if (const qsizetype andThe = name.indexOf(QLatin1String(" and the ")); andThe > 0) {
                const QStringView before = name.first(andThe);
                const QStringView after = name.sliced(andThe + 9);
                if (hasHeadNoun(before) && hasHeadNoun(after) && !isHeadNounOnly(after.toString())) {
                    addMention({span.start, span.start + int(andThe)}, false);
                    addMention({span.start + int(andThe) + 9, span.end}, false);
                    continue;
                }
            }
            // A unit named with what it does and the body it is of: "the
            // Office for Combating Cybercrime of the Cyprus Police", "the
            // Board of Directors of the National Cybersecurity Authority"
            // (two names; not "the Agency for Information Society of
            // Republika Srpska", whose second part has no head noun).
            if (const qsizetype of = name.lastIndexOf(QLatin1String(" of the ")); of > 0) {
                const QStringView before = name.first(of);
                const QStringView body = name.sliced(of + 8);
                const bool secondPart = before.contains(QLatin1String(" of ")) || before.contains(QLatin1String(" for ")) || before.contains(QLatin1String(" on "));
                if (secondPart && hasHeadNoun(before) && hasHeadNoun(body) && !isHeadNounOnly(body.toString())) {
                    addMention({span.start, span.start + int(of)}, false);
                    addMention({span.start + int(of) + 8, span.end}, false);
                    continue;
                }
            }
            const QRegularExpressionMatch unit = name.contains(QLatin1String(" of the ")) ? unitOfBody.matchView(name) : QRegularExpressionMatch();
            if (unit.hasMatch() && hasHeadNoun(unit.capturedView(2)) && !isHeadNounOnly(unit.captured(2))) {
                addMention({span.start, span.start + int(unit.capturedEnd(1))}, false);
                addMention({span.start + int(unit.capturedStart(2)), span.end}, false);
            } else {
                addMention(span, false);
            }
        }
    }

    // Lists that write a shared head once, before the names ("the
    // Departments of Energy, … and Veterans Affairs") or after them ("the
    // Ground, Maritime and Air Self-Defense Forces"): one body per name.
    const WordIndex words(text, {QLatin1StringView("Departments"), QLatin1StringView("Ministries"), QLatin1StringView("agency"),
                                 QLatin1StringView("command"), QLatin1StringView("office"), QLatin1StringView("palace"),
                                 QLatin1StringView("ministry"), QLatin1StringView("watchdog"), QLatin1StringView("regulator"),
                                 QLatin1StringView("body"), QLatin1StringView("panel"),
                                 QLatin1StringView("committee"), QLatin1StringView("military"), QLatin1StringView("central"),
                                 QLatin1StringView("apex"), QLatin1StringView("Team"),
                                 QLatin1StringView("House"), QLatin1StringView("Commons"), QLatin1StringView("Lords"),
                                 QLatin1StringView("parliament"), QLatin1StringView("embassy"), QLatin1StringView("Embassy"),
                                 QLatin1StringView("EMBASSY"), QLatin1StringView("Office"), QLatin1StringView("police"),
                                 QLatin1StringView("authority"), QLatin1StringView("service"), QLatin1StringView("centre"),
                                 QLatin1StringView("center"), QLatin1StringView("directorate"), QLatin1StringView("wing"), QLatin1StringView("department"),
                                 QLatin1StringView("Unit"), QLatin1StringView("council"), QLatin1StringView("administration"),
                                 QLatin1StringView("government"), QLatin1StringView("Presidency"), QLatin1StringView("CERT"),
                                 QLatin1StringView("Government"), QLatin1StringView("Registry"), QLatin1StringView("Cadastre"),
                                 QLatin1StringView("Institute"), QLatin1StringView("Fund"), QLatin1StringView("Bank"),
                                 QLatin1StringView("Department")});
    for (const QLatin1StringView head : {QLatin1StringView("Departments of "), QLatin1StringView("Ministries of ")}) {
        for (const int at : words.at(head.first(head.indexOf(u' ')))) {
            if (!QStringView(text).mid(at).startsWith(head))
                continue;
            const QList<TextSpan> names = headFirstList(text, int(at), int(at + head.size()));
            if (names.isEmpty())
                continue;
            const TextSpan whole{names.first().start, names.last().end};
            out.erase(std::remove_if(out.begin(), out.end(), [&](const BodyMention &m) { return m.span.overlaps(whole); }), out.end());
            const QString singular = head.startsWith(u'D') ? QStringLiteral("Department of ") : QStringLiteral("Ministry of ");
            for (const TextSpan &name : names) {
                wholeNames.insert(name.start, singular + name.text(text));
                addMention(name, true);
            }
        }
    }
    static const QRegularExpression pluralHeadLast(QStringLiteral(
        "^((?:[A-Z][\\w\\-]*\\s)?[A-Z][\\w\\-]*)\\s(?:and|&)\\s([A-Z][\\w\\-]*\\s.*(?:Forces|Committees|Departments|Ministries|Agencies|"
        "Commands|Councils|Courts))$"));
    static const QRegularExpression conjunctsBefore(QStringLiteral("(?:^|[Tt]he\\s)((?:(?:[A-Z][\\w\\-]*\\s)?[A-Z][\\w\\-]*,\\s)+)$"));
    for (qsizetype i = 0, count = out.size(); i < count; ++i) {
        const TextSpan span = out.at(i).span;
        if (text.at(span.end - 1) != u's')
            continue;
        const QRegularExpressionMatch m = pluralHeadLast.matchView(QStringView(text).mid(span.start, span.length()));
        if (!m.hasMatch() || hasHeadNoun(m.capturedView(1)))
            continue;
        const TextSpan first{span.start, span.start + int(m.capturedEnd(1))};
        out[i].span.start = span.start + int(m.capturedStart(2));
        const QStringView last = m.capturedView(2);
        const QString sharedHead = last.sliced(last.indexOf(u' ')).toString(); // " Self-Defense Forces"
        wholeNames.insert(first.start, first.text(text) + sharedHead);
        const qsizetype from = qMax(0, span.start - 60);
        const QRegularExpressionMatch before = conjunctsBefore.matchView(QStringView(text).mid(from, span.start - from));
        if (before.hasMatch()) {
            int at = int(from + before.capturedStart(1));
            for (const QStringView name : before.capturedView(1).tokenize(QLatin1String(", "), Qt::SkipEmptyParts)) {
                if (!hasHeadNoun(name) && !leadingNonNameWords().contains(name.toString())) {
                    wholeNames.insert(at, name.toString() + sharedHead);
                    addMention({at, at + int(name.size())}, true);
                }
                at += int(name.size()) + 2;
            }
        }
        addMention(first, true);
    }

    // Names the text itself describes as no part of government: "the
    // Multi-State Information Sharing and Analysis Center (MS-ISAC), a
    // nonprofit", "the Sofia Centre for Digital Policy, a think tank", "the
    // State Information Technology Agency (Sita), the state-owned company
    // that hosts …", or gives a company's legal form. Not bodies here, nor
    // their acronyms.
    static const QRegularExpression describedPrivate(QStringLiteral(
        "^(?:\\s?\\(([^()]{1,12})\\))?,\\s(?:(?:a|an)\\s(?:[\\w\\-]+\\s){0,3}?(?:non-?profit|not-for-profit|think[ -]tank|charity|NGO|"
        "non-governmental|nongovernmental|private|company|firm|consultancy|start-?up|lobby|advocacy|"
        "(?:trade|industry) (?:group|body|association))|the\\s(?:[\\w\\-]+\\s){0,2}?(?:state-owned|joint-stock)\\s(?:company|enterprise|firm|corporation)"
        "|(?:which|that)\\s(?:is|operates|sits|works)\\s(?:(?:within|inside|under|at|as)\\s)?(?:the\\s|a\\s|an\\s)?(?:non-governmental|nongovernmental|non-?profit|not-for-profit|private))\\b"));
    // A company's name ends in its legal form: "Kansai Data Service Co.".
    static const QRegularExpression legalForm(QStringLiteral("^,?\\s(?:Co\\.|Inc\\b|Ltd\\b|Corp\\b|Corporation\\b|LLC\\b|GmbH\\b|[Pp]lc\\b|K\\.K\\.|Pte\\b|AG\\b|S\\.A\\.)"));
    QSet<QString> notGovernment;
    // A known acronym the text defines as something else: "the National
    // Cybersecurity Fund (NCF)" is not the National Cyber Force here. The
    // definition is the capitalised words before the bracket whose
    // initials spell the acronym, and no body's name.
    for (const BodyMention &m : std::as_const(out)) {
        const QStringView acronym = QStringView(text).mid(m.span.start, m.span.length());
        if (m.canonical.isEmpty() || m.span.start < 3 || text.at(m.span.start - 1) != u'(' || text.at(m.span.start - 2) != u' '
            || m.span.end >= text.size() || text.at(m.span.end) != u')' || !isAcronym(acronym))
            continue;
        const int nameEnd = m.span.start - 2;
        if (std::any_of(out.cbegin(), out.cend(), [nameEnd](const BodyMention &o) { return o.span.end == nameEnd; }))
            continue;
        QString initials;
        int at = nameEnd;
        while (initials.size() < acronym.size() && at > 0) {
            int from = at;
            while (from > 0 && text.at(from - 1).isLetter())
                --from;
            const QStringView word = QStringView(text).mid(from, at - from);
            if (word.isEmpty())
                break;
            if (word.front().isUpper())
                initials.prepend(word.front());
            else if (word != QLatin1String("of") && word != QLatin1String("and") && word != QLatin1String("for") && word != QLatin1String("the"))
                break;
            if (from < 2 || text.at(from - 1) != u' ')
                break;
            at = from - 1;
        }
        if (initials == acronym)
            notGovernment.insert(acronym.toString());
    }
    const auto describedNotGovernment = [&](const BodyMention &m) {
        const QStringView after = QStringView(text).mid(m.span.end, 80);
        // The expression only where a capitalised word or "plc" follows.
        const qsizetype word = after.startsWith(QLatin1String(", ")) ? 2 : 1;
        const bool formFollows = after.size() > word + 1 && (after.at(word - 1) == u' ' || after.at(word - 1) == u',')
            && (after.at(word).isUpper() || after.at(word) == u'p');
        if (formFollows && legalForm.matchView(after.left(14)).hasMatch()) {
            notGovernment.insert(m.span.text(text));
            return true;
        }
        // The expression only where an apposition opens: most names have none.
        const QStringView head = after.left(16);
        if (!head.contains(QLatin1String(", a")) && !head.contains(QLatin1String(", the ")) && !after.left(24).contains(QLatin1String(", which "))
            && !after.left(24).contains(QLatin1String(", that ")))
            return false;
        const QRegularExpressionMatch d = describedPrivate.matchView(after);
        if (!d.hasMatch())
            return false;
        notGovernment.insert(m.span.text(text));
        if (d.hasCaptured(1))
            notGovernment.insert(d.captured(1));
        return true;
    };
    out.erase(std::remove_if(out.begin(), out.end(), describedNotGovernment), out.end());
    // (Every mention of a name so described, and of its acronym.)
    const auto dropNotGovernment = [&] {
        if (!notGovernment.isEmpty())
            out.removeIf([&](const BodyMention &m) { return notGovernment.contains(m.span.text(text)); });
    };
    dropNotGovernment();

    // One country's agency or ministry described, not named: "South
    // Korea's spy agency", "the nation's electronic spy agency", "the
    // cyber agency", "the interior ministry",
    // "the Bulgarian finance ministry" (not "a new cyber agency": no
    // particular one); a headline's "Spy agency tells lawmakers …", "EU
    // cyber agency says …", "… doubled in 2026, cyber agency says", "…,
    // says French cyber agency".
    // (A headline names what speaks without "the": after the line's start,
    // a comma, "as" or the verb.)
    static const QRegularExpression describedAgency(QStringLiteral(
        "(?:[’']s\\s|\\b[Tt]he\\s|^|(?<=\\s)(?=(?:US|UK)\\s)|(?<=\\bEU\\s)|(?<=\\b(?:[Ss]ays|[Ww]arns|[Tt]ells|[Uu]rges)\\s)|(?<=[,;]\\s)|(?<=\\bas\\s))"
        "((?:(?:US|UK)\\s|[A-Z][a-z]+(?:an|ese|ish|ch)\\s)?(?:main\\s|chief\\s|top\\s|primary\\s|national\\s|foreign\\s|domestic\\s|official\\s)?(?:electronic\\s)?"
        "(?:cyber(?:security|\\ssecurity|spy|\\sdefen[cs]e)?|spy|intelligence|aid|development|signals\\sintelligence|foreign\\sintelligence|space|police|public\\semployment|"
        "law\\senforcement|(?<=^)(?:Cyber(?:security)?|Spy|Intelligence))\\sagency)$"),
        QRegularExpression::MultilineOption);
    // A directorate described by its field: "the Lebanese Army's
    // intelligence directorate", "the civil aviation directorate" (not "the
    // new directorate": which one is not said; a cyber directorate is
    // describedCentre's).
    static const QRegularExpression describedDirectorate(QStringLiteral(
        "(?:[’']s\\s|\\b[Tt]he\\s)((?:(?:military|state|national|general)\\s)?(?:intelligence|civil\\saviation|aviation|"
        "security|customs|immigration|police|tax|counter-?terrorism|emergency)\\sdirectorate)$"));
    static const QRegularExpression describedMinistry(QStringLiteral(
        "(?:[’']s\\s|\\b[Tt]he\\s|^|(?<=[,;]\\s))((?:[A-Z][a-z]+\\s)?(?:foreign|defen[cs]e|interior|home|finance|justice|health|trade|industry|"
        "economy|education|digital|communications|transport|labou?r|agriculture|environment|science|culture|energy|IT|ICT|"
        "security|information|telecom(?:munications)?|commerce|technology|armed\\sforces)(?:\\saffairs)?\\sministry)$"),
        QRegularExpression::MultilineOption);
    // "Japan's privacy watchdog", "the country's telecoms regulator",
    // "Italy's data protection authority"; a headline's "Privacy watchdog
    // fines …", "…, as data watchdog opens probe", "…, says national
    // cybersecurity authority" (a cyber authority only where it speaks:
    // "made X the national cybersecurity authority" is a role).
    static const QRegularExpression describedRegulator(QStringLiteral(
        "(?:[’']s\\s|\\b[Tt]he\\s|^|(?<=[,;]\\s)|(?<=\\bas\\s)|(?<=\\b(?:[Ss]ays|[Ww]arns|[Tt]ells)\\s))"
        "((?:(?:federal|national|state)\\s)?(?:(?:[Pp]rivacy|[Dd]ata(?:\\sprotection)?|"
        "competition|antitrust|financial|media|telecoms?|telecommunications|communications|nuclear|cyber(?:security)?|election|securities|"
        "markets?|banking)\\s(?:watchdog|regulator)|[Dd]ata\\sprotection\\sauthority)"
        "|(?<=\\b(?:[Ss]ays|[Ww]arns|[Tt]ells)\\s)(?:national\\s)?cyber(?:\\s?security)?\\sauthority)$"),
        QRegularExpression::MultilineOption);
    // An election commission as South Asian and Philippine papers call it:
    // "the poll body's website", "the poll panel".
    static const QRegularExpression describedPollBody(QStringLiteral("(?:[’']s\\s|\\b[Tt]he\\s|^)(poll\\s(?:body|panel))$"),
                                                      QRegularExpression::MultilineOption);
    // A country's cyber centre or a ministry's department described: "the
    // State's cyber centre", "RCMP's cybercrime centre", "…, cyber
    // directorate says", "the finance department", "…, labour department
    // admits".
    static const QRegularExpression describedCentre(QStringLiteral(
        "(?:[’']s\\s|\\b[Tt]he\\s|^|(?<=[,;]\\s)|(?<=\\b(?:[Ss]ays|[Ww]arns|[Tt]ells)\\s))((?:[Nn]ational\\s)?(?:[Cc]yber(?:\\ssecurity|security|crime|\\sdefen[cs]e)?\\s(?:cent(?:re|er)|directorate|wing)|"
        "[Aa]nti-fraud\\scent(?:re|er)|"
        "(?:finance|justice|health|labou?r|defen[cs]e|interior|home\\saffairs|foreign\\saffairs|education|transport|treasury|immigration)\\sdepartment))$"),
        QRegularExpression::MultilineOption);
    // "the Bundeswehr's cyber command", "its cyber command", "the
    // presidential office".
    static const QRegularExpression describedCommand(QStringLiteral("(?:[’']s\\s|\\bits\\s)((?:cyber(?:\\sdefen[cs]e)?|space|military)\\scommand)$"));
    static const QRegularExpression describedOffice(QStringLiteral("(?:[’']s\\s|\\b[Tt]he\\s)(presidential\\s(?:office|palace))$"));
    // A country's computer emergency team by its role or its place's code:
    // "the national CERT", "the RS CERT" (not "national CERTs": which ones
    // is not said).
    static const QRegularExpression describedCert(QStringLiteral("(?:[’']s\\s|\\b[Tt]he\\s)((?:national|[A-Z]{2,4})\\sCERT)$"));
    // "the country's counter-intelligence service", "Russia's foreign
    // intelligence service", "the customs service".
    static const QRegularExpression describedService(QStringLiteral(
        "(?:[’']s\\s|\\b[Tt]he\\s)((?:counter-?intelligence|(?:domestic\\s|foreign\\s|military\\s)?intelligence|security|customs|immigration)\\sservice)$"));
    // A city's or a state's prosecution office: "the Paris prosecutor's
    // office", "the Frankfurt public prosecutor's office" (not "the
    // prosecutor's office": which one is not said).
    static const QRegularExpression describedProsecutor(QStringLiteral(
        "\\b[Tt]he\\s((?:[A-Z][a-z]+\\s){1,2}(?:(?:public|state|federal|regional|district|chief)\\s)?prosecutor[’']s\\soffice)$"));
    // A committee of a legislature described, not named: "the Commons
    // defence committee", "the House intelligence committee", "the
    // Senate’s national security committee", "the Riigikogu's economic
    // affairs committee", "Parliament's ICT committee" (not "a
    // parliamentary panel").
    static const QRegularExpression describedCommittee(QStringLiteral(
        "(?|\\b(?:House|Senate|Commons|Lords|[Pp]arliament|Diet|Congress|Assembly|Bundestag|Bundesrat|Knesset|Sejm|Riksdag|Yuan|Riigikogu|Seimas|"
        "Saeima|Storting|Folketing|Eduskunta|Oireachtas|D[aá]il|Seanad|Rada|Duma)[’']s\\s"
        "((?:[a-z]+\\s|[A-Z]{2,4}\\s){0,3}(?:[a-z]+|[A-Z]{2,4})\\scommittee)|"
        "\\b[Tt]he\\s((?:Commons|Lords|Senate|House|Diet|parliamentary|congressional)\\s(?:[a-z]+,?\\s(?:and\\s)?){0,3}[a-z]+\\scommittee))$"));
    // A local council by its place, as British papers write it: "Hackney
    // council", "Redcar and Cleveland borough council" (not "The council",
    // "Regional council chair").
    // So is its administration, and both after the place's name:
    // "Schwerin's city administration", "the Schwerin city administration",
    // "The Shimada city government".
    static const QRegularExpression describedCouncil(QStringLiteral(
        "(?|[’']s\\s((?:borough|county|city|district|town|municipal)\\s(?:council|administration))|"
        "(?<![\\w\\-’'])((?!(?:The|A|An|This|That|Its|Their|Our|Each|Every|Regional|Local|National|Municipal|City|County|Town|Security|Advisory)\\s)"
        "[A-Z][a-z]+(?:\\sand\\s[A-Z][a-z]+)?\\s(?:(?:borough|county|city|district|town|parish|metropolitan)\\s)?council|"
        "(?<![\\w\\-’'])(?!(?:The|A|An|This|That|Its|Their|Our)\\s)[A-Z][a-z]+\\s(?:city|municipal|town|county|district)\\s(?:administration|government)))$"));
    // Each described name is sought from its last word, the pattern run on
    // the words before it.
    // (With the words one of which must stand right before the head, where
    // the head alone is a common word: "city government", not "government".)
    static const TextScan::WordSet placeKinds = {
        QStringLiteral("city"), QStringLiteral("municipal"), QStringLiteral("town"), QStringLiteral("county"), QStringLiteral("district"),
    };
    struct Described {
        QLatin1StringView head;
        const QRegularExpression *pattern;
        int lookBack;
        const TextScan::WordSet *kinds = nullptr;
    };
    for (const Described &d : {Described{QLatin1StringView(" agency"), &describedAgency, 36},
                               Described{QLatin1StringView(" command"), &describedCommand, 36},
                               Described{QLatin1StringView(" office"), &describedOffice, 36},
                               Described{QLatin1StringView(" office"), &describedProsecutor, 56},
                               Described{QLatin1StringView(" palace"), &describedOffice, 36},
                               Described{QLatin1StringView(" CERT"), &describedCert, 24},
                               Described{QLatin1StringView(" service"), &describedService, 40},
                               Described{QLatin1StringView(" ministry"), &describedMinistry, 36},
                               Described{QLatin1StringView(" watchdog"), &describedRegulator, 36},
                               Described{QLatin1StringView(" regulator"), &describedRegulator, 36},
                               Described{QLatin1StringView(" authority"), &describedRegulator, 36},
                               Described{QLatin1StringView(" body"), &describedPollBody, 20},
                               Described{QLatin1StringView(" panel"), &describedPollBody, 20},
                               Described{QLatin1StringView(" committee"), &describedCommittee, 72},
                               Described{QLatin1StringView(" centre"), &describedCentre, 36},
                               Described{QLatin1StringView(" center"), &describedCentre, 36},
                               Described{QLatin1StringView(" directorate"), &describedCentre, 36},
                               Described{QLatin1StringView(" wing"), &describedCentre, 36},
                               Described{QLatin1StringView(" directorate"), &describedDirectorate, 44},
                               Described{QLatin1StringView(" department"), &describedCentre, 40},
                               Described{QLatin1StringView(" council"), &describedCouncil, 40},
                               Described{QLatin1StringView(" administration"), &describedCouncil, 40},
                               Described{QLatin1StringView(" government"), &describedCouncil, 40, &placeKinds}}) {
        for (const int word : words.at(d.head.sliced(1))) {
            const qsizetype at = word - 1;
            if (at < 0 || text.at(at) != u' ')
                continue;
            const qsizetype end = at + d.head.size();
            if (end < text.size() && isWordChar(text.at(end)))
                continue;
            if (d.kinds) {
                qsizetype kind = at;
                while (kind > 0 && text.at(kind - 1).isLetter())
                    --kind;
                if (!d.kinds->contains(QStringView(text).mid(kind, at - kind)))
                    continue;
            }
            const qsizetype from = qMax<qsizetype>(0, at - d.lookBack);
            const QRegularExpressionMatch m = d.pattern->matchView(QStringView(text).mid(from, end - from));
            if (!m.hasMatch())
                continue;
            // ("^" opens a line, not the stretch looked back at.)
            if (m.capturedStart(1) == 0 && from > 0 && text.at(from - 1) != u'\n')
                continue;
            // A description before the body's acronym is no mention of its
            // own: "the telecommunications regulator RATEL".
            if (end + 3 < text.size() && text.at(end) == u' ' && text.at(end + 1).isUpper() && text.at(end + 2).isUpper()) {
                qsizetype e = end + 1;
                while (e < text.size() && (text.at(e).isUpper() || text.at(e).isDigit()))
                    ++e;
                if (e - end - 1 <= 8 && (e == text.size() || !text.at(e).isLetter()))
                    continue;
            }
            const TextSpan span{int(from + m.capturedStart(1)), int(end)};
            if (!isTaken(span))
                addMention(span, true);
        }
    }

    // A country's presidency as a body: "The Presidency's Cybersecurity
    // Directorate", "the Institutional Security Office (GSI) of the
    // Presidency", "in the Presidency of the Republic".
    for (const int at : words.at(QLatin1StringView("Presidency"))) {
        if (at < 4 || QStringView(text).mid(at - 4, 4).compare(QLatin1String("the "), Qt::CaseInsensitive) != 0)
            continue;
        int end = at + 10;
        if (end < text.size() && isWordChar(text.at(end)))
            continue;
        static const QRegularExpression ofWhat(QStringLiteral("^ of the (?:Republic|Council of Ministers|Government)\\b"));
        if (const QRegularExpressionMatch m = ofWhat.matchView(QStringView(text).mid(end, 36)); m.hasMatch())
            end += int(m.capturedLength());
        const TextSpan span{at, end};
        if (!isTaken(span))
            addMention(span, true);
    }

    // A country's government by its proper name, where the gazetteer lacks
    // it: "The Government of Vanuatu", "the Government of the Republic of
    // Moldova" (not "the Government" alone: the guide's back-reference).
    for (const int at : words.at(QLatin1StringView("Government"))) {
        static const QRegularExpression ofCountry(QStringLiteral(
            "^ of (?:the )?((?:(?:Republic|Kingdom|Principality|Grand Duchy|Federation|State|Commonwealth) of (?:the )?)?"
            "([A-Z][\\w\\-]*(?: (?:and )?[A-Z][\\w\\-]*){0,3}))"));
        const QRegularExpressionMatch m = ofCountry.matchView(QStringView(text).mid(at + 10, 60));
        if (!m.hasMatch())
            continue;
        // The longest run of the words that is a country's name.
        QString country = m.captured(2);
        while (!country.isEmpty() && !isCountry(country))
            country.truncate(qMax<qsizetype>(0, country.lastIndexOf(u' ')));
        if (country.isEmpty())
            continue;
        const int end = at + 10 + int(m.capturedStart(2)) + int(country.size());
        const TextSpan span{at, end};
        if (isTaken(span))
            continue;
        addMention(span, true);
        if (!out.isEmpty() && out.constLast().span == span && out.constLast().canonical.isEmpty()) {
            const int nameStart = at + 10 + int(m.capturedStart(1));
            const bool the = QStringView(text).mid(at + 14, 4) == QLatin1String("the ");
            out.last().canonical = QStringLiteral("Government of ") + (the ? QStringLiteral("the ") : QString()) + text.mid(nameStart, end - nameStart);
            out.last().jurisdiction = countryCode(country);
        }
    }

    // A country's computer emergency team by a name the gazetteer lacks:
    // "its Computer Emergency Readiness and Response Team (CERRT.ng)",
    // "the Computer Security Incident Response Team" (the private ones,
    // "JPCERT/CC", are no bodies by the gazetteer).
    static const QRegularExpression responseTeam(QStringLiteral(
        "(?<![\\w\\-])((?:[A-Z][a-z]+\\s(?:(?:and|&)\\s)?){1,5}(?:Response|Readiness)\\sTeam)$"));
    for (const int at : words.at(QLatin1StringView("Team"))) {
        const int end = at + 4;
        // (Nor part of a longer name: "… Response Team Coordination Center".)
        if ((end < text.size() && isWordChar(text.at(end))) || (end + 1 < text.size() && text.at(end) == u' ' && text.at(end + 1).isUpper()))
            continue;
        const int from = qMax(0, at - 70);
        const QRegularExpressionMatch m = responseTeam.matchView(QStringView(text).mid(from, end - from));
        if (!m.hasMatch())
            continue;
        TextSpan span{from + int(m.capturedStart(1)), end};
        const QString first = text.mid(span.start, text.indexOf(u' ', span.start) - span.start);
        if (leadingNonNameWords().contains(first))
            span.start += int(first.size()) + 1;
        // (Not one the text says is no part of government: "The Mongolian
        // Cyber Emergency Response Team (MNCERT/CC), a non-governmental
        // organisation".)
        if (!isTaken(span) && !gazetteer.isNotABody(span.text(text)) && !describedNotGovernment(BodyMention{span, {}, {}}))
            addMention(span, true);
    }
    dropNotGovernment();

    // A computer emergency team by an acronym the gazetteer lacks:
    // "UZCERT", "Nam-CSIRT", "CERT-PY" (the private ones, "JPCERT/CC", are
    // no bodies by the gazetteer).
    static const QRegularExpression teamAcronym(QStringLiteral("^(?:[A-Z][A-Za-z]{0,7}-?(?:CERT|CSIRT|CIRT)|(?:CERT|CSIRT|CIRT)-[A-Z]{2,5})$"));
    // (One search for the letters all three end in: a search in Latin-1
    // converts each character it passes.)
    const QStringView all(text);
    for (qsizetype rt = all.indexOf(QStringView(u"RT")); rt >= 0; rt = all.indexOf(QStringView(u"RT"), rt + 2)) {
        qsizetype at = -1;
        qsizetype length = 0;
        if (rt >= 3 && all.mid(rt - 3, 5) == QLatin1StringView("CSIRT")) {
            at = rt - 3;
            length = 5;
        } else if (rt >= 2 && (all.mid(rt - 2, 4) == QLatin1StringView("CERT") || all.mid(rt - 2, 4) == QLatin1StringView("CIRT"))) {
            at = rt - 2;
            length = 4;
        }
        if (at < 0)
            continue;
        qsizetype start = at;
        while (start > 0 && (text.at(start - 1).isLetter() || text.at(start - 1) == u'-'))
            --start;
        qsizetype end = at + length;
        while (end < text.size() && (text.at(end).isLetter() || text.at(end) == u'-'))
            ++end;
        if (start > 0 && (text.at(start - 1).isDigit() || text.at(start - 1) == u'/' || text.at(start - 1) == u'.' || text.at(start - 1) == u'@'))
            continue;
        if (end < text.size() && (text.at(end).isDigit() || text.at(end) == u'/' || (text.at(end) == u'.' && end + 1 < text.size() && text.at(end + 1).isLetter())))
            continue;
        TextSpan span{int(start), int(end)};
        const QString name = span.text(text);
        // (Or the bare letters and the country's name: "CSIRT Panamá",
        // "CERT Bhutan".)
        if (name.size() == length && end + 2 < text.size() && text.at(end) == u' ' && text.at(end + 1).isUpper()) {
            qsizetype wordEnd = end + 1;
            while (wordEnd < text.size() && text.at(wordEnd).isLetter())
                ++wordEnd;
            QString country = text.mid(end + 1, wordEnd - end - 1).normalized(QString::NormalizationForm_D);
            country.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
            if (isCountry(country) && (wordEnd >= text.size() || !isWordChar(text.at(wordEnd))))
                span.end = int(wordEnd);
        }
        if (span.end == end && (name.size() == length || !teamAcronym.match(name).hasMatch()))
            continue;
        if (isTaken(span) || gazetteer.isNotABody(span.text(text)))
            continue;
        addMention(span, true);
    }

    // A state's registry, institute or fund by a name the gazetteer lacks:
    // "the Civil Registry", "National Cadastre", "the Land Registry", "National
    // Registry of Persons", "National Cybersecurity Institute". A registry
    // under a public word (not a system, "SMS Sender ID Registry"); an
    // institute only as a national one (not a think tank, "Australian
    // Strategic Policy Institute", nor a school's owner).
    static const QRegularExpression registryName(QStringLiteral(
        "(?<![\\w\\-])((?:National|Civil|Land|Population|Central|State|Public|Property|Commercial|Federal)(?:\\s[A-Z][\\w\\-]*){0,3}\\s)$"));
    static const QRegularExpression instituteName(QStringLiteral("(?<![\\w\\-])(National(?:\\s[A-Z][\\w\\-]*){0,3}\\s)$"));
    // (A social security or pension fund: "the National Social Insurance
    // Fund (CNPS)", "the Employees Trust Fund (TAP)"; not a pot of money,
    // "the National Cybersecurity Fund".)
    static const QRegularExpression fundName(QStringLiteral(
        "(?<![\\w\\-])((?:National|Social|Employees[’']?|State|Public|Government)(?:\\s[A-Z][\\w\\-]*){0,2}"
        "\\s(?:Insurance|Pension|Security|Provident|Trust|Welfare)\\s)$"));
    static const QRegularExpression ofWhat(QStringLiteral("^\\sof\\s(?:the\\s)?[A-Z][\\w\\-]*(?:\\s(?:and\\s)?[A-Z][\\w\\-]*){0,3}"));
    for (const QLatin1StringView head : {QLatin1StringView("Registry"), QLatin1StringView("Cadastre"), QLatin1StringView("Institute"),
                                         QLatin1StringView("Fund")}) {
        for (const int at : words.at(head)) {
            int end = at + int(head.size());
            if (end < text.size() && text.at(end).isLetter())
                continue;
            const int from = qMax(0, at - 50);
            const QRegularExpression &named = head == QLatin1StringView("Institute") ? instituteName : head == QLatin1StringView("Fund") ? fundName : registryName;
            const QRegularExpressionMatch m = named.matchView(QStringView(text).mid(from, at - from));
            if (!m.hasMatch())
                continue;
            if (const QRegularExpressionMatch of = ofWhat.matchView(QStringView(text).mid(end, 70)); of.hasMatch())
                end += int(of.capturedLength());
            const TextSpan span{from + int(m.capturedStart(1)), end};
            if (!isTaken(span) && !gazetteer.isNotABody(span.text(text)))
                addMention(span, true);
        }
    }

    // A country's central bank by a name the gazetteer lacks: "the Central
    // Bank of Solomon Islands", "the Reserve Bank of Malawi" (not "the
    // National Bank of Greece" or "the State Bank of India", companies; the
    // central banks named so are the gazetteer's).
    for (const int at : words.at(QLatin1StringView("Bank"))) {
        if (at < 9 || (at + 4 < text.size() && isWordChar(text.at(at + 4))))
            continue;
        static const QRegularExpression kind(QStringLiteral("(?<![\\w\\-])(Central|Reserve)\\s$"));
        const QRegularExpressionMatch k = kind.matchView(QStringView(text).mid(at - 9, 9));
        if (!k.hasMatch())
            continue;
        const int start = at - 9 + int(k.capturedStart(1));
        int end = at + 4;
        // "of <country>" after it.
        static const QRegularExpression ofCountry(QStringLiteral("^\\sof\\s(?:the\\s)?([A-Z][\\w\\-]*(?:\\s[A-Z][\\w\\-]*){0,2})"));
        const QRegularExpressionMatch of = ofCountry.matchView(QStringView(text).mid(end, 40));
        QString country;
        if (of.hasMatch()) {
            country = of.captured(1);
            while (!country.isEmpty() && !isCountry(country))
                country.truncate(qMax<qsizetype>(0, country.lastIndexOf(u' ')));
            if (!country.isEmpty())
                end += int(of.capturedStart(1)) + int(country.size());
        }
        const TextSpan span{start, end};
        if (!country.isEmpty() && !isTaken(span))
            addMention(span, true);
    }

    // A local government by its place, in lower case: "the Ibaraki
    // prefectural government", "the Fukuoka city government" (not "The
    // metropolitan government": a back-reference).
    static const QRegularExpression localGovernment(QStringLiteral(
        "(?<![\\w\\-])(?!(?:The|A|An|This|That|Its|Their|Our)\\s)([A-Z][a-z]+(?:[\\s\\-][A-Z][a-z]+)?\\s(?:prefectural|metropolitan|city|municipal|provincial)\\s)$"));
    for (const int at : words.at(QLatin1StringView("government"))) {
        if (at < 8 || text.at(at - 1) != u' ' || !text.at(at - 2).isLower())
            continue;
        // (The expression only after one of its words: "government" is frequent.)
        const QStringView before = QStringView(text).mid(at - 8, 8);
        if (!before.endsWith(QLatin1String("ectural ")) && !before.endsWith(QLatin1String("politan ")) && !before.endsWith(QLatin1String(" city "))
            && !before.endsWith(QLatin1String("unicipal ")) && !before.endsWith(QLatin1String("ovincial ")))
            continue;
        const int from = qMax(0, at - 40);
        const QRegularExpressionMatch m = localGovernment.matchView(QStringView(text).mid(from, at - from));
        if (!m.hasMatch())
            continue;
        const TextSpan span{from + int(m.capturedStart(1)), at + 10};
        if (!isTaken(span))
            addMention(span, true);
    }

    // A military unit known by its number: "Unit 61419 of the Chinese
    // People's Liberation Army", "the GRU's Unit 29155", "the IDF's Unit
    // 8200".
    for (const int at : words.at(QLatin1StringView("Unit"))) {
        int end = at + 5;
        if (end >= text.size() || text.at(at + 4) != u' ')
            continue;
        while (end < text.size() && end - at - 5 < 6 && text.at(end).isDigit())
            ++end;
        const int digits = end - at - 5;
        if (digits < 4 || digits > 5 || (end < text.size() && (isWordChar(text.at(end)) || text.at(end) == u'-')))
            continue;
        if (!isTaken({at, end}))
            addMention({at, end}, true);
    }

    // A body's part or service named by what it does, after the body's
    // name: "GCHQ's cyber arm", "the agency's cyber defence arm", "the
    // Self-Defense Forces' cyber defense unit", "the BKA's cybercrime
    // division", "the EU's diplomatic service" (not "Microsoft's
    // cybersecurity unit"); and a state's "military intelligence" ("Russia's
    // military intelligence") and "central bank".
    static const QRegularExpression ownedPart(QStringLiteral(
        "^[’']s?\\s(?:\\([A-Z]{2,6}\\)\\s)?((?:cyber(?:crime|security)?(?:\\s(?:defen[cs]e|operations))?\\s(?:arm|division|unit|directorate|department|wing))|diplomatic\\sservice|"
        "(?:military|foreign)\\sintelligence)(?![\\w\\-])"));
    for (int i = 0, named = int(out.size()); i < named; ++i) {
        const int end = out.at(i).span.end;
        if (end + 2 >= text.size() || (text.at(end) != u'’' && text.at(end) != u'\''))
            continue;
        // (A bare apostrophe only after a plural's s: "Forces' cyber defense unit".)
        if (text.at(end + 1) != u's' && text.at(end - 1) != u's')
            continue;
        const QRegularExpressionMatch m = ownedPart.matchView(QStringView(text).mid(end, 50));
        if (m.hasMatch() && !isTaken({end + int(m.capturedStart(1)), end + int(m.capturedEnd(1))}))
            addMention({end + int(m.capturedStart(1)), end + int(m.capturedEnd(1))}, true);
    }
    // And after "its" where a body named just before owns it: "the Ministry
    // of Interior said its cybercrime department had arrested nine people".
    const int named = int(out.size());
    for (qsizetype at = text.indexOf(QLatin1String(" its cyber")); at >= 0; at = text.indexOf(QLatin1String(" its cyber"), at + 1)) {
        const qsizetype from = at + 5;
        static const QRegularExpression ownedAfterIts(QStringLiteral(
            "^((?:cyber(?:crime|security)?(?:\\s(?:defen[cs]e|operations))?\\s(?:arm|division|unit|directorate|department|wing)))(?![\\w\\-])"));
        const QRegularExpressionMatch part = ownedAfterIts.matchView(QStringView(text).mid(from, 50));
        if (!part.hasMatch())
            continue;
        // (Not what a named unit is described as: "with the ACS as its
        // cybersecurity arm".)
        if (at >= 3 && QStringView(text).mid(at - 3, 3) == QLatin1String(" as"))
            continue;
        const bool owner = std::any_of(out.cbegin(), out.cbegin() + named, [&](const BodyMention &b) {
            const int gap = int(at) - b.span.end;
            return gap >= 0 && gap <= 60 && !QStringView(text).mid(b.span.end, gap).contains(u'.');
        });
        const TextSpan span{int(from), int(from + part.capturedLength(1))};
        if (owner && !isTaken(span))
            addMention(span, true);
    }
    for (const QLatin1StringView owned : {QLatin1StringView("military intelligence"), QLatin1StringView("central bank")}) {
        for (const int at : words.at(owned.first(owned.indexOf(u' ')))) {
            if (!QStringView(text).mid(at).startsWith(owned))
                continue;
            const int end = int(at + owned.size());
            if (end < text.size() && isWordChar(text.at(end)))
                continue;
            const QString code = owningCountry(text, int(at));
            if (code.isEmpty() || isTaken({int(at), end}))
                continue;
            addMention({int(at), end}, true);
            // "Brazil's central bank" is the Central Bank of Brazil.
            if (owned.startsWith(QLatin1String("central")) && !out.isEmpty() && out.constLast().span == TextSpan{int(at), end}) {
                const QList<Gazetteer::Body> &all = gazetteer.bodies();
                const auto bank = std::find_if(all.cbegin(), all.cend(), [&code](const Gazetteer::Body &b) { return b.jurisdiction == code && isCentralBank(b); });
                if (bank != all.cend()) {
                    out.last().canonical = bank->canonical;
                    out.last().jurisdiction = bank->jurisdiction;
                }
            }
        }
    }
    // The one central bank of the story without its country: "the central
    // bank said", and where the text names a central bank, "according to
    // central bank data", "a central bank director" (not "a central bank's
    // payment system", "central bank digital currency").
    // (Named once, or named as one bank only, it is the one meant.)
    // So is "the apex bank", as Nigerian and Indian papers call it.
    QList<TextSpan> banks;
    for (const QLatin1StringView word : {QLatin1StringView("central"), QLatin1StringView("apex")}) {
        for (const int at : words.at(word)) {
            const int end = int(at + word.size() + 5);
            if (QStringView(text).mid(at + word.size(), 5) == QLatin1String(" bank") && !(end < text.size() && (isWordChar(text.at(end)) || text.at(end) == u'-'))
                && !QStringView(text).mid(end).startsWith(QLatin1String(" digital")) && !isTaken({int(at), end}))
                banks.append({int(at), end});
        }
    }
    std::sort(banks.begin(), banks.end(), [](const TextSpan &a, const TextSpan &b) { return a.start < b.start; });
    QList<BodyMention> namedBanks;
    for (const BodyMention &m : banks.isEmpty() ? QList<BodyMention>() : out) {
        if (m.canonical.isEmpty() || std::any_of(namedBanks.cbegin(), namedBanks.cend(), [&m](const BodyMention &b) { return b.canonical == m.canonical; }))
            continue;
        const QList<const Gazetteer::Body *> found = gazetteer.lookup(m.canonical);
        if (std::any_of(found.cbegin(), found.cend(), [&m](const Gazetteer::Body *b) { return b->jurisdiction == m.jurisdiction && isCentralBank(*b); }))
            namedBanks.append(m);
    }
    static const QRegularExpression articleBefore(QStringLiteral("\\b(?:([Tt]he)|an?|any|every|each|no)\\s\\z"));
    for (const TextSpan &bank : std::as_const(banks)) {
        const QRegularExpressionMatch article = articleBefore.matchView(QStringView(text).mid(qMax(0, bank.start - 7), qMin(7, bank.start)));
        bool body = article.hasCaptured(1);
        if (!body && !namedBanks.isEmpty()) {
            // After "a", only as the employer in a title: "a central bank director".
            const qsizetype wordEnd = text.indexOf(u' ', bank.end + 1);
            const QString next = text.mid(bank.end + 1, (wordEnd < 0 ? text.size() : wordEnd) - bank.end - 1);
            body = !article.hasMatch() || (bank.end < text.size() && text.at(bank.end) == u' ' && gazetteer.isTitle(next));
        }
        if (!body)
            continue;
        addMention(bank, true);
        if (namedBanks.size() == 1 && !out.isEmpty() && out.constLast().span == bank) {
            out.last().canonical = namedBanks.constFirst().canonical;
            out.last().jurisdiction = namedBanks.constFirst().jurisdiction;
        }
    }

    // A legislature by its short name: "told the House", "tells Commons",
    // a member's "this House",
    // "its passage through the Lords",
    // "a report to parliament", "the Lithuanian parliament" (not "the
    // House of Lords", "the White House", "Creative Commons", the title
    // "Speaker of the House", "members of parliament", "a parliament").
    static const QRegularExpression chamberBefore(QStringLiteral("(?:(?<!\\bof\\s)\\b[Tt]he|\\b[Tt]his|\\b(?:tells|told|telling|addressed|addresses))\\s\\z"));
    static const QRegularExpression parliamentBefore(QStringLiteral(
        "(?:(?:\\b(?:the|to|in|into|before|by|from|through|and|at|told|tells|dissolved|dissolve)|[’']s)\\s)([A-Z][a-z]+\\s)?$"));
    for (const auto &[name, before] : {std::pair{QLatin1StringView("House"), &chamberBefore},
                                       std::pair{QLatin1StringView("Commons"), &chamberBefore},
                                       std::pair{QLatin1StringView("Lords"), &chamberBefore},
                                       std::pair{QLatin1StringView("parliament"), &parliamentBefore}}) {
        for (const int at : words.at(name)) {
            const qsizetype end = at + name.size();
            if ((at > 0 && isWordChar(text.at(at - 1))) || (end < text.size() && (isWordChar(text.at(end)) || text.at(end) == u'-')))
                continue;
            // "the House of Commons", "the House Intelligence Committee": a longer name.
            const QStringView next = QStringView(text).mid(end, 4);
            if (next.startsWith(QLatin1String(" of")) || (next.size() > 1 && next.at(0) == u' ' && next.at(1).isUpper()))
                continue;
            const qsizetype from = qMax<qsizetype>(0, at - 30);
            const QRegularExpressionMatch m = before->matchView(QStringView(text).mid(from, at - from));
            if (!m.hasMatch())
                continue;
            TextSpan span{int(at), int(end)};
            if (m.hasCaptured(1) && !leadingNonNameWords().contains(m.captured(1).trimmed()))
                span.start = int(from + m.capturedStart(1));
            if (!isTaken(span))
                addMention(span, true);
        }
    }

    // A body named in its own language, which writes the function words
    // in lower case: "Ministère de la Cybersécurité et du Numérique",
    // "Agencia Española de Protección de Datos", "Polizia di Stato",
    // "Bundesministerium des Innern", "Gendarmerie nationale" (not "Agence
    // France-Presse", a news agency). The name is the head, then capitalised
    // words and the language's function words, ending in a capitalised word.
    // The heads, none of them an English word: the expression is tried
    // only where a word is one of them (a scan of the whole text with it
    // cost as much as the rest of this pass).
    static const QStringList heads = {
        QStringLiteral("Ministère"), QStringLiteral("Ministério"), QStringLiteral("Ministerio"), QStringLiteral("Ministero"),
        QStringLiteral("Ministerium"), QStringLiteral("Bundesministerium"), QStringLiteral("Bundesamt"), QStringLiteral("Agence"),
        QStringLiteral("Agencia"), QStringLiteral("Agência"), QStringLiteral("Agenzia"), QStringLiteral("Autorité"),
        QStringLiteral("Autorità"), QStringLiteral("Autoridad"), QStringLiteral("Direction"), QStringLiteral("Dirección"),
        QStringLiteral("Secrétariat"), QStringLiteral("Secretaría"), QStringLiteral("Commissariat"), QStringLiteral("Conseil"),
        QStringLiteral("Consejo"), QStringLiteral("Guardia"), QStringLiteral("Policía"), QStringLiteral("Polícia"),
        QStringLiteral("Polizia"), QStringLiteral("Gendarmerie"),
    };
    // (On one line; not a news agency, "Agência de Informação de
    // Moçambique", "Agencia de Noticias".)
    static const QRegularExpression ownLanguageName(
        QStringLiteral("(?:%1)(?!\\sFrance-Presse|\\sde\\s(?:Informa[çc][ãa]o|Noticias|Not[íi]cias|Presse)\\b)").arg(heads.join(QLatin1Char('|')))
        + QStringLiteral("(?:[ \\x{A0}](?:nationale?|nacional|nazionale|f[eé]d[eé]rale?|g[eé]n[eé]rale?|generale|general|central|centrale))?"
                         "(?:[ \\x{A0}](?:(?:de|du|des|del|della|delle|dello|degli|di|da|do|dos|das|für|der|den|et|y|e|und|per|pour|para|la|las|los|le|les|el|il)[ \\x{A0}])*"
                         "(?:[ldLD][’'])?\\p{Lu}[\\p{L}\\-]*)*"));
    static const QStringList sortedHeads = [] {
        QStringList sorted = heads;
        sorted.sort();
        return sorted;
    }();
    const auto isHead = [](QStringView word) {
        return std::binary_search(sortedHeads.cbegin(), sortedHeads.cend(), word,
                                  [](const auto &a, const auto &b) { return QStringView(a) < QStringView(b); });
    };
    for (qsizetype i = 0, size = text.size(); i < size; ++i) {
        // A word that starts in capitals (none of the heads is shorter than six letters).
        if (!text.at(i).isUpper() || (i > 0 && (text.at(i - 1).isLetter() || text.at(i - 1) == u'-')))
            continue;
        qsizetype end = i + 1;
        while (end < size && text.at(end).isLetter())
            ++end;
        if (end - i < 6 || !isHead(QStringView(text).mid(i, end - i))) {
            i = end - 1;
            continue;
        }
        const QRegularExpressionMatch m = ownLanguageName.matchView(text, i, QRegularExpression::NormalMatch,
                                                                    QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            continue;
        const TextSpan span{int(m.capturedStart()), int(m.capturedEnd())};
        if (m.capturedView().contains(QLatin1Char(' ')) && !isTaken(span))
            addMention(span, false);
        i = m.capturedEnd() - 1;
    }

    // A line in capitals that is a body's name: a hearing record's or a
    // letterhead's "COMMITTEE ON HOMELAND SECURITY", "U.S. DEPARTMENT OF
    // HOMELAND SECURITY", "CYBERSECURITY AND INFRASTRUCTURE SECURITY
    // AGENCY,". A name the gazetteer knows, whatever its case, or a head
    // noun and its field ("SUBCOMMITTEE ON CYBERSECURITY AND …"); not a
    // headline that ends in a body ("HACKERS HIT DEFENCE MINISTRY").
    // The same in a witness's heading, part by part: "STATEMENT OF GENERAL
    // …, COMMANDER, UNITED STATES CYBER COMMAND; DIRECTOR, NATIONAL SECURITY
    // AGENCY; AND CHIEF, CENTRAL SECURITY SERVICE".
    const auto capitalsName = [&](TextSpan span, bool part) {
        while (span.start < span.end && text.at(span.start).isSpace())
            ++span.start;
        if (part && QStringView(text).mid(span.start).startsWith(QLatin1String("AND ")))
            span.start += 4;
        while (span.end > span.start && (text.at(span.end - 1).isSpace() || text.at(span.end - 1) == u',' || text.at(span.end - 1) == u'.'))
            --span.end;
        if (span.length() < 6 || span.length() > 90)
            return;
        const QStringView name = QStringView(text).mid(span.start, span.length());
        // (One word only as a whole line: a Hansard's "SENATE".)
        if ((part && !name.contains(u' ')) || std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLower() || c.isDigit(); }))
            return;
        QStringList words;
        bool plain = true;
        for (QStringView w : name.split(u' ', Qt::SkipEmptyParts)) {
            // (A whole line's commas are the name's: "FOREIGN AFFAIRS,
            // DEFENCE AND TRADE …".)
            const bool comma = !part && w.size() > 1 && w.endsWith(u',');
            if (comma)
                w.chop(1);
            plain = plain && std::all_of(w.cbegin(), w.cend(), [](QChar c) {
                return c.isLetter() || c == u'.' || c == u'-' || c == u'&' || c == u'\'' || c == u'\u2019'; // ("PEOPLE'S MAJLIS")
            });
            const bool connector = w == QLatin1String("OF") || w == QLatin1String("ON") || w == QLatin1String("FOR") || w == QLatin1String("AND")
                || w == QLatin1String("THE") || w == QLatin1String("IN");
            if (connector)
                words.append(w.toString().toLower());
            else if (w.contains(u'.')) // "U.S."
                words.append(w.toString());
            else
                words.append(w.left(1).toString() + w.mid(1).toString().toLower());
            if (comma)
                words.last().append(u',');
        }
        if (!plain || Furniture::contains(furniture, span) || isTaken(span))
            return;
        const QString titled = words.join(u' ');
        const bool known = !gazetteer.lookup(titled).isEmpty();
        // (Or after one word: "SPECIAL COMMITTEE ON INNOVATION, SCIENCE AND
        // TECHNOLOGY".)
        const auto headAt = [&words](qsizetype i) {
            return words.size() >= i + 3 && hasHeadNoun(words.at(i))
                && (words.at(i + 1) == QLatin1String("of") || words.at(i + 1) == QLatin1String("on") || words.at(i + 1) == QLatin1String("for"));
        };
        // (Not "BY AUTHORITY OF THE SENATE": a record's imprint.)
        // (A part only from its head: "… – MINISTRY OF THE PRESIDENCY".)
        const bool headFirst = (!part && headAt(1) && words.at(0) != QLatin1String("By")) || headAt(0);
        // A committee named by its field: "LEGAL AND CONSTITUTIONAL AFFAIRS
        // LEGISLATION COMMITTEE", "FOREIGN AFFAIRS, DEFENCE AND TRADE
        // REFERENCES COMMITTEE".
        const bool committee = !part && words.size() >= 3 && words.size() <= 10
            && (words.constLast() == QLatin1String("Committee") || words.constLast() == QLatin1String("Subcommittee"));
        if (known || headFirst || committee)
            addMention(span, true);
    };
    for (const TextSpan &line : layout.lines()) {
        int lead = line.start; // (prose lines leave at their second letter)
        while (lead < line.end && text.at(lead).isSpace())
            ++lead;
        if (line.end - lead < 6 || !text.at(lead).isUpper() || text.at(lead + 1).isLower())
            continue;
        const QStringView raw = QStringView(text).mid(line.start, line.length());
        // A signature's post names its body as a whole line does: "CHAIRPERSON,
        // PUBLIC ACCOUNTS COMMITTEE"; a letterhead's name keeps its short form
        // apart: "COMMITTEE ON NATIONAL SECURITY SERVICES (241 COMMITTEE)".
        static const QRegularExpression post(QStringLiteral("^\\s*(?:CHAIR(?:PERSON|MAN|WOMAN)?|MINISTER|DIRECTOR|SECRETARY|COMMISSIONER|CLERK),\\s"));
        static const QRegularExpression shortForm(QStringLiteral("\\s\\([^()]+\\)\\s*$"));
        const bool heading = line.length() <= 120;
        const QRegularExpressionMatch signature = heading ? post.matchView(raw) : QRegularExpressionMatch();
        const QRegularExpressionMatch bracket = heading ? shortForm.matchView(raw) : QRegularExpressionMatch();
        capitalsName({signature.hasMatch() ? line.start + int(signature.capturedEnd()) : line.start,
                      bracket.hasMatch() ? line.start + int(bracket.capturedStart()) : line.end},
                     false);
        if (line.length() > 300)
            continue;
        // A hearing's title in capitals names bodies between its colons and
        // "AND"s, and its acronyms as the gazetteer writes them: "UNITED
        // STATES CYBER COMMAND AND CISA: DEFENDING THE NATION", "CISA AT A
        // CROSSROADS: …"; a record's "ONE HUNDRED SEVENTEENTH CONGRESS".
        if (std::none_of(raw.cbegin(), raw.cend(), [](QChar c) { return c.isLower(); }) && raw.contains(u' ')) {
            // (And a signature's dash: "COMMUNICATION UNIT – MINISTRY OF THE
            // PRESIDENCY".)
            static const QRegularExpression separator(QStringLiteral(":\\s|\\sAND\\s|\\s[–—]\\s"));
            int from = line.start;
            for (QRegularExpressionMatchIterator it = separator.globalMatchView(raw);;) {
                const bool more = it.hasNext();
                const QRegularExpressionMatch m = more ? it.next() : QRegularExpressionMatch();
                const int to = more ? line.start + int(m.capturedStart()) : line.end;
                if (from > line.start || to < line.end)
                    capitalsName({from, to}, true);
                if (!more)
                    break;
                from = line.start + int(m.capturedEnd());
            }
            static const QRegularExpression acronym(QStringLiteral("(?<![\\w\\-])[A-Z][A-Z0-9\\-]{1,7}(?![\\w\\-])"));
            for (QRegularExpressionMatchIterator it = acronym.globalMatchView(raw); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const QString word = m.captured();
                const QList<const Gazetteer::Body *> known = gazetteer.lookup(word);
                const bool asWritten = std::any_of(known.cbegin(), known.cend(), [&word](const Gazetteer::Body *b) {
                    return b->canonical == word || b->aliases.contains(word);
                });
                const TextSpan span{line.start + int(m.capturedStart()), line.start + int(m.capturedEnd())};
                if (asWritten && !isTaken(span) && !Furniture::contains(furniture, span))
                    addMention(span, true);
            }
            static const QRegularExpression congress(QStringLiteral(
                "^\\s*(?:(?:ONE|TWO|HUNDRED|[A-Z]+TH|FIRST|SECOND|THIRD)[\\s\\-])+(CONGRESS)\\s*$"));
            if (const QRegularExpressionMatch m = congress.matchView(raw); m.hasMatch()) {
                const TextSpan span{line.start + int(m.capturedStart(1)), line.start + int(m.capturedEnd(1))};
                if (!isTaken(span))
                    addMention(span, true);
            }
        }
        if (!raw.contains(u';') && !raw.contains(u','))
            continue;
        int from = line.start;
        for (int i = line.start; i <= line.end; ++i) {
            if (i == line.end || text.at(i) == u',' || text.at(i) == u';') {
                if (from > line.start || i < line.end)
                    capitalsName({from, i}, true);
                from = i + 1;
            }
        }
    }

    // A country's mission: "the US embassy in Beijing", "the U.S. Embassy", "the Russian
    // embassy in Sofia", a headline's "Chinese embassy calls …" (not "an
    // embassy", "embassies").
    static const QRegularExpression embassy(QStringLiteral(
        "(?:[Tt]he\\s|(?<=^|\\n|[\\-–—•]\\s))((?:US|UK|EU|U\\.S\\.|U\\.K\\.|[A-Z][a-z]+)\\s(?:[Ee]mbassy|[Cc]onsulate)(?:\\sin\\s[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?)?)"));
    QList<int> embassies = words.at(QLatin1StringView("embassy")) + words.at(QLatin1StringView("Embassy"))
        + words.at(QLatin1StringView("EMBASSY"));
    std::sort(embassies.begin(), embassies.end());
    for (const int word : std::as_const(embassies)) {
        const qsizetype at = word - 1;
        if (at < 0 || text.at(at) != u' ')
            continue;
        const qsizetype from = qMax<qsizetype>(0, at - 20);
        const QRegularExpressionMatch m = embassy.matchView(QStringView(text).first(qMin<qsizetype>(text.size(), at + 40)), from);
        if (!m.hasMatch() || m.capturedStart(1) > at)
            continue;
        const TextSpan span{int(m.capturedStart(1)), int(m.capturedEnd(1))};
        if (!isTaken(span) && !leadingNonNameWords().contains(span.text(text).section(QLatin1Char(' '), 0, 0)))
            addMention(span, true);
    }

    // An office named by its holder: "Maine Attorney General’s Office",
    // "the Registrar General's Department".
    static const QRegularExpression holderBefore(QStringLiteral("(?:[A-Z][\\w\\-]*\\s){0,4}[A-Z][\\w\\-]*$"));
    for (const QString &office : {QStringLiteral("’s Office"), QStringLiteral("'s Office"), QStringLiteral("s’ Office"), QStringLiteral("s' Office"),
                                  QStringLiteral("’s Department"), QStringLiteral("'s Department")}) {
        const QLatin1StringView head = office.endsWith(QLatin1String("Office")) ? QLatin1StringView("Office") : QLatin1StringView("Department");
        for (const int word : words.at(head)) {
            const qsizetype at = word + head.size() - office.size();
            if (at < 0 || !QStringView(text).mid(at).startsWith(office))
                continue;
            const int end = int(at + office.size());
            if (at == 0 || (end < text.size() && isWordChar(text.at(end))))
                continue;
            const qsizetype from = qMax<qsizetype>(0, at - 60);
            const QRegularExpressionMatch m = holderBefore.matchView(QStringView(text).mid(from, at - from));
            if (!m.hasMatch())
                continue;
            const TextSpan span{int(from + m.capturedStart()), end};
            const bool taken = isTaken(span);
            if (!taken)
                addMention(span, false);
        }
    }

    // A force named by its place: "Harbin police", "Rochester police", "Bern
    // cantonal police" (not "Japanese police" or "the police": generic, not
    // one force).
    static const QRegularExpression placeBefore(QStringLiteral(
        "((?:[A-Z][a-z]+\\s){1,2})(?:(?:cantonal|city|county|municipal|provincial|regional|state)\\s)?$"));
    for (const int word : words.at(QLatin1StringView("police"))) {
        const qsizetype at = word - 1;
        if (at < 0 || text.at(at) != u' ')
            continue;
        const int end = int(at) + 7;
        if (end < text.size() && isWordChar(text.at(end)))
            continue;
        const qsizetype from = qMax<qsizetype>(0, at - 30);
        const QStringView before = QStringView(text).mid(from, at + 1 - from); // up to the space before "police"
        const QRegularExpressionMatch m = placeBefore.matchView(before);
        if (!m.hasMatch())
            continue;
        TextSpan span{int(at) + 1 - int(m.capturedLength()), end};
        QStringView place = m.capturedView(1);
        // ("The Bern cantonal police": the article is no part of the place.)
        const qsizetype space = place.indexOf(u' ');
        if (space + 1 < place.size() && leadingNonNameWords().contains(place.left(space).toString())) {
            span.start += int(space) + 1;
            place = place.mid(space + 1);
        }
        const QString lastWord = place.mid(place.lastIndexOf(QLatin1Char(' '), place.size() - 2) + 1).trimmed().toString();
        if (isPeopleOrKind(lastWord) || leadingNonNameWords().contains(span.text(text).section(QLatin1Char(' '), 0, 0)))
            continue;
        if (span.start > 0 && (isWordChar(text.at(span.start - 1)) || text.at(span.start - 1) == QLatin1Char('-')))
            continue;
        const bool taken = isTaken(span);
        if (!taken)
            addMention(span, true);
    }

    // A name the rules read as a body's goes on with its country: "the
    // Office of the Attorney General of Switzerland (OAG)", "the Ministry of
    // Defence of Ukraine".
    // (Also a formal name the gazetteer knows, with the state's formal name:
    // "the State Committee for National Security of the Republic of
    // Tajikistan (SCNS)".)
    static const QRegularExpression formalState(QStringLiteral("^(?:Republic|Kingdom|Federation|State|Commonwealth|Principality)\\sof\\s(?:the\\s)?"));
    for (BodyMention &m : out) {
        if (!QStringView(text).mid(m.span.end, 4).startsWith(QLatin1String(" of ")))
            continue;
        int end = m.span.end + 4;
        if (QStringView(text).mid(end, 4) == QLatin1String("the "))
            end += 4;
        const QRegularExpressionMatch formal = formalState.matchView(QStringView(text).mid(end, 40));
        if (!m.canonical.isEmpty() && !formal.hasMatch())
            continue;
        if (formal.hasMatch())
            end += int(formal.capturedLength());
        // The longest run of up to three capitalised words that is a country,
        // not followed by another capitalised word ("of Japan Airlines").
        int wordEnd = end;
        int country = -1;
        for (int words = 0; words < 3 && wordEnd < text.size() && text.at(wordEnd).isUpper(); ++words) {
            while (wordEnd < text.size() && text.at(wordEnd).isLetter())
                ++wordEnd;
            if (isCountry(text.mid(end, wordEnd - end)))
                country = wordEnd;
            if (wordEnd + 1 >= text.size() || text.at(wordEnd) != u' ')
                break;
            ++wordEnd;
        }
        if (country > 0 && !(country + 1 < text.size() && text.at(country) == u' ' && text.at(country + 1).isUpper())) {
            // (The named state's body, not another's of the same name: "the
            // State Committee for National Security of the Republic of
            // Tajikistan" is Tajikistan's, whatever other states the
            // gazetteer knows one for.)
            const QString code = countryCode(text.mid(end, country - end));
            const QString shortName = m.span.text(text);
            m.span.end = country;
            if (!code.isEmpty() && (m.canonical.isEmpty() || m.jurisdiction != code)) {
                const QList<const Gazetteer::Body *> same = gazetteer.lookup(m.canonical.isEmpty() ? shortName : m.canonical);
                const auto there = std::find_if(same.cbegin(), same.cend(), [&code](const Gazetteer::Body *b) { return b->jurisdiction == code; });
                m.canonical = there != same.cend() ? (*there)->canonical : m.span.text(text);
                m.jurisdiction = code;
            }
        }
    }

    // In-text acronym definitions: "Name (ACR)", and with the name in the
    // body's own language first: "Internal Security Service
    // (Kaitsepolitseiamet, KAPO)", "(Cyber- und Informationsraum, or CIR)";
    // that name is the body too.
    // The name in its own script may follow: "(NCO, 国家サイバー統括室)".
    // (An acronym in its own language's capitals, "(ÚGKK)", or with a
    // country's short code after a space, "(PA BiH)".)
    static const QRegularExpression acronymAfter(QStringLiteral(
        "^\\s?\\((?:([A-Z][^(),\\d]{2,60}),\\s(?:or\\s)?)?(\\p{Lu}[\\p{L}0-9&/\\-.]{1,9}(?:\\s[A-Z][A-Za-z]{1,3})?)(?:,\\s[^\\x{0000}-\\x{024F}][^()]{0,30})?\\)"),
        QRegularExpression::UseUnicodePropertiesOption);
    const int found = int(out.size());
    for (int i = 0; i < found; ++i) {
        const BodyMention m = out.at(i);
        // The expression only where a bracket opens (\s is ASCII there).
        // (Past a possessive: "the Barbados Revenue Authority's (BRA) online
        // tax portal".)
        const QStringView possessive = QStringView(text).mid(m.span.end, 4);
        const int base = m.span.end + (possessive == QLatin1String("'s (") || possessive == QStringLiteral("’s (") ? 2 : 0);
        const QStringView after = QStringView(text).mid(base, 80);
        const qsizetype open = !after.isEmpty() && TextScan::isAsciiSpace(after.front()) ? 1 : 0;
        if (after.size() <= open || after.at(open) != u'(')
            continue;
        QRegularExpressionMatch match = acronymAfter.matchView(after);
        // (A word in its own language with one capital is no acronym:
        // "(Fiscalía)", below.)
        if (match.hasMatch() && std::count_if(match.capturedView(2).cbegin(), match.capturedView(2).cend(), [](QChar c) { return c.isUpper(); }) < 2
            && !isShortName(match.captured(2), m.span.text(text)))
            match = QRegularExpressionMatch();
        if (!match.hasMatch()) {
            // Or the body's one-word name in its own language: "the Swedish
            // Tax Agency (Skatteverket)", "the Swedish Armed Forces
            // (Försvarsmakten)" (not a country, a month or a name known
            // as no body's).
            // (Or in several words, with a particle of its language: "the
            // Attorney General's Office (Fiscalía General del Estado)".)
            static const QRegularExpression nativeAfter(QStringLiteral(
                "^\\s?\\((\\p{Lu}\\p{Ll}{3,30}(?:(?:\\s\\p{Lu}\\p{Ll}+)*\\s(?:de|del|des|du|der|für|di|da|do|dos|y|und|et|la|van|voor)(?:\\s(?:\\p{Lu}\\p{Ll}+|de|del|la|las|los|le|les|der|die|das))+)?)\\)"),
                QRegularExpression::UseUnicodePropertiesOption);
            // Or its name in its own script, a mention of its own: "Health
            // Policy Bureau (医政局)", "Cyber Affairs Bureau (サイバー警察局)".
            static const QRegularExpression scriptAfter(QStringLiteral(
                "^\\s?\\(([\\x{3040}-\\x{30FF}\\x{3400}-\\x{9FFF}\\x{AC00}-\\x{D7AF}]{2,24})\\)"));
            if (const QRegularExpressionMatch script = scriptAfter.matchView(after); script.hasMatch()) {
                const TextSpan span{base + int(script.capturedStart(1)), base + int(script.capturedEnd(1))};
                if (!isTaken(span))
                    addMention(span, true);
                continue;
            }
            const QRegularExpressionMatch native = nativeAfter.matchView(after);
            const QString name = native.captured(1);
            if (!native.hasMatch() || isCountry(name) || isCalendarWord(name) || gazetteer.isNotABody(name))
                continue;
            aliases.insert(name);
            definedBy.insert(name, m.span);
            continue;
        }
        const QString acronym = match.captured(2);
        if (std::count_if(acronym.cbegin(), acronym.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; }) < 2
            && !isShortName(acronym, m.span.text(text)))
            continue;
        aliases.insert(acronym);
        definedBy.insert(acronym, m.span);
        if (match.hasCaptured(1) && !isCountry(match.captured(1))) {
            const TextSpan native{base + int(match.capturedStart(1)), base + int(match.capturedEnd(1))};
            if (!isTaken(native))
                addMention(native, true);
        }
    }
    // A short name in apposition: "its cyber command, ComCyber, to 5,500
    // personnel", "the Cybersecurity and Infrastructure Security Agency, or
    // CISA, said", "…, known as INCD." Without "or" the short name is
    // followed by a comma and a lower-case word, which a list of names is
    // not ("the FBI, CISA, NSA and …", "the MoD, BAE, and Thales").
    static const QRegularExpression acronymApposed(QStringLiteral(
        "^,\\s(?|(?:or|(?:also\\s)?known\\sas|called)\\s([A-Z][A-Za-z0-9&\\-]{1,11})(?=[,.;:)]|\\s[a-z])|"
        "([A-Z][A-Za-z0-9&\\-]{1,11}),\\s(?!(?:and|or|but)\\b)[a-z])"));
    // A name the text says the body goes by: "The Directorate for Priority
    // Crime Investigation (DPCI), known as the Hawks, confirmed …".
    static const QRegularExpression knownAs(QStringLiteral(
        "^\\)?,\\s(?:also\\s)?known\\sas\\s(?:the\\s)?([A-Z][A-Za-z0-9&\\-]{1,15})(?=[,.;:)]|\\s[a-z])"));
    for (int i = 0; i < found; ++i) {
        const BodyMention m = out.at(i);
        if (m.span.end + 2 >= text.size() || (text.at(m.span.end) != u',' && text.at(m.span.end) != u')'))
            continue;
        const QStringView after = QStringView(text).mid(m.span.end, 40);
        const QRegularExpressionMatch nickname = after.left(24).contains(QLatin1String("known as")) ? knownAs.matchView(after) : QRegularExpressionMatch();
        const QRegularExpressionMatch match = nickname.hasMatch() || after.front() != u',' ? nickname : acronymApposed.matchView(after);
        if (!match.hasMatch())
            continue;
        const QString acronym = match.captured(1);
        const auto capitals = std::count_if(acronym.cbegin(), acronym.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
        if ((capitals < 2 && !nickname.hasMatch() && !isShortName(acronym, m.span.text(text))) || isCountry(acronym) || acronym == QLatin1String("US")
            || acronym == QLatin1String("UK") || acronym == QLatin1String("USA") || gazetteer.isNotABody(acronym))
            continue;
        aliases.insert(acronym);
        definedBy.insert(acronym, m.span);
    }
    if (!aliases.isEmpty()) {
        // Every use of every alias, left to right, longer aliases first, as
        // whole words (not inside a word; joined by a hyphen counts:
        // "NBTC-linked").
        QStringList alternatives(aliases.cbegin(), aliases.cend());
        std::sort(alternatives.begin(), alternatives.end(), [](const QString &a, const QString &b) {
            return a.size() > b.size() || (a.size() == b.size() && a < b);
        });
        const auto joins = [](QChar c) {
            return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
        };
        // (Nor closing a code with figures: "Executive Decree 43542-MP-MICITT".)
        const auto endsCode = [&text](int i) {
            if (i == 0 || text.at(i - 1) != u'-')
                return false;
            for (int k = i - 2; k >= 0 && k >= i - 24 && !text.at(k).isSpace(); --k) {
                if (text.at(k).isDigit())
                    return true;
            }
            return false;
        };
        const int size = int(text.size());
        for (int i = 0; i < size; ++i) {
            if (i > 0 && joins(text.at(i - 1)))
                continue;
            for (const QString &alias : std::as_const(alternatives)) {
                const int end = i + int(alias.size());
                if (end > size || text.at(i) != alias.at(0) || (end < size && joins(text.at(end)))
                    || QStringView(text).mid(i, alias.size()) != alias)
                    continue;
                const TextSpan span{i, end};
                if (!endsCode(i) && !isTaken(span))
                    addMention(span, true);
                i = end - 1;
                break;
            }
        }
    }

    // A wire's credit in its dateline is the outlet, not a body: "Muscat,
    // Feb 11 (ONA) ---", "Addis Ababa, February 12/2025 (ENA)-".
    static const QRegularExpression dateline(QStringLiteral(
        "^[A-Z][\\p{L}\\-' ]{1,30},\\s(?:[A-Z][a-z]{2,8}\\.?\\s\\d{1,2}(?:[/,]\\s?\\d{4})?|\\d{1,2}\\s[A-Z][a-z]{2,8}(?:\\s\\d{4})?)\\s\\($"),
        QRegularExpression::UseUnicodePropertiesOption);
    out.removeIf([&text](const BodyMention &m) {
        if (m.span.start < 2 || m.span.end >= text.size() || m.span.length() > 6 || text.at(m.span.start - 1) != u'(' || text.at(m.span.end) != u')')
            return false;
        const int lineStart = int(text.lastIndexOf(u'\n', m.span.start - 1)) + 1;
        return m.span.start - lineStart <= 60 && dateline.matchView(QStringView(text).mid(lineStart, m.span.start - lineStart)).hasMatch();
    });
    std::sort(out.begin(), out.end(), [](const BodyMention &a, const BodyMention &b) {
        return a.span.start < b.span.start || (a.span.start == b.span.start && a.span.length() > b.span.length());
    });
    // Overlaps: keep the first (longest) of each cluster.
    QList<BodyMention> result;
    for (const BodyMention &m : std::as_const(out)) {
        if (!result.isEmpty() && result.constLast().span.overlaps(m.span))
            continue;
        // A known acronym owning the unit named after it is one name: "the
        // FBI Boston Field Office", "NSA Cybersecurity Directorate", "RCMP
        // National Cybercrime Coordination Centre" (a unit the gazetteer
        // knows as the same country's keeps its name). (Not a description
        // after it: "EU cyber agency says"; nor another acronym.)
        if (!result.isEmpty() && result.constLast().span.end + 1 == m.span.start && text.at(m.span.start - 1) == u' '
            && text.at(m.span.start).isUpper() && !result.constLast().canonical.isEmpty()
            && (m.canonical.isEmpty()
                || (m.jurisdiction == result.constLast().jurisdiction && !isAcronym(QStringView(text).mid(m.span.start, m.span.length()))))) {
            BodyMention &owner = result.last();
            if (isAcronym(QStringView(text).mid(owner.span.start, owner.span.length()))) {
                owner = BodyMention{{owner.span.start, m.span.end}, m.canonical, m.jurisdiction};
                continue;
            }
        }
        result.append(m);
    }
    // Resolve shared names by the text's main jurisdiction.
    QString main;
    int best = 0;
    for (const auto &[jurisdiction, votes] : std::as_const(jurisdictionVotes)) {
        if (votes > best) {
            best = votes;
            main = jurisdiction;
        }
    }
    for (BodyMention &m : result) {
        if (!m.canonical.isEmpty())
            continue;
        for (const Gazetteer::Body *b : candidatesFor(m.span)) {
            if (m.canonical.isEmpty() || b->jurisdiction == main) {
                m.canonical = b->canonical;
                m.jurisdiction = b->jurisdiction;
            }
        }
    }
    // An acronym the text defines means what its long name means: one the
    // gazetteer does not know takes the long name's canonical name (or the
    // long name as written); one it knows as other bodies is the one the
    // long name is ("National Cyber Security Centre (NCSC)" in a story
    // full of American agencies is not the National Counterintelligence
    // and Security Center).
    for (BodyMention &m : result) {
        const QString acronym = m.span.text(text);
        const auto defined = definedBy.constFind(acronym);
        if (defined == definedBy.cend())
            continue;
        const auto longName = std::find_if(result.cbegin(), result.cend(), [&](const BodyMention &b) { return b.span == *defined; });
        if (longName == result.cend())
            continue;
        if (m.canonical.isEmpty()) {
            m.canonical = longName->canonical.isEmpty() ? longName->span.text(text) : longName->canonical;
            m.jurisdiction = longName->jurisdiction;
            continue;
        }
        if (longName->canonical.isEmpty() || longName->canonical == m.canonical)
            continue;
        const Gazetteer::Body *same = nullptr;
        for (const Gazetteer::Body *b : gazetteer.lookup(acronym)) {
            if (b->canonical == longName->canonical && (!same || b->jurisdiction == longName->jurisdiction))
                same = b;
        }
        if (same) {
            m.canonical = same->canonical;
            m.jurisdiction = same->jurisdiction;
        } else if (longName->jurisdiction == main && gazetteer.lookup(longName->span.text(text)).size() == 1) {
            // The text's own definition, by a name that is one body's of
            // the text's country, wins over a gazetteer that knows the
            // acronym only as other bodies: "Bank Negara Malaysia (BNM)" is
            // no National Bank of Moldova. (Not a name several bodies
            // share: "its National Cyber Security Centre (NCSC-FI)".)
            m.canonical = longName->canonical;
            m.jurisdiction = longName->jurisdiction;
        }
    }
    return result;
}

} // namespace Dossier::Passes
