#include "metadata.h"

#include "analysis/textscan.h"
#include "corpus/furniture.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <array>

namespace Dossier {

namespace {

struct Line {
    QString text; // trimmed, list bullets removed
    int words = 0;
    bool furniture = false;
};

int wordCount(const QString &s)
{
    // Runs of word characters (\w with Unicode properties).
    int n = 0;
    bool inWord = false;
    for (const QChar c : s) {
        const bool wordChar = c.isLetterOrNumber() || c.isMark() || c == u'_';
        n += wordChar && !inWord ? 1 : 0;
        inWord = wordChar;
    }
    return n;
}

QList<Line> linesOf(const QString &text, const QList<TextSpan> &furniture)
{
    QList<Line> lines;
    for (const TextSpan &span : TextScan::lines(text)) {
        Line line;
        line.text = span.text(text).trimmed();
        while (line.text.startsWith(QChar(0x2022)) || line.text.startsWith(QLatin1Char('*')))
            line.text = line.text.mid(1).trimmed();
        line.words = wordCount(line.text);
        line.furniture = span.length() > 0 && Furniture::contains(furniture, span);
        lines.append(line);
    }
    return lines;
}

int monthNumber(const QString &name)
{
    static const QStringList months = {
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return int(months.indexOf(name.left(3).toLower())) + 1;
}

QString normalised(const QString &s)
{
    static const QRegularExpression space(QStringLiteral("\\s+"), QRegularExpression::UseUnicodePropertiesOption);
    return s.simplified().replace(space, QStringLiteral(" ")).toCaseFolded();
}

// The breadcrumb trail of a page ("Home > News > Section > Page"), or empty.
QStringList breadcrumb(const QList<Line> &lines)
{
    static const QRegularExpression separator(QStringLiteral("\\s+[>›»]\\s+"), QRegularExpression::UseUnicodePropertiesOption);
    for (int i = 0; i < qMin(int(lines.size()), 8); ++i) {
        const QStringList crumbs = lines.at(i).text.split(separator, Qt::SkipEmptyParts);
        if (crumbs.size() >= 3)
            return crumbs;
    }
    return {};
}

QString detectTitle(const QList<Line> &lines)
{
    static const QRegularExpression byline(QStringLiteral("^(?:by|from|staff (?:writer|report)|posted|updated|photo)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString title;
    // Lines in capitals over the headline are a letterhead ("CHAMBER OF
    // DEPUTIES", "NATIONAL AUDIT OFFICE"): a headline in small letters close
    // below wins; otherwise the longest of them is the title ("ENFORCEMENT
    // OF THE CYBER SECURITY ACT 2024 …" under "NATIONAL CYBER SECURITY AGENCY").
    QString capitals;
    int capitalsWords = 0;
    int sinceCapitals = -1; // lines that could be a title since the first in capitals
    QString bodyFallback;   // a body's name, when nothing else is found
    // A page in Latin letters may carry its site's name in another script
    // over its English one ("Министерство цифрового развития …" over
    // "Ministry of Digital Development …"): no headline.
    int latin = 0;
    int other = 0;
    for (int i = 0; i < lines.size() && latin + other < 2000; ++i) {
        for (const QChar c : lines.at(i).text) {
            if (c.isLetter())
                ++(c.unicode() < 0x250 ? latin : other);
        }
    }
    const bool latinPage = latin > 4 * other;
    // Lines over the site's menu are its masthead, its name and its motto:
    // "Fraternité Matin" over "Côte d'Ivoire's newspaper of record" over
    // "Home   Politics   Economy   …".
    qsizetype menu = -1;
    for (qsizetype i = 0; i < qMin<qsizetype>(lines.size(), 6) && menu < 0; ++i) {
        const QString &t = lines.at(i).text;
        if (lines.at(i).words >= 4 && (t.count(QLatin1String("   ")) >= 3 || t.count(u'|') >= 3))
            menu = i;
    }
    for (qsizetype i = menu > 0 ? menu + 1 : 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        if (line.words >= 40)
            break; // the article has started: a headline comes before its body
        if (line.furniture || line.words < 3 || line.words > 30)
            continue;
        if (latinPage && std::none_of(line.text.cbegin(), line.text.cend(), [](QChar c) { return c.isLetter() && c.unicode() < 0x250; }))
            continue;
        // A letterhead's body in capitals is no title and does not count
        // as a line below the letterhead: "AUTHORITY FOR INFO-COMMUNICATIONS
        // TECHNOLOGY INDUSTRY OF BRUNEI DARUSSALAM" and "ROYAL BRUNEI POLICE
        // FORCE" over "RISE IN PHISHING SCAMS IMPERSONATING GOVERNMENT
        // AGENCIES".
        static const QRegularExpression capitalsBody(QStringLiteral(
            "\\b(?:AUTHORITY|AGENCY|MINISTRY|DEPARTMENT|COMMISSION|OFFICE|BUREAU|COUNCIL|COMMITTEE|POLICE|FORCE|SERVICE|DIRECTORATE|"
            "SECRETARIAT|CENTRE|CENTER|PARLIAMENT|ASSEMBLY|SENATE)\\b"));
        const bool inCapitals = std::none_of(line.text.cbegin(), line.text.cend(), [](QChar c) { return c.isLower(); });
        if (inCapitals && line.words <= 12 && capitalsBody.match(line.text).hasMatch()) {
            if (bodyFallback.isEmpty())
                bodyFallback = line.text;
            if (sinceCapitals < 0)
                sinceCapitals = 0;
            continue;
        }
        // (Nor a widget's or menu's items set apart: "Print   |   PDF (412
        // KB)", "Information for...   Individuals & families   …".)
        if (line.text.contains(u'|') || line.text.contains(QLatin1String("  ")))
            continue;
        if (sinceCapitals >= 0 && ++sinceCapitals > 3)
            break;
        // (A wire's tag before the headline is part of it: "(LEAD) N. Korea
        // behind …".)
        static const QRegularExpression tag(QStringLiteral("^\\((?:LEAD|\\d(?:st|nd|rd|th)\\sLD|URGENT|UPDATE|AMENDED|News Focus)\\)\\s"));
        const QRegularExpressionMatch tagged = line.text.startsWith(u'(') ? tag.match(line.text) : QRegularExpressionMatch();
        const QChar first = line.text.at(tagged.hasMatch() ? tagged.capturedEnd() : 0);
        const QChar last = line.text.back();
        // (A feature's headline of two sentences ends in a stop, but a byline
        // or a date follows it: "Japan's cyber defense budget has soared.
        // Keeping the people to spend it is harder." over "By …".)
        const auto overByline = [&] {
            qsizetype next = i + 1;
            while (next < lines.size() && lines.at(next).words == 0)
                ++next;
            int at = 0;
            return next < lines.size() && line.words <= 20
                && (byline.match(lines.at(next).text).hasMatch() || (Metadata::parseDate(lines.at(next).text, &at).isValid() && lines.at(next).words <= 8));
        };
        if (first.isLower() || first == u'(' || (last == u'.' && !overByline()) || last == u':' || last == u',' || last == u';')
            continue;
        // (Nor a link's words: "The Guardian - Back to home".)
        static const QRegularExpression link(QStringLiteral("\\b(?:back to home|skip to|sign in|log in|subscribe|support us)\\b"), QRegularExpression::CaseInsensitiveOption);
        if (link.match(line.text).hasMatch())
            continue;
        if (byline.match(line.text).hasMatch())
            continue;
        // (Nor a line without a word in letters: "14.11.2024, 17:35".)
        if (std::none_of(line.text.cbegin(), line.text.cend(), [](QChar c) { return c.isLetter(); }))
            continue;
        int at = 0;
        // A dateline: the date is most of the line.
        if (Metadata::parseDate(line.text, &at).isValid() && line.words <= 8)
            continue;
        // A body's name under the letterhead ("Data Protection Authority",
        // "Personal Information Protection Commission (個人情報保護委員会)")
        // and a document's number ("PRESS RELEASE No. 089",
        // "DETERMINATION No. DPA/DET/07/2025") are no headline either.
        static const QRegularExpression bodyName(QStringLiteral(
            "^(?:[A-Z][\\w'’\\-]*\\s(?:(?:of|for|and|the|on)\\s)*){0,5}(?:Authority|Agency|Commission|Ministry|Office|Department|Committee|"
            "Council|Bureau|Directorate|Secretariat|Service|Centre|Center|Police|Parliament|Assembly)(?:\\s\\([^()]*\\))?$"
            // ("Department of Home Affairs")
            "|^(?:Ministry|Department|Office|Agency|Bureau|Commission|Committee|Council)\\s(?:of|for|on)\\s(?:the\\s)?[A-Z][\\w'’\\-]*"
            "(?:,?\\s(?:and\\s)?[A-Z][\\w'’\\-]*){0,4}(?:\\s\\([^()]*\\))?$"
            // ("Ministry of Digital Development of the Kyrgyz Republic")
            "|^(?:Ministry|Department|Office|Agency|Bureau|Commission)\\s(?:of|for)\\s(?:[A-Z][\\w'’\\-]*\\s){1,3}of\\sthe\\s[A-Z][\\w'’\\-]*"
            "(?:\\s[A-Z][\\w'’\\-]*){0,2}$"
            // (a chamber: "House of Representatives")
            "|^(?:The\\s)?House\\sof\\s(?:Representatives|Councillors|Commons|Lords)$"));
        static const QRegularExpression numbered(QStringLiteral("\\bNo\\.?\\s?[\\w/\\-]*\\d[\\w/\\-]*$"));
        // (Nor a part of a longer document: "Part III  Three Pillars of …".)
        static const QRegularExpression part(QStringLiteral("^(?:Part|Chapter|Section|Annex|Appendix)\\s+[\\dIVXLC]+\\b"));
        if (line.words <= 8 && (bodyName.match(line.text).hasMatch() || numbered.match(line.text).hasMatch())) {
            if (sinceCapitals < 0)
                sinceCapitals = 0;
            if (bodyFallback.isEmpty())
                bodyFallback = line.text;
            continue;
        }
        if (part.match(line.text).hasMatch())
            continue;
        if (std::none_of(line.text.cbegin(), line.text.cend(), [](QChar c) { return c.isLower(); })) {
            if (line.words > capitalsWords) {
                capitals = line.text;
                capitalsWords = line.words;
            }
            if (sinceCapitals < 0)
                sinceCapitals = 0;
            continue;
        }
        title = line.text;
        break;
    }
    if (title.isEmpty())
        title = capitals.isEmpty() ? bodyFallback : capitals;
    if (title.isEmpty())
        return {};
    // A heading that names a section of the breadcrumb is a series name (a
    // recurring press conference, a column): the page's own name is the last
    // crumb, and the title is both.
    const QStringList crumbs = breadcrumb(lines);
    for (int i = 0; i + 1 < crumbs.size(); ++i) {
        if (normalised(crumbs.at(i)) == normalised(title) && normalised(crumbs.last()) != normalised(title))
            return title + QStringLiteral(", ") + crumbs.last().simplified();
    }
    return title;
}

// "KYODO" -> "Kyodo"; acronyms of up to four letters stay ("TASS", "NHK").
QString tidyName(QString name)
{
    static const QRegularExpression suffix(QStringLiteral(
        "[,\\s]+(?:inc|ltd|llc|plc|co|corp|corporation|company|limited|k\\.k|gmbh|s\\.a|ag)\\.?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rights(QStringLiteral("[.,]?\\s*all rights reserved\\.?.*$"), QRegularExpression::CaseInsensitiveOption);
    name.remove(rights);
    // (Nor the site's links after it, "| The Record … | Privacy | Terms";
    // nor a sentence after the name, "AZERTAC. Citation of AZERTAC is
    // obligatory …"; nor a year, "KPL 2025"; nor a copyright's sign left
    // over, "The New Times ©".)
    name = name.trimmed();
    while (name.startsWith(u'|'))
        name = name.mid(1).trimmed();
    if (const qsizetype bar = name.indexOf(u'|'); bar > 0)
        name.truncate(bar);
    static const QRegularExpression sentence(QStringLiteral("\\.\\s+\\p{Lu}\\p{Ll}.*$"), QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression year(QStringLiteral(",?\\s+(?:19|20)\\d\\d$"));
    static const QRegularExpression sign(QStringLiteral("\\s*(?:©|\\(c\\))\\s*$"));
    name.remove(sentence);
    name = name.trimmed();
    name.remove(year);
    name.remove(sign);
    static const QRegularExpression link(QStringLiteral("^(?:disclaimer|privacy(?: policy)?|terms(?: of use)?|accessibility|contact(?: us)?|copyright|cookies?)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (link.match(name.trimmed()).hasMatch())
        return {};
    name = name.trimmed();
    while (suffix.match(name).hasMatch())
        name.remove(suffix);
    name = name.trimmed();
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(',')))
        name.chop(1);
    QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &w : words) {
        if (w.size() > 4 && w == w.toUpper() && w != w.toLower())
            w = w.left(1) + w.mid(1).toLower();
    }
    return words.join(QLatin1Char(' '));
}

QString detectPublisher(const QList<Line> &lines)
{
    const QString name = QStringLiteral("(\\p{Lu}[\\w&.'’ -]{1,40}?)");
    // "TOKYO, January 6. /TASS/." and "WASHINGTON (Reuters) -": the wire
    // service in a dateline.
    // (Not staff initials: "JMC/ART/DOJ".)
    static const QRegularExpression dateline(QStringLiteral("^\\p{Lu}[\\p{Lu} .'-]{2,30}(?:,[^/()\\n]{0,30})?(?:\\s+/%1/|\\s*\\(%1\\)\\s*[-–—])").arg(name),
                                             QRegularExpression::UseUnicodePropertiesOption);
    // "(Nikkei: February 1, 2015 – p. 4)": a source citation.
    static const QRegularExpression citation(QStringLiteral("^\\(%1:\\s*(.+)\\)$").arg(name), QRegularExpression::UseUnicodePropertiesOption);
    // ("© Copyright KPL 2025", "© 2024 AZERTAC. Citation of AZERTAC is …")
    static const QRegularExpression copyright(QStringLiteral("^(?:©|\\(c\\)|copyright\\b)\\s*(?:©\\s*)?(?:copyright\\s+)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?[,\\s]*(.+)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rights(QStringLiteral("^(.{2,60}?)[.,]?\\s+all rights reserved"), QRegularExpression::CaseInsensitiveOption);

    // The expressions run on every line of every imported text: lines that
    // cannot match are passed over before PCRE is asked.
    const auto mayBeDateline = [](const QString &text) {
        // Starts with three of [\p{Lu} .'-], the first a capital (a
        // surrogate pair is left to the expression).
        if (text.size() < 3)
            return false;
        for (int i = 0; i < 3; ++i) {
            const QChar c = text.at(i);
            if (c.isSurrogate())
                return true;
            if (!(c.isUpper() || (i > 0 && (c == u' ' || c == u'.' || c == u'\'' || c == u'-'))))
                return false;
        }
        return true;
    };
    for (const Line &line : lines) {
        if (!mayBeDateline(line.text))
            continue;
        if (const QRegularExpressionMatch m = dateline.match(line.text); m.hasMatch())
            return tidyName(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
    }
    for (const Line &line : lines) {
        if (!line.text.startsWith(u'(') || !line.text.endsWith(u')'))
            continue;
        if (const QRegularExpressionMatch m = citation.match(line.text); m.hasMatch() && Metadata::parseDate(m.captured(2)).isValid())
            return tidyName(m.captured(1));
    }
    for (const Line &line : lines) {
        if (line.words > 12)
            continue;
        if (const QRegularExpressionMatch m = copyright.match(line.text); m.hasMatch()) {
            const QString tidy = tidyName(m.captured(1));
            if (!tidy.isEmpty())
                return tidy;
        }
        // (A year is no name: "© 2024 All rights reserved".)
        if (const QRegularExpressionMatch m = rights.match(line.text); m.hasMatch()) {
            const QString tidy = tidyName(m.captured(1));
            if (std::any_of(tidy.cbegin(), tidy.cend(), [](QChar c) { return c.isLetter(); }))
                return tidy;
        }
    }
    return {};
}

QDate detectDate(const QList<Line> &lines)
{
    // A dateline near the top: the first short line with a date.
    for (int i = 0; i < qMin(int(lines.size()), 60); ++i) {
        if (lines.at(i).words > 20)
            continue;
        const QDate date = Metadata::parseDate(lines.at(i).text);
        if (date.isValid())
            return date;
    }
    for (const Line &line : lines) {
        const QDate date = Metadata::parseDate(line.text);
        if (date.isValid())
            return date;
    }
    return {};
}

QString detectKind(const QList<Line> &lines, const QString &publisher)
{
    // Speaker turns ("REPORTER:", "CHIEF CABINET SECRETARY KATO:", "Q:").
    static const QRegularExpression turn(QStringLiteral("^(?:\\p{Lu}[\\p{Lu} .'-]{0,60}|Q|A):\\s"), QRegularExpression::UseUnicodePropertiesOption);
    int turns = 0;
    for (const Line &line : lines) {
        // The colon comes within 62 characters (of up to two UTF-16 units).
        if (QStringView(line.text).left(124).contains(u':'))
            turns += turn.match(line.text).hasMatch() ? 1 : 0;
    }
    if (turns >= 3)
        return QStringLiteral("press-conference-transcript");
    return publisher.isEmpty() ? QString() : QStringLiteral("news-article");
}

} // namespace

QDate Metadata::parseDate(const QString &s, int *position)
{
    const QString month = QStringLiteral("(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)");
    static const QRegularExpression numeric(QStringLiteral("(?<!\\d)(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)"));
    static const QRegularExpression monthFirst(QStringLiteral("\\b%1\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b").arg(month),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dayFirst(QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+%1\\.?,?\\s+(\\d{4})\\b").arg(month),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression kanji(QStringLiteral("(\\d{4})年(\\d{1,2})月(\\d{1,2})日"));
    // Day first with dots, as European and Central Asian sites write it:
    // "14.11.2024, 17:35" (with slashes the order is ambiguous).
    static const QRegularExpression dotted(QStringLiteral("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.])"));

    QDate best;
    qsizetype bestAt = -1;
    auto consider = [&](const QRegularExpression &re, int y, int m, int d, bool named) {
        auto it = re.globalMatch(s);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const int year = match.captured(y).toInt();
            const int mon = named ? monthNumber(match.captured(m)) : match.captured(m).toInt();
            const QDate date(year, mon, match.captured(d).toInt());
            if (!date.isValid() || year < 1900 || year > 2100)
                continue;
            if (bestAt < 0 || match.capturedStart() < bestAt) {
                best = date;
                bestAt = match.capturedStart();
            }
            break;
        }
    };
    consider(numeric, 1, 3, 4, false);
    consider(monthFirst, 3, 1, 2, true);
    consider(dayFirst, 3, 2, 1, true);
    consider(kanji, 1, 2, 3, false);
    consider(dotted, 3, 2, 1, false);
    if (position)
        *position = int(bestAt);
    return best;
}

QString Metadata::detectLanguage(const QString &text)
{
    // Runs on every imported document: one pass over the first 20,000
    // characters, counting letters per script and words per language.
    const QStringView sample = QStringView(text).left(20000);
    // Frequent function words of each language; a word may belong to several.
    static const char *const languages[] = {"en", "fr", "de", "es", "it", "pt", "nl"};
    // Keyed by views into words that live as long as the table.
    static const QStringList words = [] {
        const char *const lists[] = {
            "the and of to in is that for it with was on said by are from",
            "le la les et des du est une que dans pour pas sur au qui",
            "der die das und ist nicht mit den von zu ein eine sich auf dem",
            "el la los las y que en por una con para es del se",
            "il di che la per una non sono della con del gli le",
            "o os as que do da em um uma para com n\u00e3o dos se",
            "de het een en van is dat op te niet met zijn voor",
        };
        QStringList all;
        for (const char *list : lists)
            all.append(QString::fromUtf8(list).split(u' ') + QStringList{QString()}); // a null ends a language
        return all;
    }();
    static qsizetype longest = 0;
    static const QHash<QStringView, unsigned> stopwords = [] {
        QHash<QStringView, unsigned> table;
        unsigned language = 0;
        for (const QString &w : words) {
            if (w.isNull()) {
                ++language;
                continue;
            }
            table[QStringView(w)] |= 1u << language;
            longest = qMax(longest, w.size());
        }
        return table;
    }();

    // One pass counting letters per script and stop words per language;
    // ASCII (most of it) without Unicode tables. A word longer than the
    // longest stop word is not looked up (QChar::toLower keeps the length).
    std::array<int, QChar::ScriptCount> scripts{};
    std::array<int, std::size(languages)> counts{};
    std::array<QChar, 16> word{};
    qsizetype length = 0;
    const auto count = [&] {
        if (length > 0 && length <= longest) {
            const unsigned mask = stopwords.value(QStringView(word.data(), length));
            for (size_t i = 0; i < counts.size(); ++i)
                counts[i] += (mask >> i) & 1u;
        }
        length = 0;
    };
    for (const QChar c : sample) {
        const char16_t u = c.unicode();
        bool wordChar = false;
        QChar lower = c;
        if (u < 0x80) {
            const char16_t folded = u | 0x20;
            const bool letter = folded >= u'a' && folded <= u'z';
            scripts[QChar::Script_Latin] += letter ? 1 : 0;
            wordChar = letter || (u >= u'0' && u <= u'9') || u == u'_';
            lower = letter ? QChar(folded) : c;
        } else {
            if (c.isLetter())
                ++scripts[size_t(c.script())];
            wordChar = c.isLetterOrNumber() || c.isMark();
            lower = wordChar ? c.toLower() : c;
        }
        if (!wordChar)
            count();
        else if (++length <= longest)
            word[size_t(length - 1)] = lower;
    }
    count();
    if (scripts[QChar::Script_Hiragana] + scripts[QChar::Script_Katakana] > 20)
        return QStringLiteral("ja");
    const std::pair<QChar::Script, const char *> byScript[] = {
        {QChar::Script_Hangul, "ko"}, {QChar::Script_Han, "zh"}, {QChar::Script_Cyrillic, "ru"},
        {QChar::Script_Arabic, "ar"}, {QChar::Script_Greek, "el"}, {QChar::Script_Hebrew, "he"}, {QChar::Script_Thai, "th"}};
    const int latin = scripts[QChar::Script_Latin];
    for (const auto &[script, code] : byScript) {
        if (scripts[script] > latin)
            return QString::fromLatin1(code);
    }
    const auto best = std::max_element(counts.cbegin(), counts.cend());
    return *best >= 3 ? QString::fromLatin1(languages[best - counts.cbegin()]) : QString();
}

Metadata Metadata::detect(const QString &text)
{
    return detect(text, Furniture::detect(text));
}

Metadata Metadata::detect(const QString &text, const QList<TextSpan> &furniture)
{
    const QList<Line> lines = linesOf(text, furniture);
    Metadata m;
    m.title = detectTitle(lines);
    m.publisher = detectPublisher(lines);
    m.date = detectDate(lines);
    m.language = detectLanguage(text);
    m.kind = detectKind(lines, m.publisher);
    return m;
}

} // namespace Dossier
