#include "furniture.h"

#include "analysis/textscan.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>
#include <vector>

namespace Dossier::Furniture {

namespace {

struct Line {
    TextSpan span;
    QString text; // trimmed
    int words = 0;
    bool prose = false;
    bool bullet = false; // a list item ("•", "*")
    mutable std::optional<bool> widget; // isWidget(), once asked
};

int wordCount(const QString &s)
{
    int n = 0;
    bool inWord = false;
    for (QChar c : s) {
        const bool letter = c.isLetterOrNumber();
        if (letter && !inWord)
            ++n;
        inWord = letter;
    }
    return n;
}

bool isWordChar(QChar c)
{
    // No mark comes before U+0300: most characters are answered without
    // looking up their Unicode category (this runs at every character).
    return c.isLetterOrNumber() || c == QLatin1Char('_') || (c.unicode() >= 0x300 && c.isMark());
}

// Prose: a line a reader reads as a paragraph of the article.
bool isTitleCase(const Line &line)
{
    // Words start with a letter after a non-word character and run on over
    // word characters, apostrophes and hyphens. A plain scan: this runs over
    // every line of every document.
    const QString &text = line.text;
    const qsizetype n = text.size();
    int capitalised = 0;
    int all = 0;
    for (qsizetype i = 0; i < n;) {
        const QChar c = text.at(i);
        if (!c.isLetter() || (i > 0 && isWordChar(text.at(i - 1)))) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < n && (isWordChar(text.at(end)) || text.at(end) == QLatin1Char('\'') || text.at(end) == QChar(0x2019)
                           || text.at(end) == QLatin1Char('-')))
            ++end;
        const bool shortLower = end - i <= 3 && c.isLower(); // of, in, the, to...
        if (!shortLower) {
            ++all;
            capitalised += c.isUpper() ? 1 : 0;
        }
        i = end;
    }
    return all >= 4 && capitalised * 10 >= all * 8;
}

bool isProse(const Line &line)
{
    if (isTitleCase(line))
        return false;
    // Headlines of other articles can be long, but have no final stop.
    if (line.words >= 25)
        return true;
    if (line.words < 7 || line.text.isEmpty())
        return false;
    // A sentence may close with the outlet's sign-off: "… is P160 million.
    // – Rappler.com", "… on Friday. — AFP".
    static const QRegularExpression signOff(QStringLiteral("[.!?\u201D\"]\\s*[\u2013\u2014\\-]\\s*[A-Z][\\w.]{1,20}(?:\\s[A-Z][\\w.]{1,20})?$"));
    const QChar last = line.text.back();
    if (last.isLetter() && (line.text.contains(u'\u2013') || line.text.contains(u'\u2014') || line.text.contains(QLatin1String(" - ")))
        && signOff.match(line.text).hasMatch())
        return true;
    // A quotation closes a sentence with its stop inside or after it; a
    // headline's quotation has none ("ENISA chief: Europe needs a cyber
    // reserve "that actually exists"").
    if (last == u'"' || last == u'\u201D' || last == u'\u2019') {
        const QChar before = line.text.size() > 1 ? line.text.at(line.text.size() - 2) : QChar();
        return before == u'.' || before == u'?' || before == u'!' || before == u',' || before == u'\u2026';
    }
    return last == u'.' || last == u'?' || last == u'!' || last == u')';
}

// A bar of share buttons and counts: "+ FOLLOW   Share   Print   Save   23".
bool isShareBar(const Line &line)
{
    static const QRegularExpression shareBar(QStringLiteral(
        "^(?:[\\s|/·•+]*(?:share|tweet|email|e-mail|mail|print|facebook|twitter|x|linkedin|whatsapp|line|reddit|copy|link|save|"
        "follow|comments?|\\d+))+[\\s|/·•+]*$"),
        QRegularExpression::CaseInsensitiveOption);
    return shareBar.match(line.text).hasMatch();
}

// A table's row set apart by bars: one of its cells is a figure alone
// ("25,900", "+6%", "−5%", "$1.2m"), not a year ("2025").
bool isTableRow(QStringView text)
{
    static const QRegularExpression figure(QStringLiteral(
        "^[+\\-\\x{2212}]?[$\\x{20AC}\\x{00A3}\\x{00A5}]?\\d[\\d,.]*\\s?(?:%|per ?cent|[mbk]n?|million|billion)?$"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression year(QStringLiteral("^(?:19|20)\\d\\d$"));
    static const QString openers = QStringLiteral("+-\u2212$\u20AC\u00A3\u00A5");
    for (QStringView cell : text.split(u'|')) {
        cell = cell.trimmed();
        if (cell.isEmpty() || !(cell.front().isDigit() || openers.contains(cell.front())))
            continue;
        if (figure.matchView(cell).hasMatch() && !year.matchView(cell).hasMatch())
            return true;
    }
    return false;
}

// Whether a line holds the words one of matchesWidget()'s "inside" branches
// needs, at a word's start ("about us", "cookie", "newsletter", …): the
// expression runs only then (it is tried at every letter; this reads each
// word's first letter).
bool mayHaveWidgetText(QStringView text)
{
    static constexpr QLatin1StringView phrases[] = {
        QLatin1StringView("rights reserved"), QLatin1StringView("privacy policy"), QLatin1StringView("terms of "),
        QLatin1StringView("cookie"), QLatin1StringView("browser"), QLatin1StringView("about us"),
        QLatin1StringView("contact us"), QLatin1StringView("work for us"), QLatin1StringView("advertise "),
        QLatin1StringView("registration faq"), QLatin1StringView("welcome"), QLatin1StringView("newsletter"),
        QLatin1StringView("register / login"), QLatin1StringView("account"), QLatin1StringView("you can filter"),
        QLatin1StringView("subscribe"), QLatin1StringView("acknowledge"),
    };
    const auto isLetter = [](char16_t c) { return char16_t((c | 0x20) - u'a') < 26; };
    for (qsizetype i = 0, size = text.size(); i < size; ++i) {
        const char16_t c = text.at(i).unicode();
        if (!isLetter(c) || (i > 0 && isLetter(text.at(i - 1).unicode())))
            continue;
        const QStringView rest = text.mid(i);
        const char16_t first = c | 0x20;
        for (QLatin1StringView phrase : phrases) {
            if (phrase.front() == QLatin1Char(char(first)) && rest.startsWith(phrase, Qt::CaseInsensitive))
                return true;
        }
        // "javascript" may stand inside a word ("noJavaScript").
        qsizetype end = i + 1;
        while (end < size && isLetter(text.at(end).unicode()))
            ++end;
        if (end - i >= 10 && text.mid(i, end - i).contains(QLatin1StringView("javascript"), Qt::CaseInsensitive))
            return true;
        i = end - 1;
    }
    return false;
}

// Furniture wherever it stands: site widgets, navigation, footers.
bool matchesWidget(const Line &line);

bool isWidget(const Line &line)
{
    if (!line.widget)
        line.widget = matchesWidget(line);
    return *line.widget;
}

bool matchesWidget(const Line &line)
{
    static const QRegularExpression widget(QStringLiteral(
        "^(?:home|news|print|email|e-mail|share|tweet|like|follow us|facebook|twitter|linkedin|whatsapp|line|"
        "menu|search|login|log in|sign in|sign up|register|subscribe|newsletter.*|(?:\\d+ |reader )?comments?(?: \\(\\d+\\)| - \\d+)?|no comments?|"
        "back to top|page top|top of page|to top|related(?: links?| articles?| stories| news| content| topics)?|"
        "show more|read more|more|see more|load more|next|previous|prev|advertisement|sponsored(?: post)?|"
        "trending|popular|most read|most viewed|editor's picks|in other media|partner news|all news|"
        "currency converter|use filter|translation|tags?|topics?|categories|share this(?: article)?|"
        "print button.*|.*email button|facebook users|facebook connect|forgot password\\??|user registration|"
        "login to comment|login to leave a comment|leave a comment|live|lifestyle|what's happening|"
        "skip to (?:main )?content|skip navigation|search(?: [\\w.\\-]+){1,4}|read next|"
        // A market quote box: "In this article", "47,036.21 USD", "+2.19%",
        // "-23.00 (-0.80%)", a row of tickers "7267.T   6503.T".
        "in this article|\\d[\\d,]*(?:\\.\\d+)? (?:usd|jpy|eur|gbp|cny|krw)|[+\\-\u2212]\\d+(?:\\.\\d+)?%|"
        "[+\\-\u2212][\\d,]+(?:\\.\\d+)? \\([+\\-\u2212]\\d+(?:\\.\\d+)?%\\)|\\d{4}\\.t(?:\\s+\\d{4}\\.t)*)$"),
        QRegularExpression::CaseInsensitiveOption);
    // Widget text at the start of a line, and anywhere in it. The second
    // expression is costly (it is tried at every letter), so it runs only
    // on lines that contain one of the words each of its branches needs.
    static const QRegularExpression atStart(QStringLiteral(
        "^(?:[©]|copyright\\b|article \\d+ of \\d+|\\d+ pages? in this article|click (?:here|to)\\b|by choosing\\b|"
        "(?:(?:main|lead|top|featured|header) )?(?:photo|image|video)(?: credit)?:|(?:reuters|afp|ap|getty images|kyodo)/|listen to this article\\b|"
        "(?:media |press )?contacts?:|(?:media |press )contacts? for\\b|media (?:enquiries|inquiries)\\b|sign up\\b|download\\b|tags?:|topics?:|keywords?:|from:\\s|published:?\\s\\d|"
        // A link to another article: "Read also: SBU detains hacker …".
        "(?:read|see) (?:also|more|next):|also read:|related(?: news| stories| articles)?:|"
        // A government site's banner: "A Singapore Government Agency Website".
        "a singapore government agency website\\b|an official website of\\b|"
        // GovInfo's header over a hearing's record: "[House Hearing, 118
        // Congress]", "[From the U.S. Government Publishing Office]".
        "\\[(?:house|senate|joint) hearing,|\\[from the u\\.s\\. government (?:publishing|printing) office\\])"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression inside(QStringLiteral(
        "all rights reserved|\\bprivacy policy\\b|\\bterms of (?:use|service)\\b|"
        "\\bcookies?\\b.*\\b(?:accept|consent|use)\\b|javascript|\\bbrowsers?\\b.*\\b(?:optimi[sz]ed|enable|update)|"
        // ("About us", not "about US$10 million": the case as menus write it.)
        "\\b(?:(?-i:[Aa]bout [Uu]s|ABOUT US)|contact us|work for us|advertise (?:in|with)|registration faq)\\b|we welcome your opinions|"
        "\\bsign up (?:for|to)\\b.*\\bnewsletter|\\bnewsletter signup\\b|\\bregister / login\\b|"
        "\\buse your \\w+ account\\b|\\byou can filter\\b|\\bsubscribe(?: now| today| to| for|:)|"
        "\\backnowledges? (?:aboriginal|the traditional (?:owners|custodians))"),
        QRegularExpression::CaseInsensitiveOption);
    const auto anywhere = [&line] {
        if (atStart.match(line.text).hasMatch())
            return true;
        return mayHaveWidgetText(line.text) && inside.match(line.text).hasMatch();
    };
    // Web text puts no-break spaces around separators: match Unicode spaces.
    static const QRegularExpression breadcrumb(QStringLiteral("^\\S.{0,40}\\s[>›»]\\s"), QRegularExpression::UseUnicodePropertiesOption);
    if (line.words <= 8 && widget.match(line.text).hasMatch())
        return true;
    if (line.words <= 10 && isShareBar(line))
        return true;
    // A subscription offer, however long: "Subscribe to INQUIRER PLUS to get access to …".
    static const QRegularExpression promo(QStringLiteral("^(?:subscribe|sign up|get (?:unlimited|full) access)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (line.words <= 60 && (line.text.startsWith(u'S') || line.text.startsWith(u's') || line.text.startsWith(u'G') || line.text.startsWith(u'g'))
        && promo.match(line.text).hasMatch())
        return true;
    // A press contact's address: "ECA Press Office: press@eca.europa.eu".
    static const QRegularExpression email(QStringLiteral("[\\w.+\\-]+@[\\w\\-]+\\.[\\w.]+"));
    if (line.words <= 12 && line.text.contains(u'@') && email.match(line.text).hasMatch())
        return true;
    if (line.words <= 30 && anywhere())
        return true;
    const auto hasSeparator = [&line] {
        return line.text.contains(u'>') || line.text.contains(u'\u203A') || line.text.contains(u'\u00BB');
    };
    if (line.words <= 30 && hasSeparator() && breadcrumb.match(line.text).hasMatch())
        return true;
    // Or one that slashes from the home page: "Home / Press Releases /
    // Ministry of Homeland Security".
    if (line.words <= 20 && (line.text.startsWith(QLatin1String("Home / ")) || line.text.startsWith(QLatin1String("HOME / ")))
        && line.text.indexOf(QLatin1String(" / "), 7) > 0)
        return true;
    // A bilingual site's banner, a name and its translation: "Government
    // of Canada / Gouvernement du Canada" (no figures, no sentence).
    if (line.words >= 4 && line.words <= 12 && line.text.count(QLatin1String(" / ")) == 1) {
        const qsizetype slash = line.text.indexOf(QLatin1String(" / "));
        const QStringView left = QStringView(line.text).left(slash).trimmed();
        const QStringView right = QStringView(line.text).mid(slash + 3).trimmed();
        const bool plain = std::none_of(line.text.cbegin(), line.text.cend(), [](QChar c) {
            return c.isDigit() || c == u'.' || c == u',' || c == u':' || c == u'!' || c == u'?' || c == u'"' || c == u'“';
        });
        if (plain && left.contains(u' ') && right.contains(u' ') && left.front().isUpper() && right.front().isUpper())
            return true;
    }
    // A story's date line with its counts of comments, shares or views:
    // "07 Oct 2021  Follow   |   12", "11 March 2024 04:15 am  -  5  -
    // 3,482" (a date, then only times, counts and "Follow").
    if (line.words <= 12 && !line.text.isEmpty() && line.text.front().isDigit()) {
        static const QRegularExpression datedCounts(QStringLiteral(
            "^\\d{1,2}\\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s(?:19|20)\\d\\d"
            "(?:\\s+\\d{1,2}[:.]\\d\\d(?:\\s?[ap]m)?)?(?:\\s+[|\\-–]?\\s*(?:Follow|[\\d,]+))+\\s*$"));
        if (datedCounts.match(line.text).hasMatch())
            return true;
    }
    // Lines made of separators: "About us | Work for us | Contact us"; not
    // a table's row, which has a figure for a cell ("Victoria | 24,300 | +9%").
    if (line.text.count(QLatin1Char('|')) >= 2 && line.words <= 30 && !isTableRow(line.text))
        return true;
    // Or of items set apart by runs of spaces, as a site's title bar or
    // menu reads when clipped: "NATO  OTAN     North Atlantic Treaty
    // Organization". Not a table row (no digits) nor sentences.
    if (line.words <= 15 && line.text.contains(QLatin1String("  "))) {
        int gaps = 0;
        int spaces = 0;
        bool plain = true;
        for (QChar c : line.text) {
            plain = plain && !c.isDigit() && c != u'.' && c != u'!' && c != u'?';
            if (c.isSpace()) {
                ++spaces;
                continue;
            }
            gaps += spaces >= 2 ? 1 : 0;
            spaces = 0;
        }
        if (plain && gaps >= 2)
            return true;
    }
    return false;
}

// A heading over a list of other pages' headlines ("READ MORE", "Related
// news", "Read more:"): inside the article, the lines under it go with it.
bool headsAList(const Line &line)
{
    static const QRegularExpression heading(QStringLiteral(
        "^(?:read more|read next|see also|also read|more on this(?: story| topic)?|related(?: links?| articles?| stories| posts| reading| news| content| topics| coverage)?|"
        "recommended(?: for you)?|most read|most popular|more from [\\w ]+|you may also like|"
        "(?:media |press )?contacts?|(?:media |press )contacts? for this [\\w ]+|(?:media |press )?(?:enquiries|inquiries)|"
        // A release's contact block: "Inquiries", "For further inquiries".
        "for (?:further |more )?(?:enquiries|inquiries|information)):?$"),
        QRegularExpression::CaseInsensitiveOption);
    return line.words <= 6 && heading.match(line.text).hasMatch();
}

// The heading of readers' comments: what follows is theirs, not the article's.
bool headsComments(const Line &line)
{
    static const QRegularExpression heading(QStringLiteral(
        "^(?:(?:\\d+\\s)?(?:reader\\s)?comments?(?:\\s\\(\\d+\\))?|join the conversation|show comments|leave a (?:comment|reply)|"
        // "Please log in here to leave a comment."
        "(?:please\\s)?(?:log\\s?in|sign\\s?in|register)(?:\\shere)?\\sto\\s(?:leave|post|add|read)\\s(?:a\\s)?comments?\\.?)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (line.words == 0 || line.words > 9)
        return false;
    // (The expression only where one of its first letters opens the line.)
    const QChar first = line.text.front().toLower();
    if (!first.isDigit() && !QStringView(u"rcjslp").contains(first))
        return false;
    return heading.match(line.text).hasMatch();
}

// A fact box after the article's text is the article's: its heading
// ("Cyber Coalition 2025 in figures", "At a glance") and items that open
// with a figure ("•  1,300+ participants").
bool isFactLine(const Line &line)
{
    if (line.bullet)
        return !line.text.isEmpty() && line.text.at(0).isDigit();
    static const QRegularExpression heading(QStringLiteral("(?:\\bin (?:figures|numbers)|^at a glance|^key (?:figures|facts)|\\bby the numbers)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return line.words <= 8 && heading.match(line.text).hasMatch();
}

// A hearing record's or a letterhead's heading in capitals: "UNITED STATES
// SENATE", "SUBCOMMITTEE ON CYBERSECURITY", "CHAMBER OF DEPUTIES",
// "NATIONAL AUDIT OFFICE" (a menu is not written so, nor names a
// legislature or a ministry).
bool namesABodyInCapitals(const Line &line)
{
    static const QRegularExpression heading(QStringLiteral(
        "^(?=[A-Z .,&'’()\\-–—]+$)(?:[A-Z.'’\\-]+\\s(?:[–—]\\s)?){1,3}?(?:SUBCOMMITTEE|COMMITTEE|SENATE|CONGRESS|PARLIAMENT|ASSEMBLY|MINISTRY|DEPARTMENT|COMMISSION"
        "|AGENCY|OFFICE|BUREAU|COUNCIL|AUTHORITY"
        // (Legislatures by their own names: "PEOPLE'S MAJLIS", "STATE GREAT KHURAL".)
        "|MAJLIS|KHURAL|DIET|DUMA|SEJM|SEIMAS|SAEIMA|SABOR|SKUPSTINA|KNESSET|BUNDESTAG|STORTING|RIKSDAG|FOLKETING|OIREACHTAS|JATIYA\\sSANGSAD)\\b"
        "|^(?:SUBCOMMITTEE|COMMITTEE|MINISTRY|DEPARTMENT|COMMISSION|PARLIAMENT|CHAMBER|OFFICE|AGENCY|BUREAU|COUNCIL|AUTHORITY)\\sO[FN]\\s[A-Z]"
        // (A chamber by its name: a hearing record's "HOUSE OF REPRESENTATIVES".)
        "|^(?:THE\\s)?HOUSE\\sOF\\s(?:REPRESENTATIVES|COMMONS|LORDS|COUNCILLORS)$"));
    // (Or a chamber alone: a Hansard's "SENATE".)
    if (line.words == 1)
        return line.text == QLatin1String("SENATE") || line.text == QLatin1String("PARLIAMENT") || line.text == QLatin1String("CONGRESS");
    return line.words >= 2 && heading.match(line.text).hasMatch();
}

// A record's heading that names a body: a Hansard's "Australian Signals
// Directorate" over the session, a release's issuer "Japan Coast Guard"
// under its date (not a menu's "About the Agency", "Media Centre").
bool namesABody(const Line &line)
{
    static const QRegularExpression heading(QStringLiteral(
        "^(?!About\\b|Our\\b|Contact\\b|The\\b|Media\\b|Press\\b)[A-Z][a-z]+(?:\\s(?:of\\s)?[A-Z][a-z]+){0,2}\\s"
        "(?:Directorate|Agency|Ministry|Department|Commission|Bureau|Authority|Police|Command|Guard)$"
        // (Or a chamber: "House of Councillors" over a committee's minutes.)
        "|^House\\sof\\s(?:Representatives|Commons|Lords|Councillors)$"));
    return line.words >= 2 && heading.match(line.text).hasMatch();
}

// A release's issuer over the office that put it out: "Department of
// Justice" over "Office of Public Affairs" (not a section label, "Ministry
// of Defence", over a blank line).
bool issuerOverItsOffice(const QList<Line> &lines, qsizetype i)
{
    static const QRegularExpression issuer(QStringLiteral("^(?:Ministry|Department)\\sof\\s(?:the\\s)?[A-Z][a-z]+$"));
    return i + 1 < lines.size() && lines.at(i + 1).text.startsWith(QLatin1String("Office of ")) && issuer.match(lines.at(i).text).hasMatch();
}

// A signature under a report or a letter, after its last paragraph: a
// name over the post its holder signs in, "Hon. Ibrahim Naseem" over
// "Chair, Committee on National Security Services", "CHAIRPERSON, PUBLIC
// ACCOUNTS COMMITTEE". Both lines are the document's, not its footer.
bool signsOff(const QList<Line> &lines, qsizetype i)
{
    // (The expression only on short lines that open with a capital.)
    const auto mayBe = [](const Line &line) { return line.words >= 2 && line.words <= 14 && !line.prose && line.text.front().isUpper(); };
    if (!mayBe(lines.at(i)))
        return false;
    static const QRegularExpression post(QStringLiteral(
        "^(?:(?:Deputy|Vice|Acting)[\\s\\-])?(?:Chair(?:person|man|woman)?|Minister|Director(?:[\\s\\-]General)?|(?:Permanent\\s)?Secretary(?:[\\s\\-]General)?"
        "|Commissioner|Auditor[\\s\\-]General|President|Chief\\sExecutive(?:\\sOfficer)?|Clerk|Head|Speaker)\\s?,\\s[A-Z]"),
        QRegularExpression::CaseInsensitiveOption);
    const auto isPost = [](const Line &line) {
        return line.words >= 2 && line.words <= 14 && line.text.contains(u',') && !line.text.contains(u'|') && !line.text.contains(u'@')
            && post.match(line.text).hasMatch();
    };
    const auto isName = [](const Line &line) {
        return line.words >= 2 && line.words <= 6 && !line.prose && line.text.front().isUpper()
            && std::none_of(line.text.cbegin(), line.text.cend(), [](QChar c) { return c.isDigit() || c == u'|' || c == u'@' || c == u':'; });
    };
    if (i + 1 < lines.size() && isName(lines.at(i)) && isPost(lines.at(i + 1)))
        return true;
    return i > 0 && isPost(lines.at(i)) && isName(lines.at(i - 1));
}

// A short line before the article that reads like a menu item or section
// label, not like a headline.
bool isNavigation(const Line &line)
{
    if (line.words == 0)
        return false;
    if (line.words <= 3 && !line.text.endsWith(QLatin1Char('.')) && !line.text.contains(QLatin1Char(':')) && !namesABodyInCapitals(line)
        && !namesABody(line))
        return true;
    // A fragment: starts in lower case or ends with a comma.
    return line.words < 8 && (line.text.at(0).isLower() || line.text.endsWith(QLatin1Char(',')));
}

// A site's name over its menu: "European Court of Auditors", "Prime
// Minister's Office of Japan". Short, no sentence, every longer word
// capitalised.
bool isMasthead(const Line &line)
{
    if (line.words == 0 || line.words > 12 || line.text.endsWith(QLatin1Char('.')) || line.text.endsWith(QLatin1Char(':')))
        return false;
    const QString &text = line.text;
    for (qsizetype i = 0; i < text.size();) {
        if (!text.at(i).isLetter()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isWordChar(text.at(end)))
            ++end;
        if (end - i >= 4 && text.at(i).isLower()) // (a word in kanji has no case: "個人情報保護委員会")
            return false;
        i = end;
    }
    return true;
}

// A paywall's prompt, which sites set between an article's paragraphs and
// write as sentences: "Enjoying this article? Click here to subscribe for
// full access. Just $5 a month."
bool isPaywallPrompt(const Line &line)
{
    static const QRegularExpression prompt(QStringLiteral("^(?:enjoying this (?:article|story)\\?|click here to subscribe\\b)"),
                                           QRegularExpression::CaseInsensitiveOption);
    return line.words <= 30 && (line.text.startsWith(u'E') || line.text.startsWith(u'C')) && prompt.match(line.text).hasMatch();
}

// A site's menu: a widget line of several items that is no share bar
// ("Share | Tweet | Email" follows headlines, not site names).
bool isMenu(const Line &line)
{
    if (line.words < 3 || !isWidget(line) || isShareBar(line))
        return false;
    // Items set apart: bars, breadcrumbs, runs of spaces; or a site's first items.
    const QString &t = line.text;
    return t.count(u'|') >= 2 || t.contains(u'>') || t.contains(u'\u203A') || t.contains(u'\u00BB') || t.count(QLatin1String("  ")) >= 2
        || t.startsWith(QLatin1String("Home")) || t.startsWith(QLatin1String("Skip"));
}

} // namespace

QList<TextSpan> detect(const QString &text)
{
    QList<Line> lines;
    for (const TextSpan &span : TextScan::lines(text)) {
        Line line;
        line.span = span;
        line.text = span.text(text).trimmed();
        // Bullets are list markers, not words.
        while (line.text.startsWith(QChar(0x2022)) || line.text.startsWith(QLatin1Char('*'))) {
            line.text = line.text.mid(1).trimmed();
            line.bullet = true;
        }
        line.words = wordCount(line.text);
        line.prose = isProse(line);
        lines.append(line);
    }

    // The article runs from the first to the last line of prose that is no
    // widget. Searched from both ends: the widget test is costly, and the
    // lines in between need it only when they are not prose.
    const auto isArticle = [&lines](int i) { return lines.at(i).prose && !isWidget(lines.at(i)); };
    int first = 0;
    while (first < lines.size() && !isArticle(first))
        ++first;
    if (first == lines.size())
        first = -1;
    int last = int(lines.size()) - 1;
    while (first >= 0 && last > first && !isArticle(last))
        --last;
    if (first < 0)
        last = -1;

    // A copyright line or the heading of readers' comments after the
    // article closes it: what follows is footer. (Not a photo's credit
    // under a date line before the story: "© Sputnik / Vitaly Belousov";
    // an article has prose before its footer.)
    static const QRegularExpression copyright(QStringLiteral("^(?:©|\\(c\\)\\s|copyright\\b)|all rights reserved"),
                                              QRegularExpression::CaseInsensitiveOption);
    // ("(c)" opens a list's third item as often: "(c)   Cyber Security
    // (Licensing of …) Regulations 2024; and". As a copyright it has a year
    // or a short name after it: "(c) 2021 Reuters", "(c) Kyodo".)
    static const QRegularExpression listItem(QStringLiteral("^\\(c\\)\\s+(?!(?:19|20)\\d\\d\\b)"), QRegularExpression::CaseInsensitiveOption);
    const auto copyrightLine = [](const Line &line) {
        return line.words <= 12 && copyright.match(line.text).hasMatch() && !(line.words > 5 && listItem.match(line.text).hasMatch());
    };
    int proseWords = 0;
    for (int i = qMax(first, 0); first >= 0 && i <= last; ++i) {
        if (i > first && proseWords >= 40 && (copyrightLine(lines.at(i)) || headsComments(lines.at(i)))) {
            last = i - 1;
            while (last > first && !lines.at(last).prose)
                --last;
            break;
        }
        if (lines.at(i).prose)
            proseWords += lines.at(i).words;
    }

    std::vector<bool> furniture(size_t(lines.size()), false);
    bool footerStarted = false;
    bool factBox = false; // under a fact box's heading, its bullets are the article's
    for (int i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        if (line.words == 0)
            continue;
        if (first < 0) {
            furniture[size_t(i)] = isWidget(line);
            continue;
        }
        if (i < first) {
            furniture[size_t(i)] = isWidget(line) || (isNavigation(line) && !issuerOverItsOffice(lines, i));
        } else if (i > last) {
            // After the article: once the footer starts, the rest is footer,
            // lists of other headlines and comment widgets.
            const bool fact = isFactLine(line) || (factBox && line.bullet);
            factBox = (factBox && line.bullet) || (fact && !line.bullet);
            // (Nor an issuer's name in capitals that signs a release off:
            // "NATIONAL CYBER SECURITY AGENCY (NACSA)" over "NATIONAL
            // SECURITY COUNCIL".)
            const bool capitals = line.text.size() > 1 && line.text.at(0).isUpper() && line.text.at(1).isUpper();
            const bool signature = !footerStarted && (signsOff(lines, i) || (capitals && namesABodyInCapitals(line)));
            footerStarted = footerStarted || isWidget(line) || headsComments(line) || (!line.prose && !fact && !signature);
            furniture[size_t(i)] = footerStarted;
        } else {
            furniture[size_t(i)] = (!line.prose && (isWidget(line) || headsAList(line))) || isPaywallPrompt(line);
            // The headlines a "READ MORE" or "See also" heading lists, up to
            // the next prose; in the heading's own block, a headline that
            // asks is one of them too ("EXPLAINED: What is Denmark's
            // threat level and who sets it?").
            if (furniture.at(size_t(i)) && headsAList(line)) {
                bool block = true;
                while (i + 1 <= last) {
                    const Line &next = lines.at(i + 1);
                    block = block && next.words > 0;
                    const bool headline = block && next.words < 20 && !next.text.endsWith(QLatin1Char('.'));
                    if (next.prose && !headline)
                        break;
                    ++i;
                    furniture[size_t(i)] = true;
                }
            }
        }
    }

    // Before the article, a site's name over its menu.
    for (int i = 0; i < first; ++i) {
        if (lines.at(i).words == 0 || furniture.at(size_t(i)))
            continue;
        int next = i + 1;
        while (next < first && lines.at(next).words == 0)
            ++next;
        // (Past a language switch between them: "Digital Agency" over
        // "日本語 | English" over the menu.)
        if (next < first && furniture.at(size_t(next)) && lines.at(next).words <= 4 && lines.at(next).text.contains(u'|')) {
            int after = next + 1;
            while (after < first && lines.at(after).words == 0)
                ++after;
            if (after < first && isMenu(lines.at(after)))
                next = after;
        }
        if (next < first && isMasthead(lines.at(i)) && isMenu(lines.at(next)))
            furniture[size_t(i)] = true;
    }

    QList<TextSpan> spans;
    static const QRegularExpression credit(QStringLiteral("©\\s*+(?:\\S++\\s++){0,5}\\S++\\s*+$"));
    for (int i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        if (line.span.length() == 0)
            continue;
        if (furniture.at(size_t(i))) {
            spans.append(line.span);
        } else if (line.text.contains(QChar(0x00A9))) {
            // A credit closing a caption: "… in Tallinn. © NATO".
            const QString raw = line.span.text(text);
            const QRegularExpressionMatch m = credit.match(raw);
            if (m.hasMatch() && m.capturedStart() > 0)
                spans.append({line.span.start + int(m.capturedStart()), line.span.end});
        }
    }
    return spans;
}

bool contains(const QList<TextSpan> &furniture, const TextSpan &span)
{
    auto it = std::upper_bound(furniture.cbegin(), furniture.cend(), span.start,
                               [](int pos, const TextSpan &s) { return pos < s.start; });
    if (it == furniture.cbegin())
        return false;
    --it;
    return it->overlaps(span) || it->contains(span.start);
}

} // namespace Dossier::Furniture
