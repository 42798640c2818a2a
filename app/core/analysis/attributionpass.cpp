// Attributions: who said what. The definition marks reporting cues, speaker
// labels and quotations; this pass finds each cue's speaker (the noun phrase
// that is its subject, or the one after an inverted "said X" / "according
// to X"), and the content (the quotation or the reported clause).
#include "passes.h"

#include "attribution_p.h"
#include "gazetteer.h"
#include "textscan.h"

#include "corpus/furniture.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace Dossier::Passes {

using TextScan::Word;
using namespace Lexicon;

namespace {

// Labels that end in a colon but name no speaker.
bool isNonSpeakerLabel(const QString &label)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:NOTE|NOTES|UPDATE|UPDATED|EDITOR'S NOTE|EDITOR’S NOTE|PHOTO|PHOTOS|SOURCE|SOURCES|TAGS|TAG|RELATED|"
        "READ MORE|SEE ALSO|WATCH|LISTEN|CORRECTION|DISCLAIMER|FILE|TOPICS|KEYWORDS|ALSO READ|MORE|"
        "BACKGROUND|CONTEXT|SUMMARY|ABSTRACT|TITLE|DATE|TIME|PLACE|VENUE|SUBJECT|RE|FROM|TO|CC|TEL|FAX|"
        "URL|WEB|EMAIL|E-MAIL|CONTACT|INQUIRIES|ENQUIRIES|SHARE|FOLLOW|CAPTION|CREDIT|CREDITS|IMAGE|VIDEO|AUDIO|"
        "CATEGORY|CATEGORIES|LOCATION|LICENSE|LICENCE|BY|POSTED|PUBLISHED|LAST UPDATED|KEY POINTS|HIGHLIGHTS|CASE STUDY|WARNING|AGENDA|ITEM|"
        "PRESENT|ATTENDEES|PARTICIPANTS|PURPOSE|OBJECTIVE|OUTCOME|RESULT|RESULTS|DECISION|MOTION|"
        "OVERVIEW|INTRODUCTION|CONCLUSION|CONCLUSIONS|ANALYSIS|EXPLAINER|OPINION|EDITORIAL|TIMELINE|FACT SHEET|"
        "FACTSHEET|TRANSCRIPT|FULL TEXT|KEY FINDINGS|KEY JUDGEMENTS|KEY JUDGMENTS|FOREWORD|PREFACE|APPENDIX|ANNEX|"
        "GLOSSARY|FAQ|Q&A|EXCLUSIVE|BREAKING|LIVE|INTERVIEW|REVIEW|PODCAST|NEWSLETTER|WHAT'S NEXT|WHAT’S NEXT|"
        // A hearing's list of its witnesses and panels: "Witnesses: …", "II: …".
        "WITNESS|WITNESSES|PANEL|PANELS|MEMBERS PRESENT|(?:PANEL\\s)?[IVX]{1,4}|"
        // A committee record's heading: "Cyberattacks on Public Bodies: Discussion".
        "DISCUSSION|DEBATE|BRIEFING|HEARING|MINUTES|PROCEEDINGS|EVIDENCE|STATEMENTS)$"));
    return re.match(label).hasMatch();
}

struct Context {
    const TextScan::Layout &layout;
    const QString &text;
    const QList<Token> &tokens;
    const QList<TextSpan> &furniture;
    const Gazetteer &gazetteer;
};

// One sentence as words, with the index of each cue.
struct Sentence {
    TextSpan span;
    QList<Word> words;
};

int wordIndexAt(const QList<Word> &words, int pos)
{
    for (int i = 0; i < words.size(); ++i) {
        if (words.at(i).span.start == pos)
            return i;
    }
    return -1;
}

bool isPossessive(QStringView word)
{
    return word.endsWith(QLatin1String("'s")) || word.endsWith(u"\u2019s");
}

// A determiner that can stand before a count: "the four agencies", "its two
// ministries".
bool isArticleOrPossessive(const Word &w)
{
    static const TextScan::WordSet set = {
        QStringLiteral("the"), QStringLiteral("these"), QStringLiteral("those"), QStringLiteral("its"),
        QStringLiteral("their"), QStringLiteral("his"), QStringLiteral("her"), QStringLiteral("our"),
        QStringLiteral("your"), QStringLiteral("The"), QStringLiteral("These"), QStringLiteral("Those"),
        QStringLiteral("Its"), QStringLiteral("Their"), QStringLiteral("His"), QStringLiteral("Her"),
        QStringLiteral("Our"), QStringLiteral("Your"),
    };
    return set.contains(w.text) || isPossessive(w.text);
}

bool isNameWord(const Word &w)
{
    if (w.punctuation || w.text.isEmpty())
        return false;
    if (!w.text.at(0).isUpper() && !w.text.at(0).isDigit())
        return false;
    return !clauseOpeners().contains(w.text);
}

// A word of a run of names the search for a cue's "that" may pass beyond
// its usual reach: a name's word, an acronym's bracket, the words that join
// names ("told the Financial Services Agency (FSA) and the Personal
// Information Protection Commission (PPC) that …").
bool joinsNames(const Word &w)
{
    return isNameWord(w) || w.is("(") || w.is(")") || w.is("the") || w.is("and");
}

// A lower-case particle inside a person's name: "Sanne van Dijk", "Ursula
// von der Leyen", "Luiz Inácio Lula da Silva"; only between name words.
bool isNameParticle(const QList<Word> &words, int i)
{
    const TextScan::WordSet &particles = nameParticles();
    // (The second of two: "der" in "van der Laan".)
    const bool afterName = i > 0 && (isNameWord(words.at(i - 1)) || (i > 1 && particles.contains(words.at(i - 1).text) && isNameWord(words.at(i - 2))));
    if (i <= 0 || i + 1 >= words.size() || !particles.contains(words.at(i).text) || !afterName)
        return false;
    // The next name word, past a second particle ("von der Leyen").
    const int next = i + 2 < words.size() && particles.contains(words.at(i + 1).text) ? i + 2 : i + 1;
    return isNameWord(words.at(next));
}

// "Under Secretary of the Treasury …": a title, though "Under" opens clauses.
bool isTitleOpener(const QList<Word> &words, int i)
{
    return words.at(i).is("Under") && i + 1 < words.size()
        && (words.at(i + 1).is("Secretary") || words.at(i + 1).text.startsWith(QLatin1String("Secretary-")));
}

// Whether a that-clause opens within the clause after a cue, past its
// object and adverbials: "found in a survey of … released on Monday that".
bool thatClauseAfter(const QList<Word> &words, int after)
{
    for (int k = after; k < words.size() && k < after + 14 && !words.at(k).punctuation; ++k) {
        if (words.at(k).is("that"))
            return true;
    }
    return false;
}

// A year or a span of years, as a title ends in one: "Survey 2026", "NCTA
// 2025-2026", "Report 2022–23".
bool isYearOrSpan(QStringView word)
{
    const auto isYear = [](QStringView y) {
        return y.size() == 4 && (y.startsWith(QLatin1String("19")) || y.startsWith(QLatin1String("20")))
            && std::all_of(y.cbegin(), y.cend(), [](QChar c) { return c.isDigit(); });
    };
    if (word.size() > 5 && (word.at(4) == u'-' || word.at(4) == u'–' || word.at(4) == u'/')) {
        const QStringView end = word.mid(5);
        return isYear(word.left(4)) && (isYear(end) || (end.size() == 2 && end.at(0).isDigit() && end.at(1).isDigit()));
    }
    return isYear(word);
}

// A past participle: "approved", "seen", "drawn up" ("approved by …").
bool isParticiple(QStringView word)
{
    return !word.isEmpty() && word.front().isLower()
        && (word.endsWith(QLatin1String("ed")) || word.endsWith(QLatin1String("en")) || word.endsWith(QLatin1String("wn"))
            || word == QLatin1String("made") || word == QLatin1String("held") || word == QLatin1String("set") || word == QLatin1String("run"));
}

bool isNounPhraseWord(const Word &w)
{
    if (w.punctuation)
        return false;
    if (isNameWord(w))
        return true;
    const QString full = w.text.toString().toLower();
    QStringView lower = full;
    if (isPossessive(lower))
        lower.chop(2);
    if (sourceWords().contains(lower) || sourceWords().contains(full))
        return true;
    // Whose a body is: "the country's Central Election Commission", "the
    // island's National Security Bureau".
    static const TextScan::WordSet owners = {QStringLiteral("country"), QStringLiteral("nation"), QStringLiteral("island"), QStringLiteral("kingdom"),
                                             QStringLiteral("republic")};
    if (lower.size() < full.size() && owners.contains(lower))
        return true;
    // A compound title: "director-general", "secretary-general".
    const qsizetype hyphen = lower.indexOf(u'-');
    return hyphen > 0 && sourceWords().contains(lower.left(hyphen)) && sourceWords().contains(lower.mid(hyphen + 1));
}

// A chamber of a legislature in a member's title: "LDP upper house member
// Ichiro Kusano", "a lower house lawmaker".
bool isChamberWord(const QList<Word> &words, int i)
{
    const auto chamber = [&words](int k) { return k >= 0 && k < words.size() && (words.at(k).is("house") || words.at(k).is("chamber")); };
    const auto level = [&words](int k) { return k >= 0 && k < words.size() && (words.at(k).is("upper") || words.at(k).is("lower")); };
    return (level(i) && chamber(i + 1)) || (chamber(i) && level(i - 1));
}

bool isConnector(const Word &w)
{
    return w.is("of") || w.is("at") || w.is("for") || w.is("from") || w.is("and") || w.is("&") || w.is("in")
        || w.is("with") || w.is("to") || w.is("on") || w.is("into");
}

// The noun phrase that ends at word index `last` (inclusive), growing left.
// Returns the index of its first word, or -1 when there is none.
int nounPhraseStart(const QList<Word> &words, int last)
{
    if (last < 0 || last >= words.size())
        return -1;
    const Word &head = words.at(last);
    if (pronouns().contains(head.text))
        return last;
    if (head.is(")")) {
        // "United Nations (UN)": the bracketed acronym belongs to the name.
        int open = last;
        while (open > 0 && !words.at(open).is("("))
            --open;
        // "Its National Cybersecurity Agency (Agenzia per la Cybersicurezza
        // Nazionale, or ACN)": the name in its language may be long.
        if (open <= 0 || last - open > 10)
            return -1;
        const int start = nounPhraseStart(words, open - 1);
        return start;
    }
    // A participle after its plural noun: "the companies concerned have
    // reported", "the ministries involved said".
    if ((head.is("concerned") || head.is("involved")) && last >= 1 && words.at(last - 1).text.endsWith(u's')
        && !words.at(last - 1).text.isEmpty() && words.at(last - 1).text.front().isLower())
        return nounPhraseStart(words, last - 1);
    // The parties to talks: "the two countries agreed", "both nations",
    // "the two allies" (not "74 countries reported", a tally of many).
    if (head.is("countries") || head.is("nations") || head.is("allies")) {
        const int pair = last - 1;
        if (pair >= 0 && (words.at(pair).is("both") || words.at(pair).is("Both")))
            return pair;
        if (pair >= 1 && words.at(pair).is("two") && (words.at(pair - 1).is("the") || words.at(pair - 1).is("The")))
            return pair - 1;
        return -1;
    }
    if (!isNounPhraseWord(head)) {
        // What a committee or inquiry looks into: "the Committee of Inquiry
        // (COI) into the attack", "the panel into the data breach"; what a
        // group is behind: "The group behind the attacks".
        // So is what a document is on: "The report on the breach said",
        // "TSTT's first public statement on the incident".
        for (int k = last - 2; k >= 1 && k >= last - 3; --k) {
            const bool onWhat = (words.at(k).is("on") || words.at(k).is("about"))
                && (documentNouns().contains(words.at(k - 1).text) || words.at(k - 1).is("statement"));
            if ((words.at(k).is("into") || words.at(k).is("behind") || onWhat) && determiners().contains(words.at(k + 1).text) && !head.punctuation
                && head.text.front().isLower())
                return nounPhraseStart(words, k - 1);
        }
        // A title's portfolio in lower case: "the minister for digital
        // transformation", "the secretary of state for science and
        // technology", "The Minister of State with responsibility for
        // e-government".
        static const TextScan::WordSet titles = {
            QStringLiteral("minister"), QStringLiteral("secretary"), QStringLiteral("commissioner"), QStringLiteral("state"),
        };
        const auto isTitleWord = [](const Word &w) { return !w.punctuation && titles.contains(w.text.toString().toLower()); };
        for (int k = last - 1; k >= 1 && k >= last - 4; --k) {
            const Word &word = words.at(k);
            if (word.punctuation || word.text.front().isUpper())
                break;
            if ((word.is("for") || word.is("of")) && isTitleWord(words.at(k - 1)) && k < last)
                return nounPhraseStart(words, k - 1);
            if (word.is("for") && k >= 3 && k < last && words.at(k - 1).is("responsibility") && words.at(k - 2).is("with") && isTitleWord(words.at(k - 3)))
                return nounPhraseStart(words, k - 3);
        }
        return -1;
    }
    int start = last;
    int i = last - 1;
    // A document described in lower-case words between its determiner and
    // its noun: "The OAIC's latest notifiable data breaches report shows",
    // "its annual threat survey found".
    // So is a source: "the four audited agencies told".
    if (documentNouns().contains(head.text) || sourceWords().contains(head.text)) {
        int k = i;
        const int reach = documentNouns().contains(head.text) ? 6 : 4;
        while (k >= 0 && k > last - reach && !words.at(k).punctuation && !words.at(k).text.isEmpty() && words.at(k).text.front().isLower()
               && !determiners().contains(words.at(k).text) && !isConnector(words.at(k)) && !words.at(k).is("other")
               && !clauseWords().contains(words.at(k).text) && !words.at(k).is("what"))
            --k;
        // (Not a singular article before a plural source: in "in a move
        // analysts say reflects …" the source is "analysts".)
        const bool singular = k >= 0 && (words.at(k).is("a") || words.at(k).is("an") || words.at(k).is("A") || words.at(k).is("An"));
        const bool plural = head.text.endsWith(u's') && !head.text.endsWith(QLatin1String("ss"));
        if (k >= 0 && k < i && (determiners().contains(words.at(k).text) || isPossessive(words.at(k).text))
            && !(singular && plural && !words.at(k + 1).is("few"))) {
            start = k + 1;
            i = k;
        }
    }
    while (i >= 0) {
        const Word &w = words.at(i);
        if (isNounPhraseWord(w) || isNameParticle(words, i) || isTitleOpener(words, i) || isChamberWord(words, i)) {
            start = i;
            --i;
            continue;
        }
        if (determiners().contains(w.text)) {
            // "notes that New Zealand has linked …": "that" before a name
            // opens a clause; it is no determiner of the name.
            if (w.is("that") && isNameWord(words.at(i + 1)))
                break;
            // Nor before a plural: "told METI that card companies had …".
            if (w.is("that") && head.text.endsWith(u's') && !head.text.endsWith(QLatin1String("ss")))
                break;
            start = i;
            // "The four agencies said": a count has its own determiner.
            if (i > 0 && !isArticleOrPossessive(w) && isArticleOrPossessive(words.at(i - 1))) {
                start = i - 1;
                break;
            }
            // "An official at the Foreign Ministry": the phrase goes on
            // through a preposition to the noun it belongs to.
            // So does a person's name: "Kenji Sato of the United Nations"
            // (two name words that are no body's), and a body's head: "the
            // Government of the Republic of Moldova", "the Office of the
            // Commissioner".
            const auto personBefore = [&words](int at) {
                // (Or past a particle: "Sanne van Dijk of the NCSC".)
                return at >= 1 && isNameWord(words.at(at)) && (isNameWord(words.at(at - 1)) || isNameParticle(words, at - 1))
                    && words.at(at).text.front().isLetter()
                    && !hasHeadNoun(words.at(at).text) && !sourceWords().contains(words.at(at).text.toString().toLower())
                    && !sourceWords().contains(words.at(at - 1).text.toString().toLower());
            };
            // So does a name before it: "CERT-In and the National Critical
            // Information Infrastructure Protection Centre (NCIIPC)".
            if (w.is("the") && i >= 2 && words.at(i - 1).is("and") && isNameWord(words.at(i - 2)) && isNameWord(words.at(i + 1))) {
                start = i - 2;
                i -= 3;
                continue;
            }
            // An honorific before the title: "His Excellency the State
            // President", "Her Majesty the Queen".
            if (w.is("the") && i >= 2 && (words.at(i - 2).is("His") || words.at(i - 2).is("Her"))
                && (words.at(i - 1).is("Excellency") || words.at(i - 1).is("Majesty") || words.at(i - 1).is("Highness"))) {
                start = i - 2;
                break;
            }
            // Or a body described with "the" before it: "The ministry and
            // the National Broadcasting and Telecommunications Commission
            // (NBTC) said".
            if (w.is("the") && i >= 3 && words.at(i - 1).is("and") && isNameWord(words.at(i + 1)) && !words.at(i - 2).punctuation
                && words.at(i - 2).text.front().isLower() && isNounPhraseWord(words.at(i - 2))
                && (words.at(i - 3).is("the") || words.at(i - 3).is("The"))) {
                start = i - 3;
                break;
            }
            // (A source noun capitalised only as the sentence's first word
            // is one too: "Lawyers for the firm said".)
            const bool opener = i == 2 && sourceWords().contains(words.at(0).text.toString().toLower());
            if (i >= 2 && isConnector(words.at(i - 1)) && !words.at(i - 1).is("and") && isNounPhraseWord(words.at(i - 2))
                && (!isNameWord(words.at(i - 2)) || opener || (words.at(i - 1).is("of") && (personBefore(i - 2) || hasHeadNoun(words.at(i - 2).text))))) {
                start = i - 2;
                i -= 3;
                continue;
            }
            break;
        }
        // A former office: "then Defense Minister Kenji Narita" (not "and
        // then …", a next step).
        if (w.is("then") && isNameWord(words.at(start))
            && (i == 0 || words.at(i - 1).punctuation || words.at(i - 1).is("by") || words.at(i - 1).is("from") || words.at(i - 1).is("with"))) {
            start = i;
            break;
        }
        // "DHS and five other agencies agreed": others counted beside a name.
        if (w.is("other") && i >= 2) {
            int k = i - 1;
            if (determiners().contains(words.at(k).text) || (!words.at(k).text.isEmpty() && words.at(k).text.front().isDigit()))
                --k;
            if (k >= 1 && words.at(k).is("and") && isNameWord(words.at(k - 1))) {
                start = k - 1;
                i = k - 2;
                continue;
            }
            // (A name with its acronym: "The Water and Sewerage Authority
            // (WASA) and two other enterprises told".)
            if (k >= 1 && words.at(k).is("and") && words.at(k - 1).is(")")) {
                start = k;
                i = k - 1;
                continue;
            }
            break;
        }
        if (w.is(")") ) {
            int open = i;
            while (open > 0 && !words.at(open).is("("))
                --open;
            if (open > 0 && i - open <= 3 && isNounPhraseWord(words.at(open - 1))) {
                start = open - 1;
                i = open - 2;
                continue;
            }
            break;
        }
        if (isConnector(w) && i > 0) {
            // A connector joins only when a noun phrase continues to its left:
            // "An official at the Foreign Ministry", "Kishida and Kerry".
            const Word &left = words.at(i - 1);
            const bool names = isNameWord(left) || isPossessive(left.text);
            const bool sourceNoun = isNounPhraseWord(left);
            if ((w.is("and") || w.is("&")) && !(names && isNameWord(words.at(start))))
                break;
            if (!w.is("and") && !w.is("&") && !sourceNoun)
                break;
            start = i - 1;
            i -= 2;
            continue;
        }
        break;
    }
    // A phrase made only of a connector's right side is fine; one that starts
    // with a connector is not.
    while (start <= last && isConnector(words.at(start)))
        ++start;
    return start <= last ? start : -1;
}

// "to" before a verb at word k ("directed traffic to the servers": a place).
bool toVerb(const QList<Word> &w, int k)
{
    return w.at(k).is("to") && k + 1 < w.size() && !w.at(k + 1).punctuation && w.at(k + 1).text.front().isLower()
        && !determiners().contains(w.at(k + 1).text);
}

// The "to" after the ones asked, from word `from`, named in lower-case words
// and lists ("state bodies and private organisations to review …"), or -1;
// not past a preposition ("asked for a report to be sent").
int toAfterAddressee(const QList<Word> &w, int from)
{
    // (Past where the ones asked are, after their first word: "asked about
    // 40 industry groups in the food, retail and logistics sectors to …".)
    static const TextScan::WordSet prepositions = {
        QStringLiteral("for"), QStringLiteral("about"), QStringLiteral("into"), QStringLiteral("with"), QStringLiteral("by"),
        QStringLiteral("not"), QStringLiteral("how"), QStringLiteral("why"), QStringLiteral("whether"), QStringLiteral("what"),
    };
    static const TextScan::WordSet places = {
        QStringLiteral("of"), QStringLiteral("on"), QStringLiteral("in"), QStringLiteral("at"), QStringLiteral("from"), QStringLiteral("across"),
    };
    const int n = int(w.size());
    for (int k = from; k < n && k < from + 14; ++k) {
        // ("about" before a count is a hedge: "asked about 40 groups to …".)
        if (w.at(k).is("about") && k + 1 < n && !w.at(k + 1).text.isEmpty() && w.at(k + 1).text.front().isDigit())
            continue;
        // (Nor a name's: "the Minister of Health, Labour and Welfare to …".)
        const bool listComma = w.at(k).is(",") && k + 1 < n && !w.at(k + 1).punctuation
            && (w.at(k + 1).text.front().isLower() || (k > 0 && w.at(k - 1).isCapitalised() && w.at(k + 1).isCapitalised()));
        // (Nor a participle's object: "urges law giving SDF power to strike back".)
        if (w.at(k).is("that") || prepositions.contains(w.at(k).text) || (k == from && !w.at(k).is("of") && places.contains(w.at(k).text))
            || (w.at(k).punctuation && !listComma) || w.at(k).text.endsWith(QLatin1String("ing")))
            return -1;
        if (toVerb(w, k))
            return k > from ? k : -1;
    }
    return -1;
}

// The noun phrase that starts at word index `first`, growing right (for
// "said Fujimura", "according to the official").
int nounPhraseEnd(const QList<Word> &words, int first)
{
    if (first >= words.size())
        return -1;
    const Word &w0 = words.at(first);
    if (pronouns().contains(w0.text))
        return first;
    int i = first;
    if (determiners().contains(w0.text))
        ++i;
    int end = -1;
    while (i < words.size()) {
        const Word &w = words.at(i);
        if (isNounPhraseWord(w) || isTitleOpener(words, i) || (end >= 0 && isChamberWord(words, i))) {
            end = i;
            ++i;
            continue;
        }
        if (end >= 0 && isNameParticle(words, i)) {
            ++i;
            continue;
        }
        // "(EPP, DE)", "(NISC)", "(劉文傑)": a short bracket belongs to the name.
        if (w.is("(") && end >= 0) {
            int close = i + 1;
            while (close < words.size() && close <= i + 6 && !words.at(close).is(")") && !words.at(close).is("("))
                ++close;
            if (close < words.size() && close <= i + 6 && close > i + 1 && words.at(close).is(")")) {
                end = close;
                i = close + 1;
                continue;
            }
        }
        if (isConnector(w) && end >= 0 && i + 1 < words.size()) {
            int j = i + 1;
            if (j < words.size() && determiners().contains(words.at(j).text))
                ++j;
            if (j < words.size() && isNounPhraseWord(words.at(j)) && !w.is("to") && !w.is("with") && !w.is("on")) {
                i = j;
                continue;
            }
            // A head's field: "Säpo's head of counter-espionage, Anna
            // Berglund" (one word, closing the phrase).
            static const TextScan::WordSet heads = {QStringLiteral("head"), QStringLiteral("director"), QStringLiteral("chief"),
                                                    QStringLiteral("deputy"), QStringLiteral("minister"), QStringLiteral("secretary")};
            if (w.is("of") && heads.contains(words.at(end).text) && j == i + 1 && j + 1 < words.size() && words.at(j + 1).punctuation
                && !words.at(j).punctuation && words.at(j).text.front().isLower()) {
                end = j;
                i = j + 1;
                continue;
            }
        }
        break;
    }
    return end;
}

// A clause's subject that is an inquiry and what it covered, from `start`
// to the cue after word `last`: "GAO's review of 240 incident records at six
// selected agencies found", "A forensic investigation by the contractor and
// an outside security company found". Returns whether it is one.
bool isInquiryFrom(const QList<Word> &words, int start, int last)
{
    if (start >= last || clauseOpeners().contains(words.at(start).text) || last - start > 30)
        return false;
    int noun = start;
    const auto isInquiry = [](QStringView word) { return documentNouns().contains(word) || inquiryNouns().contains(word); };
    const auto statement = [](const Word &word) { return word.is("statement") || word.is("Statement"); };
    while (noun < start + 5 && noun < last && !words.at(noun).punctuation) {
        // (Lower-cased only when capitalised: "Survey of …" opening a sentence.)
        const Word &word = words.at(noun);
        // (Not past a speaker's verb: "Smith said a survey of firms found".)
        if (word.is("said") || word.is("says"))
            return false;
        if (isInquiry(word.text) || (word.isCapitalised() && isInquiry(word.text.toString().toLower())) || statement(word))
            break;
        ++noun;
    }
    if (noun >= start + 5 || noun >= last - 1 || words.at(noun).punctuation)
        return false;
    // (Or a clause without "that" on who made it: "A survey the ministry
    // conducted last year found", "the audit NISC carried out found".)
    const auto madeBy = [&words, noun, last] {
        const Word &next = words.at(noun + 1);
        if (!(next.is("the") || next.is("its") || next.is("their") || isNameWord(next)))
            return false;
        for (int k = noun + 2; k <= last && k <= noun + 4; ++k) {
            if (isParticiple(words.at(k).text) || words.at(k).is("ran") || words.at(k).is("did") || words.at(k).is("took"))
                return true;
        }
        return false;
    };
    if (!(words.at(noun + 1).is("of") || words.at(noun + 1).is("by") || words.at(noun + 1).is("into") || madeBy()))
        return false;
    // A statement speaks as its author's document only with "by": "A
    // statement by the Press Secretary … stated" (not "a statement of
    // support", nor "the ministry's statement", which the author says).
    if (statement(words.at(noun)) && !words.at(noun + 1).is("by"))
        return false;
    // Up to the cue, one noun phrase: no clause's verb, relative or comma,
    // but for an apposition or a name's own comma before the cue: "A survey
    // … by the Information-technology Promotion Agency, Japan (IPA), a body
    // under METI, found".
    for (int k = noun + 2; k <= last; ++k) {
        const Word &word = words.at(k);
        const bool apposition = word.is(",") && (k == last || (k + 1 <= last && (words.at(k + 1).is("a") || words.at(k + 1).is("an")
                                                                                  || isNameWord(words.at(k + 1)))));
        if ((word.punctuation && !word.is("(") && !word.is(")") && !apposition) || clauseWords().contains(word.text))
            return false;
    }
    return true;
}

// The inquiry speaking at the cue after word `last`, as the sentence's
// subject or the subject of a clause reported inside it ("…, said the
// agency's 2025 audit of government websites found that …"): its first
// word's index, or -1.
int inquirySubject(const QList<Word> &words, int last)
{
    int start = 0;
    // (Past a conjunction that links it to the sentence before: "Yet a
    // survey … found".)
    while (start < last && (words.at(start).punctuation || words.at(start).is("Yet") || words.at(start).is("But") || words.at(start).is("And")))
        ++start;
    if (isInquiryFrom(words, start, last))
        return start;
    for (int k = last - 1; k > start && k > last - 12; --k) {
        if (words.at(k).is("said") || words.at(k).is("says") || words.at(k).is("that"))
            return isInquiryFrom(words, k + 1, last) ? k + 1 : -1;
    }
    return -1;
}

// Whether word k opens what a source knows: "familiar with", "with
// knowledge of", "close to", "briefed on", "involved in", "in charge of".
bool opensKnowledge(const QList<Word> &words, int k)
{
    if (k + 1 >= words.size())
        return false;
    const Word &w = words.at(k);
    const Word &next = words.at(k + 1);
    return (w.is("familiar") && next.is("with")) || (w.is("with") && next.is("knowledge")) || (w.is("close") && next.is("to"))
        || (w.is("briefed") && next.is("on")) || (w.is("involved") && next.is("in")) || (w.is("in") && next.is("charge"));
}

// Whether the capitalised word i of a source's phrase says whose source it
// is ("Mandiant researchers", "IFSO sources"), and is no kind: not an
// article, a people's adjective ("Japanese experts"), nor, opening the
// sentence, a source word or an adjective ("Security researchers",
// "Diplomatic sources").
bool saysWhose(const QList<Word> &words, int i)
{
    const Word &m = words.at(i);
    // (Nor the civil service by its street: "A Whitehall source".)
    if (!m.isCapitalised() || determiners().contains(m.text) || m.is("A") || m.is("An") || m.is("The") || m.is("Whitehall"))
        return false;
    const auto endsIn = [&m](std::initializer_list<const char *> endings) {
        return std::any_of(endings.begin(), endings.end(), [&m](const char *e) { return m.text.endsWith(QLatin1String(e)); });
    };
    if (endsIn({"ese", "ian", "ean", "ish", "can"}))
        return false;
    const bool opener = i == 0 || words.at(i - 1).punctuation;
    return !(opener && (sourceWords().contains(m.text.toString().toLower()) || endsIn({"ic", "al", "ive", "ary"})));
}

// Where a phrase that says only what a source knows opens, if the words
// up to last end with one ("familiar with the talks", "with knowledge of
// the matter", "close to the negotiations", "briefed on the plan"): the
// index of its first word, or -1.
int knowledgeClause(const QList<Word> &words, int last)
{
    for (int k = last - 1; k >= 1 && k > last - 7 && !words.at(k).punctuation; --k) {
        if (opensKnowledge(words, k))
            return k;
    }
    return -1;
}

// Where a restrictive clause that says which source it is opens, if the
// words up to last end with one without commas ("A security company that
// examined the hospital's servers at the city's request", "The official who
// led the investigation"): the index of its "who" or "that", or -1. The
// clause follows a source's noun and opens with a verb ("that examined",
// "who led"; not "the ministry that hackers").
int restrictiveClause(const QList<Word> &words, int last)
{
    static const TextScan::WordSet auxiliaries = {
        QStringLiteral("was"), QStringLiteral("were"), QStringLiteral("is"), QStringLiteral("are"),
        QStringLiteral("has"), QStringLiteral("had"), QStringLiteral("have"),
    };
    for (int k = last - 1; k >= 2 && k > last - 14; --k) {
        const Word &word = words.at(k);
        if (word.punctuation)
            return -1;
        if (!word.is("who") && !word.is("that"))
            continue;
        // Or one with its own subject, a name: "A survey of about 1,200
        // SMEs that CSA commissioned last year" (a source noun before it,
        // with what it was of).
        if (word.is("that") && k + 2 <= last && words.at(k + 1).isCapitalised() && !pronouns().contains(words.at(k + 1).text)) {
            int verb = k + 1;
            while (verb < last && verb < k + 4 && words.at(verb).isCapitalised())
                ++verb;
            bool source = sourceWords().contains(words.at(k - 1).text);
            for (int j = k - 2; j >= 1 && j >= k - 6 && !words.at(j).punctuation && !source; --j)
                source = words.at(j + 1).is("of") && sourceWords().contains(words.at(j).text);
            if (source && verb <= last && words.at(verb).text.endsWith(QLatin1String("ed")) && words.at(verb).text.front().isLower())
                return k;
            return -1;
        }
        // Or a subject described: "The report that the company submitted
        // on April 1".
        if (word.is("that") && k + 3 <= last && (words.at(k + 1).is("the") || words.at(k + 1).is("its")) && sourceWords().contains(words.at(k + 2).text)
            && words.at(k + 3).text.endsWith(QLatin1String("ed")) && words.at(k + 3).text.front().isLower() && sourceWords().contains(words.at(k - 1).text))
            return k;
        const QString head = words.at(k - 1).text.toString();
        const QStringView verb = words.at(k + 1).text;
        if (k + 1 >= last || head.isEmpty() || !head.front().isLower() || !sourceWords().contains(head) || verb.isEmpty()
            || !verb.front().isLower() || pronouns().contains(verb))
            return -1;
        if (word.is("that") && !verb.endsWith(QLatin1String("ed")) && !auxiliaries.contains(verb))
            return -1;
        return k;
    }
    return -1;
}

// Where a restrictive clause that keeps a source unnamed opens, if the
// words up to last end with one ("who spoke on condition of anonymity",
// "who asked not to be named"): the index of its "who", or -1.
int anonymityClause(const QList<Word> &words, int last)
{
    static const QList<QStringList> clauses = [] {
        QList<QStringList> list;
        for (const char *c : {"who spoke on condition of anonymity", "who spoke on the condition of anonymity",
                              "who requested anonymity", "who asked for anonymity", "who asked not to be named",
                              "who asked not to be identified", "who declined to be named", "who declined to be identified",
                              "who did not want to be named", "who did not want to be identified"})
            list.append(QString::fromLatin1(c).split(QLatin1Char(' ')));
        return list;
    }();
    for (const QStringList &clause : clauses) {
        const int who = last - int(clause.size()) + 1;
        if (who < 1)
            continue;
        bool same = true;
        for (int k = 0; same && k < clause.size(); ++k)
            same = words.at(who + k).text == clause.at(k);
        if (same)
            return who;
    }
    return -1;
}

bool isVague(const QList<Word> &words, int start, int end)
{
    // "every agency", "any government": no one in particular.
    if (start > 0) {
        const QStringView quantifier = words.at(start - 1).text;
        if (quantifier.compare(QLatin1String("every"), Qt::CaseInsensitive) == 0 || quantifier.compare(QLatin1String("each"), Qt::CaseInsensitive) == 0
            || quantifier.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0)
            return true;
    }
    // A class without determiner, its first word capitalised only because
    // it opens the sentence: "Local governments reported".
    if (words.at(end).text.endsWith(u's') && institutionClasses().contains(words.at(end).text.toString().toLower()) && !determiners().contains(words.at(start).text)
        && !isPossessive(words.at(start).text)) {
        // (A name may open the sentence before others it is counted with:
        // "DHS and five other agencies agreed".)
        bool named = false;
        for (int i = start; i <= end; ++i)
            named |= words.at(i).isCapitalised() && (i > 0 || (i < end && words.at(i + 1).is("and")));
        if (!named)
            return true;
    }
    // What is not owned to: "Unofficial information indicates", "unconfirmed
    // reports said".
    if (words.at(start).text.compare(QLatin1String("unofficial"), Qt::CaseInsensitive) == 0
        || words.at(start).text.compare(QLatin1String("unconfirmed"), Qt::CaseInsensitive) == 0)
        return true;
    // "Opposition lawmakers say": a side's members, no one in particular.
    if (end == start + 1 && words.at(start).text.compare(QLatin1String("opposition"), Qt::CaseInsensitive) == 0
        && words.at(end).text.endsWith(u's') && words.at(end).text.front().isLower())
        return true;
    // Sources described only by what they know: "a person familiar with the
    // matter", "people with knowledge of the matter", "a source close to
    // the talks"; and a trade's own estimates: "industry estimates",
    // "industry data".
    {
        const QStringView noun = words.at(start).is("a") || words.at(start).is("A") || words.at(start).is("one") ? words.at(qMin(start + 1, end)).text
                                                                                                                   : words.at(start).text;
        static const TextScan::WordSet someone = {
            QStringLiteral("person"), QStringLiteral("persons"), QStringLiteral("people"), QStringLiteral("source"),
            QStringLiteral("sources"), QStringLiteral("someone"), QStringLiteral("People"), QStringLiteral("Sources"),
        };
        if (someone.contains(noun)) {
            for (int i = start + 1; i + 1 <= end; ++i) {
                if (opensKnowledge(words, i))
                    return true;
            }
        }
        if (end == start + 1 && (words.at(start).is("industry") || words.at(start).is("market") || words.at(start).is("Industry"))
            && (words.at(end).is("estimates") || words.at(end).is("data") || words.at(end).is("figures") || words.at(end).is("sources")))
            return true;
    }
    // A source named only by its kind: "a government source", "diplomatic
    // sources", "investigative sources" (not "A source at the PJ", "Japanese
    // Foreign Ministry sources": whose). So are a field's or a country's
    // experts: "Security researchers have linked", "Japanese experts have
    // said" (not "Mandiant researchers").
    static const TextScan::WordSet kinds = {
        QStringLiteral("experts"), QStringLiteral("researchers"), QStringLiteral("analysts"), QStringLiteral("specialists"),
        QStringLiteral("scholars"), QStringLiteral("academics"), QStringLiteral("observers"), QStringLiteral("commentators"),
    };
    const bool source = words.at(end).is("source") || words.at(end).is("sources");
    const bool expert = end > start && end - start <= 2 && kinds.contains(words.at(end).text) && !determiners().contains(words.at(start).text)
        && !isPossessive(words.at(start).text);
    if (source || expert) {
        // (Or the one named before: "…, the same source said.")
        bool whose = false;
        for (int i = start; i < end && !whose; ++i)
            whose = saysWhose(words, i) || (source && words.at(i).is("same"));
        if (!whose)
            return true;
    }
    // A capitalised word names someone unless it is a vague word opening
    // the sentence ("Critics say", "Analysts note").
    // (A people's adjective after "some" says no whose: "Some Japanese
    // lawmakers have called for …".)
    const QStringView first = words.at(start).text;
    const bool some = first.compare(QLatin1String("some"), Qt::CaseInsensitive) == 0 || first.compare(QLatin1String("many"), Qt::CaseInsensitive) == 0
        || first.compare(QLatin1String("several"), Qt::CaseInsensitive) == 0;
    const auto people = [](QStringView w) {
        return w.endsWith(QLatin1String("ese")) || w.endsWith(QLatin1String("ian")) || w.endsWith(QLatin1String("ean"))
            || w.endsWith(QLatin1String("ish")) || w.endsWith(QLatin1String("can"));
    };
    bool hasName = false;
    for (int i = start; i <= end && !hasName; ++i) {
        if (!words.at(i).isCapitalised() || determiners().contains(words.at(i).text) || (some && i > start && people(words.at(i).text)))
            continue;
        const QString lower = words.at(i).text.toString().toLower();
        hasName = !vagueSources().contains(lower) && !(start == end && bareGroups().contains(lower));
    }
    if (hasName)
        return false;
    const QString head = words.at(end).text.toString().toLower();
    // "Data show" names no source; "the data show", "police figures", "new
    // figures show" do.
    const bool dataset = head == QLatin1String("data") || head == QLatin1String("figures") || head == QLatin1String("statistics")
        || head == QLatin1String("estimates");
    if (vagueSources().contains(head) && (!dataset || start == end))
        return true;
    const QString opener = words.at(start).text.toString().toLower();
    if ((opener == QLatin1String("some") || opener == QLatin1String("many") || opener == QLatin1String("several")) && head.endsWith(QLatin1Char('s')))
        return true;
    // The quantifier as the phrase's own first word: "no agency".
    if (opener == QLatin1String("every") || opener == QLatin1String("each") || opener == QLatin1String("any") || opener == QLatin1String("no"))
        return true;
    // "a source", "officials", "diplomats", "sources" alone are too vague
    // to be a speaker (a plural noun without a word that says whose).
    // (Not "GCC interior ministers": words before it that the phrase
    // reader passed over say whose.)
    const auto opensClause = [&words](int i) { return i < 0 || words.at(i).punctuation || clauseLinks().contains(words.at(i).text); };
    const bool barePlural = end == start && !words.at(start).text.isEmpty() && words.at(start).text.front().isLower()
        && head.endsWith(QLatin1Char('s')) && !head.endsWith(QLatin1String("ss")) && opensClause(start - 1);
    return end == start && !pronouns().contains(words.at(start).text) && (bareGroups().contains(head) || barePlural);
}

TextSpan spanOf(const QList<Word> &words, int first, int last)
{
    return {words.at(first).span.start, words.at(last).span.end};
}

// The content of a quotation that opens at or after pos: its interior,
// without the marks and a trailing comma.
std::optional<TextSpan> quoteAt(const QString &text, int pos, int limit)
{
    limit = qMin(limit, int(text.size())); // callers pass a sentence's end + 1, past a text's last character
    while (pos < limit && text.at(pos).isSpace())
        ++pos;
    if (pos >= limit)
        return std::nullopt;
    const QChar open = text.at(pos);
    QChar close;
    if (open == QChar(0x201C))
        close = QChar(0x201D);
    else if (open == QLatin1Char('"'))
        close = QLatin1Char('"');
    else
        return std::nullopt;
    int end = int(text.indexOf(close, pos + 1));
    if (end < 0)
        return std::nullopt;
    int contentEnd = end;
    if (contentEnd > pos + 1 && text.at(contentEnd - 1) == QLatin1Char(','))
        --contentEnd;
    return TextSpan{pos + 1, contentEnd};
}

// The length of a news dateline opening a paragraph at `pos` ("TOKYO -- ",
// "MANILA, Philippines – ", "TOKYO, Feb. 19 Kyodo - ", "WASHINGTON (AP) —
// "), or 0: where the story begins, not what anyone said.
qsizetype datelineAt(const QString &text, qsizetype pos)
{
    if (pos + 2 >= text.size() || (pos > 0 && text.at(pos - 1) != QLatin1Char('\n')) || !text.at(pos).isUpper() || !text.at(pos + 1).isUpper())
        return 0;
    static const QRegularExpression dateline(
        QStringLiteral("\\p{Lu}{2,}(?:[ .'-]\\p{Lu}{2,})*(?:,?[ \\t]+(?:\\p{Lu}[\\p{L}.]*|\\d{1,4}|\\(\\p{Lu}[\\p{L} ]{0,20}\\)))*"
                       "[ \\t]+(?:--|[-\u2013\u2014])[ \\t]+"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = dateline.matchView(QStringView(text).mid(pos, 80), 0, QRegularExpression::NormalMatch,
                                                          QRegularExpression::AnchorAtOffsetMatchOption);
    return m.hasMatch() && pos + m.capturedLength() < text.size() ? m.capturedLength() : 0;
}

TextSpan trimmed(const QString &text, TextSpan span)
{
    while (span.start < span.end && (text.at(span.start).isSpace() || text.at(span.start) == QLatin1Char(',')))
        ++span.start;
    if (const qsizetype dateline = datelineAt(text, span.start); dateline > 0 && span.start + dateline < span.end)
        span.start += int(dateline);
    while (span.end > span.start && (text.at(span.end - 1).isSpace() || text.at(span.end - 1) == QLatin1Char(',')
                                     || text.at(span.end - 1) == QLatin1Char('.')))
        --span.end;
    // A closing mark with no opening one inside belongs to an enclosing quote.
    for (const auto &[open, close] : {std::pair{QChar(0x201C), QChar(0x201D)}, std::pair{QChar(u'"'), QChar(u'"')}}) {
        if (span.length() > 0 && text.at(span.end - 1) == close && !text.mid(span.start, span.length() - 1).contains(open)) {
            --span.end;
            while (span.end > span.start && (text.at(span.end - 1) == QLatin1Char('.') || text.at(span.end - 1) == QLatin1Char(',')))
                --span.end;
        }
    }
    // Strip enclosing quotation marks.
    if (span.length() >= 2) {
        const QChar a = text.at(span.start);
        const QChar b = text.at(span.end - 1);
        if ((a == QChar(0x201C) && b == QChar(0x201D)) || (a == QLatin1Char('"') && b == QLatin1Char('"'))) {
            ++span.start;
            --span.end;
            if (span.end > span.start && text.at(span.end - 1) == QLatin1Char(','))
                --span.end;
        }
    }
    return span;
}

// Past an occasion of saying that starts at word i ("news conference",
// "conference call"): the index after it, or n when only where or when
// follows ("told a news conference in Seoul."), or i when there is none.
int pastOccasion(const QList<Word> &words, int i)
{
    const int n = int(words.size());
    int k = i;
    while (k < n && channelNouns().contains(words.at(k).text))
        ++k;
    // ("said in its report released on Thursday.")
    if (k > i && k + 1 < n && (words.at(k).is("released") || words.at(k).is("published") || words.at(k).is("issued"))
        && placeOrTime().contains(words.at(k + 1).text))
        return n;
    return k > i && k < n && placeOrTime().contains(words.at(k).text) ? n : k;
}

// A month's name or its abbreviation ("Feb.", "Sept").
bool isMonth(QStringView word)
{
    static const TextScan::WordSet abbreviations = {
        QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"), QStringLiteral("Jun"),
        QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep"), QStringLiteral("Sept"), QStringLiteral("Oct"),
        QStringLiteral("Nov"), QStringLiteral("Dec"),
    };
    if (word.endsWith(u'.'))
        word.chop(1);
    return months().contains(word) || abbreviations.contains(word);
}

// Skips, to the right of a cue, its object and adverbials ("told Kerry",
// "said on Tuesday", "revealed to reporters Wednesday", "urged them to"),
// and returns the index of the first word of what was said.
int contentStart(const QList<Word> &words, int after)
{
    int i = after;
    const int n = int(words.size());
    // Up to ten words of object or adverbial before "that"; an editor's
    // bracketed insertion ("said [to Kerry] that") is passed over.
    // (A subject right after the cue opens what was said: "said it had
    // found no evidence that …".)
    // (Not "you": "told you that …" has its addressee there; nor a
    // capitalised one, which opens a sentence of its own.)
    if (i < n && pronouns().contains(words.at(i).text) && !words.at(i).is("you") && (words.at(i).is("I") || words.at(i).text.front().isLower()))
        return i;
    // Nor an article after "said": "said a survey of 400 small businesses
    // that ASPI commissioned … found" (no object: the clause's subject,
    // whose relative "that" opens nothing).
    // (But "said the same day that …": when.)
    const auto when = [&words, i, n] {
        for (int k = i + 1; k < n && k <= i + 2; ++k) {
            if (timeNouns().contains(words.at(k).text))
                return true;
        }
        return false;
    };
    const bool saidSubject = i > 0 && i < n && (words.at(i - 1).is("said") || words.at(i - 1).is("says"))
        && (words.at(i).is("a") || words.at(i).is("an") || words.at(i).is("the")) && !when();
    // (Further only past the names of whom it was told, with their
    // acronyms in brackets: "reported to the Financial Services Agency
    // (FSA) and the Personal Information Protection Commission (PPC) that
    // …".)
    bool names = i < n && words.at(i).is("to");
    for (int k = i; !saidSubject && k < n && k < i + (names ? 24 : 10); ++k) {
        if (words.at(k).is("that") && (k == i || !words.at(k - 1).punctuation || words.at(k - 1).is(",") || words.at(k - 1).is("]")))
            return k + 1;
        if (words.at(k).is("[") || words.at(k).is("]"))
            continue;
        names = names && (k == i || joinsNames(words.at(k)));
        if (names && words.at(k).is("(") && k + 2 < n && words.at(k + 2).is(")")) {
            k += 2;
            continue;
        }
        if (words.at(k).punctuation && !words.at(k).is(",") && !words.at(k).is("'") && !words.at(k).is("."))
            break;
    }
    static const TextScan::WordSet skip = {
        QStringLiteral("on"), QStringLiteral("in"), QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("the"),
        QStringLiteral("statement"), QStringLiteral("to"), QStringLiteral("reporters"), QStringLiteral("journalists"),
        QStringLiteral("them"), QStringLiteral("him"), QStringLiteral("her"), QStringLiteral("us"),
        QStringLiteral("members"), QStringLiteral("also"), QStringLiteral("further"), QStringLiteral("earlier"),
        QStringLiteral("later"), QStringLiteral("yesterday"), QStringLiteral("today"), QStringLiteral("for"),
        QStringLiteral(","), QStringLiteral(":"),
    };
    // An article only where a way of saying follows ("said in a joint
    // statement Tuesday"): "said the attacks rose" says "the attacks rose".
    // (Or an owner's: "said in its report released on Thursday".)
    const auto article = [&words, after](int k) {
        return words.at(k).is("a") || words.at(k).is("an") || words.at(k).is("the")
            || (k > after && (words.at(k).is("its") || words.at(k).is("their") || words.at(k).is("his") || words.at(k).is("her")));
    };
    const auto channelAfter = [&words, n](int k) {
        for (int j = k + 1; j < n && j < k + 4 && !words.at(j).punctuation; ++j) {
            if (channelNouns().contains(words.at(j).text))
                return j;
        }
        return -1;
    };
    while (i < n) {
        if (article(i)) {
            if (i == after || !(words.at(i - 1).is("in") || words.at(i - 1).is("at") || words.at(i - 1).is("during")))
                break;
            const int channel = channelAfter(i);
            if (channel < 0)
                break;
            // "disclosed in a filing with the Securities and Exchange
            // Commission on Monday that …"; "said in an interview in
            // Ottawa.": where, not what.
            for (int k = channel + 1; k < n && k < channel + 11 && !words.at(k).punctuation; ++k) {
                if (words.at(k).is("that"))
                    return k + 1;
            }
            i = pastOccasion(words, channel);
            if (i >= n)
                return n;
            continue;
        }
        // A date: "said Feb. 7", "said on March 3, 2021".
        if (isMonth(words.at(i).text) && i + 1 < n) {
            int k = i + 1;
            if (words.at(k).is(".") && k + 1 < n)
                ++k;
            if (!words.at(k).text.isEmpty() && words.at(k).text.front().isDigit() && words.at(k).text.size() <= 2) {
                i = k + 1;
                if (i + 1 < n && words.at(i).is(",") && words.at(i + 1).text.size() == 4 && words.at(i + 1).text.front().isDigit())
                    i += 2;
                continue;
            }
        }
        if (!skip.contains(words.at(i).text) && !weekdays().contains(words.at(i).text))
            break;
        ++i;
    }
    return i;
}

class Finder
{
public:
    explicit Finder(const Context &c)
        : m_c(c)
    {
    }

    QList<Attribution> run();
    // The cues of questions quoted and asked: no statements.
    const QList<TextSpan> &questions() const { return m_questions; }

private:
    void labels(TextSpan line, int &sentenceStartOverride);
    void findNameLabels(const QList<TextSpan> &lines);
    void attributableQuotes(const QList<TextSpan> &lines);
    void signedQuotes(const QList<TextSpan> &lines);
    void headline(TextSpan line);
    void headlineActs(TextSpan line);
    void cues(TextSpan sentence);
    bool cue(const Sentence &sentence, int index);
    void add(TextSpan speaker, TextSpan cue, TextSpan content);
    TextSpan tokenAt(int pos, Token::Kind kind) const;
    int pastTime(const QList<Word> &words, int i) const;
    int phraseStart(const QList<Word> &words, int last) const;
    int bodyPhraseStart(const QList<Word> &words, int last) const;
    int phraseEnd(const QList<Word> &words, int first) const;
    int holderNamedAfter(const QList<Word> &words, int first, int last, bool closing) const;

    const Context &m_c;
    QList<Attribution> m_out;
    QList<TextSpan> m_questions;
    QList<TextSpan> m_labelSpans;
    QHash<int, TextSpan> m_nameLabels; // line start → label with its colon
    bool m_capsLabels = false; // labels in capitals are a transcript's, not crossheads
};

void Finder::add(TextSpan speaker, TextSpan cue, TextSpan content)
{
    if (!speaker.isValid() || speaker.length() == 0 || Furniture::contains(m_c.furniture, speaker))
        return;
    // (A list's number is nobody: "(3) The boards … asked".)
    const QStringView who = QStringView(m_c.text).mid(speaker.start, speaker.length());
    if (who.size() <= 3 && std::all_of(who.cbegin(), who.cend(), [](QChar c) { return c.isDigit(); }))
        return;
    for (const Attribution &a : std::as_const(m_out)) {
        if (a.speaker.overlaps(speaker))
            return;
    }
    if (content.isValid() && content.length() <= 0)
        content = {};
    m_out.append(Attribution{speaker, cue, content, {}});
}

// The span of the given kind the definition marked at pos (a date, a
// body the gazetteer knows), or an invalid span.
TextSpan Finder::tokenAt(int pos, Token::Kind kind) const
{
    auto it = std::upper_bound(m_c.tokens.cbegin(), m_c.tokens.cend(), pos, [](int p, const Token &t) { return p < t.span.start; });
    while (it != m_c.tokens.cbegin()) {
        --it;
        if (it->span.end <= pos)
            return {};
        if (it->kind == kind && it->span.contains(pos))
            return it->span;
    }
    return {};
}

// Past a time adverbial that starts at word i ("on Tuesday", "on March 3",
// "in 2025", "today", "last week"; capitalised when it opens the sentence,
// "In January"): the index after it, or i when there is none.
int Finder::pastTime(const QList<Word> &words, int i) const
{
    const int n = int(words.size());
    if (i >= n)
        return i;
    const QStringView first = words.at(i).text;
    const auto opens = [first, i](const char *word) {
        return first == QLatin1StringView(word) || (i == 0 && first.compare(QLatin1StringView(word), Qt::CaseInsensitive) == 0);
    };
    if (opens("today") || opens("yesterday"))
        return i + 1;
    if (i + 1 < n && (opens("last") || opens("this"))
        && (words.at(i + 1).is("week") || words.at(i + 1).is("month") || words.at(i + 1).is("year")))
        return i + 2;
    // "Two days later", "A week later", "Days later", "three weeks earlier".
    static const TextScan::WordSet units = {
        QStringLiteral("hour"), QStringLiteral("hours"), QStringLiteral("day"), QStringLiteral("days"), QStringLiteral("week"),
        QStringLiteral("weeks"), QStringLiteral("month"), QStringLiteral("months"), QStringLiteral("year"), QStringLiteral("years"),
    };
    static const TextScan::WordSet counts = {
        QStringLiteral("a"), QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"), QStringLiteral("four"),
        QStringLiteral("five"), QStringLiteral("six"), QStringLiteral("seven"), QStringLiteral("ten"), QStringLiteral("few"),
        QStringLiteral("several"), QStringLiteral("some"),
    };
    const auto lastWord = [&words](int k) { return words.at(k).is("later") || words.at(k).is("earlier"); };
    if (i + 1 < n && i == 0 && units.contains(first.toString().toLower()) && lastWord(i + 1))
        return i + 2;
    if (i + 2 < n && (counts.contains(first.toString().toLower()) || (!first.isEmpty() && first.front().isDigit()))
        && units.contains(words.at(i + 1).text) && lastWord(i + 2))
        return i + 3;
    if (i + 1 < n && (opens("on") || opens("in"))) {
        if (weekdays().contains(words.at(i + 1).text))
            return i + 2;
        // A date the definition found.
        if (const TextSpan date = tokenAt(words.at(i + 1).span.start, Token::Date); date.isValid()) {
            int k = i + 1;
            while (k < n && words.at(k).span.end <= date.end)
                ++k;
            return k;
        }
        if (months().contains(words.at(i + 1).text)) {
            const bool year = i + 2 < n && words.at(i + 2).text.size() == 4 && words.at(i + 2).text.at(0).isDigit();
            return i + (year ? 3 : 2);
        }
    }
    return i;
}

// A speaker's noun phrase ending at word `last` (nounPhraseStart), or
// reaching back to the start of a known body's name that ends there: names
// in their own language have lower-case words the phrase reader stops at
// ("The Cour des comptes warned", "the Bundesamt für Verfassungsschutz
// said").
int Finder::phraseStart(const QList<Word> &words, int last) const
{
    int start = bodyPhraseStart(words, last);
    // A title with commas in it, as Japan's ministers have: "Economy, Trade
    // and Industry Minister Taro Sato", "Land, Infrastructure, Transport and
    // Tourism Minister …" (not "In Tokyo, Defense Minister Taro Kono").
    // (Such a title lists its portfolios, "X, Y and Z": the phrase has an "and".)
    const auto listed = [&words](int from, int to) {
        for (int k = from; k <= to; ++k) {
            if (words.at(k).is("and"))
                return true;
        }
        return false;
    };
    if (start >= 2 && words.at(start - 1).is(",") && isNameWord(words.at(start - 2)) && listed(start, last)) {
        int from = start - 2;
        for (int commas = 0; commas < 4 && from >= 0; ++commas) {
            while (from > 0 && isNameWord(words.at(from - 1)))
                --from;
            bool title = false;
            for (int k = start; k <= last && !title; ++k)
                title = m_c.gazetteer.isTitle(m_c.text.sliced(words.at(from).span.start, words.at(k).span.end - words.at(from).span.start));
            if (title) {
                start = from > 0 && determiners().contains(words.at(from - 1).text) ? from - 1 : from;
                break;
            }
            if (from < 2 || !words.at(from - 1).is(",") || !isNameWord(words.at(from - 2)))
                break;
            from -= 2;
        }
    }
    // The holder of a title of that body, or of a unit of it: "The Director
    // of the NCSC", "Deputy Director of the FBI Paul Abbate", "The Director
    // of the Cybercrime Unit of the Criminal Investigations Department (CID)
    // of the Ghana Police Service".
    int unit = start;
    for (int hops = 0; hops < 4 && unit >= 2 && words.at(unit - 1).is("of"); ++hops) {
        const Word &before = words.at(unit - 2);
        if (!before.punctuation && m_c.gazetteer.isTitle(before.text.toString())) {
            const int holder = nounPhraseStart(words, unit - 2);
            return holder >= 0 ? holder : start;
        }
        if (!isNameWord(before) && !before.is(")"))
            break;
        unit = bodyPhraseStart(words, unit - 2);
    }
    return start;
}

// The noun phrase that ends at word `last`, or the body's name that does,
// with its determiner or owner.
int Finder::bodyPhraseStart(const QList<Word> &words, int last) const
{
    int start = nounPhraseStart(words, last);
    if (last < 0 || last >= words.size())
        return start;
    // A body's name with its acronym after it: "The National center of
    // Incident readiness and Strategy for Cybersecurity (NISC)" (a name the
    // body writes with lower-case words).
    if (last >= 3 && words.at(last).is(")") && words.at(last - 2).is("(")) {
        const int named = bodyPhraseStart(words, last - 3);
        return named >= 0 && (start < 0 || named < start) ? named : start;
    }
    const TextSpan body = tokenAt(words.at(last).span.end - 1, Token::Body);
    if (!body.isValid() || body.end != words.at(last).span.end || (start >= 0 && words.at(start).span.start <= body.start))
        return start;
    int first = last;
    while (first > 0 && words.at(first - 1).span.start >= body.start)
        --first;
    if (words.at(first).span.start != body.start)
        return start;
    // Its determiner or owner: "the Cour des comptes", "France's Cour des comptes".
    if (first > 0 && determiners().contains(words.at(first - 1).text) && !words.at(first - 1).is("that"))
        return first - 1;
    if (first > 0 && isPossessive(words.at(first - 1).text)) {
        const int owner = nounPhraseStart(words, first - 1);
        if (owner >= 0)
            return owner;
    }
    return first;
}

// The same, rightwards from word `first` ("said the Cour des comptes").
int Finder::phraseEnd(const QList<Word> &words, int first) const
{
    int end = nounPhraseEnd(words, first);
    // Through a title with commas in it: "Health, Labour and Welfare
    // Minister Hideo Kamiyama apologized …, saying".
    if (end >= first && end + 2 < words.size() && words.at(end + 1).is(",") && isNameWord(words.at(first))) {
        bool listed = false; // (such a title lists its portfolios: "X, Y and Z")
        for (int k = end + 2; k < words.size() && k <= end + 12 && (isNameWord(words.at(k)) || words.at(k).is(",") || words.at(k).is("and")); ++k) {
            listed |= words.at(k).is("and");
            if (!listed || !m_c.gazetteer.isTitle(m_c.text.sliced(words.at(first).span.start, words.at(k).span.end - words.at(first).span.start)))
                continue;
            end = qMax(k, nounPhraseEnd(words, k));
            break;
        }
    }
    int name = first;
    if (name < words.size() && determiners().contains(words.at(name).text))
        ++name;
    if (name >= words.size())
        return end;
    const TextSpan body = tokenAt(words.at(name).span.start, Token::Body);
    if (!body.isValid() || body.start != words.at(name).span.start || (end >= 0 && words.at(end).span.end >= body.end))
        return end;
    int last = name;
    while (last + 1 < words.size() && words.at(last + 1).span.end <= body.end)
        ++last;
    return words.at(last).span.end == body.end ? last : end;
}

// A speaker phrase from `first` to `last` with its holder's name after a
// comma: "the Minister of State for Electronics and Information Technology,
// Shri Ashok Kumar Meena, in a written reply", "…,” said the Minister of
// Information and Communications Technologies, Andrés Felipe Rincón.", "…,”
// said Säpo's head of counter-espionage, Anna Berglund." The phrase is a
// title (or ends in a lower-case role), and the name closes the sentence
// (closing) or its own apposition: the index of the name's last word, or
// last.
int Finder::holderNamedAfter(const QList<Word> &words, int first, int last, bool closing) const
{
    const int n = int(words.size());
    if (last < 0 || last + 2 >= n || !words.at(last + 1).is(",") || !isNameWord(words.at(last + 2)))
        return last;
    const int head = first + 1 < n && determiners().contains(words.at(first).text) ? first + 1 : first;
    const bool titled = head <= last && m_c.gazetteer.isTitle(words.at(head).text.toString());
    if (!titled && (!closing || words.at(last).isCapitalised()))
        return last;
    int name = last + 2;
    while (name + 1 < n && name < last + 5 && isNameWord(words.at(name + 1)))
        ++name;
    const bool ends = closing ? name + 1 >= n || words.at(name + 1).is(".") : name > last + 2 && name + 1 < n && words.at(name + 1).is(",");
    return ends ? name : last;
}

void Finder::labels(TextSpan line, int &sentenceStart)
{
    auto it = std::lower_bound(m_c.tokens.cbegin(), m_c.tokens.cend(), line.start,
                               [](const Token &t, int pos) { return t.span.start < pos; });
    for (; it != m_c.tokens.cend() && it->span.start < line.end; ++it) {
        const Token &t = *it;
        if (t.kind != Token::SpeakerLabel || !m_capsLabels)
            continue;
        int labelEnd = t.span.end - 1; // the colon
        while (labelEnd > t.span.start && m_c.text.at(labelEnd - 1).isSpace())
            --labelEnd;
        const TextSpan speaker{t.span.start, labelEnd};
        if (isNonSpeakerLabel(speaker.text(m_c.text)))
            return;
        const TextSpan content = trimmed(m_c.text, {t.span.end, line.end});
        if (content.length() <= 0)
            return;
        // A title in capitals: "CISA AT A CROSSROADS: EXAMINING THE BUDGET".
        const QStringView said = QStringView(m_c.text).mid(content.start, content.length());
        if (std::none_of(said.cbegin(), said.cend(), [](QChar c) { return c.isLower(); }))
            return;
        m_labelSpans.append(t.span);
        add(speaker, t.span, content);
        sentenceStart = t.span.end;
        return;
    }
    const auto named = m_nameLabels.constFind(line.start);
    if (named == m_nameLabels.cend())
        return;
    const TextSpan label = *named;
    m_labelSpans.append(label);
    add({label.start, label.end - 1}, {label.end - 1, label.end}, trimmed(m_c.text, {label.end, line.end}));
    sentenceStart = label.end;
}

// Transcripts that label turns with names as written rather than in
// capitals (Hansard: "Emma Radcliffe (Stroud) (Lab): What assessment…",
// "The Parliamentary Secretary, Cabinet Office (Michael Brennan): The…",
// then "Michael Brennan: My hon. Friend…"). A line that merely starts with
// capitalised words and a colon is often a heading ("Case study: …"), so
// such labels count only in a transcript: at least two of them, each
// followed by a sentence of its own, one of them recurring or with a seat
// or party in brackets.
void Finder::findNameLabels(const QList<TextSpan> &lines)
{
    // Names in any script's capitals ("Mr. Étienne Roy"); a bracket may
    // hold a long role or another bracket: "Ms. Nadia Forsythe (Assistant
    // Deputy Minister, National and Cyber Security Branch, Department of
    // …)", "The Chair (Mr. Darren Holloway (Brampton North—Caledon, Lib.))".
    static const QRegularExpression label(QStringLiteral(
        "^(?:\\d{1,3}\\.\\s+)?((?:\\p{Lu}[\\w.'’\\-]*)(?:,?\\s(?:\\p{Lu}[\\w.'’\\-]*|of|the|for|and|on)){0,9}"
        "(?:\\s\\((?:[^()\\d\\n]|\\([^()\\d\\n]{1,60}\\)){1,160}\\)){0,2}):\\s+(\\S[^\\s]*(?:\\s+\\S+){3,}|"
        // (or the chair calling the next speaker: "Chairperson (Mr. MORIOKA
        // Kazuhiko): Mr. WAKAMATSU Kenta.")
        "(?:Mr|Ms|Mrs|Miss|Dr)\\.\\s\\p{Lu}\\S*(?:\\s\\p{Lu}\\S*){0,2}$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    // The printed record of a US hearing: a form of address or a title and
    // the surname (in capitals, or as GovInfo's text gives it), then a full
    // stop ("    Mr. HALVORSEN. The Subcommittee will come to order.", "Ms.
    // ORTEGA-LUTZ.", "Mr. SMITH of Texas.", "Chairman GREEN.", "Chairman
    // Ridley.", "The CHAIRMAN.").
    static const QRegularExpression recordLabel(QStringLiteral(
        "^\\s*((?:(?:Mr|Ms|Mrs|Miss|Dr)\\.|Chairman|Chairwoman|Senator|Secretary|General|Admiral)\\s(?:Mc|Mac)?\\p{Lu}[\\p{L}'’\\-]+"
        "(?:\\sof\\s\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?)?|(?:The\\s)?(?:CHAIRMAN|CHAIRWOMAN|CHAIR))\\.\\s+\\S"),
        QRegularExpression::UseUnicodePropertiesOption);
    QHash<int, TextSpan> found;
    QHash<QString, int> uses; // label text → how often it labels a line
    for (const TextSpan &line : lines) {
        if (line.length() < 12 || Furniture::contains(m_c.furniture, line))
            continue;
        // (After the mark a Diet's minutes set before each turn: "○Chairperson
        // (Mr. OYAMA Takeshi): …".)
        const int lead = (m_c.text.at(line.start) == u'\u25CB' || m_c.text.at(line.start) == u'\u25EF') ? 1 : 0;
        const TextSpan rest{line.start + lead, line.end};
        // (The expression only where its form of address or title may open the line.)
        const QStringView head = QStringView(m_c.text).mid(rest.start, qMin(rest.length(), 80));
        if (head.front().isSpace() || head.startsWith(QLatin1String("Mr")) || head.startsWith(QLatin1String("Ms")) || head.startsWith(QLatin1String("Dr"))
            || head.startsWith(QLatin1String("Miss")) || head.startsWith(QLatin1String("Chair")) || head.startsWith(QLatin1String("CHAIR"))
            || head.startsWith(QLatin1String("The C"))) {
            const QRegularExpressionMatch r = recordLabel.matchView(head);
            if (r.hasMatch()) {
                found.insert(line.start, {rest.start + int(r.capturedStart(1)), rest.start + int(r.capturedEnd(1)) + 1});
                ++uses[r.captured(1)];
                continue;
            }
        }
        if (!(m_c.text.at(rest.start).isUpper() || m_c.text.at(rest.start).isDigit()))
            continue;
        const QStringView lineText = QStringView(m_c.text).mid(rest.start, qMin(rest.length(), 320));
        const qsizetype colon = lineText.indexOf(QLatin1Char(':'));
        if (colon < 0 || colon > 240)
            continue;
        const QRegularExpressionMatch m = label.matchView(lineText);
        if (!m.hasMatch())
            continue;
        const QString name = m.captured(1);
        if (name.back() == QLatin1Char('.') || isNonSpeakerLabel(name.toUpper()))
            continue;
        // A report's title is no turn: "Eighth Report: Inquiry into …".
        if (documentNouns().contains(name.section(QLatin1Char(' '), -1).toLower()))
            continue;
        found.insert(line.start, {rest.start + int(m.capturedStart(1)), rest.start + int(m.capturedEnd(1)) + 1});
        ++uses[name];
    }
    // A transcript: some speaker labels turns again, or is written with
    // constituency or party in brackets. Without one, "Cybersecurity: …"
    // and "Press Office: …" are a heading and a contact line.
    // (Or an interview the text announces: "Interview: “Backups saved the
    // register”", then "The Slovak Spectator: …" and "Baran: …".)
    const auto announced = [this, &lines, &found] {
        const int firstLabel = found.isEmpty() ? -1 : *std::min_element(found.keyBegin(), found.keyEnd());
        return std::any_of(lines.cbegin(), lines.cend(), [this, firstLabel](const TextSpan &line) {
            const QStringView l = QStringView(m_c.text).mid(line.start, qMin(line.length(), 12));
            return line.start < firstLabel && (l.startsWith(QLatin1String("Interview")) || l.startsWith(QLatin1String("INTERVIEW")) || l.startsWith(QLatin1String("Q&A")));
        });
    };
    const bool transcript = std::any_of(uses.cbegin(), uses.cend(), [](int n) { return n >= 2; })
        || std::any_of(uses.keyBegin(), uses.keyEnd(), [](const QString &name) { return name.contains(QLatin1Char('(')); })
        || (uses.size() >= 2 && announced());
    if (!transcript)
        return;
    // A headline in title case before its source is no turn, even in an
    // interview: "Cyberattacks on Government Websites Nearly Tripled This
    // Year: National Cyber Security Center" (a label of more than five
    // words, used once, without brackets or a comma before a title: not
    // "Mr. Hiroshi Kanemura, Minister for Foreign Affairs").
    found.removeIf([this, &uses](const QHash<int, TextSpan>::iterator it) {
        const QString name = QStringView(m_c.text).mid(it->start, it->length() - 1).toString();
        return uses.value(name) == 1 && !name.contains(u'(') && !name.contains(u',') && name.count(u' ') >= 5;
    });
    if (found.size() >= 2)
        m_nameLabels = found;
}

// A release's formula before its quotations: "Quotes attributable to the
// Minister for Cyber Security, the Hon Amira Haddad MP:", the quotation in
// the next paragraph.
void Finder::attributableQuotes(const QList<TextSpan> &lines)
{
    static const QRegularExpression formula(QStringLiteral("^((?:Quotes?|Comments?)\\s(?:attributable|attributed)\\sto)\\s(\\S.{2,200}):\\s*$"));
    for (int i = 0; i + 1 < lines.size(); ++i) {
        const TextSpan line = lines.at(i);
        if (line.length() < 24 || (m_c.text.at(line.start) != u'Q' && m_c.text.at(line.start) != u'C'))
            continue;
        const QRegularExpressionMatch m = formula.matchView(QStringView(m_c.text).mid(line.start, line.length()));
        if (!m.hasMatch())
            continue;
        int next = i + 1;
        while (next < lines.size() && trimmed(m_c.text, lines.at(next)).length() <= 0)
            ++next;
        if (next == lines.size())
            continue;
        TextSpan content = trimmed(m_c.text, lines.at(next));
        const auto isQuote = [](QChar c) { return c == u'"' || c == u'\u201C' || c == u'\u201D'; };
        if (isQuote(m_c.text.at(content.start)))
            ++content.start;
        if (content.length() > 0 && isQuote(m_c.text.at(content.end - 1)))
            --content.end;
        add({line.start + int(m.capturedStart(2)), line.start + int(m.capturedEnd(2))},
            {line.start + int(m.capturedStart(1)), line.start + int(m.capturedEnd(1))}, content);
    }
}

// A release's quotation signed on the line after it: "“It took four
// countries …”" then "– Superintendent Kirsten Lahey, Officer in Charge,
// RCMP National Cybercrime Coordination Centre".
void Finder::signedQuotes(const QList<TextSpan> &lines)
{
    const auto isOpening = [](QChar c) { return c == u'"' || c == u'\u201C'; };
    const auto isClosing = [](QChar c) { return c == u'"' || c == u'\u201D'; };
    const auto spaceTrimmed = [this](TextSpan span) {
        while (span.start < span.end && m_c.text.at(span.start).isSpace())
            ++span.start;
        while (span.end > span.start && m_c.text.at(span.end - 1).isSpace())
            --span.end;
        return span;
    };
    int previous = -1; // the last line with text
    for (int i = 0; i < lines.size(); ++i) {
        const TextSpan line = spaceTrimmed(lines.at(i));
        if (line.length() <= 0)
            continue;
        const int quote = previous;
        previous = i;
        if (line.length() < 6 || quote < 0)
            continue;
        const QChar dash = m_c.text.at(line.start);
        if ((dash != u'\u2013' && dash != u'\u2014' && dash != u'-') || m_c.text.at(line.start + 1) != u' '
            || !m_c.text.at(line.start + 2).isUpper() || Furniture::contains(m_c.furniture, line))
            continue;
        const TextSpan said = spaceTrimmed(lines.at(quote));
        if (said.length() < 2 || !isOpening(m_c.text.at(said.start)) || !isClosing(m_c.text.at(said.end - 1)))
            continue;
        add({line.start + 2, line.end}, {line.start, line.start + 1}, {said.start + 1, said.end - 1});
    }
}

// Labels in capitals are a transcript's turns when one of them recurs,
// names a role ("REPORTER", "CHIEF CABINET SECRETARY FUJIMURA") or carries
// brackets; a newsletter's crossheads ("ENISA SQUEEZE:", "WHAT'S NEXT:")
// do none of these.
bool isTranscript(const QString &text, const QList<Token> &tokens)
{
    QSet<QString> seen;
    for (const Token &t : tokens) {
        if (t.kind != Token::SpeakerLabel)
            continue;
        QString label = t.span.text(text);
        label.chop(1); // the colon
        label = label.trimmed();
        if (label.contains(QLatin1Char('(')) || seen.contains(label))
            return true;
        seen.insert(label);
        // "HELEN CORCORAN, DIRECTOR-GENERAL, ASD": a role after a comma or
        // inside a compound.
        static const QRegularExpression separators(QStringLiteral("[\\s,\\-]+"));
        const QStringList words = label.split(separators, Qt::SkipEmptyParts);
        if (std::any_of(words.cbegin(), words.cend(), [](const QString &w) { return labelRoles().contains(QStringView(w)); }))
            return true;
    }
    return false;
}

void Finder::headline(TextSpan line)
{
    // "claim: Source" and "claim - Source" on a line of its own; the source
    // may be a body's document ("…: CSA report").
    static const QRegularExpression re(QStringLiteral(
        "^\\s*(\\S.{8,}?)(?:(:)\\s+|\\s([-–—])\\s+)((?:[A-Z][\\w.'’\\-]*)(?:\\s[A-Z][\\w.'’\\-]*){0,3}|[a-z]+(?:\\s(?:[a-z]+|[A-Z]{2,4}))?|"
        // "…: CSA report", "… - NPA data"
        "[A-Z][\\w.'’\\-]*(?:\\s[A-Z][\\w.'’\\-]*){0,2}\\s(?:report|survey|study|data|figures|review|audit|poll)|"
        // "…: Communications minister", "… - Interior ministry official"
        "[A-Z][\\w.'’\\-]*(?:\\s[A-Z][\\w.'’\\-]*){0,2}(?:\\s[a-z]+){1,2})\\s*$"),
        // (A source in its own language's letters: "…: NBÚ".)
        QRegularExpression::UseUnicodePropertiesOption);
    // Sources a headline names by what they are ("…: organizers", "Govt: …").
    static const TextScan::WordSet headlineSources = {
        QStringLiteral("govt"), QStringLiteral("gov't"), QStringLiteral("gov’t"), QStringLiteral("organizers"), QStringLiteral("organisers"),
        QStringLiteral("investigators"), QStringLiteral("prosecutors"), QStringLiteral("regulator"), QStringLiteral("regulators"),
        QStringLiteral("watchdog"),
    };
    // Paragraphs are no headlines: tested before the expression, which is
    // slow on long lines (and before the line is copied).
    const QStringView view = QStringView(m_c.text).mid(line.start, line.length());
    int spaces = 0;
    for (qsizetype i = 0; i < view.size() && spaces <= 25; ++i)
        spaces += view.at(i) == u' ' ? 1 : 0;
    if (spaces > 25 || view.trimmed().endsWith(u'.'))
        return;
    const QString lineText = view.toString();
    // "Source: claim", when the source is a body the gazetteer knows ("NPC:
    // PhilHealth hackers took data of 11.6M members"), a role or document
    // of a named body ("BSI chief: …", "NSB report: …", "Police: …"); not
    // "Analysis: …", nor a heading that asks ("Threat report: What you need
    // to know").
    static const QRegularExpression sourceFirst(QStringLiteral(
        "^\\s*((?:[A-Z][\\w\\-.’']*\\s){0,4}[A-Za-z\\d][\\w\\-]*(?:\\.[A-Z]{2,3})?):\\s+(?!(?:What|How|Why|Who|When|Where|Which)\\b)(\\S+(?:\\s\\S+){2,})\\s*$"));
    const auto isSource = [this, line](const QString &source) {
        if (!m_c.gazetteer.lookup(source).isEmpty())
            return true;
        if (isNonSpeakerLabel(source.toUpper()))
            return false;
        const QStringList parts = source.split(QLatin1Char(' '));
        const QString head = parts.constLast().toLower();
        // (Or an acronym the text defines after a name: "SSPS: Over 1.1
        // million cyberattacks … neutralized" over "the Special State
        // Protection Service … (SSPS)".)
        const auto defined = [this, &source] {
            return source.size() >= 2 && source.size() <= 8 && std::all_of(source.cbegin(), source.cend(), [](QChar c) { return c.isUpper() || c.isDigit() || c == u'-'; })
                && m_c.text.indexOf(u'(' + source + u')') >= 0;
        };
        if (parts.size() == 1)
            return (roleNouns().contains(head) && head != QLatin1String("report")) || headlineSources.contains(head) || defined();
        // (A report's title alone is left: "BSI Situation Report 2026: …"
        // is as often a heading as a claim.)
        const bool named = std::all_of(parts.cbegin(), parts.cend() - 1, [](const QString &p) { return p.at(0).isUpper(); });
        if (named && parts.constLast().at(0).isUpper()) {
            // A person with a title: "Deputy Prime Minister Andrei Rusu: “…”".
            for (qsizetype k = parts.size() - 1; k >= 1 && k >= parts.size() - 3; --k) {
                if (m_c.gazetteer.isTitle(parts.first(k).join(u' ')))
                    return true;
            }
            // Or a person's name the text goes on to quote: "Gevorg
            // Mkrtchyan: State information systems withstood …" over
            // "…," said Minister … Gevorg Mkrtchyan.
            // (With an initial for the given name: "A. Sultanaliev: …" over
            // "… Aibek Sultanaliev informed that …".)
            const bool initial = parts.size() == 2 && parts.constFirst().size() == 2 && parts.constFirst().at(1) == u'.';
            const bool personal = parts.size() <= 3 && std::all_of(parts.cbegin() + (initial ? 1 : 0), parts.cend(), [](const QString &p) {
                return p.size() >= 2 && p.at(0).isUpper() && std::all_of(p.cbegin() + 1, p.cend(), [](QChar c) { return c.isLower() || c == u'-'; });
            });
            const QString name = initial ? parts.constLast() : source;
            // (Named as the one who speaks: after "said" and a title, or
            // before "said".)
            for (qsizetype at = personal ? m_c.text.indexOf(name, line.end) : -1; at >= 0; at = m_c.text.indexOf(name, at + name.size())) {
                static const QRegularExpression cueBefore(QStringLiteral("\\b(?:said|says|told|added|stated|noted)\\s[^.,;:!?\"“”]{0,60}$"));
                static const QRegularExpression cueAfter(QStringLiteral("^\\s(?:said|says|told|added|stated|noted|informed|announced|explained)\\b"));
                const int from = int(qMax<qsizetype>(0, at - 80));
                if (cueBefore.matchView(QStringView(m_c.text).mid(from, at - from)).hasMatch()
                    || cueAfter.matchView(QStringView(m_c.text).mid(at + name.size(), 12)).hasMatch())
                    return true;
            }
            return false;
        }
        return named && parts.constLast().at(0).isLower()
            && (documentNouns().contains(head) || roleNouns().contains(head) || m_c.gazetteer.isTitle(head));
    };
    const qsizetype colonAt = lineText.indexOf(u':');
    // (A form's field is no claim: "Ministry: Ministry of Health, Labour and
    // Welfare", a name after its label.)
    const auto aName = [this](const QString &source, const QString &claim) {
        return claim.startsWith(source.section(u' ', -1), Qt::CaseInsensitive) || !m_c.gazetteer.lookup(claim).isEmpty();
    };
    if (const QRegularExpressionMatch m = colonAt >= 2 && colonAt <= 48 ? sourceFirst.match(lineText) : QRegularExpressionMatch();
        m.hasMatch() && isSource(m.captured(1)) && !aName(m.captured(1), m.captured(2).trimmed())) {
        const int colon = line.start + int(m.capturedEnd(1));
        TextSpan claim{line.start + int(m.capturedStart(2)), line.start + int(m.capturedEnd(2))};
        // (A quotation's marks are no part of what was said.)
        const QChar open = m_c.text.at(claim.start);
        const QChar close = m_c.text.at(claim.end - 1);
        if (claim.length() > 2 && ((open == u'"' && close == u'"') || (open == QChar(0x201C) && close == QChar(0x201D))))
            claim = {claim.start + 1, claim.end - 1};
        add({line.start + int(m.capturedStart(1)), colon}, {colon, colon + 1}, claim);
        return;
    }
    // Nor is a line without the colon or dash that joins claim and source.
    const bool joined = std::any_of(lineText.cbegin(), lineText.cend(), [](QChar c) {
        return c == u':' || c == u'-' || c == u'\u2013' || c == u'\u2014';
    });
    if (!joined)
        return;
    const QRegularExpressionMatch m = re.match(lineText);
    if (!m.hasMatch())
        return;
    // A claim is a clause; "Case study: Operation Kestrel" is a heading,
    // "March 18, 2026 – Ottawa, Ontario – Royal Canadian Mounted Police" a
    // dateline (it opens with a date).
    static const QRegularExpression dateFirst(QStringLiteral(
        "^\\s*(?:\\d{1,2}\\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\b|\\d{4}[\\-/]\\d|"
        "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s\\d)"));
    const QStringView claim = m.capturedView(1);
    if (claim.trimmed().count(QLatin1Char(' ')) < 2 || dateFirst.matchView(claim).hasMatch())
        return;
    // A caption's "… Credit: Depositphotos/ImageFlow - License: Depositphotos".
    const QStringView claimEnd = claim.trimmed();
    if (isNonSpeakerLabel(claimEnd.mid(claimEnd.lastIndexOf(u' ') + 1).toString().toUpper()))
        return;
    // Nor is a sentence an outlet signs: "… is P160 million. – Rappler.com"
    // (a headline has no full stop).
    if (claimEnd.endsWith(u'.') && !claimEnd.endsWith(QLatin1String(".S.")) && !claimEnd.endsWith(QLatin1String(".K.")))
        return;
    const QString source = m.captured(4);
    // A source in lower case is a role: "…: minister", "… - mayor", or an
    // inquiry: "N. Korea behind March cyberattacks on banks: probe".
    if (source.at(0).isLower() && !m_c.gazetteer.isTitle(source) && !roleNouns().contains(source) && !inquiryNouns().contains(source)
        && !headlineSources.contains(source))
        return;
    // A capitalised source ending in lower case is a role: "Communications
    // minister", "Interior ministry official" (not "Police say more").
    // (Or a place's government: "…: Amagasaki city".)
    static const TextScan::WordSet localOffices = {QStringLiteral("city"), QStringLiteral("prefecture"), QStringLiteral("municipality"),
                                                   QStringLiteral("town"), QStringLiteral("village"), QStringLiteral("county")};
    if (source.at(0).isUpper() && source.contains(u' ')) {
        const QString last = source.mid(source.lastIndexOf(u' ') + 1);
        if (last.at(0).isLower() && !(m_c.gazetteer.isTitle(last) || roleNouns().contains(last) || m_c.gazetteer.isTitle(source) || localOffices.contains(last)))
            return;
    }
    if (clauseOpeners().contains(source.section(QLatin1Char(' '), 0, 0)) || isNonSpeakerLabel(source.toUpper()))
        return;
    // Nor is a byline's place: "Published on 14/12/2021 - 18:12 By … -
    // Brasília".
    if (capitalCities().contains(source) || claimEnd.startsWith(QLatin1String("Published")) || claimEnd.startsWith(QLatin1String("Posted"))
        || claimEnd.startsWith(QLatin1String("Updated")))
        return;
    // A dateline ("TOKYO") or a site name in capitals is not a source; a
    // body's acronym is ("… exceed 2022 total - SSSCIP").
    if (source.size() > 4 && source == source.toUpper() && m_c.gazetteer.lookup(source).isEmpty())
        return;
    // Nor is an adverb that ends the headline: "… Is Growing – Slowly".
    if (!source.contains(u' ') && source.endsWith(QLatin1String("ly")) && m_c.gazetteer.lookup(source).isEmpty() && !m_c.gazetteer.isTitle(source))
        return;
    const int cueGroup = m.capturedStart(2) >= 0 ? 2 : 3;
    const TextSpan speaker{line.start + int(m.capturedStart(4)), line.start + int(m.capturedEnd(4))};
    const TextSpan cue{line.start + int(m.capturedStart(cueGroup)), line.start + int(m.capturedEnd(cueGroup))};
    const TextSpan content{line.start + int(m.capturedStart(1)), line.start + int(m.capturedEnd(1))};
    add(speaker, cue, content);
}

// A headline's subject, its verb in the present and what it acts on, the
// words a sentence would add left out: "German police report record number
// of cyberattacks", "DES orders probe", "State Police tell Saeima committee
// two suspects identified", "Privacy commissioners find retailer failed to
// protect …" (after what a sentence's rules found on the line).
void Finder::headlineActs(TextSpan line)
{
    const QStringView view = QStringView(m_c.text).mid(line.start, line.length());
    if (view.size() > 160 || view.trimmed().endsWith(u'.') || view.trimmed().endsWith(u':') || view.contains(u'"') || view.contains(u'“'))
        return;
    // The verbs, each in the present, singular or plural, in either case
    // ("report", "Reports"); "presses" only with its "s" ("press" is a noun).
    static const QStringList stems = {QStringLiteral("report"), QStringLiteral("tell"), QStringLiteral("find"), QStringLiteral("order"),
                                      QStringLiteral("flag"), QStringLiteral("presses")};
    static const QStringList starts = [] { // " report", " Report", …
        QStringList out;
        for (const QString &stem : stems)
            out << u' ' + stem << u' ' + stem.front().toUpper() + stem.mid(1);
        return out;
    }();
    static const TextScan::WordSet verbs = [] {
        TextScan::WordSet set;
        for (const QString &start : starts) {
            set.insert(start.mid(1));
            if (!start.endsWith(u's'))
                set.insert(start.mid(1) + u's');
        }
        return set;
    }();
    // (Split into words only where one of the verbs stands.)
    if (std::none_of(starts.cbegin(), starts.cend(), [&view](const QString &start) { return view.contains(start); }))
        return;
    // Who acts: a body's name, or people and offices by what they are.
    static const TextScan::WordSet offices = {
        QStringLiteral("Police"), QStringLiteral("MPs"), QStringLiteral("senators"), QStringLiteral("watchdog"),
        QStringLiteral("regulator"), QStringLiteral("panel"), QStringLiteral("committee"), QStringLiteral("court"),
    };
    // ("Watchdog orders backup drills": the office opening the line.)
    const auto actors = [](const Word &word, bool first) {
        const QString lower = first && word.isCapitalised() ? word.text.toString().toLower() : QString();
        return peopleGroups().contains(word.text) || offices.contains(word.text) || (!lower.isEmpty() && offices.contains(lower));
    };
    static const TextScan::WordSet joins = {QStringLiteral("and"), QStringLiteral("&"), QStringLiteral("of"), QStringLiteral("for"),
                                            QStringLiteral("to"), QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("at"),
                                            QStringLiteral("with")};
    int clauseStart = line.start;
    while (clauseStart < line.end) {
        qsizetype semicolon = m_c.text.indexOf(u';', clauseStart);
        const int clauseEnd = semicolon < 0 || semicolon >= line.end ? line.end : int(semicolon);
        const QList<Word> w = TextScan::words(m_c.text, {clauseStart, clauseEnd});
        clauseStart = clauseEnd + 1;
        if (w.size() < 3 || w.size() > 16)
            continue;
        for (int k = 1; k <= 4 && k + 1 < w.size(); ++k) {
            if (!verbs.contains(w.at(k).text))
                continue;
            // ("Senate panel presses for faster takedown"; "DES orders
            // probe", not "Police Report Form".)
            const bool pressesFor = w.at(k).text.startsWith(QLatin1String("press"), Qt::CaseInsensitive) && w.at(k + 1).is("for");
            if ((joins.contains(w.at(k + 1).text) && !pressesFor) || w.at(k + 1).punctuation
                || (k + 2 == w.size() && !(w.at(k).text.front().isLower() && w.at(k + 1).text.front().isLower())))
                break;
            const Word &last = w.at(k - 1);
            const TextSpan body = tokenAt(last.span.end - 1, Token::Body);
            const bool named = body.isValid() && body.end == last.span.end && body.start <= w.at(0).span.start;
            // ("DICT, CICC report …": bodies listed.)
            bool listed = body.isValid() && body.end == last.span.end;
            for (int j = 0; listed && j < k - 1; ++j)
                listed = w.at(j).is(",") || w.at(j).is("and") || tokenAt(w.at(j).span.start, Token::Body).isValid();
            // (A government by its country or capital: "Tokyo orders checks".)
            const bool place = k == 1 && (capitalCities().contains(last.text) || isCountry(last.text.toString()));
            bool described = actors(last, k == 1);
            for (int j = 0; described && j < k - 1; ++j)
                described = !w.at(j).punctuation && !joins.contains(w.at(j).text) && !verbs.contains(w.at(j).text);
            if (named || listed || described || place)
                add({w.at(0).span.start, last.span.end}, w.at(k).span, {w.at(k + 1).span.start, clauseEnd});
            break;
        }
    }
}

bool Finder::cue(const Sentence &s, int index)
{
    const QList<Word> &w = s.words;
    const int n = int(w.size());
    const Word &cueWord = w.at(index);
    const QStringView cueText = cueWord.text;
    TextSpan cueSpan = cueWord.span;
    int after = index + 1; // first word after the cue phrase

    // A question asks whether anyone said it: "Has the government confirmed
    // this?"
    static const TextScan::WordSet auxiliaries = {
        QStringLiteral("Has"), QStringLiteral("Have"), QStringLiteral("Did"), QStringLiteral("Does"), QStringLiteral("Do"),
        QStringLiteral("Will"), QStringLiteral("Would"), QStringLiteral("Is"), QStringLiteral("Are"), QStringLiteral("Was"),
        QStringLiteral("Were"), QStringLiteral("Can"), QStringLiteral("Could"), QStringLiteral("Should"),
    };
    if (n > 1 && auxiliaries.contains(w.at(0).text) && w.at(n - 1).is("?"))
        return false;
    // "the gang's estimated 3,100 victims": a possessive's figure, no one
    // estimates.
    if (cueText == QLatin1String("estimated") && index >= 1 && isPossessive(w.at(index - 1).text))
        return false;
    // Nor is a question quoted and asked a statement: "“… land
    // records?” asked PF deputy spokesperson Chanda Mulenga", "“Why?” she
    // asked." (It is found as one, for who "she" is after it, and dropped
    // once speakers are resolved.)
    if (cueText == QLatin1String("asked") || cueText == QLatin1String("asks")) {
        int k = index - 1;
        while (k >= 1 && index - k < 6 && !w.at(k).punctuation)
            --k;
        if (k >= 1 && (w.at(k).is("\"") || w.at(k).text == QString(QChar(0x201D))) && w.at(k - 1).is("?"))
            m_questions.append(cueSpan);
    }
    // A promise only with what is promised: "she undertook to return to the
    // Committee" (not "undertook an audit").
    if ((cueText == QLatin1String("undertook") || cueText == QLatin1String("undertakes")) && (after >= n || !w.at(after).is("to")))
        return false;
    // A name given, not a statement: "a hacker group called "Tick,"".
    if (cueText == QLatin1String("called") && after + 2 < n && (w.at(after).is("\"") || w.at(after).text == QString(QChar(0x201C)))
        && w.at(after + 1).isCapitalised()) {
        int close = after + 1;
        while (close < n && close < after + 6 && !(w.at(close).is("\"") || w.at(close).text == QString(QChar(0x201D))))
            ++close;
        if (close < n && close < after + 6)
            return false;
    }
    // A name taken, not a statement: "a group calling itself “Cuervo”".
    if ((cueText == QLatin1String("calling") || cueText == QLatin1String("calls") || cueText == QLatin1String("called")) && after < n
        && (w.at(after).is("itself") || w.at(after).is("themselves") || w.at(after).is("himself") || w.at(after).is("herself")))
        return false;

    // "That said, the Government takes it seriously": a turn of phrase, no
    // one speaks. "As I said just now, …": the speaker points back to a
    // statement already recorded (a transcript's turn is its label's).
    if (index == 1 && cueText == QLatin1String("said") && after < n && w.at(after).is(",") && (w.at(0).is("That") || w.at(0).is("This")))
        return false;
    if (index >= 2 && index <= 3 && w.at(0).is("As") && (w.at(1).is("I") || w.at(1).is("we")) && (index == 2 || w.at(2).is("have") || w.at(2).is("had")))
        return false;
    // A parliament's record, "Question put and agreed to.": a motion put
    // to the vote.
    if (index <= 3 && n > 1 && w.at(0).is("Question") && w.at(1).is("put"))
        return false;
    // "counters" says something only before what it says ("The ministry
    // counters that …"): "in cash at court counters" is the noun.
    if (cueText == QLatin1String("counters")
        && !(after < n && (w.at(after).is("that") || w.at(after).is(":") || w.at(after).is(",") || w.at(after).text == QString(QChar(0x201C)))))
        return false;
    // "As far as we have confirmed, about 230 calls …": a hedge on what
    // follows, not a statement of its own.
    for (int k = qMax(1, index - 4); k + 1 < index; ++k) {
        if (w.at(k).is("far") && w.at(k + 1).is("as") && (w.at(k - 1).is("As") || w.at(k - 1).is("as") || w.at(k - 1).is("So") || w.at(k - 1).is("so")))
            return false;
    }

    // "As the minister noted last week, the law is weak", "As those figures
    // show, the threat …", "As reported by Kyodo, …": the speaker's clause
    // opens the sentence, and what was said is the main clause after it.
    // (Between the cue and the comma only when and where, or whom: not "As
    // the report shows the limits of policy, …", an argument.)
    static const TextScan::WordSet asAdverbials = {
        QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("at"), QStringLiteral("last"), QStringLiteral("earlier"),
        QStringLiteral("recently"), QStringLiteral("yesterday"), QStringLiteral("today"), QStringLiteral("this"),
        QStringLiteral("during"), QStringLiteral("before"), QStringLiteral("it"), QStringLiteral("again"),
        QStringLiteral("previously"), QStringLiteral("repeatedly"), QStringLiteral("publicly"), QStringLiteral("by"),
        QStringLiteral("to"), QStringLiteral("reporters"), QStringLiteral("journalists"), QStringLiteral("parliament"),
    };
    int asComma = -1;
    // (Or whom, named: "As the State President informed the National
    // Assembly on 13th February 2024, Government will not pay …".)
    const bool toWhom = after < n && (w.at(after).is("the") || w.at(after).isCapitalised())
        && (cueText == QLatin1String("told") || cueText == QLatin1String("informed") || cueText == QLatin1String("briefed")
            || cueText == QLatin1String("assured"));
    if (index >= 1 && w.at(0).is("As") && after < n && (w.at(after).is(",") || asAdverbials.contains(w.at(after).text) || toWhom)) {
        for (int k = after; k < n && k < after + (toWhom ? 12 : 6); ++k) {
            if (w.at(k).is(",")) {
                asComma = k + 1 < n ? k : -1;
                break;
            }
            if (w.at(k).punctuation || w.at(k).is("that"))
                break;
        }
    }
    if (asComma >= 0 && index == 1 && w.at(after).is("by")) {
        const int last = phraseEnd(w, after + 1);
        if (last < 0 || last + 1 != asComma || isVague(w, after + 1, last))
            return false;
        add(spanOf(w, after + 1, last), cueSpan, trimmed(m_c.text, {w.at(asComma + 1).span.start, s.span.end}));
        return true;
    }

    // A participle after its noun describes the noun: "Leaks disclosed by
    // the Central Bank of Brazil have now exposed …" states nothing (not
    // "was disclosed by", "first reported by").
    if (after < n && index > 0 && w.at(after).is("by") && cueText.endsWith(QLatin1String("ed")) && w.at(0).text != QLatin1String("As")) {
        const Word &noun = w.at(index - 1);
        if (!noun.punctuation && !clauseWords().contains(noun.text) && !noun.text.endsWith(QLatin1String("ly"))
            && (noun.isCapitalised() || isNounPhraseWord(noun) || noun.text.endsWith(u's')))
            return false;
    }

    // Multi-word cues and words that are cues only in some constructions.
    // "As per the information reported to CERT-In, …", "As informed by the
    // Reserve Bank of India (RBI), …": the official English of Indian
    // releases for "according to".
    const bool asLead = index > 0 && (w.at(index - 1).is("As") || w.at(index - 1).is("as"));
    const bool asPer = cueText == QLatin1String("per") && asLead;
    const bool asInformed = cueText == QLatin1String("informed") && asLead && after < n && w.at(after).is("by");
    if (cueText == QLatin1String("per") && !asPer)
        return false;
    if (cueText == QLatin1String("according") || cueText == QLatin1String("According") || asPer || asInformed) {
        if (!asPer && (after >= n || !(w.at(after).is("to") || (asInformed && w.at(after).is("by")))))
            return false;
        const int phraseStart = asLead && (asPer || asInformed) ? index - 1 : index;
        if (asPer || asInformed)
            cueSpan.start = w.at(phraseStart).span.start;
        if (asPer)
            --after; // "per" is the whole cue; the source follows it
        const int first = after + 1;
        // A measure, not a source: "rated according to how sensitive their
        // systems are", "according to whether …".
        static const TextScan::WordSet measures = {
            QStringLiteral("how"), QStringLiteral("whether"), QStringLiteral("what"), QStringLiteral("which"), QStringLiteral("where"),
            QStringLiteral("when"),
        };
        if (first < n && measures.contains(w.at(first).text))
            return false;
        // Nor a manner inside a clause, without a comma before it: "apply
        // security fixes according to a set schedule", "sorted according
        // to the rules" (not "…, according to a report released …").
        static const TextScan::WordSet manners = {
            QStringLiteral("schedule"), QStringLiteral("plan"), QStringLiteral("timetable"), QStringLiteral("law"), QStringLiteral("rules"),
            QStringLiteral("procedure"), QStringLiteral("procedures"), QStringLiteral("criteria"), QStringLiteral("standards"),
            QStringLiteral("instructions"), QStringLiteral("need"), QStringLiteral("needs"), QStringLiteral("size"), QStringLiteral("type"),
            QStringLiteral("priority"), QStringLiteral("risk"),
        };
        if (phraseStart > 0 && !w.at(phraseStart - 1).punctuation && first < n) {
            int head = first;
            while (head + 1 < n && head < first + 4 && !w.at(head + 1).punctuation)
                ++head;
            if (w.at(first).is("a") || w.at(first).is("an") || manners.contains(w.at(head).text))
                return false;
        }
        int last = phraseEnd(w, first);
        if (last < 0 && first < n)
            last = first; // a source the noun-phrase reader does not know ("a staffing plan"): the comma ends it
        if (last < 0)
            return false;
        // The source runs to the comma or the sentence's end, post-modifiers
        // and all: "according to a staffing plan released by the Cabinet
        // Secretariat, …", "…, according to data tabled by MeitY last week."
        int end = last + 1;
        while (end < n && end < first + 28 && !w.at(end).is(",") && !w.at(end).is(";") && !(w.at(end).punctuation && end + 1 == n)) {
            // An acronym in brackets belongs to the source: "… Team (CERT-In), …".
            if (w.at(end).is("(")) {
                const int close = end + 2;
                if (close >= n || !w.at(close).is(")"))
                    break;
                end = close;
            }
            ++end;
        }
        if (end < first + 28 && end - 1 > last && (end == n || w.at(end).punctuation))
            last = end - 1;
        if (isVague(w, first, last))
            return false;
        cueSpan.end = w.at(after).span.end;
        TextSpan content;
        if (phraseStart == 0 || (w.at(phraseStart - 1).punctuation && phraseStart == 1)) {
            // "According to X, content."
            int c = last + 1;
            if (c < n && w.at(c).is(","))
                ++c;
            if (c < n)
                content = trimmed(m_c.text, {w.at(c).span.start, s.span.end});
        } else {
            // "Content, according to X."
            content = trimmed(m_c.text, {s.span.start, w.at(phraseStart).span.start});
        }
        add(spanOf(w, first, last), cueSpan, content);
        return true;
    }
    if (cueText == QLatin1String("position") || cueText == QLatin1String("view") || cueText == QLatin1String("stance")
        || cueText == QLatin1String("assessment") || cueText == QLatin1String("understanding")) {
        // "X's position is that ...", "the ministry's view is that …", "the
        // agency's assessment was that …"
        if (index < 1 || after + 1 >= n || !(w.at(after).is("is") || w.at(after).is("was")) || !w.at(after + 1).is("that"))
            return false;
        const Word &owner = w.at(index - 1);
        if (!isPossessive(owner.text))
            return false;
        const int first = nounPhraseStart(w, index - 1);
        if (first < 0)
            return false;
        TextSpan speaker = spanOf(w, first, index - 1);
        speaker.end -= 2;
        cueSpan.end = w.at(after + 1).span.end;
        // "... position is that “...”": the quotation, when one follows.
        const auto quote = quoteAt(m_c.text, cueSpan.end, s.span.end + 1);
        TextSpan content = quote ? *quote : trimmed(m_c.text, {cueSpan.end, s.span.end});
        add(speaker, cueSpan, content);
        return true;
    }
    if (cueText.startsWith(QLatin1String("call"))) {
        // The present plural only with what is called for: "The National
        // Defense Program Guidelines adopted last December call for …" (not
        // "to call for", "would call on").
        static const TextScan::WordSet helpers = {
            QStringLiteral("to"), QStringLiteral("will"), QStringLiteral("would"), QStringLiteral("could"), QStringLiteral("should"),
            QStringLiteral("may"), QStringLiteral("might"), QStringLiteral("must"), QStringLiteral("can"), QStringLiteral("please"),
        };
        if (cueText == QLatin1String("call")
            && (after >= n || !(w.at(after).is("for") || w.at(after).is("on")) || index == 0 || helpers.contains(w.at(index - 1).text)))
            return false;
        if (after < n && (w.at(after).is("for") || w.at(after).is("on"))) {
            cueSpan.end = w.at(after).span.end;
            ++after;
        } else {
            // "calls the accusations “Russophobic”", "called reports linking
            // Beijing to the attacks “groundless speculation”": naming
            // something in quotes, the thing named in one clause.
            bool quoted = false;
            for (int k = after; k < n && k < after + 10 && !quoted && !w.at(k).is(",") && !w.at(k).is(";"); ++k)
                quoted |= w.at(k).text == QString(QChar(0x201C)) || w.at(k).is("\"") || w.at(k).text == QString(QChar(0x2018)) || w.at(k).is("'");
            if (!quoted)
                return false;
        }
    } else if (cueText == QLatin1String("put") || cueText == QLatin1String("puts")) {
        // An estimate: "puts the number at 3,000", "has put the losses at
        // tens of millions"; a way of saying: "as the strategy put it,".
        // (When may come between: "as the spokesman put it on Wednesday,".)
        const int past = after + 1 < n ? pastTime(w, after + 1) : n;
        if (after < n && w.at(after).is("it") && past < n && (w.at(past).is(",") || w.at(past).is(":") || w.at(past).is("."))) {
            cueSpan.end = w.at(after).span.end;
            ++after;
        } else {
            bool at = false;
            for (int k = after + 1; k < n && k < after + 16 && !(w.at(k).punctuation && !w.at(k).is(",")); ++k)
                at |= w.at(k).is("at");
            if (!at)
                return false;
        }
    } else if (cueText == QLatin1String("wrote") || cueText == QLatin1String("writes")) {
        // What was written: "wrote that …", "wrote on LinkedIn that …",
        // "…,” wrote X; not "we wrote one law".
        const bool inverted = index > 0 && w.at(index - 1).punctuation;
        const bool said = after >= n || w.at(after).punctuation || w.at(after).is("that") || w.at(after).is("in") || w.at(after).is("on")
            || w.at(after).is("to");
        if (!said && !inverted)
            return false;
    } else if (cueText == QLatin1String("flagged") || cueText == QLatin1String("flags")) {
        // "COA flagged in its audit report that …"; not "flagged the email".
        if (!thatClauseAfter(w, after))
            return false;
    } else if (cueText == QLatin1String("linked") || cueText == QLatin1String("links")) {
        // "The agencies linked the campaign to three Chinese firms", "It has
        // linked the group to China's Ministry of State Security"; not
        // "accounts linked to the group", "links to fake sites".
        if (after >= n || w.at(after).is("to") || w.at(after).punctuation)
            return false;
        bool to = false;
        for (int k = after + 1; k < n && k < after + 10 && !(w.at(k).punctuation && !w.at(k).is(",")); ++k)
            to |= w.at(k).is("to");
        if (!to)
            return false;
    } else if (cueText == QLatin1String("traced")) {
        bool to = false;
        for (int k = after; k < n && k < after + 6; ++k)
            to |= w.at(k).is("to");
        if (!to)
            return false;
    } else if (cueText == QLatin1String("singled") || cueText == QLatin1String("pointed") || cueText == QLatin1String("point")
               || cueText == QLatin1String("points")) {
        // Or a source pointing at a cause: "Australian officials privately
        // pointed to China", "…, head of CERT-EE, pointed to a flaw" (not a
        // sum, "pointed to $1.3-billion over five years"; evidence is no
        // source of its own).
        const bool at = cueText != QLatin1String("singled") && after + 1 < n && w.at(after).is("to") && !w.at(after + 1).punctuation
            && !w.at(after + 1).text.front().isDigit() && w.at(after + 1).text.front().category() != QChar::Symbol_Currency;
        if (after >= n || !(w.at(after).is("out") || at))
            return false;
        cueSpan.end = w.at(after).span.end;
        ++after;
    } else if (cueText == QLatin1String("shared") || cueText == QLatin1String("share") || cueText == QLatin1String("shares")) {
        // A joint statement's "Both sides shared the view that …", "shared
        // the recognition that …" (not "shared data with", "shared concerns").
        if (after + 2 >= n || !w.at(after).is("the") || !w.at(after + 2).is("that")
            || !(w.at(after + 1).is("view") || w.at(after + 1).is("recognition") || w.at(after + 1).is("understanding")))
            return false;
        cueSpan.end = w.at(after + 1).span.end;
        after += 2;
    } else if (cueText == QLatin1String("repeated") || cueText == QLatin1String("repeats")) {
        // "repeated the government's long-held position that the SDF may
        // act …" (not "repeated attacks", "repeated the test").
        int that = after;
        while (that < n && that < after + 8 && !w.at(that).punctuation && !w.at(that).is("that"))
            ++that;
        if (that >= n || !w.at(that).is("that") || that == after)
            return false;
    } else if (cueText == QLatin1String("proposed") || cueText == QLatin1String("proposes")) {
        // "A party panel proposed last year that the unit be expanded" (not
        // "the proposed law", "proposed a bill").
        int that = after;
        while (that < n && that < after + 5 && !w.at(that).punctuation && !w.at(that).is("that"))
            ++that;
        if (that >= n || !w.at(that).is("that"))
            return false;
        after = that;
    } else if (cueText == QLatin1String("identified") || cueText == QLatin1String("identifies") || cueText == QLatin1String("quotes")
               || cueText == QLatin1String("quoted")) {
        // "identified the group as …"; "The review quotes a senior Shin Bet
        // official as saying …" (the review speaks, and so does the official).
        bool as = false;
        for (int k = after; k < n && k < after + 12; ++k)
            as |= w.at(k).is("as");
        if (!as)
            return false;
    } else if (cueText == QLatin1String("attributes")) {
        // "The directorate attributes about 62% of the incidents to Iran".
        bool to = false;
        for (int k = after; k < n && k < after + 16 && !w.at(k).is("."); ++k)
            to |= w.at(k).is("to");
        if (!to)
            return false;
    } else if (cueText == QLatin1String("expressed")) {
        if (after >= n)
            return false;
    } else if (cueText == QLatin1String("claims") && after < n && (w.at(after).is("responsibility") || w.at(after).is("credit"))) {
        // "a local hacker group claims responsibility for …"
    } else if (cueText == QLatin1String("states") || cueText == QLatin1String("claims") || cueText == QLatin1String("estimates")
               || cueText == QLatin1String("estimate")
               || cueText == QLatin1String("orders") || cueText == QLatin1String("demands") || cueText == QLatin1String("concluded")
               || cueText == QLatin1String("observed") || cueText == QLatin1String("observes") || cueText == QLatin1String("explained")
               || cueText == QLatin1String("explains") || cueText == QLatin1String("submitted")) {
        // A verb before what is stated ("The strategy states that"), not
        // the noun ("foreign states as a threat", "£197m in cyber claims")
        // nor a verb of doing ("the group today concluded its session",
        // "the EU side explained the implementation of …": a topic).
        // Closing a sentence, after what was said: "…, the government estimates."
        // ("…, the CSAN states.": a document by its acronym states; "…
        // in 27 member states." is a noun.)
        // ("support the federal states, which …": the noun.)
        // (And a bloc's or a region's: "EU states", "Baltic states", "Gulf
        // states".)
        static const TextScan::WordSet whichStates = {
            QStringLiteral("federal"), QStringLiteral("member"), QStringLiteral("nation"), QStringLiteral("island"), QStringLiteral("other"),
            QStringLiteral("partner"), QStringLiteral("neighbouring"), QStringLiteral("neighboring"), QStringLiteral("EU"), QStringLiteral("Baltic"),
            QStringLiteral("Gulf"), QStringLiteral("Nordic"), QStringLiteral("Arab"), QStringLiteral("ASEAN"), QStringLiteral("African"),
            QStringLiteral("Western"),
        };
        if (cueText == QLatin1String("states") && index >= 1 && whichStates.contains(w.at(index - 1).text))
            return false;
        const bool acronymStates = index >= 2 && w.at(index - 2).is("the") && w.at(index - 1).text.size() >= 3
            && std::all_of(w.at(index - 1).text.cbegin(), w.at(index - 1).text.cend(), [](QChar c) { return c.isUpper() || c.isDigit(); });
        const bool closing = (after >= n || w.at(after).is(".")) && (cueText != QLatin1String("states") || acronymStates) && index > 0
            && std::any_of(w.cbegin(), w.cbegin() + index, [](const Word &x) { return x.is(","); });
        // A figure estimated: "Bitkom … estimates the damage … at €267 billion".
        bool atFigure = false;
        if (cueText.startsWith(QLatin1String("estimate"))) {
            for (int k = after + 1; !atFigure && k + 1 < n && k < after + 16 && !(w.at(k).punctuation && !w.at(k).is(",")); ++k) {
                // ("at about 867 billion won")
                const int approximate = k + 2 < n && approximators().contains(w.at(k + 1).text) ? 1 : 0;
                const QStringView figure = w.at(k + 1 + approximate).text;
                // (Or after a currency's code: "at Bs 380.000", "at USD 2 million".)
                const int coded = k + 2 + approximate;
                const bool code = figure.size() <= 4 && !figure.isEmpty() && figure.front().isUpper() && coded < n
                    && !w.at(coded).text.isEmpty() && w.at(coded).text.front().isDigit();
                atFigure = w.at(k).is("at") && !figure.isEmpty()
                    && (figure.front().isDigit() || figure.front().category() == QChar::Symbol_Currency || code);
            }
        }
        // Told to someone: "have long explained to the Diet that …".
        const bool toWhom = after < n && w.at(after).is("to") && cueText.startsWith(QLatin1String("explain")) && thatClauseAfter(w, after);
        // Or closing the sentence with them, after what was said: "…,
        // officials of the Cabinet Legislation Bureau have explained to
        // lawmakers."
        const int toldEnd = after + 1 < n && w.at(after).is("to") && cueText.startsWith(QLatin1String("explain")) ? nounPhraseEnd(w, after + 1) : -1;
        const bool closingTo = toldEnd > after && (toldEnd + 1 >= n || w.at(toldEnd + 1).is(".")) && index > 0
            && std::any_of(w.cbegin(), w.cbegin() + index, [](const Word &x) { return x.is(","); });
        // Inverted after what was said: "…, estimates research firm IDC
        // Japan." (a noun phrase to the sentence's end).
        const bool inverted = index > 0 && w.at(index - 1).is(",") && after < n && phraseEnd(w, after) >= after
            && (n - after <= 8) && std::none_of(w.cbegin() + after, w.cend(), [](const Word &x) { return x.is(",") || x.is("that"); });
        // A that-clause after when: "concluded in April that …".
        const int when = after < n && !w.at(after).is("that") && cueText != QLatin1String("states") ? pastTime(w, after) : after;
        const bool timedClause = when > after && when < n && w.at(when).is("that");
        // Or after where it was said: "explained at its press conference that …".
        bool placedClause = false;
        if (after + 2 < n && (w.at(after).is("at") || w.at(after).is("in") || w.at(after).is("during")) && cueText != QLatin1String("states")) {
            for (int k = after + 1; k < n && k < after + 5 && !w.at(k).punctuation; ++k) {
                if (channelNouns().contains(w.at(k).text)) {
                    placedClause = k + 1 < n && w.at(k + 1).is("that");
                    break;
                }
            }
        }
        // An order to someone: "The Authority hereby orders the controller
        // to notify …" (not "orders from Tokyo to …": a noun).
        bool orderTo = false;
        if (cueText == QLatin1String("orders") && after < n && !w.at(after).is("from") && !w.at(after).is("for")) {
            const int objectEnd = nounPhraseEnd(w, after);
            orderTo = objectEnd >= after && objectEnd + 2 < n && w.at(objectEnd + 1).is("to") && !w.at(objectEnd + 2).punctuation
                && w.at(objectEnd + 2).text.front().isLower() && !w.at(objectEnd + 2).is("the");
        }
        if (!closing && !closingTo && !atFigure && !toWhom && !inverted && !timedClause && !placedClause && !orderTo
            && (after >= n
                || !(w.at(after).is("that") || w.at(after).is(":") || w.at(after).is(",") || (w.at(after).is("in") && cueText == QLatin1String("states"))
                     || w.at(after).text == QString(QChar(0x201C)) || w.at(after).is("\""))))
            return false;
    } else if (cueText == QLatin1String("reported") || cueText == QLatin1String("reports") || cueText == QLatin1String("added")
               || cueText == QLatin1String("adds")) {
        // "Cybercrime reported every six minutes": how often something is
        // reported, not what.
        if (cueText == QLatin1String("reported") && after < n && (w.at(after).is("every") || w.at(after).is("each")))
            return false;
        // "added a second authentication factor", "added an exception to
        // the rule": a thing added, not words (not "added a review was
        // under way").
        if (cueText.startsWith(QLatin1String("add")) && after + 1 < n && (w.at(after).is("a") || w.at(after).is("an"))) {
            int end = after + 1;
            bool verb = false;
            for (; end < n && end < after + 7 && !w.at(end).punctuation && !w.at(end).is("to") && !w.at(end).is("for"); ++end) {
                const QStringView t = w.at(end).text;
                verb |= t == QLatin1String("was") || t == QLatin1String("were") || t == QLatin1String("is") || t == QLatin1String("are")
                    || t == QLatin1String("had") || t == QLatin1String("has") || t == QLatin1String("would") || t == QLatin1String("will")
                    || t == QLatin1String("could") || t == QLatin1String("can") || t.endsWith(QLatin1String("ed"));
            }
            if (!verb && (end >= n || end < after + 7))
                return false;
        }
        // "reported the incident to CERT-In", "reported 32,211 incidents to
        // DHS": an act of reporting to someone, not a statement.
        for (int k = after + 1; after < n && !w.at(after).punctuation && !w.at(after).is("that") && k < n && k < after + 8; ++k) {
            if (w.at(k).is("that") || w.at(k).punctuation)
                break;
            if (w.at(k).is("to"))
                return false;
        }
    } else if (cueText.startsWith(QLatin1String("demand"))) {
        // "had first demanded $2.4 million in bitcoin": a ransom, not a
        // statement.
        // ("have demanded millions of dollars in ransom")
        for (int k = after; k < n && k < after + 7 && !(k > after + 3 && w.at(k).punctuation); ++k) {
            const QStringView t = w.at(k).text;
            if (t.isEmpty() || (k < after + 4 && (t.at(0).isDigit() || t.at(0).category() == QChar::Symbol_Currency))
                || t.startsWith(QLatin1String("ransom")) || (k == after && (t.startsWith(QLatin1String("payment")) || t == QLatin1String("money"))))
                return false;
        }
    } else if (cueText == QLatin1String("responded") || cueText == QLatin1String("replied") || cueText == QLatin1String("answered")) {
        // "responded to 127 incidents": an act, not an answer; nor is
        // "has answered mostly with sanctions", "responded by expelling".
        int next = after;
        while (next < n && next < after + 2 && w.at(next).text.endsWith(QLatin1String("ly")))
            ++next;
        if (after < n && w.at(after).is("to"))
            return false;
        if (next < n && (w.at(next).is("with") || w.at(next).is("by")) && !thatClauseAfter(w, next))
            return false;
    } else if (cueText == QLatin1String("found") || cueText == QLatin1String("finds") || cueText == QLatin1String("showed")
               || cueText == QLatin1String("shows") || cueText == QLatin1String("show") || cueText == QLatin1String("shown") || cueText.startsWith(QLatin1String("assess"))
               || cueText == QLatin1String("Finds") || cueText == QLatin1String("Find")) {
        // "The survey found that ...", "ASD assesses that ...": a finding
        // or an assessment, only with a that-clause or closing what was
        // found ("…, the report showed, with …").
        const bool commaBefore = index > 0 && std::any_of(w.cbegin(), w.cbegin() + index, [](const Word &x) { return x.is(","); });
        // A discovery on a day is no finding: "staff found on the morning
        // of Dec. 2 that data … had been encrypted", "the hospital … found
        // on Monday morning that doctors could not open …" (a document's
        // finding has no day: "The audit found that …").
        if (cueText == QLatin1String("found") && after < n && w.at(after).is("on")
            && (index == 0 || !documentNouns().contains(w.at(index - 1).text.toString().toLower())))
            return false;
        // A headline's inversion: "…, shows CERT Polska report", "…, finds
        // ENISA study": the document closing the line after the cue.
        if (index >= 3 && w.at(index - 1).is(",")) {
            int end = after;
            while (end < n && end < after + 6 && !w.at(end).punctuation)
                ++end;
            if (end > after + 1 && (end >= n || (w.at(end).is(".") && end + 1 >= n)) && w.at(after).isCapitalised()
                && documentNouns().contains(w.at(end - 1).text.toString().toLower())) {
                add(spanOf(w, after, end - 1), cueSpan, trimmed(m_c.text, {s.span.start, w.at(index - 1).span.start}));
                return true;
            }
        }
        // ("…, the report showed on Tuesday.": and when.)
        const int end = pastTime(w, after);
        const bool closing = (end >= n || w.at(end).is(",") || w.at(end).is(".")) && commaBefore;
        // "…, the National Audit Office (NAO) finds in a report published
        // today.": closing, and where it was found.
        bool inDocument = commaBefore && after + 1 < n && w.at(after).is("in") && !cueText.startsWith(QLatin1String("show"));
        for (int k = after + 1; inDocument && k < n; ++k) {
            if (w.at(k).is("that") || (w.at(k).punctuation && k + 1 < n)) {
                inDocument = false; // a clause follows
            }
        }
        if (inDocument) {
            bool named = false;
            for (int k = after + 1; k < n && k < after + 4; ++k)
                named |= documentNouns().contains(w.at(k).text) || channelNouns().contains(w.at(k).text);
            const int first = named ? phraseStart(w, index - 1) : -1;
            if (first < 0 || isVague(w, first, index - 1))
                return false;
            add(spanOf(w, first, index - 1), cueSpan, trimmed(m_c.text, {s.span.start, w.at(first).span.start}));
            return true;
        }
        // "Survey finds 41% of companies …": a finding stated as a figure.
        // ("found nearly 94,000 cybercrime reports were made")
        int figureAt = after;
        while (figureAt < n && figureAt < after + 2 && approximators().contains(w.at(figureAt).text))
            ++figureAt;
        // ("found one in three had paid a ransom": a figure in words; not
        // the found things a relative clause describes, "found about 40
        // other companies whose networks had been breached".)
        bool figure = figureAt < n && !w.at(figureAt).text.isEmpty()
            && (w.at(figureAt).text.at(0).isDigit() || w.at(figureAt).is("one") || tokenAt(w.at(figureAt).span.start, Token::NumberWord).isValid())
            && !cueText.startsWith(QLatin1String("assess"));
        for (int k = figureAt + 1; figure && k < n && k < figureAt + 6; ++k) {
            if (w.at(k).is("whose") || w.at(k).is("which") || w.at(k).is("who") || w.at(k).is("that"))
                figure = false;
            else if (clauseWords().contains(w.at(k).text))
                break;
        }
        // "found in a survey of 4,100 companies released on Monday that …".
        const bool that = thatClauseAfter(w, after);
        // "The BKA's annual report shows hackers abroad are hitting …": a
        // document's clause without "that" after "show", its verb close
        // after the cue; not "shows why …", an argument.
        const bool show = cueText.startsWith(QLatin1String("show"));
        if (show && after < n && (w.at(after).is("why") || w.at(after).is("how")))
            return false;
        // A document shows what it states, clause or not: "The OAIC's latest
        // notifiable data breaches report shows the health sector notified
        // 118 breaches", "The NCSC's Annual Review 2026 shows a 13% rise",
        // "The portfolio budget statements show funding for …".
        const auto documentBefore = [&] {
            if (index < 1)
                return false;
            int noun = index - 1;
            // (Past an aside: "… Cyber Threat Report 2021/22, released this
            // morning, shows".)
            if (w.at(noun).is(",")) {
                int open = noun - 1;
                while (open > 0 && open > noun - 6 && !w.at(open).punctuation)
                    --open;
                if (open > 0 && w.at(open).is(",") && isParticiple(w.at(open + 1).text))
                    noun = open - 1;
            }
            if (noun > 0 && !w.at(noun).text.isEmpty() && w.at(noun).text.front().isDigit())
                --noun; // "Annual Review 2026"
            if (documentNouns().contains(w.at(noun).text.toString().toLower()))
                return true;
            // (Past who put it out: "Figures tabled in Parliament by the
            // Home Affairs Ministry show", "Data released by the ministry
            // show".)
            for (int by = noun; by > 1 && by > noun - 8 && !w.at(by).punctuation; --by) {
                if (!w.at(by).is("by"))
                    continue;
                for (int p = by - 1; p >= 1 && p >= by - 4 && !w.at(p).punctuation; --p) {
                    if (isParticiple(w.at(p).text) && documentNouns().contains(w.at(p - 1).text.toString().toLower()))
                        return true;
                }
                break;
            }
            return false;
        };
        // (Not in an argument's "As the report shows the limits of policy, …".)
        const bool document = show && after < n && !w.at(after).punctuation && !w.at(0).is("As") && documentBefore();
        if (!closing && !figure && !that && !document && asComma < 0)
            return false;
    } else if (cueText == QLatin1String("quoted") || cueText == QLatin1String("cited") || cueText == QLatin1String("citing")) {
        if (cueText == QLatin1String("citing"))
            return false;
    }
    // "…," he was quoted as saying by investigators.": the quoted person
    // speaks as with "said".
    const bool quotedPassive = cueText == QLatin1String("saying") && index >= 4 && w.at(index - 1).is("as") && w.at(index - 2).is("quoted")
        && (w.at(index - 3).is("was") || w.at(index - 3).is("were") || w.at(index - 3).is("is") || w.at(index - 3).is("been"));
    if (quotedPassive) {
        cueSpan.start = w.at(index - 2).span.start;
        // (A quoting agent after the cue is no content: "by investigators.")
        if (after + 1 < n && w.at(after).is("by")) {
            int k = after + 1;
            while (k < n && !w.at(k).punctuation)
                ++k;
            if (k + 1 >= n)
                after = k;
        }
    }
    if (cueText == QLatin1String("saying") && index > 0 && w.at(index - 1).is("as") && !quotedPassive) {
        // "quoted a spokesperson as saying ...": the quoted person speaks.
        const int first = nounPhraseStart(w, index - 2);
        if (first < 0)
            return false;
        add(spanOf(w, first, index - 2), cueSpan, trimmed(m_c.text, {cueSpan.end, s.span.end}));
        return true;
    }

    // An object's relative clause says nothing: "the norms that all UN
    // member states have already agreed, not to …", "the up to 39.15
    // million lines that KDDI announced on July 3", and without "that"
    // after a count, "the two cases the agency had confirmed by Monday"
    // (the cue has no object of its own, at most a when; not "warns that
    // the two countries agreed").
    const auto objectRelative = [&](int first) {
        int that = first - 1;
        if (that >= 1 && (w.at(that).is("all") || w.at(that).is("both") || w.at(that).is("most") || w.at(that).is("many")))
            --that;
        if (that < 1)
            return false;
        const bool relativeWord = w.at(that).is("that") || w.at(that).is("which");
        // (Up to the clause's end: "by Monday, one at a hospital"; not "on
        // Monday that …".)
        bool when = after < n
            && (w.at(after).is("on") || w.at(after).is("by") || w.at(after).is("in") || w.at(after).is("last") || w.at(after).is("yesterday")
                || w.at(after).is("today") || w.at(after).is("earlier") || w.at(after).is("previously"));
        for (int k = after + 1; when && k < n && !w.at(k).punctuation; ++k)
            when = !w.at(k).is("that");
        if (!(after >= n || w.at(after).punctuation || when))
            return false;
        const int noun = relativeWord ? that - 1 : first - 1;
        const Word &counted = w.at(noun);
        // (Or a sum itself: "the approximately 55 million yen it announced
        // yesterday".)
        if (!relativeWord && !counted.punctuation) {
            const TextSpan sum = tokenAt(counted.span.start, Token::Statistic);
            if (sum.isValid() && sum.end == counted.span.end && !counted.text.front().isDigit())
                return true;
        }
        if (counted.punctuation || !counted.text.front().isLower() || !counted.text.endsWith(u's') || tokenAt(counted.span.start, Token::Cue).isValid())
            return false;
        return relativeWord
            || (noun >= 1 && (tokenAt(w.at(noun - 1).span.start, Token::Statistic).isValid() || tokenAt(w.at(noun - 1).span.start, Token::NumberWord).isValid()));
    };

    // What stands immediately left of the cue, past adverbs and auxiliaries.
    int left = quotedPassive ? index - 4 : index - 1;
    bool passive = false;
    bool negated = false; // "has not confirmed", "never said"
    while (left >= 0) {
        const Word &lw = w.at(left);
        negated |= lw.is("not") || lw.is("never") || lw.text.endsWith(QLatin1String("n't")) || lw.text.endsWith(u"n’t");
        if (lw.is("was") || lw.is("were") || lw.is("been") || lw.is("be") || lw.is("is") || lw.is("are") || lw.is("being")) {
            // ("has been saying for two years that …": progressive, not passive.)
            passive |= !cueText.endsWith(QLatin1String("ing"));
            --left;
            continue;
        }
        // (A decision's own words, "The Authority hereby orders the
        // controller to …", but not "MIC hereby announces the
        // implementation status": an act, not a statement.)
        if (cueModifiers().contains(lw.text)
            || (lw.is("hereby") && (cueText.startsWith(QLatin1String("order")) || cueText.startsWith(QLatin1String("direct"))
                                    || cueText.startsWith(QLatin1String("instruct"))))) {
            --left;
            continue;
        }
        // "The land ministry, the Foreign Ministry, … have all said that …",
        // "The FSA and the BOJ have both said".
        if ((lw.is("all") || lw.is("both")) && left >= 2 && (w.at(left - 1).is("have") || w.at(left - 1).is("had"))) {
            left -= 2;
            continue;
        }
        // ("… that ASPI commissioned this year found")
        if (lw.is("this") && left + 1 < index && timeNouns().contains(w.at(left + 1).text)) {
            --left;
            continue;
        }
        // "… (NCIIPC) have, however, advised": an aside in commas.
        if (lw.is(",") && left >= 2 && w.at(left - 2).is(",")
            && (w.at(left - 1).is("however") || w.at(left - 1).is("though") || w.at(left - 1).is("meanwhile") || w.at(left - 1).is("too"))) {
            left -= 3;
            continue;
        }
        // "The agency at first denied", "Renaper at the time denied".
        if (lw.is("at") && left + 1 < index && w.at(left + 1).is("first")) {
            --left;
            continue;
        }
        if (lw.is("time") && left >= 3 && w.at(left - 1).is("the") && w.at(left - 2).is("at")) {
            left -= 3;
            continue;
        }
        // "U.S. officials have for years urged Tokyo to …", "… have in
        // recent months warned", "… have in the past accused".
        if ((lw.is("years") || lw.is("months") || lw.is("decades")) && left >= 2 && w.at(left - 1).is("for")) {
            left -= 2;
            continue;
        }
        if (left >= 2 && w.at(left - 2).is("in")
            && ((lw.is("past") && w.at(left - 1).is("the")) || ((lw.is("years") || lw.is("months") || lw.is("weeks")) && w.at(left - 1).is("recent")))) {
            left -= 3;
            continue;
        }
        // A document's date in commas: "TSTT's first public statement,
        // issued on 10 October 2023, said".
        if (lw.is(",") && left >= 4) {
            int open = left - 1;
            while (open > 0 && left - open < 9 && !w.at(open).is(","))
                --open;
            if (open > 0 && w.at(open).is(",") && issuingVerbs().contains(w.at(open + 1).text)) {
                left = open - 1;
                continue;
            }
        }
        // "The ministry in a statement said", "Police at a news conference
        // on Friday said": the occasion of saying is no part of the speaker.
        if (channelNouns().contains(lw.text)) {
            int k = left - 1;
            while (k > 0 && left - k < 4 && !w.at(k).punctuation && !(w.at(k).is("a") || w.at(k).is("an") || w.at(k).is("its")))
                --k;
            if (k > 1 && (w.at(k).is("a") || w.at(k).is("an") || w.at(k).is("its"))
                && (w.at(k - 1).is("in") || w.at(k - 1).is("at") || w.at(k - 1).is("during"))) {
                left = k - 2;
                continue;
            }
        }
        // "Liu Wenjie on Dec. 31 dismissed": a date (as the definition
        // marks dates) after "on", between speaker and cue.
        if (const TextSpan date = tokenAt(lw.span.start, Token::Date); date.isValid() && date.end == lw.span.end) {
            int on = left;
            while (on >= 0 && w.at(on).span.start >= date.start)
                --on;
            if (on >= 0 && w.at(on).is("on")) {
                left = on - 1;
                continue;
            }
        }
        break;
    }
    // A comparison with what someone had said is no statement: "far more
    // than it had initially confirmed", "fewer than the company had said"
    // (not "More than 300 officials said").
    if (!passive && left >= 1
        && ((w.at(left - 1).is("than") && pronouns().contains(w.at(left).text))
            || (left >= 2 && w.at(left - 2).is("than") && determiners().contains(w.at(left - 1).text))))
        return false;
    // Nor is being first to report something: "The news site Hespress
    // first reported the leak", "was first reported by the Asahi Shimbun"
    // (but "Kyodo first reported that …" says what).
    // (Nor when it goes on to say what: "first reported the leak on Friday,
    // saying the data had been …".)
    if (cueText == QLatin1String("reported") && index >= 1 && w.at(index - 1).is("first") && !thatClauseAfter(w, after)
        && std::none_of(w.cbegin() + after, w.cend(), [](const Word &x) { return x.is("saying") || x.is("adding") || x.is("noting"); }))
        return false;
    if (passive) {
        // (A report requested by someone is no statement of theirs: "The
        // GAO report, which was requested by committee Democrats, …".)
        if (cueText == QLatin1String("requested"))
            return false;
        // "was reported by Kyodo": the agent is the speaker; otherwise a
        // sourceless passive is no attribution.
        // (Not a tally reported: "some 450 incidents were reported by
        // member states".)
        const bool tally = std::any_of(w.cbegin(), w.cbegin() + qMax(0, left), [this](const Word &x) {
            return tokenAt(x.span.start, Token::Statistic).isValid();
        });
        if (after + 1 < n && w.at(after).is("by") && !tally) {
            // (with the title's holder named after it)
            const int last = holderNamedAfter(w, after + 1, phraseEnd(w, after + 1), false);
            if (last >= 0 && !isVague(w, after + 1, last)) {
                add(spanOf(w, after + 1, last), cueSpan, trimmed(m_c.text, {s.span.start, w.at(index > 0 ? index - 1 : 0).span.start}));
                return true;
            }
        }
        return false;
    }
    const bool participle = cueText.endsWith(QLatin1String("ing"));
    // "asking", "advising" only after a comma or in a progressive: "since
    // Shrawan asking it to patch …" is no one's request. And a reminder
    // to "us" is a turn of phrase: "The threat landscape reminded us that …".
    if ((cueText == QLatin1String("asking") || cueText == QLatin1String("advising")) && index > 0 && !w.at(index - 1).is(",")
        && !w.at(index - 1).is("is") && !w.at(index - 1).is("are") && !w.at(index - 1).is("was") && !w.at(index - 1).is("were")
        && !w.at(index - 1).is("been"))
        return false;
    if (cueText.startsWith(QLatin1String("remind")) && after < n && (w.at(after).is("us") || w.at(after).is("me") || w.at(after).is("everyone")))
        return false;
    // A reduced passive ("the attack attributed to North Korea", "is said
    // to be") names no speaker on the left.
    // But "said to reporters", "reported to parliament in May that …" tell
    // someone.
    const auto addressee = [&w, n, cueText](int at) {
        if (at >= n || w.at(at).punctuation)
            return false;
        if (!w.at(at).isCapitalised() && !listeners().contains(w.at(at).text))
            return false;
        // Reported to someone that something; not "Payments reported to US
        // Treasury fell 35%", "victims reported to the Cyber Centre".
        if (cueText == QLatin1String("reported")) {
            // (Past names with their acronyms: "reported to the Financial
            // Services Agency (FSA) and the Personal Information Protection
            // Commission (PPC) that …".)
            bool that = false;
            for (int k = at; k < n && k < at + 20 && !that; ++k) {
                that = w.at(k).is("that") || w.at(k).is(":");
                if (k >= at + 10 && !that && !joinsNames(w.at(k)))
                    break;
            }
            return that;
        }
        return true;
    };
    // So does "two South Koreans accused of selling …" (the active verb
    // names whom it accuses first).
    if (after < n && w.at(after).is("of") && cueText == QLatin1String("accused"))
        return false;
    // A court's ruling states its finding: "ruled that …", "…, ruling that
    // Finland lacked jurisdiction" (not "the ruling party", "ruled out").
    if ((cueText == QLatin1String("ruled") || cueText == QLatin1String("rules") || cueText == QLatin1String("ruling"))
        && !(after < n && w.at(after).is("that")))
        return false;
    // "The Cabinet approved new rules that will bring …": the plural noun
    // before a relative clause. Only a court or a name rules.
    if (cueText == QLatin1String("rules") && left >= 0 && !w.at(left).text.isEmpty() && w.at(left).text.front().isLower()) {
        static const TextScan::WordSet adjudicators = {
            QStringLiteral("court"), QStringLiteral("judge"), QStringLiteral("tribunal"), QStringLiteral("panel"),
            QStringLiteral("commission"), QStringLiteral("board"), QStringLiteral("regulator"), QStringLiteral("arbitrator"),
        };
        if (!adjudicators.contains(w.at(left).text))
            return false;
    }
    // So does an inquiry's or a regulator's "…, finding that the executive
    // had not …" (not "the finding", "finding a flaw").
    if (cueText == QLatin1String("finding") && !(after < n && w.at(after).is("that") && index > 0 && w.at(index - 1).is(",")))
        return false;
    // Dismissing says something as a judgement ("dismissed the accusations
    // as “groundless”", "dismissed the accusations"), not as a court's act
    // on a case ("the court had dismissed most of its fraud case").
    // Tracing an attack is a finding of its own ("It traced the activity to
    // servers in the United States"), but a fact inside what someone else
    // says: "Bareskrim said it had traced the attack to …", "According to
    // the ministry, the police traced the seller to …".
    if (cueText == QLatin1String("traced") && std::any_of(m_out.cbegin(), m_out.cend(), [&](const Attribution &a) {
            return a.cue.start >= s.span.start && a.cue.start < cueWord.span.start;
        }))
        return false;
    // Declaring states something only with what is declared to be so: "declared
    // that …", "declared: …", or a quotation before it (not an act: "Court
    // declared Vastaamo bankrupt", "the government declared a national
    // emergency").
    // (Its "that" before any object: not "declared a national emergency
    // over the attacks that have crippled …".)
    if (cueText == QLatin1String("declared") || cueText == QLatin1String("declares")) {
        bool declaredThat = false;
        for (int k = after; k < n && k < after + 5 && !w.at(k).punctuation; ++k) {
            if (w.at(k).is("that")) {
                declaredThat = true;
                break;
            }
            if (determiners().contains(w.at(k).text))
                break;
        }
        // (Or after the quotation it declares: "“…,” declared CDP president …".)
        const bool afterQuote = index >= 1
            && (w.at(index - 1).text == QString(QChar(0x201D)) || w.at(index - 1).is("\"")
                || (w.at(index - 1).is(",") && index >= 2 && (w.at(index - 2).text == QString(QChar(0x201D)) || w.at(index - 2).is("\""))));
        if (!(after >= n || w.at(after).punctuation || w.at(after).text == QString(QChar(0x201C)) || w.at(after).is("\"")) && !declaredThat
            && !afterQuote)
            return false;
    }
    // Disclosing reports what was disclosed only with it: "disclosed on
    // Monday that …", "disclosed this at a public hearing" (not "disclosed
    // the attack in a Form 8-K", "the incidents the bank has disclosed").
    if ((cueText == QLatin1String("disclosed") || cueText == QLatin1String("discloses"))
        && !(after < n && (w.at(after).is("this") || w.at(after).is(":") || w.at(after).text == QString(QChar(0x201C)) || w.at(after).is("\"")))
        && !thatClauseAfter(w, after))
        return false;
    // An order given alongside an act: "…, today issued an improvement
    // order to the Company, ordering it to …" (not "parts ordering").
    if (cueText == QLatin1String("ordering") && !(index > 0 && w.at(index - 1).is(",")))
        return false;
    // Maintaining asserts only what is said: "maintained that it had done
    // nothing wrong", "maintains its innocence" (not "operated and
    // maintained the server").
    if ((cueText == QLatin1String("maintained") || cueText == QLatin1String("maintains"))
        && !(after < n && (w.at(after).is(",") || w.at(after).is(".") || w.at(after).text == QString(QChar(0x201C)) || w.at(after).is("\"")
                           || w.at(after).is("its") || w.at(after).is("his") || w.at(after).is("her") || w.at(after).is("their")))
        && !thatClauseAfter(w, after))
        return false;
    // Recalling, highlighting and requesting report only with a
    // that-clause: "recalled that the General Assembly adopted …",
    // "highlighted that the policy creates …", "requested that the Company
    // take …" (not "Toyota recalled 2 million cars", "highlighted the
    // risk", "requested 2 billion yen").
    // (Requesting someone to do something is asking: "has requested the
    // Ministry to present a report".)
    bool requestsOf = false;
    const bool requesting = cueText == QLatin1String("requested") || cueText == QLatin1String("requests");
    // (Past a name's commas: "requests the Minister of Health, Labour and
    // Welfare to take …".)
    for (int k = after + 1; requesting && k + 1 < n && k < after + 12 && !(w.at(k).punctuation && !(w.at(k).is(",") && k + 1 < n && w.at(k + 1).isCapitalised()))
         && !requestsOf; ++k)
        requestsOf = w.at(k).is("to") && !w.at(k + 1).punctuation && w.at(k + 1).text.front().isLower() && !w.at(after).text.front().isDigit()
            && !tokenAt(w.at(after).span.start, Token::Statistic).isValid(); // (not "requested ¥8.5 billion to help them …")
    // (So do a translated release's and an audit's formal verbs: "The
    // report details that …", "the statement specified that …", "The Board
    // considers that …"; not "details of the attack", "as specified in the
    // law", "considers the bill".)
    if ((cueText == QLatin1String("recalled") || cueText == QLatin1String("recalls") || cueText == QLatin1String("highlighted")
         || cueText == QLatin1String("highlights") || requesting || cueText == QLatin1String("details")
         || cueText == QLatin1String("specified") || cueText == QLatin1String("specifies") || cueText == QLatin1String("considers"))
        && !(after < n && w.at(after).is("that")) && !requestsOf
        // (Or closing what was said: "…, the statement specified.")
        && !((after >= n || (after + 1 == n && w.at(after).is("."))) && index >= 2 && left >= 0 && w.at(left).punctuation == false
             && std::any_of(w.cbegin(), w.cbegin() + index, [](const Word &x) { return x.is(","); })))
        return false;
    // Describing says something only with how: "described the incident as
    // a warning" (not "The white paper describes trends in the sector").
    if (cueText == QLatin1String("describes") || cueText == QLatin1String("described")) {
        bool how = false;
        for (int k = after; k < n && k < after + 25 && !how; ++k)
            how = w.at(k).is("as") || w.at(k).is("that");
        if (!how)
            return false;
    }
    // Agreeing to pay a penalty or to settle is an act, not a statement:
    // "Ridgeline agreed to pay $2,850,000" (not "agreed to set up a hotline").
    if (cueText.startsWith(QLatin1String("agree")) && after + 1 < n && w.at(after).is("to") && (w.at(after + 1).is("pay") || w.at(after + 1).is("settle")))
        return false;
    if (cueText.startsWith(QLatin1String("dismiss"))) {
        for (int k = after; k < n && k < after + 7 && !w.at(k).is("as") && !w.at(k).punctuation; ++k) {
            if (proceedings().contains(w.at(k).text))
                return false;
        }
    }
    if (after < n && w.at(after).is("to")
        && (cueText == QLatin1String("attributed") || cueText == QLatin1String("alleged")
            || ((cueText == QLatin1String("said") || cueText == QLatin1String("reported")) && !addressee(after + 1))))
        return false;

    // Nouns, not verbs: "the reports", "Japan's claims", "its orders",
    // "the city's first estimate".
    if (left >= 0 && ((cueText.endsWith(QLatin1Char('s')) && !cueText.endsWith(QLatin1String("ss"))) || cueText == QLatin1String("estimate"))) {
        const Word &lw = w.at(left);
        // "Phishing reports to the council numbered …": a noun before its preposition.
        // ("attributes about 62% of …": "about" a figure is no preposition.)
        const bool aboutFigure = after + 1 < n && w.at(after).is("about") && !w.at(after + 1).text.isEmpty() && w.at(after + 1).text.front().isDigit();
        // (Verbs that are no nouns: "warns of a rise", "says to".)
        static const TextScan::WordSet onlyVerbs = {
            QStringLiteral("says"), QStringLiteral("warns"), QStringLiteral("tells"), QStringLiteral("urges"), QStringLiteral("argues"),
            QStringLiteral("explains"), QStringLiteral("insists"), QStringLiteral("confirms"), QStringLiteral("denies"),
            QStringLiteral("admits"), QStringLiteral("vows"), QStringLiteral("informs"), QStringLiteral("exhorts"), QStringLiteral("considers"),
            QStringLiteral("specifies"),
        };
        const bool prepositionAfter = after < n && (w.at(after).is("to") || w.at(after).is("of") || w.at(after).is("from") || w.at(after).is("about"))
            && !onlyVerbs.contains(cueText) && !(cueWord.isCapitalised() && onlyVerbs.contains(cueText.toString().toLower())) // ("Warns of" in title case)
            && !aboutFigure;
        // "118 reports" counts them; "… Survey 2026 finds" is a title's year.
        const bool counted = !lw.text.isEmpty() && lw.text.at(0).isDigit() && !isYearOrSpan(lw.text);
        // "Phishing reports fell again": the noun is the subject of a verb.
        // ("DDoS reports roughly halved": past an adverb.)
        const int verb = after + 1 < n && (w.at(after).is("roughly") || w.at(after).is("nearly") || w.at(after).is("almost")
                                           || w.at(after).is("also") || w.at(after).is("more")) ? after + 1 : after;
        const bool subjectOfVerb = verb < n && verbsAfterNoun().contains(w.at(verb).text);
        if (prepositionAfter || subjectOfVerb || determiners().contains(lw.text) || isPossessive(lw.text) || counted
            || lw.is("to") || lw.is("of") || lw.is("media") || lw.is("news") || lw.is("press") || lw.is("such")
            || lw.is("member") || lw.is("nation") || lw.is("threat") || lw.is("crime") || lw.is("cost") || lw.is("damage"))
            return false;
    }
    if (cueText == QLatin1String("say") && left >= 0 && (w.at(left).is("to") || w.at(left).is("would") || w.at(left).is("could")))
        return false;
    // "CSB, AITI and the RBPF advise members of the public to …": present
    // advice of a plural subject (not "to advise", "can advise", "we
    // advise").
    if (cueText == QLatin1String("advise")
        && (index == 0 || w.at(index - 1).punctuation || w.at(index - 1).text.front().isLower() || w.at(index - 1).is("We") || w.at(index - 1).is("I")))
        return false;
    // "Police tell me …", "Our partners at CISA tell us that …": present
    // telling of someone; not "to tell", "can tell", an order or "tell
    // stories".
    if (cueText == QLatin1String("tell")) {
        static const TextScan::WordSet helpers = {
            QStringLiteral("to"), QStringLiteral("can"), QStringLiteral("could"), QStringLiteral("would"), QStringLiteral("will"),
            QStringLiteral("should"), QStringLiteral("did"), QStringLiteral("do"), QStringLiteral("does"), QStringLiteral("must"),
            QStringLiteral("might"), QStringLiteral("may"), QStringLiteral("please"), QStringLiteral("not"), QStringLiteral("cannot"),
        };
        if (left < 0 || index == 0 || helpers.contains(w.at(index - 1).text) || w.at(index - 1).punctuation)
            return false;
        // ("tell you what to build": the general "you" is told nothing.)
        bool that = after < n && toldPronouns().contains(w.at(after).text) && !w.at(after).is("you");
        for (int k = after; !that && k < n && k < after + 5 && !w.at(k).punctuation; ++k)
            that = w.at(k).is("that");
        if (!that)
            return false;
    }
    // "Fraud losses hit a record, MPs told": a headline's passive, "told"
    // with no one it was told to; whoever told them is not named.
    if (cueText == QLatin1String("told") && (after >= n || (after + 1 == n && w.at(after).punctuation)))
        return false;

    // Inverted: "..., said Fujimura." / "“...,” said the official". Not
    // with a cue whose object is the one told: "…, the council's chairman,
    // told The National newspaper."
    const bool toldWhom = cueText == QLatin1String("told") || cueText == QLatin1String("tells") || cueText == QLatin1String("tell")
        || cueText == QLatin1String("telling")
        || cueText == QLatin1String("informed") || cueText == QLatin1String("briefed") || cueText == QLatin1String("notified")
        || cueText == QLatin1String("assured");
    // Nor with a verb that takes what it judges as its object: "The
    // Deutscher Städtetag, the association of German cities, welcomed the
    // report." has its speaker before the cue.
    // (Nor before a that-clause: "A survey … by the IPA, a body under METI,
    // found that 58% had spent nothing": the subject's apposition ends at
    // the comma.)
    // A headline may leave out the comma: "Attacks 'demonstrative', no data
    // stolen says Leoni" (a name closing a line without a full stop).
    const auto bareInversion = [&] {
        if (!(cueText == QLatin1String("says") || cueText == QLatin1String("said")) || after >= n || n - after > 3
            || (s.span.end < m_c.text.size() && m_c.text.at(s.span.end) != u'\n'))
            return false;
        return std::all_of(w.cbegin() + after, w.cend(), [](const Word &x) { return x.isCapitalised(); });
    };
    if (left >= 0 && !toldWhom && !judgingVerbs().contains(cueText) && !(after < n && w.at(after).is("that"))
        && (w.at(left).is(",") || w.at(left).text == QString(QChar(0x201D)) || w.at(left).is("\"") || bareInversion())) {
        // (Past the day the wires put before the speaker: "…, said Sunday a
        // statement of the National Gendarmerie Command.")
        const int first = after + 1 < n && weekdays().contains(w.at(after).text) && !w.at(after + 1).punctuation ? after + 1 : after;
        // (with the name that closes the sentence after a role or title)
        int last = holderNamedAfter(w, first, phraseEnd(w, first), true);
        // "…,” said Hélène Carrier at a press conference in Paris.": an
        // occasion of saying, and where it was, is no part of the speaker
        // (the phrase may have read "at a press" as an affiliation).
        int occasionEnd = -1;
        for (int k = first + 1; last >= 0 && k <= last + 1 && k + 2 < n; ++k) {
            if (!(w.at(k).is("at") || w.at(k).is("in") || w.at(k).is("during"))
                || !(w.at(k + 1).is("a") || w.at(k + 1).is("an") || w.at(k + 1).is("the")))
                continue;
            int channel = k + 2;
            while (channel < n && channel < k + 5 && !w.at(channel).punctuation && !channelNouns().contains(w.at(channel).text))
                ++channel;
            if (channel < n && channelNouns().contains(w.at(channel).text)) {
                const int past = pastOccasion(w, channel);
                if (past >= n || w.at(past).punctuation) {
                    last = k - 1;
                    occasionEnd = past;
                }
            }
            break;
        }
        if (last >= 0 && !isVague(w, first, last) && !participle) {
            // Not "…, said China “firmly opposes …”": a quotation opening
            // after the noun is what the speaker before the cue said.
            // Nor "…, said the group, which it tracks as …, had …": a
            // relative clause goes on to the content's verb.
            // ("…, said Mrs Lim, who is also …" ends with its speaker: "who"
            // describes a person.)
            const bool relative = last + 2 < n && w.at(last + 1).is(",") && w.at(last + 2).is("which");
            // "…, wrote Congress MP Manish Dogra on X.": a place or
            // occasion may follow the speaker before the clause ends.
            int close = occasionEnd >= 0 ? occasionEnd : last + 1;
            if (close < n && (w.at(close).is("on") || w.at(close).is("in") || w.at(close).is("at") || w.at(close).is("during"))) {
                int k = close + 1;
                while (k < n && k < close + 6 && !w.at(k).punctuation)
                    ++k;
                if (k < close + 6 && (k >= n || w.at(k).is(".") || w.at(k).is(",")))
                    close = k; // ("on X." may end the sentence as one word: an initial's stop)
            }
            static const TextScan::WordSet finiteVerbs = {
                QStringLiteral("is"), QStringLiteral("was"), QStringLiteral("were"), QStringLiteral("are"), QStringLiteral("has"),
                QStringLiteral("have"), QStringLiteral("had"), QStringLiteral("will"), QStringLiteral("would"), QStringLiteral("can"),
                QStringLiteral("could"), QStringLiteral("may"), QStringLiteral("might"), QStringLiteral("should"),
            };
            // "…,” said BKA President Stefan Kahlert as he presented the
            // report", "…, says PM's Office as Govt network stays down": a
            // clause of time after the speaker, with its subject and verb.
            const auto clauseFrom = [&](int k) {
                if (k < n && (w.at(k).is("he") || w.at(k).is("she") || w.at(k).is("they")))
                    return true;
                for (int j = k + 1; j < n && j < k + 5 && !w.at(j).punctuation; ++j) {
                    const QStringView t = w.at(j).text;
                    if (finiteVerbs.contains(t)
                        || (t.size() > 3 && t.front().isLower() && ((t.endsWith(u's') && !t.endsWith(QLatin1String("ss"))) || t.endsWith(QLatin1String("ed")))))
                        return true;
                }
                return false;
            };
            const bool timeClause = close + 1 < n && (w.at(close).is("as") || w.at(close).is("when") || w.at(close).is("while")) && clauseFrom(close + 1);
            // ("…, says the Canadian Centre for Cyber Security – the
            // agency's cyber defence arm – responded …": a dash opens an
            // apposition, and the clause goes on.)
            const bool dash = close < n && (w.at(close).text == QString(QChar(0x2013)) || w.at(close).text == QString(QChar(0x2014)));
            // (Nor "…, said seven suspects, including two MoMo merchants,
            // had been arrested": after an aside the clause goes on with
            // its verb; the speaker is before the cue.)
            bool goesOn = false;
            if (close < n && w.at(close).is(",")) {
                for (int k = close + 1; k < n && k < close + 10; ++k) {
                    if (w.at(k).is(",")) {
                        // (Or a verb of its own: "…, says the group, known as
                        // APT40, conducts operations for …".)
                        const QStringView verb = k + 1 < n ? w.at(k + 1).text : QStringView();
                        goesOn = k + 1 < n
                            && (finiteVerbs.contains(verb)
                                || (k + 2 < n && !verb.isEmpty() && verb.front().isLower() && verb.size() > 3 && verb.endsWith(u's')
                                    && !verb.endsWith(QLatin1String("ss")) && !w.at(k + 2).punctuation && !isConnector(w.at(k + 1))));
                        break;
                    }
                    if (w.at(k).punctuation)
                        break;
                }
            }
            const bool endsClause = !relative && !dash && !goesOn
                && (close >= n || timeClause || (w.at(close).punctuation && w.at(close).text != QString(QChar(0x201C)) && !w.at(close).is("\"")));
            if (endsClause) {
                if (objectRelative(first))
                    return false;
                TextSpan content;
                // The quotation or clause before the cue.
                // (Up to a comma or a closing mark; all of the last word
                // where a headline has neither.)
                const bool mark = w.at(left).punctuation;
                const int qEnd = mark ? w.at(left).span.start : w.at(left).span.end;
                content = trimmed(m_c.text, {s.span.start, qEnd + (!mark || w.at(left).is(",") ? 0 : 1)});
                add(spanOf(w, first, last), cueSpan, content);
                return true;
            }
        }
    }

    // The sentence's subject, past clause openers and an opening phrase:
    // "In January, the Treasury …", "In its annual overview of the threat,
    // the ANSSI counted … and warned"; -1 when no comma closes the phrase.
    const auto subjectStart = [this, &w](int limit) {
        // An opening time phrase without a comma: "In January the CNIL
        // fined …, saying", "Last month the ICO …", "Last week it issued …".
        // (Or with one: "On August 8, 2023, the NPA … issued".)
        int timed = pastTime(w, 0);
        if (timed > 0 && timed + 1 < limit && w.at(timed).is(","))
            ++timed;
        if (timed > 0 && timed < limit
            && (w.at(timed).is("the") || w.at(timed).is("a") || w.at(timed).is("an") || w.at(timed).isCapitalised() || pronouns().contains(w.at(timed).text)))
            return timed;
        int first = 0;
        while (first < limit && (w.at(first).punctuation || clauseOpeners().contains(w.at(first).text)))
            ++first;
        // An opening participle's phrase: "Based on the notifications, the
        // ISPs … have asked", "Following the attack, the ministry …".
        // So is a clause of time: "Each time a report was received, the
        // JCG issued …, urging".
        if (first + 1 < limit
            && ((w.at(first).isCapitalised() && (w.at(first).text.endsWith(QLatin1String("ed")) || w.at(first).text.endsWith(QLatin1String("ing")))
                 && (isConnector(w.at(first + 1)) || w.at(first + 1).is("by") || determiners().contains(w.at(first + 1).text)))
                || ((w.at(first).is("Each") || w.at(first).is("Every")) && w.at(first + 1).is("time")))) {
            int comma = first + 1;
            while (comma < limit && !w.at(comma).is(","))
                ++comma;
            if (comma + 1 < limit)
                first = comma + 1;
        }
        if (first > 0 && !w.at(first - 1).punctuation) {
            int comma = first;
            while (comma < limit && !w.at(comma).is(","))
                ++comma;
            if (comma >= limit)
                return -1;
            first = comma + 1;
        }
        return first;
    };
    // Participles after a comma share the earlier cue's speaker ("said,
    // adding that"); so do cues after "and" ("said ... and said ...").
    if (left >= 0 && (w.at(left).is(",") || w.at(left).is("and") || w.at(left).is("but"))) {
        if (participle) {
            // "The Treasury Department sanctioned two firms, saying …": the
            // sentence's subject speaks, unless an earlier cue of the
            // sentence has a speaker already ("said, adding that").
            // So after "and" in a progressive: "have been providing
            // information … and calling on them to check".
            bool progressive = false;
            for (int k = left - 1; w.at(left).is("and") && !progressive && k >= 1; --k)
                progressive = w.at(k).text.endsWith(QLatin1String("ing")) && (w.at(k - 1).is("been") || w.at(k - 1).is("are") || w.at(k - 1).is("is"));
            if (!w.at(left).is(",") && !progressive)
                return false;
            const bool earlierCue = std::any_of(m_out.cbegin(), m_out.cend(), [&](const Attribution &a) {
                return a.cue.start >= s.span.start && a.cue.start < cueWord.span.start;
            });
            if (earlierCue)
                return false;
            const int first = subjectStart(left);
            if (first < 0)
                return false;
            int last = phraseEnd(w, first);
            // With its acronym: "The Data Protection Commission (DPC) has
            // fined …, finding that".
            if (last >= 0 && last + 3 < left && w.at(last + 1).is("(") && w.at(last + 3).is(")") && w.at(last + 2).text.size() >= 2
                && w.at(last + 2).text.toString().isUpper())
                last += 3;
            // (A relative clause may follow the subject: "The Ministry of
            // Economy, Trade and Industry (METI), which supervises such
            // contractors, today issued …, ordering it to …".)
            const bool relative = last >= 0 && last + 2 < left && w.at(last + 1).is(",") && (w.at(last + 2).is("which") || w.at(last + 2).is("who"));
            // (Or an apposition: "The Personal Information Protection
            // Commission, the government’s privacy watchdog, gave Kadokawa
            // administrative guidance …, urging it to …".)
            bool apposition = false;
            if (last >= 0 && last + 2 < left && w.at(last + 1).is(",") && (determiners().contains(w.at(last + 2).text) || isPossessive(w.at(last + 2).text))) {
                int close = last + 2;
                while (close < left && close < last + 10 && !w.at(close).is(",") && !w.at(close).is("."))
                    ++close;
                apposition = close + 1 < left && w.at(close).is(",") && !w.at(close + 1).punctuation && w.at(close + 1).text.front().isLower();
            }
            if (last < 0 || last + 1 >= left || (w.at(last + 1).punctuation && !relative && !apposition) || isVague(w, first, last))
                return false;
            // (The speaker's own act, in their turn: "we issued an alert …,
            // asking them to check …".)
            if (first == last && (w.at(first).is("we") || w.at(first).is("We") || w.at(first).is("I")))
                return false;
            // What was asked follows "to": "…, asking it to manage …",
            // "…, urging users to update …".
            int cs = contentStart(w, after);
            static const TextScan::WordSet asking = {
                QStringLiteral("asking"), QStringLiteral("urging"), QStringLiteral("advising"), QStringLiteral("ordering"),
                QStringLiteral("instructing"), QStringLiteral("directing"), QStringLiteral("requesting"), QStringLiteral("calling"),
            };
            if (cs == after && asking.contains(cueText)) {
                const int to = toAfterAddressee(w, cs);
                if (to >= 0)
                    cs = to + 1;
            }
            add(spanOf(w, first, last), cueSpan, trimmed(m_c.text, {w.at(qMin(cs, n - 1)).span.start, s.span.end}));
            return true;
        }
        if (w.at(left).is("and") || w.at(left).is("but")) {
            // Coordinated with an earlier verb: the subject opens the sentence
            // unless an earlier cue of this sentence already has a speaker,
            // or the whole sentence is what someone said (", Kishida said.").
            // (Notifying someone without what: "…, and notified the Care
            // Quality Commission (CQC)." is an act, as below.)
            const bool notifying = cueText == QLatin1String("notified") || cueText == QLatin1String("informed") || cueText == QLatin1String("briefed");
            if (notifying && !thatClauseAfter(w, after))
                return false;
            // (Nor what was never asked: "… and had never asked for the
            // results of …".)
            if (negated && !thatClauseAfter(w, after))
                return false;
            for (int k = index + 1; k + 1 < n; ++k) {
                if ((w.at(k).is(",") || w.at(k).text == QString(QChar(0x201D))) && k + 1 < n) {
                    const int speakerEnd = nounPhraseEnd(w, k + 1);
                    if (speakerEnd >= 0 && speakerEnd + 1 < n && (w.at(speakerEnd + 1).is("said") || w.at(speakerEnd + 1).is("says")))
                        return false;
                }
            }
            for (int k = 0; k < left; ++k) {
                for (const Attribution &a : std::as_const(m_out)) {
                    if (a.cue.start == w.at(k).span.start)
                        return false;
                }
            }
            const int first = subjectStart(left);
            if (first < 0)
                return false;
            int last = phraseEnd(w, first);
            // (With the name it goes by: "a group calling itself Vértigo
            // published … and claimed that …".)
            if (last >= 0 && last + 3 < left && (w.at(last + 1).is("calling") || w.at(last + 1).is("called"))
                && (w.at(last + 2).is("itself") || w.at(last + 2).is("themselves"))) {
                const int name = phraseEnd(w, last + 3);
                if (name > last + 2 && name < left)
                    last = name;
            }
            if (last < 0 || last >= left || isVague(w, first, last))
                return false;
            // (An act of office in the speaker's own words: "we gave the
            // company a first administrative guidance and asked it to report".)
            const QString subject = w.at(first).text.toString().toLower();
            if (last == first && (subject == QLatin1String("i") || subject == QLatin1String("we"))
                && (cueText == QLatin1String("instructed") || cueText == QLatin1String("ordered") || cueText == QLatin1String("directed")
                    || cueText == QLatin1String("asked") || cueText == QLatin1String("requested") || cueText == QLatin1String("asking")
                    || cueText == QLatin1String("urging")))
                return false;
            add(spanOf(w, first, last), cueSpan, trimmed(m_c.text, {w.at(qMin(contentStart(w, after), n - 1)).span.start, s.span.end}));
            return true;
        }
    }

    int last = left;
    int first = -1;
    TextSpan speaker;
    // A source with the name it goes by: "A ransomware group calling itself
    // “Bituin” claimed".
    int named = -1;
    for (int k = last; k >= 2 && k > last - 8; --k) {
        if (w.at(k).is("itself") || w.at(k).is("themselves")) {
            if (w.at(k - 1).is("calling") || w.at(k - 1).is("called"))
                named = phraseStart(w, k - 2);
            break;
        }
        if (w.at(k).is(",") || w.at(k).is(";") || w.at(k).is(":") || w.at(k).is("."))
            break;
    }
    // An inquiry with an apposition before the cue: "A survey … by the
    // Information-technology Promotion Agency, Japan (IPA), a body under
    // METI, found".
    // (Not a participle's passive: "Report by the Comptroller and Auditor
    // General, ordered by the House of Commons to be printed".)
    const int inquiry = named < 0 && last >= 0 && w.at(last).is(",") && !(after < n && w.at(after).is("by")) ? inquirySubject(w, last) : -1;
    if (named >= 0 && !isVague(w, named, last)) {
        first = named;
        speaker = spanOf(w, first, last);
    } else if (inquiry >= 0) {
        first = inquiry;
        speaker = spanOf(w, first, last - 1);
    } else if (last >= 0 && w.at(last).is(",")) {
        // "X, who heads ..., ordered" or "X, manager at ..., said".
        // (Not at a comma inside a body's name: "Anna Nakamura, Foreign
        // Minister of the Ministry of Foreign Affairs, International
        // Cooperation and External Trade, said".)
        const auto insideBody = [this](const Word &comma) {
            const TextSpan body = tokenAt(comma.span.start, Token::Body);
            return body.isValid() && body.start < comma.span.start && comma.span.end < body.end;
        };
        int open = last - 1;
        while (open >= 0 && !(w.at(open).is(",") && !insideBody(w.at(open))))
            --open;
        if (open <= 0)
            return false;
        // A relative or participle clause with commas of its own: "Jürgen
        // Haas, who heads the cyber command, the Cyber and Information
        // Domain Service (CIR), told …": the clause opens at the comma
        // before "who".
        for (int k = open - 1; k > 0 && k > open - 40; --k) {
            // Not past a quotation or a clause's end: "“…, which is the
            // biggest difference,” Dr Kapoor, chairperson …, told".
            if (w.at(k).text == QString(QChar(0x201D)) || w.at(k).text == QString(QChar(0x201C)) || w.at(k).is("\"") || w.at(k).is(";")
                || w.at(k).is(":"))
                break;
            if (!w.at(k).is(","))
                continue;
            const QStringView next = w.at(k + 1).text;
            // (Or a participle's: "The Data Protection Authority of Sri
            // Lanka, set up under the Personal Data Protection Act, No. 9 of
            // 2022, said".)
            if (next == QLatin1String("who") || next == QLatin1String("which") || next == QLatin1String("whose")
                || next == QLatin1String("led") || next == QLatin1String("set") || next == QLatin1String("run")
                || (next.size() > 4 && next.endsWith(QLatin1String("ed")) && next.front().isLower())) {
                open = k;
                break;
            }
        }
        const Word &segFirst = w.at(open + 1);
        static const TextScan::WordSet parenthetical = {
            QStringLiteral("who"), QStringLiteral("which"), QStringLiteral("whose"), QStringLiteral("to"),
            QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("while"), QStringLiteral("when"),
            QStringLiteral("speaking"), QStringLiteral("citing"), QStringLiteral("in"), QStringLiteral("on"),
            QStringLiteral("at"), QStringLiteral("as"), QStringLiteral("during"), QStringLiteral("quoting"),
            QStringLiteral("where"), QStringLiteral("referring"), QStringLiteral("however"),
            QStringLiteral("meanwhile"), QStringLiteral("though"), QStringLiteral("also"),
            QStringLiteral("for"), QStringLiteral("however"), QStringLiteral("in"), QStringLiteral("according"),
            QStringLiteral("set"), QStringLiteral("run"), QStringLiteral("led"),
            // the means, no part of who speaks: "The Digital Security
            // Authority (DSA), through the National Computer Security
            // Incident Response Team (CSIRT-CY), informed"
            QStringLiteral("through"), QStringLiteral("via"),
        };
        const int nameEnd = open - 1;
        // "Sen. Maria Ostrander, D-Ore., who …": a party and state after
        // the name are part of it.
        const int tag = nameEnd > 0 && w.at(nameEnd).is(".") ? nameEnd - 1 : nameEnd;
        static const QRegularExpression partyState(QStringLiteral("^[DRI]-[A-Z][A-Za-z.]{0,5}$"));
        const bool tagged = tag >= 2 && w.at(tag - 1).is(",") && partyState.matchView(w.at(tag).text).hasMatch();
        // So is an age: "Maria Delgado, 67, a retired teacher …, said".
        const QStringView age = w.at(nameEnd).text;
        const bool aged = !tagged && nameEnd >= 2 && w.at(nameEnd - 1).is(",") && !age.isEmpty() && age.size() <= 3
            && std::all_of(age.cbegin(), age.cend(), [](QChar c) { return c.isDigit(); });
        const int nameStart = phraseStart(w, tagged ? tag - 2 : aged ? nameEnd - 2 : nameEnd);
        if (nameStart < 0)
            return false;
        if (parenthetical.contains(segFirst.text) || segFirst.text.endsWith(QLatin1String("ed"))
            || segFirst.text.endsWith(QLatin1String("ing"))) {
            first = nameStart;
            speaker = spanOf(w, nameStart, nameEnd);
        } else {
            // An apposition is part of the speaker as written ("Revanth
            // Pillai, a CPI(M) member of the Parliamentary Standing Committee
            // on Communications and Information Technology, argued"): a long
            // one only as a noun phrase of its own, "a …", "the …".
            // (Or a role's head noun: "Commodore Musa Ibrahim (rtd), head of
            // the National Cybersecurity Coordination Centre (NCCC) in the
            // Office of the National Security Adviser (ONSA), told".)
            // (Or a title and its ministry, however long its name: "…,
            // Undersecretary of the Ministry of Transport, Communications and
            // Information Technology for Communications and Information
            // Technology, said".)
            const bool described = segFirst.is("a") || segFirst.is("an") || segFirst.is("the")
                || (((!segFirst.isCapitalised() && isNounPhraseWord(segFirst)) || m_c.gazetteer.isTitle(segFirst.text.toString()))
                    && open + 2 < last && w.at(open + 2).is("of"));
            if (last - open > (described ? 22 : 16))
                return false;
            first = nameStart;
            speaker = spanOf(w, nameStart, last - 1);
        }
    } else if (const int who = anonymityClause(w, last); who > 0) {
        // An unnamed source with the clause that keeps it so, without
        // commas, is the speaker as written: "a senior official who spoke
        // on condition of anonymity said", "an official of the Lands
        // Commission who asked not to be named told".
        first = phraseStart(w, who - 1);
        if (first < 0 || isVague(w, first, who - 1))
            return false;
        speaker = spanOf(w, first, last);
    } else if (const int clause = cueText.endsWith(QLatin1String("ing")) ? -1 : restrictiveClause(w, last); clause > 0) {
        // So is one described by what it did: "A security company that
        // examined the hospital's servers … said" (a finite cue: not "the
        // public who receive suspicious text messages claiming to …"), "A
        // survey of about 1,200 SMEs that CSA commissioned … found".
        first = inquirySubject(w, clause - 1);
        if (first < 0)
            first = phraseStart(w, clause - 1);
        if (first < 0 || isVague(w, first, clause - 1))
            return false;
        speaker = spanOf(w, first, last);
    } else if (const int known = knowledgeClause(w, last); known > 0) {
        // So is one described by what it knows: "An official familiar with
        // the talks said" (not "a person familiar with the matter", no one
        // in particular).
        first = phraseStart(w, known - 1);
        if (first < 0 || isVague(w, first, known - 1) || isVague(w, first, last))
            return false;
        speaker = spanOf(w, first, last);
    } else {
        // An inquiry speaks with what it covered: "GAO's review of 240
        // incident records at six selected agencies found".
        first = inquirySubject(w, last);
        if (first < 0) {
            first = phraseStart(w, last);
            if (first < 0 || isVague(w, first, last))
                return false;
            // A counted share of them: "Three of the four audited agencies
            // told".
            // (A number as the definition reads one: a number word, or a
            // figure.)
            const auto isCount = [&](const Word &word) {
                const TextSpan number = tokenAt(word.span.start, Token::NumberWord);
                const TextSpan figure = tokenAt(word.span.start, Token::Statistic);
                return (number.start == word.span.start && number.end == word.span.end)
                    || (figure.start == word.span.start && figure.end == word.span.end);
            };
            if (first >= 2 && w.at(first - 1).is("of") && isCount(w.at(first - 2))
                && (first == 2 || w.at(first - 3).punctuation || determiners().contains(w.at(first - 3).text)))
                first -= 2;
        }
        speaker = spanOf(w, first, last);
    }
    // A figure is no speaker: "about 1.4 times the 1,196,390 reported in 2023".
    // (An apposition may end in an age: "Hamasaki, 58, said"; a title in a
    // year: "The Cyber Security Breaches Survey 2026 finds".)
    const QString speakerText = speaker.text(m_c.text);
    const QStringView lastWord = QStringView(speakerText).mid(speakerText.lastIndexOf(QLatin1Char(' ')) + 1);
    const bool year = isYearOrSpan(lastWord) && speakerText.contains(QLatin1Char(' '));
    // (Or in a day: "The Company's final report of September 30 states".)
    const QStringView beforeLast = QStringView(speakerText).first(qMax<qsizetype>(0, speakerText.lastIndexOf(QLatin1Char(' '))));
    const bool day = lastWord.size() <= 2 && isMonth(beforeLast.mid(beforeLast.lastIndexOf(QLatin1Char(' ')) + 1));
    if (!speakerText.contains(QLatin1String(", ")) && !lastWord.isEmpty() && lastWord.at(0).isDigit() && !year && !day)
        return false;
    // "OMB did not state whether it agreed", "the 10 it reported in 2023":
    // no statement, or the cue's object is the figure before.
    if (first > 0) {
        const Word &before = w.at(first - 1);
        // (Not a year after its month or "In": "In September 2025 it told".)
        const bool dated = before.text.size() == 4 && (before.text.startsWith(QLatin1String("19")) || before.text.startsWith(QLatin1String("20")))
            && first >= 2 && (months().contains(w.at(first - 2).text) || w.at(first - 2).is("In") || w.at(first - 2).is("in"));
        const bool figureBefore = (!before.text.isEmpty() && before.text.at(0).isDigit() && !dated) || before.is("million") || before.is("billion")
            || before.is("thousand") || before.is("so");
        // (But "what he said were the records of 46 million Argentines":
        // what he said they were.)
        const bool whatItWas = before.is("what") && after < n
            && (w.at(after).is("was") || w.at(after).is("were") || w.at(after).is("is") || w.at(after).is("are"));
        // ("… if the report showed it had failed": a condition, not a finding.)
        if (before.is("whether") || before.is("if") || before.is("unless") || (before.is("what") && !whatItWas) || figureBefore)
            return false;
        // Nobody said it: "No group has claimed responsibility".
        if (before.is("No") || before.is("no"))
            return false;
        // Nor is what was asked for: "He declined to say how much the
        // hackers had demanded".
        if ((before.is("much") || before.is("many")) && first >= 2 && (w.at(first - 2).is("how") || w.at(first - 2).is("How")))
            return false;
        // "A person with knowledge of the investigation, who asked not to be
        // identified, said": an unnamed source, not the matter they know.
        // So is "sources close to the investigation said".
        if (first >= 2 && ((before.is("of") && w.at(first - 2).is("knowledge")) || (before.is("with") && w.at(first - 2).is("familiar"))
                           || (before.is("to") && w.at(first - 2).is("close"))))
            return false;
        // "analysts triaging federal reports", "reviewed IG reports": a
        // phrase that is a verb's or a preposition's object ends in a noun.
        // But "The strategy approved by the Cabinet in 2021 calls for …"
        // and "Data from the I4C's portal shows …" speak: the agent or the
        // source belongs to the phrase before it.
        // (Only cue words that are also plural nouns: "says" after "for"
        // ends a title, "Minister Responsible for the GCSB Graham Tapsell
        // says".)
        const bool plural = pluralNounCues().contains(cueText) || cueText == QLatin1String("call");
        // "The National Defense Program Guidelines adopted last December
        // call for …": a time is no speaker; the document it dates is.
        // ("… adopted in December 2022 calls for …": a month and its year.)
        // ("The National Security Strategy adopted by the Cabinet last
        // December calls for …": past its agent too.)
        const bool monthNamed = months().contains(w.at(first).text) && (first == last || (last == first + 1 && isYearOrSpan(w.at(last).text)))
            && first >= 3 && (before.is("last") || before.is("in"));
        int participle = monthNamed ? first - 2 : -1;
        if (participle >= 0 && !isParticiple(w.at(participle).text)) {
            const int agent = phraseStart(w, participle);
            participle = agent >= 2 && w.at(agent - 1).is("by") && isParticiple(w.at(agent - 2).text) ? agent - 2 : -1;
        }
        const bool documentDated = participle >= 1;
        if (documentDated) {
            const int head = phraseStart(w, participle - 1);
            if (head < 0)
                return false;
            first = head;
            speaker = spanOf(w, head, last);
        }
        // (Or a verb after "to": "to lodge police reports".)
        const bool verbBefore = !before.punctuation && before.text.front().isLower()
            && (before.text.endsWith(QLatin1String("ing")) || before.text.endsWith(QLatin1String("ed")) || (first >= 2 && w.at(first - 2).is("to")));
        // (A sentence's first word is capitalised: "Of the 2023 reports, 38 came from …".)
        const bool prepositionBefore = objectPrepositions().contains(before.text)
            || (first == 1 && before.isCapitalised() && objectPrepositions().contains(before.text.toString().toLower()));
        if (!documentDated && plural && (verbBefore || prepositionBefore)) {
            int head = -1;
            // (Past when it was done: "An outline approved in June by the
            // government's IT Strategic Headquarters calls for …".)
            int done = first - 2;
            if (before.is("by") && done >= 3 && months().contains(w.at(done).text) && (w.at(done - 1).is("in") || w.at(done - 1).is("last")))
                done -= 2;
            if (before.is("by") && done >= 1 && isParticiple(w.at(done).text))
                head = phraseStart(w, done - 1);
            else if (first >= 2 && prepositionBefore
                     && documentNouns().contains(w.at(first - 2).text.toString().toLower()))
                head = phraseStart(w, first - 2);
            else
                return false;
            if (head >= 0) {
                first = head;
                speaker = spanOf(w, head, last);
            }
        }
    }
    // A text's own work in its own voice: "Our investigation also found",
    // "our team found" (not "our vendor confirmed", a third party).
    // ("Our first, published in January 2025, found": the report left out.)
    if ((w.at(first).is("Our") || w.at(first).is("our")) && last == first)
        return false;
    if ((w.at(first).is("Our") || w.at(first).is("our")) && last == first + 1) {
        static const TextScan::WordSet ownWork = {QStringLiteral("team"), QStringLiteral("office"), QStringLiteral("staff"),
                                                  QStringLiteral("analysts"), QStringLiteral("investigators")};
        const QString head = w.at(last).text.toString();
        if (documentNouns().contains(head) || inquiryNouns().contains(head) || ownWork.contains(head))
            return false;
    }
    // "we urge", "I call on": a speaker's own performative words inside
    // their turn or quotation are not a report of a statement; "I said",
    // "you stated" are.
    if (first == last) {
        const QString pronoun = w.at(first).text.toString().toLower();
        const bool past = cueText.endsWith(QLatin1String("ed")) || cueText == QLatin1String("said") || cueText == QLatin1String("told")
            || cueText == QLatin1String("wrote");
        if ((pronoun == QLatin1String("i") || pronoun == QLatin1String("we") || pronoun == QLatin1String("you")) && !past)
            return false;
        // "I have instructed the ministries to …", "We have also asked the
        // ministries to …": an act of office, not a report.
        // (So is "I have told the ministry to require …".)
        if ((pronoun == QLatin1String("i") || pronoun == QLatin1String("we"))
            && (cueText == QLatin1String("instructed") || cueText == QLatin1String("ordered") || cueText == QLatin1String("directed")
                || cueText == QLatin1String("asked") || (cueText == QLatin1String("told") && toAfterAddressee(w, after) >= 0)))
            return false;
    }
    // "AIIMS has not confirmed any ransom demand": denying nothing in
    // particular is no statement; "did not say that …" reports one.
    if (negated && (after >= n || !(w.at(after).is("that") || w.at(after).text == QString(QChar(0x201C)) || w.at(after).is("\"")))) {
        return false;
    }
    if (participle && !pronouns().contains(w.at(first).text) && !w.at(last).isCapitalised()) {
        // "a strategy stating": only when the phrase names a source.
        bool source = false;
        for (int k = first; k <= last; ++k)
            source |= sourceWords().contains(w.at(k).text.toString().toLower()) && !determiners().contains(w.at(k).text);
        if (!source)
            return false;
        // "the ministry on Tuesday issued new guidance calling on hospitals
        // to …": what was issued speaks in its issuer's voice.
        if (first > 1 && issuingVerbs().contains(w.at(first - 1).text)) {
            const int subject = subjectStart(first - 1);
            const int subjectEnd = subject >= 0 ? phraseEnd(w, subject) : -1;
            if (subject < 0 || subjectEnd < subject || subjectEnd >= first - 1 || isVague(w, subject, subjectEnd))
                return false;
            first = subject;
            last = subjectEnd;
            speaker = spanOf(w, first, last);
        }
    }

    if (asComma >= 0 && first == 1) {
        add(speaker, cueSpan, trimmed(m_c.text, {w.at(asComma + 1).span.start, s.span.end}));
        return true;
    }

    // Content: a quotation right after the cue, a "that" clause, the clause
    // before the speaker, or what follows.
    TextSpan content;
    int cs = contentStart(w, after);
    // "told Kerry", "urged the ministries to": skip the addressee.
    static const TextScan::WordSet addressed = {
        QStringLiteral("told"), QStringLiteral("tells"), QStringLiteral("tell"), QStringLiteral("telling"), QStringLiteral("informed"),
        QStringLiteral("urged"), QStringLiteral("urges"), QStringLiteral("urging"), QStringLiteral("ordered"),
        QStringLiteral("orders"), QStringLiteral("assured"), QStringLiteral("briefed"), QStringLiteral("notified"),
        QStringLiteral("instructed"), QStringLiteral("warned"), QStringLiteral("warns"), QStringLiteral("advised"),
        QStringLiteral("advises"), QStringLiteral("directed"), QStringLiteral("informs"), QStringLiteral("notifies"),
        QStringLiteral("asked"), QStringLiteral("asks"), QStringLiteral("requested"), QStringLiteral("requests"),
        QStringLiteral("directs"), QStringLiteral("instructs"), QStringLiteral("asking"), QStringLiteral("advising"),
        QStringLiteral("reminded"), QStringLiteral("reminds"), QStringLiteral("exhorted"), QStringLiteral("exhorts"), QStringLiteral("advise"),
    };
    // Telling someone something needs the something: "informed the
    // ministry on February 13 that …", "notified us of …", "directed the
    // MPSC to preserve …"; not "notified 200 companies", "informed CERT-In
    // and secured the server", "attacks directed at hospitals".
    static const TextScan::WordSet needsClause = {
        QStringLiteral("informed"), QStringLiteral("informs"), QStringLiteral("notified"), QStringLiteral("notifies"),
        QStringLiteral("advised"), QStringLiteral("advises"), QStringLiteral("directed"), QStringLiteral("briefed"),
        QStringLiteral("asked"), QStringLiteral("asks"), QStringLiteral("requested"), QStringLiteral("requests"),
        QStringLiteral("directs"), QStringLiteral("instructs"), QStringLiteral("asking"), QStringLiteral("advising"),
        QStringLiteral("reminded"), QStringLiteral("reminds"), QStringLiteral("advise"),
    };
    // Asking, like directing and advising, is a request only with what was
    // asked: "has asked ministries to report …", "advised all power sector
    // utilities to …" (not "asked why", "asked for more money", "asked not
    // to be identified").
    const bool directs = cueText == QLatin1String("directed") || cueText == QLatin1String("asked") || cueText == QLatin1String("asks")
        || cueText == QLatin1String("advised") || cueText == QLatin1String("advises") || cueText == QLatin1String("requested")
        || cueText == QLatin1String("requests") || cueText == QLatin1String("directs") || cueText == QLatin1String("instructs")
        || cueText == QLatin1String("asking") || cueText == QLatin1String("advising") || cueText == QLatin1String("advise");
    // Where the one told or asked ends, with what follows a plural to say
    // which: "asked the local governments concerned to check …".
    // (With a quantifier first: "instructed all ministries to review …".)
    // (Only where "to" follows: "asked all ministries, institutions and
    // regional governments to …" is read as a list below.)
    const auto addresseeEnd = [&](int at) {
        int end = qMax(nounPhraseEnd(w, at), phraseEnd(w, at));
        if (end < at && at + 1 < n && (w.at(at).is("all") || w.at(at).is("every") || w.at(at).is("each") || w.at(at).is("both"))) {
            const int quantified = qMax(nounPhraseEnd(w, at + 1), phraseEnd(w, at + 1));
            if (quantified > at && quantified + 1 < n && w.at(quantified + 1).is("to"))
                end = quantified;
        }
        if (end >= at && end + 1 < n && w.at(end).text.endsWith(u's')
            && (w.at(end + 1).is("concerned") || w.at(end + 1).is("involved") || w.at(end + 1).is("affected")))
            ++end;
        return end;
    };
    if (needsClause.contains(cueText)) {
        // (The one told may be a body with commas in its name and its
        // acronym: "informed the Acquisition, Technology and Logistics
        // Agency (ATLA) that …".)
        const int objectEnd = after < n && !w.at(after).is("that") ? addresseeEnd(after) : -1;
        int next = objectEnd >= after ? objectEnd + 1 : after;
        if (objectEnd >= after && next + 2 < n && w.at(next).is("(") && w.at(next + 2).is(")"))
            next += 3;
        // ("asked the local governments concerned on December 1, 2023 to
        // check …": past when.)
        if (directs && objectEnd >= after)
            next = pastTime(w, next);
        // (Told "of" something only when it is the speaker's own telling:
        // "notified us of suspicious communications"; "the ministry informed
        // the Office of the incident" reports an act.)
        const bool toldUs = (!cueText.startsWith(QLatin1String("inform")) && !cueText.startsWith(QLatin1String("notif")))
            || (objectEnd == after && toldPronouns().contains(w.at(after).text));
        bool clause = next < n
            && ((w.at(next).is("of") && toldUs) || w.at(next).is(":") || w.at(next).text == QString(QChar(0x201C)) || w.at(next).is("\"")
                || (toVerb(w, next) && directs && objectEnd >= after));
        // "directed State police cyber cells to upload …": the object may
        // run on in lower-case words before its "to".
        for (int k = next; !clause && k < n && k < next + 8 && !w.at(k).punctuation; ++k)
            clause = w.at(k).is("that") || (directs && objectEnd >= after && k < next + 4 && toVerb(w, k));
        clause = clause || (directs && toAfterAddressee(w, after) >= 0);
        // (The one asked may be any noun phrase: "has asked banks to move",
        // "asks about 8,100 hospitals across the country to draw up …".)
        // (Not a question: "asked how many organizations … expected to join".)
        static const TextScan::WordSet questionWords = {
            QStringLiteral("how"), QStringLiteral("why"), QStringLiteral("whether"), QStringLiteral("what"), QStringLiteral("when"),
            QStringLiteral("where"), QStringLiteral("who"), QStringLiteral("which"), QStringLiteral("if"),
        };
        const bool question = after < n && questionWords.contains(w.at(after).text);
        // (With an acronym in brackets: "asked banks and mobile financial
        // service (MFS) providers to …".)
        const auto bracket = [&w](int k) { return w.at(k).is("(") || w.at(k).is(")"); };
        // (and a list's commas: "has asked all ministries, institutions and
        // regional governments to …")
        const auto listed = [&w](int k) { return w.at(k).is(",") && k + 1 < w.size() && !w.at(k + 1).punctuation && w.at(k + 1).text.front().isLower(); };
        for (int k = after + 1; !clause && directs && !question && objectEnd < after && k < n && k < after + 11 && (!w.at(k).punctuation || bracket(k) || listed(k)); ++k)
            clause = toVerb(w, k) && !w.at(after).is("not") && !w.at(after).is("for");
        // Or it closes what was said before it: "…, the ministry informed
        // the Rajya Sabha on Wednesday."
        const int closeAt = pastTime(w, next);
        const bool closing = objectEnd >= after && first > 0 && w.at(first - 1).is(",") && (closeAt >= n || w.at(closeAt).is("."));
        if (!clause && !closing)
            return false;
    }
    // "said nothing that day", "has said little about it": no statement
    // (but "said nothing had changed" says that).
    if (after + 1 < n && (w.at(after).is("nothing") || w.at(after).is("little"))) {
        static const TextScan::WordSet silent = {
            QStringLiteral("."), QStringLiteral(","), QStringLiteral(";"), QStringLiteral("about"), QStringLiteral("on"),
            QStringLiteral("of"), QStringLiteral("in"), QStringLiteral("that"), QStringLiteral("at"), QStringLiteral("when"),
            QStringLiteral("publicly"), QStringLiteral("more"), QStringLiteral("further"), QStringLiteral("else"),
            QStringLiteral("to"), QStringLiteral("regarding"), QStringLiteral("beyond"),
        };
        if (silent.contains(w.at(after + 1).text))
            return false;
    }
    // "The hotline answered over 46,900 calls": a count answered, not words.
    if ((cueText == QLatin1String("answered") || cueText == QLatin1String("answers")) && after < n
        && (w.at(after).text.front().isDigit() || w.at(after).is("over") || w.at(after).is("more") || w.at(after).is("about")
            || w.at(after).is("nearly") || w.at(after).is("some")))
        return false;
    // ("tell me online fraud is …": a pronoun told.)
    if (addressed.contains(cueText) && cs == after && cs < n && toldPronouns().contains(w.at(cs).text)) {
        ++cs;
        if (cs < n && w.at(cs).is("that"))
            ++cs;
    } else if (addressed.contains(cueText) && cs == after && cs < n && !w.at(cs).is("that")) {
        const int objectEnd = addresseeEnd(cs);
        if (objectEnd >= cs) {
            cs = objectEnd + 1;
            if (cs + 2 < n && w.at(cs).is("(") && w.at(cs + 2).is(")"))
                cs += 3; // its acronym
            // "told a news conference after …", "told a press briefing in
            // Seoul.": the occasion, told.
            cs = pastTime(w, pastOccasion(w, cs));
            if (cs < n && w.at(cs).is("to"))
                ++cs;
            if (cs < n && w.at(cs).is("that"))
                ++cs;
        }
    }
    // What was asked is what follows "to", past the ones asked in lower-case
    // words and lists: "asking it to manage …", "advising users to update
    // …", "advised state bodies and private organisations to review …".
    // (Not past a preposition: "asked for a report to be sent", "urged an
    // inquiry into the leak to find …".)
    if (cs < n && (directs || cueText.startsWith(QLatin1String("urg")) || cueText.startsWith(QLatin1String("exhort")) || cueText.startsWith(QLatin1String("instruct")))
        && !(cs > 0 && w.at(cs - 1).is("to")) && !w.at(cs).is("that")
        // (Not past a that-clause told: "advised us that three of the
        // payments went to groups …"; but "urging organizations that use
        // certain products to apply …" has a relative clause.)
        && !(cs >= 2 && w.at(cs - 1).is("that") && (cs - 2 == index || toldPronouns().contains(w.at(cs - 2).text)))) {
        const int to = toAfterAddressee(w, cs);
        if (to >= 0)
            cs = to + 1;
    }
    // "said on Tuesday after a telephone conversation": circumstances, not
    // what was said.
    static const TextScan::WordSet circumstances = {
        QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("during"), QStringLiteral("following"),
        QStringLiteral("while"), QStringLiteral("when"), QStringLiteral("at"), QStringLiteral("since"),
        QStringLiteral("until"), QStringLiteral("amid"), QStringLiteral("with"),
    };
    // (", as several countries called for …" after them too.)
    if (cs + 1 < n && w.at(cs).is(",") && (circumstances.contains(w.at(cs + 1).text) || w.at(cs + 1).is("as")))
        ++cs;
    if (cs < n && (circumstances.contains(w.at(cs).text) || (cs > after && w.at(cs - 1).is(",") && w.at(cs).is("as"))))
        cs = n;
    // "…, Abe has announced, in a move analysts say …": what the act was,
    // not what was said; the content is before.
    static const TextScan::WordSet moves = {
        QStringLiteral("move"), QStringLiteral("step"), QStringLiteral("bid"), QStringLiteral("sign"), QStringLiteral("decision"),
    };
    if (cs + 1 < n && cs > after && w.at(cs - 1).is("in") && (w.at(cs).is("a") || w.at(cs).is("what")) && moves.contains(w.at(cs + 1).text))
        cs = n;
    static const TextScan::WordSet sentenceEnds = {
        QStringLiteral("."), QStringLiteral("?"), QStringLiteral("!"), QStringLiteral(";"),
        QStringLiteral(")"), QString(QChar(0x201D)), QStringLiteral("\""),
    };
    // "…, labour department admits to MPs": the one told, closing the
    // sentence, is not what was said.
    if (after + 1 < n && cs <= after + 1 && w.at(after).is("to")) {
        const int toldEnd = nounPhraseEnd(w, after + 1);
        if (toldEnd > after && (toldEnd + 1 >= n || sentenceEnds.contains(w.at(toldEnd + 1).text)))
            cs = n;
    }
    const bool endsSentence = cs >= n || sentenceEnds.contains(w.at(cs).text);
    if (cs < n) {
        if (const auto quote = quoteAt(m_c.text, w.at(cs).span.start, s.span.end + 1))
            content = *quote;
    }
    if (!content.isValid() && !endsSentence && cs < n) {
        int contentEnd = s.span.end;
        // "While X has denied involvement, Y ...": the subordinate clause ends at its comma.
        static const TextScan::WordSet subordinators = {
            QStringLiteral("While"), QStringLiteral("Although"), QStringLiteral("Though"), QStringLiteral("As"),
            QStringLiteral("Since"), QStringLiteral("Because"), QStringLiteral("If"), QStringLiteral("When"),
            QStringLiteral("After"), QStringLiteral("Before"), QStringLiteral("Whereas"),
        };
        if (n > 0 && subordinators.contains(w.at(0).text)) {
            for (int k = cs; k < n; ++k) {
                if (w.at(k).is(",")) {
                    contentEnd = w.at(k).span.start;
                    break;
                }
            }
        }
        // A cue inside a quotation says no more than the quotation: "“Police
        // tell me online fraud is growing,” she said."
        const bool quoted = std::any_of(w.cbegin(), w.cbegin() + index, [](const Word &x) { return x.text == QString(QChar(0x201C)); });
        for (int k = cs; quoted && k < n; ++k) {
            if (w.at(k).text == QString(QChar(0x201D))) {
                contentEnd = w.at(k).span.start;
                break;
            }
        }
        content = trimmed(m_c.text, {w.at(cs).span.start, contentEnd});
    }
    // "Content, the official said." (Not "An official said Japan agreed.":
    // what stands before is another report, no content.)
    static const TextScan::WordSet reportedBefore = {
        QStringLiteral("said"), QStringLiteral("says"), QStringLiteral("told"), QStringLiteral("stated"),
        QStringLiteral("added"), QStringLiteral("reported"), QStringLiteral("noted"), QStringLiteral("announced"),
    };
    // (A role's words in lower case after the content's comma are the
    // speaker's: "…, presidential spokesman Javier Lanús said", "…,
    // blockchain analytics firm TRM Labs said".)
    if (!content.isValid() && first > 1 && speaker.isValid() && speaker.start == w.at(first).span.start) {
        // (Past determiners, pronouns, clause words and connectors, each
        // tested below: the words that join or qualify a clause.)
        static const TextScan::WordSet joiners = {
            QStringLiteral("or"), QStringLiteral("but"), QStringLiteral("so"), QStringLiteral("yet"),
            QStringLiteral("then"), QStringLiteral("also"), QStringLiteral("however"), QStringLiteral("as"), QStringLiteral("not"),
            QStringLiteral("now"), QStringLiteral("still"), QStringLiteral("even"), QStringLiteral("only"), QStringLiteral("just"),
            QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("since"), QStringLiteral("until"), QStringLiteral("unless"),
            QStringLiteral("because"), QStringLiteral("if"), QStringLiteral("once"), QStringLiteral("whether"), QStringLiteral("though"),
            QStringLiteral("although"), QStringLiteral("than"), QStringLiteral("like"), QStringLiteral("about"), QStringLiteral("over"),
            QStringLiteral("under"), QStringLiteral("against"), QStringLiteral("despite"), QStringLiteral("amid"), QStringLiteral("during"),
            QStringLiteral("following"), QStringLiteral("including"), QStringLiteral("via"), QStringLiteral("by"),
        };
        const auto roleWord = [&](const Word &x) {
            return !x.punctuation && !x.text.isEmpty() && x.text.front().isLower() && !x.text.endsWith(QLatin1String("ly"))
                && !joiners.contains(x.text) && !determiners().contains(x.text) && !pronouns().contains(x.text) && !clauseWords().contains(x.text)
                && !isConnector(x) && !tokenAt(x.span.start, Token::Cue).isValid();
        };
        int k = first - 1;
        while (k > 0 && first - k <= 3 && roleWord(w.at(k)))
            --k;
        if (k < first - 1 && k > 0 && w.at(k).is(",")) {
            first = k + 1;
            speaker.start = w.at(first).span.start;
        }
    }
    if (!content.isValid() && first > 0 && !reportedBefore.contains(w.at(first - 1).text))
        content = trimmed(m_c.text, {s.span.start, w.at(first).span.start});
    if (content.isValid()) {
        // Content without a single word character is no statement.
        const QStringView text = QStringView(m_c.text).mid(content.start, content.length());
        if (std::none_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber() || c == u'_'; }))
            content = {};
    }
    // A time is no speaker: "… had in October publicly attributed …".
    if (speaker.isValid() && months().contains(QStringView(m_c.text).mid(speaker.start, speaker.length())))
        return false;
    if (objectRelative(first))
        return false;
    add(speaker, cueSpan, content);
    return true;
}

void Finder::cues(TextSpan sentence)
{
    // Tokens are in text order: visit only this sentence's. The sentence is
    // split into words only when it has a cue (most have none).
    Sentence s{sentence, {}};
    bool split = false;
    auto it = std::lower_bound(m_c.tokens.cbegin(), m_c.tokens.cend(), sentence.start,
                               [](const Token &t, int pos) { return t.span.start < pos; });
    for (; it != m_c.tokens.cend() && it->span.start < sentence.end; ++it) {
        const Token &t = *it;
        if (t.kind != Token::Cue)
            continue;
        bool inLabel = false;
        for (const TextSpan &l : std::as_const(m_labelSpans))
            inLabel |= l.overlaps(t.span);
        if (inLabel)
            continue;
        // "given" is a cue only in the formula that closes India's
        // parliamentary replies: "This information was given by the Minister
        // of State …, in a written reply …".
        if (t.span.length() == 5 && m_c.text.at(t.span.start) == u'g'
            && !(QStringView(m_c.text).mid(t.span.end, 4) == QLatin1String(" by ")
                 && QStringView(m_c.text).mid(qMax(0, t.span.start - 16), qMin(16, t.span.start)) == QLatin1String("information was ")))
            continue;
        if (!split) {
            s.words = TextScan::words(m_c.text, sentence);
            split = true;
        }
        const int index = wordIndexAt(s.words, t.span.start);
        if (index >= 0)
            cue(s, index);
    }
}

QList<Attribution> Finder::run()
{
    const QList<TextSpan> &lines = m_c.layout.lines();
    findNameLabels(lines);
    attributableQuotes(lines);
    signedQuotes(lines);
    m_capsLabels = isTranscript(m_c.text, m_c.tokens);
    for (const TextSpan &line : lines) {
        if (line.length() == 0 || Furniture::contains(m_c.furniture, line))
            continue;
        int start = line.start;
        labels(line, start);
        headline(line);
        // (A line after its speaker's label is split on its own.)
        for (const TextSpan &sentence : start == line.start ? m_c.layout.sentencesOf(line) : TextScan::sentences(m_c.text, {start, line.end}))
            cues(sentence);
        if (start == line.start)
            headlineActs(line);
    }
    // A speaker's own act reported in its statement is part of that
    // statement: "The FIS said it had found no evidence …" is one record,
    // and so are "Tech Bureau said …, and that it had agreed to …", "…,
    // adding that they had found no sign …", "said he had ordered the
    // agency to …" (but "Kishida said he told his U.S. counterpart that …"
    // reports a telling of its own).
    // (Third persons and "we": "I" and "you" speak in a transcript's turns.)
    const auto pronounSpeaker = [](QStringView word) {
        return pronouns().contains(word) && word != QLatin1String("I") && word.compare(QLatin1String("you"), Qt::CaseInsensitive) != 0;
    };
    static const TextScan::WordSet tellings = {
        QStringLiteral("told"), QStringLiteral("tell"), QStringLiteral("tells"), QStringLiteral("said"), QStringLiteral("says"),
    };
    QList<bool> nested(m_out.size(), false);
    for (qsizetype i = 0; i < m_out.size(); ++i) {
        const Attribution &a = m_out.at(i);
        // A tracing reported by a source after it is a fact of that report:
        // "The IFSO unit … has traced the attack to servers in Hong Kong, a
        // senior IFSO officer told The Hindu." (as before it, above).
        if (QStringView(m_c.text).mid(a.cue.start, a.cue.length()) == QLatin1String("traced")) {
            nested[i] = std::any_of(m_out.cbegin(), m_out.cend(), [&a](const Attribution &b) {
                return &b != &a && b.content.isValid() && b.content.start <= a.speaker.start && a.cue.end <= b.content.end;
            });
            continue;
        }
        if (!pronounSpeaker(QStringView(m_c.text).mid(a.speaker.start, a.speaker.length()))
            || tellings.contains(QStringView(m_c.text).mid(a.cue.start, a.cue.length())))
            continue;
        const bool secondClause = QStringView(m_c.text).left(a.speaker.start).endsWith(QLatin1String(" and that "));
        // (Or right after the other's cue, past a few words: "said when it
        // announced REDSPICE that …", a label's "Liang Wenhao: We have
        // noted …".)
        const auto rightAfter = [this, &a](const Attribution &b) {
            if (b.cue.end > a.speaker.start || a.speaker.start - b.cue.end > 16)
                return false;
            const QStringView gap = QStringView(m_c.text).mid(b.cue.end, a.speaker.start - b.cue.end);
            return std::all_of(gap.cbegin(), gap.cend(), [](QChar c) { return c.isLetter() || c.isSpace() || c == u','; });
        };
        nested[i] = std::any_of(m_out.cbegin(), m_out.cend(), [&](const Attribution &b) {
            return &b != &a
                && ((b.content.isValid() && a.cue.end <= b.content.end
                     && (b.content.start == a.speaker.start || (secondClause && b.content.start < a.speaker.start)))
                    || rightAfter(b));
        });
    }
    qsizetype kept = 0;
    for (qsizetype i = 0; i < m_out.size(); ++i) {
        if (!nested.at(i))
            m_out[kept++] = m_out.at(i);
    }
    m_out.resize(kept);
    std::sort(m_out.begin(), m_out.end(), [](const Attribution &a, const Attribution &b) { return a.speaker.start < b.speaker.start; });
    return m_out;
}

} // namespace

QList<Attribution> attributions(const TextScan::Layout &layout, const QList<Token> &tokens, const QList<TextSpan> &furniture,
                                const Gazetteer &gazetteer)
{
    const QString &text = layout.text();
    const Context context{layout, text, tokens, furniture, gazetteer};
    Finder finder(context);
    QList<Attribution> result = finder.run();
    resolveSpeakers(text, result, gazetteer);
    result.removeIf([&finder](const Attribution &a) { return finder.questions().contains(a.cue); });
    return result;
}

} // namespace Dossier::Passes
