// Changes: two figures a sentence states as one measure at two points
// ("about 5.08 million ... in FY2013, a sevenfold increase from around
// 660,000 in FY2011"; "rose from 1.2 billion yen to 3.4 billion yen"), with
// the stated multiplier compared against the computed ratio.
#include "passes.h"

#include "textscan.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Dossier::Passes {

namespace {

bool sameMeasure(const Statistic &a, const Statistic &b)
{
    // A range is no level at a point ("ranged from $150,000 to $14 million").
    if (a.high != 0 || b.high != 0)
        return false;
    if (a.unit != b.unit || a.unit == Statistic::Unit::Multiplier)
        return false;
    return a.unit != Statistic::Unit::Money || a.currency == b.currency;
}

// Whether stated and computed ratios agree within rounding: the stated
// multiplier is the ratio rounded or truncated ("sevenfold" for ×7.7).
bool agrees(double stated, double computed)
{
    if (stated <= 0 || computed <= 0)
        return true;
    if (stated >= 2)
        return std::abs(computed - stated) < 1.0;
    return std::abs(computed - stated) / stated <= 0.15;
}

// The word a figure counts, singular and in lower case: "2.93 million hosts"
// → "host"; empty when no word follows.
QString countedNoun(const QString &text, const Statistic &stat)
{
    int i = stat.span.end;
    while (i < text.size() && text.at(i) == u' ')
        ++i;
    int end = i;
    while (end < text.size() && text.at(end).isLetter())
        ++end;
    QString word = text.mid(i, end - i).toLower();
    if (word.size() < 3)
        return {};
    if (word.endsWith(u's'))
        word.chop(1);
    return word;
}

// Whether a figure is a rate ("251 a day", "a cybercrime every six
// minutes"): a rate and a total are no one measure at two points.
bool isRate(const QString &text, const Statistic &stat)
{
    static constexpr QLatin1StringView rates[] = {
        QLatin1StringView(" a day"), QLatin1StringView(" per day"), QLatin1StringView(" each day"), QLatin1StringView(" every day"),
        QLatin1StringView(" a week"), QLatin1StringView(" per week"), QLatin1StringView(" a month"), QLatin1StringView(" per month"),
        QLatin1StringView(" an hour"), QLatin1StringView(" per hour"), QLatin1StringView(" a minute"), QLatin1StringView(" per minute"),
        QLatin1StringView(" daily"),
    };
    const QStringView after = QStringView(text).mid(stat.span.end, 12);
    return std::any_of(std::begin(rates), std::end(rates), [&after](QLatin1StringView r) {
        return after.startsWith(r) && (after.size() == r.size() || !after.at(r.size()).isLetter());
    });
}

// Whether a figure is given per head or per thing ("3.3 million yen per
// hospital", "¥500 per user", "a day"), not "per cent".
bool isPerUnit(const QString &text, const Statistic &stat)
{
    const QStringView after = QStringView(text).mid(stat.span.end, 12);
    return isRate(text, stat) || (after.startsWith(QLatin1String(" per ")) && !after.startsWith(QLatin1String(" per cent")));
}

// The words the expressions of a change need, as flags for one sentence.
// An expression runs only where its words stand: it is tried at every
// character of its text, three times for each figure, where this scan
// reads each character of the sentence once. Words as the expressions'
// \b and \s see them: runs of ASCII letters, digits and underscores.
enum Needed : unsigned {
    FromWord = 1, // "from", "compared with", "against", "versus", "vs"
    OnWord = 2, // "… percent on €25.3 million"
    ChangeWord = 4, // what "on" follows: "%", "percent", "per cent", "increase", …
    TimesWord = 8, // "times", "-fold", "twice", "double", …, and "more than"
    AfterWord = 16, // "after 950 a year earlier"
};

unsigned neededWordsIn(QStringView sentence)
{
    struct Word {
        QLatin1StringView word;
        unsigned flag;
    };
    static constexpr Word words[] = {
        {QLatin1StringView("from"), FromWord},       {QLatin1StringView("compared"), FromWord},
        {QLatin1StringView("against"), FromWord},    {QLatin1StringView("versus"), FromWord},
        {QLatin1StringView("vs"), FromWord},         {QLatin1StringView("on"), OnWord},
        {QLatin1StringView("percent"), ChangeWord},  {QLatin1StringView("per"), ChangeWord},
        {QLatin1StringView("increase"), ChangeWord}, {QLatin1StringView("rise"), ChangeWord},
        {QLatin1StringView("decrease"), ChangeWord}, {QLatin1StringView("fall"), ChangeWord},
        {QLatin1StringView("drop"), ChangeWord},     {QLatin1StringView("jump"), ChangeWord},
        {QLatin1StringView("times"), TimesWord},     {QLatin1StringView("fold"), TimesWord},
        {QLatin1StringView("twice"), TimesWord},     {QLatin1StringView("double"), TimesWord},
        {QLatin1StringView("triple"), TimesWord},    {QLatin1StringView("quadruple"), TimesWord},
        {QLatin1StringView("half"), TimesWord},      {QLatin1StringView("than"), TimesWord},
        {QLatin1StringView("after"), AfterWord},
    };
    const auto isWord = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_';
    };
    unsigned found = 0;
    for (qsizetype i = 0, size = sentence.size(); i < size; ++i) {
        if (sentence.at(i) == u'%')
            found |= ChangeWord;
        if (!isWord(sentence.at(i)))
            continue;
        qsizetype end = i + 1;
        while (end < size && isWord(sentence.at(end)))
            ++end;
        const QStringView word = sentence.mid(i, end - i);
        // ("fourfold", "7-fold": "fold" ends the word.)
        if (word.size() > 4 && word.back() == u'd' && word.endsWith(QLatin1StringView("fold")))
            found |= TimesWord;
        for (const Word &w : words) {
            if (w.word.size() == word.size() && w.word.front() == word.front() && word.compare(w.word) == 0)
                found |= w.flag;
        }
        i = end - 1;
    }
    return found;
}

} // namespace

QList<Change> changes(const TextScan::Layout &layout, const QList<Statistic> &stats)
{
    // A change from one statistic to another, by their indexes.
    const auto changeOf = [](int from, int to) {
        Change c;
        c.from = from;
        c.to = to;
        return c;
    };
    const QString &text = layout.text();
    QList<Change> out;
    // "from", "compared with", and "on" after a change in percent ("up
    // just 8 percent on €25.3 million") or its size ("an increase of more
    // than a third on the £1.9 billion"); "from this year's 123.2 billion won".
    static const QRegularExpression fromWord(QStringLiteral(
        // ("against" compares after a figure or a comma, "as against":
        // not "espionage against six U.S. companies".)
        "(?:\\b(?:from|compared\\s(?:with|to)|(?<=,\\s|as\\s|\\d\\s|\\)\\s)against|versus|vs\\.?)|(?:%|\\bpercent|\\bper\\scent|\\b(?:increase|rise|decrease|fall|drop|jump)(?:\\sof(?:\\s[\\w.%\\-]+){1,5}?)?)\\son)\\s"
        "(?:about\\s|around\\s|some\\s|roughly\\s|approx(?:imately|\\.)\\s|nearly\\s|almost\\s|just\\s|only\\s|over\\s|under\\s|more\\sthan\\s|"
        "less\\sthan\\s|fewer\\sthan\\s|the\\s|a\\s|an\\s|record\\s|estimated\\s|equivalent\\sof\\s|"
        // "from last year's daily average of 1.87 million", "from a peak of",
        // "from this fiscal year's initial budget of about 91.8 billion yen"
        "(?:(?:this|last|next)\\s|the\\s(?:previous|prior)\\s)(?:fiscal\\s|financial\\s)?(?:year|month|quarter)[’']s\\s(?:[a-z]+\\s){0,3}?(?:of\\s)?|"
        "(?:[a-z]+\\s)?(?:average|total|peak|high|low|level)\\sof\\s)*$"));
    // A change over an earlier figure, named at length or not: "an increase
    // of about 7.4% over the FY2024 initial budget of about 7.95 trillion
    // yen", "an increase of about 28% over the 330 received in …".
    static const QRegularExpression overWhat(QStringLiteral(
        "(?:%|\\bpercent|\\bper\\scent|\\b(?:increase|rise|decrease|fall|drop|jump))\\sover\\s(?:the\\s)?(?:(?:[\\w\\-]+\\s){0,3}?"
        "(?:budget|figure|amount|total|level)\\sof\\s)?(?:about\\s|around\\s|some\\s|roughly\\s|approx(?:imately|\\.)\\s|nearly\\s|almost\\s)?$"));
    static const QRegularExpression upFrom(QStringLiteral("\\b(?:up|down)\\sfrom\\s[^\\d]*$"));
    static const QRegularExpression changeBefore(QStringLiteral(
        "\\b(?:increase|increases|rise|rises|jump|surge|growth|gain|decline|drop|fall|decrease|reduction|up|down|rose|fell|grew|climbed|"
        "jumped|increased|decreased|declined|dropped|soared|surged|plunged|doubled|tripled|halved|grown|risen|fallen|shrunk|shrank|"
        "reduced|cut|lowered|raised|compared|against|versus|vs\\.?|double|triple)\\b(?:[^.;]|\\.\\d|(?<=\\bapprox)\\.)*$"));
    static const QRegularExpression timesThe(QStringLiteral(
        "(?:(?:\\b(?:times|twice|double|triple|quadruple|half)|fold)[\"\u201D]?\\s(?:as\\s(?:many|much|high|large|big)\\s(?:as\\s)?|(?:more|higher|larger|greater)\\sthan\\s)?"
        // "41 per cent more than the 4,612 recorded in 2024"
        "|(?:%|\\bpercent|\\bper\\scent)\\s(?:more|higher|lower|less|fewer|above|below)\\sthan\\s)"
        "(?:(?:the|what|that|those|its|their|(?:this|last)\\s(?:year|month|quarter)[’']s)\\s(?:[\\w’'\\-]+\\s){0,4}?(?:of\\s)?"
        // ("2.6 times more than in 2022 (1,506)": the earlier figure in brackets after its year)
        "|(?:in\\s[^()]{1,30}|a\\s(?:year|month|quarter)\\searlier|(?:the\\s)?(?:previous|prior|last)\\s(?:year|month|quarter))\\s\\()?"
        "(?:about\\s|around\\s|some\\s|roughly\\s|approx(?:imately|\\.)\\s|nearly\\s|almost\\s)*$"));
    // The same with a fraction, "a quarter more than the 960 …" (tried
    // only where a fraction's word stands).
    static const QRegularExpression fractionThan(QStringLiteral(
        "(?:\\ba\\s(?:quarter|third|fifth|tenth)|\\bhalf|\\bone-(?:quarter|third))\\s(?:more|higher|lower|less|fewer|above|below)\\sthan\\s"
        "(?:(?:the|what|that|those|its|their)\\s(?:[\\w’'\\-]+\\s){0,4}?(?:of\\s)?)?(?:about\\s|around\\s|some\\s|roughly\\s|nearly\\s|almost\\s)*$"));
    const auto multipleBefore = [](const QString &lead) {
        return timesThe.match(lead).hasMatch()
            || (lead.contains(QLatin1String(" than ")) && (lead.contains(QLatin1String("quarter")) || lead.contains(QLatin1String("third"))
                                                           || lead.contains(QLatin1String("half")) || lead.contains(QLatin1String("fifth"))
                                                           || lead.contains(QLatin1String("tenth")))
                && fractionThan.match(lead).hasMatch());
    };
    // "The total was up from 222 in 2024": the earlier figure of one pointed back at.
    static const QRegularExpression upFromLead(QStringLiteral(
        "\\b(?:up|down)\\s(?:[\\d.,]+\\s?(?:%|percent|per\\scent|pct)\\s)?from\\s(?:about\\s|around\\s|some\\s|roughly\\s|approx(?:imately|\\.)\\s|nearly\\s|almost\\s|the\\s)*$"));
    static const QRegularExpression toWord(QStringLiteral(
        "\\bto\\s(?:about\\s|around\\s|some\\s|roughly\\s|approx(?:imately|\\.)\\s|nearly\\s|almost\\s|a\\srecord\\s|over\\s|under\\s|more\\sthan\\s|"
        "fewer\\sthan\\s|less\\sthan\\s|at\\sleast\\s|the\\s)*$"));
    // A sentence that opens by pointing back at the last one's figure:
    // "That is more than four times the 610 …", "The figure is roughly eight
    // times the 260,000 …"; a budget's "The request is up 3.6 pct from …".
    static const QRegularExpression pointsBack(QStringLiteral(
        "^(?:That|This|It|The)\\s(?:(?:figure|number|total|tally|count|amount|sum|request|budget|allocation)(?:\\sof\\s[a-z]+(?:\\s[a-z]+)?)?\\s)?(?:is|was|represents|marks|would\\sbe|has\\sbeen|compares\\s(?:with|to))\\b"
        // "The figure compared with about 3.99 million in fiscal 2014 and
        // was nearly six times the 1.08 million …"
        "|^The\\s(?:figure|number|total|tally|count|amount|sum)\\scompared?\\s(?:with|to)\\b"));
    // Or as more or less than an earlier figure: "This figure is lower than
    // the up to 39.15 million lines that KDDI announced on July 3".
    static const QRegularExpression thanLead(QStringLiteral(
        "^(?:That|This|It|The)\\s(?:figure|number|total|tally|count|amount|sum|estimate)?\\s?(?:is|was)\\s(?:far\\s|much\\s|slightly\\s)?"
        "(?:lower|higher|smaller|larger|fewer|less|more|greater)\\sthan\\s(?:the\\s)?(?:up\\sto\\s|about\\s|around\\s|some\\s|roughly\\s|nearly\\s|almost\\s)*$"));
    // Or after where the figure is from: "According to the report, …, the
    // figure compares with …".
    static const QRegularExpression pointsBackLater(QStringLiteral(
        ",\\s[Tt]he\\s(?:figure|number|total|tally|count|amount|sum)\\scompare[sd]?\\s(?:with|to)\\b"));
    static const QRegularExpression comparedWith(QStringLiteral(
        "\\bcompare[sd]?\\s(?:with|to)\\s(?:about\\s|around\\s|some\\s|roughly\\s|approx(?:imately|\\.)\\s|nearly\\s|almost\\s|the\\s)*$"));
    // Or by naming it as what changes: "The ministry aims to raise that to
    // about 4,000".
    static const QRegularExpression raiseThat(QStringLiteral(
        // ("Further analysis has since raised the figure to approximately 5,000")
        "(?:(?:\\b(?:raise|raised|increase|increased|grow|expand|expanded|cut|reduce|reduced|lift|lifted|boost|boosted|bring|brought|double|doubled|"
        "triple|tripled|revised)\\s(?:that|it|this|the\\s(?:figure|number|total|estimate|count|tally))"
        // "plans to increase the number by about 320 to some 1,210"
        "(?:\\sby\\s(?:about\\s|around\\s|some\\s|roughly\\s|nearly\\s)?[\\d,.]+)?"
        // "The number had risen to 21 by February"
        // (or said to have: "…, said on Thursday that the total had grown to 59 million crowns";
        // a ransom's "The demand rises to $600 if …")
        "|(?:^|\\bthat\\s)(?:[Tt]he|That|This)\\s(?:figure|number|total|count|tally|demand|ransom|amount|sum|price|fee|estimate)\\s(?:had\\s|has\\s|have\\s)?"
        "(?:risen|rose|rises|grown|grew|grows|fallen|fell|falls|increased|increases|dropped|drops|climbed|climbs|reached|doubles))"
        "\\sto"
        // A revised count: "In February, it put the total at approximately 519,000 items".
        // (Not "the company had put the number at 290,000": the earlier one.)
        "|(?<!\\bhad\\s)\\bput\\s(?:the|its|that)\\s(?:total|figure|number|estimate|count|tally)(?:\\sof(?:\\s[a-z\\-]+){1,3})?\\sat)"
        "\\s(?:about\\s|around\\s|some\\s|roughly\\s|approx(?:imately|\\.)\\s|nearly\\s|almost\\s|over\\s|more\\sthan\\s|at\\sleast\\s)*$"));
    // Periods and stated multipliers of a sentence's changes (one end may
    // stand in the sentence before).
    const auto settle = [&](const TextSpan &sentence, const QList<int> &inSentence) {
        for (Change &c : out) {
            if (c.ratio != 0 || !(sentence.contains(stats.at(c.from).span.start) || sentence.contains(stats.at(c.to).span.start)))
                continue;
            const Statistic &from = stats.at(c.from);
            const Statistic &to = stats.at(c.to);
            c.fromPeriod = from.period;
            c.toPeriod = to.period;
            if (from.value > 0)
                c.ratio = to.value / from.value;
            const int lo = qMin(from.span.start, to.span.start);
            const int hi = qMax(from.span.end, to.span.end);
            for (int i : std::as_const(inSentence)) {
                const Statistic &m = stats.at(i);
                if (m.unit != Statistic::Unit::Multiplier)
                    continue;
                // The multiplier stands between the two figures or right by
                // them, and not between the figures of another change ("up
                // from 222 in 2024 and more than double the 103").
                const bool between = m.span.start >= lo && m.span.end <= hi;
                const bool another = !between && std::any_of(out.cbegin(), out.cend(), [&](const Change &o) {
                    const int olo = qMin(stats.at(o.from).span.start, stats.at(o.to).span.start);
                    const int ohi = qMax(stats.at(o.from).span.end, stats.at(o.to).span.end);
                    return &o != &c && m.span.start >= olo && m.span.end <= ohi && (olo != lo || ohi != hi);
                });
                if (!another && m.span.start >= lo - 60 && m.span.end <= hi + 60) {
                    c.statedMultiplier = m.span.text(text);
                    c.statedRatio = m.value;
                    break;
                }
            }
            c.disagrees = !c.statedMultiplier.isEmpty() && !agrees(c.statedRatio, c.ratio);
        }
    };
    QList<int> previous; // the statistics of the last sentence that had any
    int next = 0; // statistics are in text order
    for (const TextSpan &line : layout.lines()) {
        if (next >= stats.size())
            break;
        if (stats.at(next).span.start >= line.end)
            continue;
        for (const TextSpan &sentence : layout.sentencesOf(line)) {
            QList<int> inSentence;
            while (next < stats.size() && stats.at(next).span.start < sentence.end) {
                if (stats.at(next).span.start >= sentence.start)
                    inSentence.append(next);
                ++next;
            }
            // A revision stated in words, its figures in the sentences
            // before: "The final figure is roughly three times the
            // preliminary one", "The revised number of customers is more
            // than twice the Company's first estimate" after "… put the number of affected customers
            // at about 420,000. The Company's final report … states that …
            // up to 1,284,000 customers …". The two of one measure, the later
            // one last, that the multiple fits.
            if (inSentence.size() == 1 && stats.at(inSentence.constFirst()).unit == Statistic::Unit::Multiplier
                && stats.at(inSentence.constFirst()).value > 1 && text.at(sentence.start) == u'T') {
                static const QRegularExpression revised(QStringLiteral(
                    "^The\\s(?:final|new|latest|revised|updated|current)\\s(?:figure|number|total|count|estimate|tally)(?:\\sof\\s[a-z]+(?:\\s[a-z]+){0,2})?"
                    "\\s(?:is|was|now\\sstands\\sat|stands\\sat)\\s"
                    "(?:about\\s|around\\s|some\\s|roughly\\s|nearly\\s|almost\\s|more\\sthan\\s|approximately\\s)*$"));
                static const QRegularExpression earlierOne(QStringLiteral(
                    "^\\s(?:the|its|(?:the\\s)?[A-Z]\\w*[’']s)\\s(?:preliminary|initial|first|earlier|original|previous)\\s(?:one|figure|estimate|count|number|total)\\b"));
                const Statistic &m = stats.at(inSentence.constFirst());
                if (revised.matchView(QStringView(text).mid(sentence.start, m.span.start - sentence.start)).hasMatch()
                    && earlierOne.matchView(QStringView(text).mid(m.span.end, 40)).hasMatch()) {
                    // (Among the dozen figures before it, however far back.)
                    int later = -1;
                    int earlier = -1;
                    for (int y = inSentence.constFirst() - 1; later < 0 && y >= 0 && y >= inSentence.constFirst() - 12; --y) {
                        const Statistic &to = stats.at(y);
                        if (to.unit == Statistic::Unit::Multiplier || to.value <= 0)
                            continue;
                        for (int x = y - 1; x >= 0 && x >= inSentence.constFirst() - 12; --x) {
                            const Statistic &from = stats.at(x);
                            if (from.value > 0 && sameMeasure(from, to) && std::abs(std::log(to.value / from.value / m.value)) <= std::log(1.25)) {
                                later = y;
                                earlier = x;
                                break;
                            }
                        }
                    }
                    if (later >= 0 && std::none_of(out.cbegin(), out.cend(), [&](const Change &c) { return c.from == earlier && c.to == later; })) {
                        Change c;
                        c.from = earlier;
                        c.to = later;
                        c.fromPeriod = stats.at(earlier).period;
                        c.toPeriod = stats.at(later).period;
                        c.ratio = stats.at(later).value / stats.at(earlier).value;
                        c.statedMultiplier = m.span.text(text);
                        c.statedRatio = m.value;
                        c.disagrees = !agrees(c.statedRatio, c.ratio);
                        out.append(c);
                    }
                }
            }
            if (!inSentence.isEmpty() && !previous.isEmpty()) {
                // (Past the size of the step where a level follows: "is up
                // 3.6 pct from 5,400.5 billion yen", "increase the number by
                // about 320 to some 1,210".)
                static const QRegularExpression byStep(QStringLiteral("\\bby\\s(?:about\\s|around\\s|some\\s|roughly\\s|nearly\\s|almost\\s)?$"));
                const auto step = [&](int i) {
                    const Statistic &s = stats.at(i);
                    if (s.unit == Statistic::Unit::Percent)
                        return QStringView(text).mid(s.span.end, 6) == QLatin1String(" from ");
                    const QStringView lead = QStringView(text).mid(qMax(sentence.start, s.span.start - 16), s.span.start - qMax(sentence.start, s.span.start - 16));
                    return lead.contains(QLatin1String("by ")) && byStep.matchView(lead).hasMatch();
                };
                auto figure = std::find_if(inSentence.cbegin(), inSentence.cend(),
                                           [&](int i) { return stats.at(i).unit != Statistic::Unit::Multiplier; });
                if (figure != inSentence.cend() && figure + 1 != inSentence.cend() && step(*figure))
                    ++figure;
                const int ia = figure != inSentence.cend() ? *figure : inSentence.constFirst();
                const Statistic &first = stats.at(ia);
                // The expressions only where their plain words stand (this runs for every sentence with a figure).
                const int lead = qMax(sentence.start, first.span.start - 120);
                const QString wider = text.mid(lead, first.span.start - lead);
                // (The sentence's opening, or a clause after where the figure is from.)
                const QStringView head = QStringView(text).mid(sentence.start, qMin(160, sentence.length()));
                // ("This figure is lower than …" points at the last
                // sentence's main figure, its first of the measure.)
                const bool than = wider.contains(QLatin1String(" than ")) && thanLead.match(wider).hasMatch();
                const bool back = (pointsBack.matchView(head.left(40)).hasMatch()
                                   || (head.contains(QLatin1String(" compare")) && pointsBackLater.matchView(head).hasMatch()))
                    && (multipleBefore(wider) || upFromLead.match(wider).hasMatch() || comparedWith.match(wider).hasMatch() || than);
                const bool raised = !back && (wider.contains(QLatin1String(" to ")) || wider.contains(QLatin1String(" at "))) && raiseThat.match(wider).hasMatch();
                // The last sentence's figure of the same measure, of the same
                // thing where one is ("more than 1,100 victims …, including
                // 312 in the United States. That total is … the 430 victims").
                // What the sentence names as its measure, further back where
                // the last sentence counts none of it: "The number of
                // attempts was almost four times the 410 …" two paragraphs
                // after "… targeted by 1,540 … attempts" (not the last
                // sentence's "120,000 requests per second").
                QList<int> pool = previous;
                static const QRegularExpression namedMeasure(QStringLiteral("^The\\s(?:number|total|count|tally)\\sof\\s([a-z]{3,})\\s"));
                if (const QRegularExpressionMatch named = back && head.startsWith(QLatin1String("The ")) ? namedMeasure.matchView(head) : QRegularExpressionMatch();
                    named.hasMatch()) {
                    const QString word = named.captured(1).endsWith(u's') ? named.captured(1).chopped(1) : named.captured(1);
                    // (Its noun within a few words after the figure: "1,540
                    // distributed denial-of-service (DDoS) attempts".)
                    const auto counts = [&](int i) {
                        const QStringView after = QStringView(text).mid(stats.at(i).span.end, 60);
                        qsizetype stop = 0;
                        while (stop < after.size() && after.at(stop) != u'.' && after.at(stop) != u',' && after.at(stop) != u';')
                            ++stop;
                        int words = 0;
                        for (const QStringView w : after.first(stop).tokenize(u' ', Qt::SkipEmptyParts)) {
                            if (++words > 5)
                                break;
                            if (w == word || (w.size() == word.size() + 1 && w.startsWith(word) && w.endsWith(u's')))
                                return true;
                        }
                        return false;
                    };
                    // (Only with a stated multiple that one of them fits and
                    // none of the last sentence's does: "The number of cases
                    // was about six times the 391 a year earlier" after
                    // "transfers … numbered 2,322" is 2,322, not "the 103
                    // cases" of a paragraph before.)
                    const auto multiple = std::find_if(inSentence.cbegin(), inSentence.cend(), [&](int i) {
                        return stats.at(i).unit == Statistic::Unit::Multiplier && stats.at(i).value > 0;
                    });
                    const auto fits = [&](int i) {
                        return first.value > 0 && stats.at(i).value > 0 && sameMeasure(first, stats.at(i))
                            && std::abs(std::log(stats.at(i).value / first.value / stats.at(*multiple).value)) <= std::log(1.25);
                    };
                    if (multiple != inSentence.cend() && std::none_of(previous.cbegin(), previous.cend(), counts)
                        && std::none_of(previous.cbegin(), previous.cend(), fits)) {
                        QList<int> counting;
                        for (int i = 0; i < stats.size() && stats.at(i).span.start < sentence.start; ++i) {
                            if (stats.at(i).span.start >= sentence.start - 1500 && counts(i) && fits(i))
                                counting.append(i);
                        }
                        if (!counting.isEmpty())
                            pool = counting;
                    }
                }
                // (A count put at a new figure names what it counts: "it put
                // the number of affected borrowers at 23,950" is the
                // borrowers', not "two outsourcing contractors".)
                static const QRegularExpression putNumberOf(QStringLiteral("\\bput\\s(?:the|its|that)\\s(?:number|count|total)\\sof\\s(?:[a-z\\-]+\\s){0,2}([a-z]+?)s?\\sat\\s"));
                const QRegularExpressionMatch named = raised && wider.contains(QLatin1String("put ")) ? putNumberOf.match(wider) : QRegularExpressionMatch();
                const QString noun = named.hasMatch() ? named.captured(1) : back || raised ? countedNoun(text, first) : QString();
                const bool nounThere = !noun.isEmpty() && std::any_of(pool.cbegin(), pool.cend(), [&](int p) {
                    return sameMeasure(first, stats.at(p)) && countedNoun(text, stats.at(p)) == noun;
                });
                if (named.hasMatch() && !nounThere)
                    pool.clear();
                // The figure pointed back at: the nearest of the same measure
                // (of the same thing where one is), or, when the sentence
                // states a multiplier, the one it fits best ("That is more
                // than double the 19 victims …" after "at least 47 hospitals
                // …, … 6.8 million patients": 47, not 6.8 million).
                const auto stated = std::find_if(inSentence.cbegin(), inSentence.cend(), [&](int i) {
                    return stats.at(i).unit == Statistic::Unit::Multiplier && stats.at(i).value > 0;
                });
                int nearest = -1;
                int fitting = -1;
                double fit = 0;
                for (int k = int(pool.size()) - 1; (back || raised) && k >= 0; --k) {
                    const Statistic &other = stats.at(pool.at(k));
                    if (!sameMeasure(first, other) || (nounThere && countedNoun(text, other) != noun))
                        continue;
                    // "… now has about 1,870 members, more than three times
                    // the 540 it had …. The ministry plans to raise that to
                    // about 2,700": "that" is the level now, not the figure
                    // it was compared with.
                    if (raised && std::any_of(out.cbegin(), out.cend(), [&](const Change &c) { return c.from == pool.at(k); }))
                        continue;
                    // (After "lower than", the earliest: the loop runs back.)
                    if (nearest < 0 || (than && stated == inSentence.cend()))
                        nearest = k;
                    if (stated == inSentence.cend() || nounThere || first.value <= 0 || other.value <= 0)
                        continue;
                    const double ratio = back ? other.value / first.value : first.value / other.value;
                    const double distance = std::abs(std::log(ratio / stats.at(*stated).value));
                    if (fitting < 0 || distance < fit) {
                        fitting = k;
                        fit = distance;
                    }
                }
                if (const int k = fitting >= 0 ? fitting : nearest; k >= 0) {
                    // Periods and the stated multiplier below, with this sentence's.
                    Change c;
                    c.from = back ? ia : pool.at(k);
                    c.to = back ? pool.at(k) : ia;
                    out.append(c);
                    // "… up from 222 in 2024 and more than double the 103
                    // recorded in 2021": each earlier figure of the sentence
                    // is compared with the one pointed back at.
                    for (int j = 0; back && j < inSentence.size(); ++j) {
                        const Statistic &other = stats.at(inSentence.at(j));
                        if (inSentence.at(j) == ia || !sameMeasure(other, stats.at(pool.at(k))))
                            continue;
                        const int otherLead = qMax(sentence.start, other.span.start - 70);
                        const QString before = text.mid(otherLead, other.span.start - otherLead);
                        if (multipleBefore(before) || upFromLead.match(before).hasMatch()) {
                            Change more;
                            more.from = inSentence.at(j);
                            more.to = pool.at(k);
                            out.append(more);
                        }
                    }
                    // A comparison of two measures at once: "… 2,162 incident
                    // reports …, with direct financial losses of $5.8 million.
                    // That compares with 1,867 reports and losses of $4.7m
                    // …": each figure with the last sentence's of its measure.
                    // And a measure of its own in a clause after it: "The
                    // number of cases was up from 1,110 …, while losses nearly
                    // tripled from VNĐ1.3 trillion" (its level last sentence).
                    for (int j = 0; back && j < inSentence.size(); ++j) {
                        const Statistic &other = stats.at(inSentence.at(j));
                        if (inSentence.at(j) == ia || sameMeasure(other, first) || other.unit == Statistic::Unit::Multiplier)
                            continue;
                        const int otherLead = qMax(sentence.start, other.span.start - 40);
                        const QString before = text.mid(otherLead, other.span.start - otherLead);
                        const bool laterSame = std::any_of(inSentence.cbegin() + j + 1, inSentence.cend(), [&](int i) { return sameMeasure(other, stats.at(i)); });
                        if (laterSame || !before.contains(QLatin1String("from ")) || !fromWord.match(before).hasMatch())
                            continue;
                        for (int p = int(pool.size()) - 1; p >= 0; --p) {
                            if (sameMeasure(other, stats.at(pool.at(p)))) {
                                out.append(changeOf(inSentence.at(j), pool.at(p)));
                                break;
                            }
                        }
                    }
                    if (back && comparedWith.match(wider).hasMatch()) {
                        for (int j = 0; j < inSentence.size(); ++j) {
                            const Statistic &other = stats.at(inSentence.at(j));
                            if (inSentence.at(j) == ia || sameMeasure(other, first) || other.unit == Statistic::Unit::Multiplier)
                                continue;
                            for (int p = int(previous.size()) - 1; p >= 0; --p) {
                                if (sameMeasure(other, stats.at(previous.at(p)))) {
                                    out.append(changeOf(inSentence.at(j), previous.at(p)));
                                    break;
                                }
                            }
                        }
                    }
                }
            }
            const QList<int> earlier = previous;
            if (!inSentence.isEmpty())
                previous = inSentence;
            if (inSentence.size() < 2) {
                settle(sentence, inSentence); // (a change with the sentence before)
                continue;
            }
            const unsigned needed = neededWordsIn(QStringView(text).mid(sentence.start, sentence.length()));
            const bool mayCompare = (needed & FromWord) || ((needed & OnWord) && (needed & ChangeWord));
            for (int a = 0; a < inSentence.size(); ++a) {
                const int ia = inSentence.at(a);
                const Statistic &first = stats.at(ia);
                const QString lead = text.mid(qMax(sentence.start, first.span.start - 40), first.span.start - qMax(sentence.start, first.span.start - 40));
                // (Further back where the lead is a long description of
                // what was compared: "… 7.4% over the FY2024 initial
                // budget of about 7.95 trillion yen", "… 14% from this
                // fiscal year's initial budget of about 91.8 billion yen".)
                const auto longLead = [&] {
                    const int start = qMax(sentence.start, first.span.start - 64);
                    return QStringView(text).mid(start, first.span.start - start);
                };
                const bool from = (mayCompare && (fromWord.match(lead).hasMatch() || ((lead.contains(u'’') || lead.contains(u'\'')) && fromWord.matchView(longLead()).hasMatch())))
                    || ((needed & ChangeWord) && lead.contains(QLatin1String("over "))
                        && overWhat.matchView(QStringView(text).mid(qMax(sentence.start, first.span.start - 60),
                                                                    first.span.start - qMax(sentence.start, first.span.start - 60))).hasMatch());
                // Pattern 1: "from A ... to B" (not "B, up from A, and … to C").
                if (from && !upFrom.match(lead).hasMatch()) {
                    for (int b = a + 1; b < inSentence.size(); ++b) {
                        const Statistic &second = stats.at(inSentence.at(b));
                        if (!sameMeasure(first, second))
                            continue;
                        const QString between = text.mid(first.span.end, second.span.start - first.span.end);
                        // (Not into another clause: "from 976.4 million in
                        // 2022, while ransomware-related anomalies rose to
                        // 1,011".)
                        if (between.size() > 80 || !toWord.match(between).hasMatch() || between.contains(QLatin1String(", and "))
                            || between.contains(QLatin1String(", while ")) || between.contains(QLatin1String(", whereas ")))
                            continue;
                        Change c;
                        c.from = ia;
                        c.to = inSentence.at(b);
                        out.append(c);
                        // And on to a third, each at its time: "from 890 in
                        // 2019 to 2,230 in 2021 and 2,410 in 2022" (2,230 →
                        // 2,410 too).
                        static const QRegularExpression onTo(QStringLiteral(
                            "^\\s(?:in|by)\\s(?:fiscal\\s|FY\\s?)?(?:19|20)\\d\\d(?:[-–/]\\d{2,4})?,?\\s(?:and|then)\\s(?:to\\s)?"
                            "(?:about\\s|around\\s|some\\s|roughly\\s|nearly\\s|almost\\s|over\\s|more\\sthan\\s)?$"));
                        if (b + 1 < inSentence.size()) {
                            const Statistic &third = stats.at(inSentence.at(b + 1));
                            if (sameMeasure(second, third)
                                && onTo.matchView(QStringView(text).mid(second.span.end, third.span.start - second.span.end)).hasMatch())
                                out.append(changeOf(inSentence.at(b), inSentence.at(b + 1)));
                        }
                        // Figures in parallel: "from €17.2 million and 76 staff
                        // in 2019 to €25.3 million and 128 staff in 2024".
                        static const QRegularExpression joined(QStringLiteral("^\\s(?:[a-z]+\\s){0,2}?and\\s\\z"));
                        const int a2 = a + 1;
                        const int b2 = b + 1;
                        if (a2 < b && b2 < inSentence.size()) {
                            const Statistic &from2 = stats.at(inSentence.at(a2));
                            const Statistic &to2 = stats.at(inSentence.at(b2));
                            if (sameMeasure(from2, to2) && joined.match(text.mid(first.span.end, from2.span.start - first.span.end)).hasMatch()
                                && joined.match(text.mid(second.span.end, to2.span.start - second.span.end)).hasMatch()) {
                                Change c2;
                                c2.from = inSentence.at(a2);
                                c2.to = inSentence.at(b2);
                                out.append(c2);
                            }
                        }
                        break;
                    }
                }
                // Pattern 1b: what something started with and what it has
                // now, "The unit, which started with about 200 investigators,
                // now has about 240".
                static const QRegularExpression startedWith(QStringLiteral(
                    "\\b(?:started|began|was\\s(?:launched|set\\sup|created|established))\\s(?:out\\s)?with\\s(?:about\\s|around\\s|some\\s|roughly\\s|nearly\\s|almost\\s|just\\s|only\\s)?$"));
                static const QRegularExpression nowHas(QStringLiteral(
                    "^\\s(?:[\\w\\-]+\\s){0,3}?[\\w\\-]*,?\\s(?:and\\s)?(?:it\\s|they\\s)?now\\s(?:has|have|numbers?|employs|counts|totals|stands\\sat)\\s"
                    "(?:about\\s|around\\s|some\\s|roughly\\s|nearly\\s|almost\\s|over\\s|more\\sthan\\s)?$"));
                int nextSame = a + 1; // the next figure of the same measure
                while (nextSame < inSentence.size() && !sameMeasure(first, stats.at(inSentence.at(nextSame))))
                    ++nextSame;
                if (nextSame < inSentence.size() && lead.contains(QLatin1String("with ")) && startedWith.match(lead).hasMatch()
                    && nowHas.matchView(QStringView(text).mid(first.span.end, stats.at(inSentence.at(nextSame)).span.start - first.span.end)).hasMatch())
                    out.append(changeOf(ia, inSentence.at(nextSame)));
                // And the next figure, where the sentence goes on to raise
                // it: "…, now has about 240, and the NPA aims to increase
                // that to about 300".
                if (nextSame < inSentence.size()) {
                    const Statistic &second = stats.at(inSentence.at(nextSame));
                    const QString between = text.mid(first.span.end, second.span.start - first.span.end);
                    // (The expression only where "that to", "it to", … stands.)
                    const qsizetype to = between.size() <= 80 ? between.lastIndexOf(QLatin1String(" to ")) : -1;
                    const QStringView named = to > 0 ? QStringView(between).left(to) : QStringView();
                    const bool namesIt = named.endsWith(QLatin1String(" that")) || named.endsWith(QLatin1String(" it")) || named.endsWith(QLatin1String(" this"))
                        || named.endsWith(QLatin1String(" figure")) || named.endsWith(QLatin1String(" number")) || named.endsWith(QLatin1String(" total"));
                    // (Not from a figure compared with: "390 staff, roughly
                    // twice the 190 that NISC had …, and we intend to
                    // increase the number to about 2,000" raises the 390.)
                    if (namesIt && !between.contains(u';') && !multipleBefore(lead) && raiseThat.match(between).hasMatch()
                        && std::none_of(out.cbegin(), out.cend(), [&](const Change &c) { return c.to == inSentence.at(nextSame); }))
                        out.append(changeOf(ia, inSentence.at(nextSame)));
                }
                // Pattern 2: "B ..., (a N-fold increase / up) from A"; "B in
                // 2024, N times / twice as many as / more than double the A".
                // A bare "from" is an origin ("1,300 defenders from 29
                // Allies"), not a change: a word of change must lead to it.
                const QString wider = text.mid(qMax(sentence.start, first.span.start - 70), first.span.start - qMax(sentence.start, first.span.start - 70));
                // "to NT$10 million (US$305,000), from NT$1 million now": a
                // target before the comma leads there too.
                // So does a figure right after "to": "to €4.1 billion in 2027
                // from €2.6 billion", "to 22 cases from six", "to KD 9.8
                // million in the 2024/2025 fiscal year, which starts in
                // April, from KD 6.2 million" (looked for further back).
                static const QRegularExpression targetBefore(QStringLiteral(
                    "\\bto\\s[^,;.]{1,40}(?:\\([^()]{1,30}\\))?,\\s(?:from)\\s[^\\d]*$"
                    "|\\bto\\s(?:about\\s|around\\s|roughly\\s|nearly\\s|almost\\s|more\\sthan\\s|approximately\\s|some\\s)?(?:[A-Z]{2,3}\\s|[A-Z][A-Za-z]{0,3}\\$?|[$€£¥₩₹])?\\d[^;]{0,80}?\\sfrom\\s[^\\d]*$"));
                // "1,060 ransomware attacks …, after 950 a year earlier": the
                // earlier figure named by its time.
                static const QRegularExpression afterWord(QStringLiteral("\\bafter\\s(?:about\\s|around\\s|some\\s|roughly\\s|nearly\\s|almost\\s)*$"));
                static const QRegularExpression earlierTime(QStringLiteral(
                    "^\\s(?:[a-z]+\\s){0,2}?(?:a\\syear\\s(?:earlier|before|ago)|the\\s(?:year|month|quarter)\\sbefore|the\\s(?:previous|prior)\\s(?:year|month|quarter)|"
                    "in\\s(?:19|20)\\d\\d\\b)"));
                const bool afterEarlier = (needed & AfterWord) && lead.endsWith(QLatin1String(" ")) && afterWord.match(lead).hasMatch()
                    && earlierTime.matchView(QStringView(text).mid(first.span.end, 40)).hasMatch();
                // A plan or a target is no earlier value: "only 420 staff,
                // against the 800 planned when it was set up".
                static const QRegularExpression planned(QStringLiteral(
                    "^\\s(?:planned|targeted|promised|envisaged|foreseen|required|needed|intended)\\b"));
                const auto target = [&] { return planned.matchView(QStringView(text).mid(first.span.end, 14)).hasMatch(); };
                const auto farther = [&] {
                    const int start = qMax(sentence.start, first.span.start - 100);
                    return QStringView(text).mid(start, first.span.start - start);
                };
                if (((from && (changeBefore.match(wider).hasMatch() || targetBefore.matchView(farther()).hasMatch())) || afterEarlier
                     || ((needed & TimesWord) && multipleBefore(wider)))
                    && !target()) {
                    // The later figures it may be compared with, nearest first.
                    QList<int> candidates;
                    for (int b = a - 1; b >= 0; --b) {
                        const Statistic &later = stats.at(inSentence.at(b));
                        // A figure compared with another is no later value,
                        // nor is a whole a share is of ("17 of the 24
                        // agencies"), a place count ("in 47 countries") or a
                        // threshold ("10% or more of their budgets").
                        const bool base = std::any_of(out.cbegin(), out.cend(), [&](const Change &c) { return c.from == inSentence.at(b); });
                        const QString laterLead = text.mid(qMax(sentence.start, later.span.start - 8), later.span.start - qMax(sentence.start, later.span.start - 8));
                        const QStringView laterTail = QStringView(text).mid(later.span.end, 10);
                        // (Places counted: "in 47 countries", "across 22
                        // Member States"; not "bring in 118 SOCs".)
                        static const QRegularExpression places(QStringLiteral(
                            "^\\s(?:[A-Z][a-z]+\\s)?(?:countries|nations|states|States|cities|regions|provinces|prefectures|locations|"
                            "jurisdictions|municipalities|districts|economies|territories|continents|counties)\\b"));
                        // (Nor where people come from: "72 participants from 16
                        // countries and regions, twice as many as the 36 …".)
                        const bool placeCount = (laterLead.endsWith(QLatin1String(" in ")) || laterLead.endsWith(QLatin1String(" across "))
                                                 || laterLead.endsWith(QLatin1String(" from ")))
                            && places.matchView(QStringView(text).mid(later.span.end, 40)).hasMatch();
                        // (Nor a difference, "up 779 (10.6%) from 7,334", nor
                        // an earlier value itself, "up some 1.8 pct from
                        // 233.9 billion yen … and nearly seven times the …".)
                        static const QRegularExpression differenceTail(QStringLiteral("^(?:\\s\\([^()]{1,20}\\))?,?\\s(?:from|compared|over)\\b"));
                        const bool difference = (laterLead.endsWith(QLatin1String("up ")) || laterLead.endsWith(QLatin1String("down ")))
                            && differenceTail.matchView(QStringView(text).mid(later.span.end, 30)).hasMatch();
                        // (Nor the multiple's own number: "more than four
                        // times its initial estimate of 550,000".)
                        // (Not a count of times: "1.96 million times a day",
                        // "hit 19 times, nearly triple …".)
                        static const QRegularExpression multipleTail(QStringLiteral("^(?:\\stimes\\s(?:the|its|their|as|more|higher|larger|greater|what|that|over)\\b|-fold\\b)"));
                        const bool multiple = multipleTail.matchView(QStringView(text).mid(later.span.end, 20)).hasMatch();
                        // (Nor one owned: "3,150 of the organisation’s 4,200 servers".)
                        static const QRegularExpression ownedWhole(QStringLiteral("\\d\\sof\\s(?:the\\s[\\w\\-]+[’']s?|its|their|our)\\s\\z"));
                        const bool ownedTotal = (laterLead.endsWith(u"’s ") || laterLead.endsWith(QLatin1String("'s "))
                                                 || laterLead.endsWith(u"s’ ") || laterLead.endsWith(QLatin1String("s' ")) || laterLead.endsWith(QLatin1String("its "))
                                                 || laterLead.endsWith(QLatin1String("their ")) || laterLead.endsWith(QLatin1String("our ")))
                            && ownedWhole.matchView(QStringView(text).mid(qMax(sentence.start, later.span.start - 40), later.span.start - qMax(sentence.start, later.span.start - 40))).hasMatch();
                        if (!sameMeasure(first, later) || base || multiple || ownedTotal || laterLead.endsWith(QLatin1String("of the ")) || laterLead.endsWith(QLatin1String("out of "))
                            || placeCount || difference || laterLead.endsWith(QLatin1String("from "))
                            || laterTail.startsWith(QLatin1String(" or more")) || laterTail.startsWith(QLatin1String(" or less")))
                            continue;
                        if (first.span.start - later.span.end > 220)
                            break;
                        candidates.append(b);
                    }
                    // A rate is no later value of a total when another figure
                    // is: "91,600 reports, an average of 251 a day and 8 per
                    // cent more than the 84,700 made in 2024–25" (a rate
                    // written once, "2.03 million a day, up from 1.87
                    // million", still pairs).
                    const auto rate = [&](int b) { return isRate(text, stats.at(inSentence.at(b))); };
                    if (!isRate(text, first) && !std::all_of(candidates.cbegin(), candidates.cend(), rate))
                        candidates.removeIf(rate);
                    const bool already = std::any_of(out.cbegin(), out.cend(), [&](const Change &c) { return c.from == ia || c.to == ia; });
                    if (!candidates.isEmpty() && !already) {
                        // "2.93 million hosts … by about 41,000 servers, up
                        // from 2.05 million hosts": the figure of the same thing.
                        const QString noun = candidates.size() > 1 ? countedNoun(text, first) : QString();
                        const auto same = std::find_if(candidates.cbegin(), candidates.cend(), [&](int b) {
                            return !noun.isEmpty() && countedNoun(text, stats.at(inSentence.at(b))) == noun;
                        });
                        // "68% of medium … and 76% of large …, up from 67% and
                        // 74% respectively": pairs in order.
                        const int next = a + 1 < inSentence.size() ? inSentence.at(a + 1) : -1;
                        const bool respectively = next >= 0 && candidates.size() >= 2 && sameMeasure(first, stats.at(next))
                            && QStringView(text).mid(first.span.end, stats.at(next).span.start - first.span.end).trimmed() == QLatin1String("and")
                            && QStringView(text).mid(stats.at(next).span.end, 14).startsWith(QLatin1String(" respectively"));
                        int chosen = respectively ? candidates.at(1) : (same != candidates.cend() ? *same : candidates.constFirst());
                        // A multiple stated right before the earlier figure
                        // picks the later one it fits where the counted
                        // thing picked one it does not: "Of the 23 cases …,
                        // 14 involved outside contractors, more than twice the
                        // six cases in fiscal 2019" (14, not 23).
                        const auto stated = std::find_if(inSentence.cbegin(), inSentence.cend(), [&](int i) {
                            const Statistic &m = stats.at(i);
                            return m.unit == Statistic::Unit::Multiplier && m.value > 1 && m.span.end <= first.span.start
                                && first.span.start - m.span.end <= 12;
                        });
                        if (!respectively && stated != inSentence.cend() && first.value > 0) {
                            const auto off = [&](int b) {
                                const double later = stats.at(inSentence.at(b)).value;
                                return later > 0 ? std::abs(std::log(later / first.value / stats.at(*stated).value)) : 1e9;
                            };
                            const double tolerance = std::log(1.25);
                            if (off(chosen) > tolerance) {
                                const auto fits = std::find_if(candidates.cbegin(), candidates.cend(), [&](int b) { return off(b) <= tolerance; });
                                if (fits != candidates.cend())
                                    chosen = *fits;
                            }
                        }
                        Change c;
                        c.from = ia;
                        c.to = inSentence.at(chosen);
                        out.append(c);
                        if (respectively) {
                            Change c2;
                            c2.from = next;
                            c2.to = inSentence.at(candidates.at(0));
                            out.append(c2);
                        } else if (next >= 0 && !sameMeasure(first, stats.at(next))) {
                            // A second earlier figure of another measure pairs
                            // with the later one of its own: "1,315 …, with
                            // losses of about 1.406 billion yen, against 64
                            // cases and about 48 million yen in 2012".
                            static const QRegularExpression andOther(QStringLiteral("^\\s[a-z]+\\sand\\s(?:about\\s|around\\s|some\\s|roughly\\s|nearly\\s|approximately\\s)?$"));
                            if (andOther.match(text.mid(first.span.end, stats.at(next).span.start - first.span.end)).hasMatch()) {
                                for (int b = a - 1; b >= 0; --b) {
                                    const int ib = inSentence.at(b);
                                    const bool used = std::any_of(out.cbegin(), out.cend(), [&](const Change &x) { return x.from == ib || x.to == ib; });
                                    if (!used && sameMeasure(stats.at(next), stats.at(ib))) {
                                        Change c2;
                                        c2.from = next;
                                        c2.to = ib;
                                        out.append(c2);
                                        break;
                                    }
                                }
                            }
                        } else if (next >= 0 && sameMeasure(first, stats.at(next))) {
                            // "down from $2.62 billion enacted for fiscal year
                            // 2026 and $2.87 billion in fiscal year 2025": a
                            // second earlier figure, compared with the same one.
                            static const QRegularExpression andEarlier(QStringLiteral("^[^,;.]{0,50}\\sand\\s(?:about\\s|around\\s|some\\s|roughly\\s|nearly\\s|approximately\\s)?$"));
                            const QString joinedBy = text.mid(first.span.end, stats.at(next).span.start - first.span.end);
                            if (andEarlier.match(joinedBy).hasMatch() && !QStringView(text).mid(stats.at(next).span.end, 14).startsWith(QLatin1String(" respectively"))) {
                                // Unless it counts another thing, which has
                                // its own later figure: "eight persons and
                                // four entities …, up from six persons and
                                // three entities".
                                const QString firstNoun = countedNoun(text, first);
                                const QString nextNoun = countedNoun(text, stats.at(next));
                                int to = c.to;
                                if (!firstNoun.isEmpty() && !nextNoun.isEmpty() && firstNoun != nextNoun) {
                                    const auto own = std::find_if(candidates.cbegin(), candidates.cend(), [&](int b) {
                                        return countedNoun(text, stats.at(inSentence.at(b))) == nextNoun;
                                    });
                                    to = own != candidates.cend() ? inSentence.at(*own) : -1;
                                }
                                if (to >= 0) {
                                    Change c2;
                                    c2.from = next;
                                    c2.to = to;
                                    out.append(c2);
                                }
                            }
                        }
                    }
                }
            }
            // Pattern 3: "A ..., would grow to B", "A ... was cut to B": a
            // verb of change before "to B", A the figure before it ("by A"
            // is the difference, not a level).
            static const QRegularExpression toAfterVerb(QStringLiteral(
                "\\b(?:grow|grows|grew|grown|rise|rises|rose|risen|increase|increases|increased|climb|climbs|climbed|expand|expands|"
                "widen|widens|widened|swell|swells|swelled|balloon|ballooned|"
                "expanded|jump|jumped|fall|falls|fell|fallen|drop|drops|dropped|decline|declines|declined|reach|reached|cut|cuts|"
                "reduce|reduced|lower|lowered|raise|raised|double|doubles|doubled|triple|triples|tripled)\\b[^.;]{0,90}?\\bto\\s"
                "(?:about\\s|around\\s|some\\s|roughly\\s|approx(?:imately|\\.)\\s|nearly\\s|almost\\s|over\\s|more\\sthan\\s|a\\srecord\\s)*$"
                // "A at the end of March, is to reach B by …"
                "|\\b(?:is|are|was|were|would|will)\\s(?:expected\\s|set\\s|projected\\s|due\\s)?to\\s(?:reach|hit|top|exceed)\\s"
                "(?:about\\s|around\\s|some\\s|roughly\\s|approx(?:imately|\\.)\\s|nearly\\s|almost\\s|over\\s|more\\sthan\\s)*$"));
            for (int b = 1; b < inSentence.size(); ++b) {
                const int ib = inSentence.at(b);
                const Statistic &second = stats.at(ib);
                const bool used = std::any_of(out.cbegin(), out.cend(), [&](const Change &c) { return c.from == ib || c.to == ib; });
                if (used || second.unit == Statistic::Unit::Multiplier)
                    continue;
                const int from = qMax(sentence.start, second.span.start - 120);
                const QStringView window = QStringView(text).mid(from, second.span.start - from);
                if (!window.contains(QLatin1String(" to ")) || !toAfterVerb.matchView(window).hasMatch())
                    continue;
                for (int a = b - 1; a >= 0; --a) {
                    const int ia = inSentence.at(a);
                    const Statistic &first = stats.at(ia);
                    if (!sameMeasure(first, second))
                        continue;
                    const bool taken = std::any_of(out.cbegin(), out.cend(), [&](const Change &c) { return c.from == ia || c.to == ia; });
                    // ("by about 3,000 positions, to roughly 22,000": the difference too.)
                    static const QRegularExpression byDifference(QStringLiteral(
                        "\\bby\\s(?:about\\s|around\\s|some\\s|roughly\\s|nearly\\s|almost\\s|over\\s|more\\sthan\\s|up\\sto\\s|another\\s)*$"));
                    const int leadStart = qMax(sentence.start, first.span.start - 24);
                    const QStringView lead = QStringView(text).mid(leadStart, first.span.start - leadStart);
                    const bool difference = lead.contains(QLatin1String("by ")) && byDifference.matchView(lead).hasMatch();
                    if (!taken && !difference && second.span.start - first.span.end <= 160) {
                        Change c;
                        c.from = ia;
                        c.to = ib;
                        out.append(c);
                    }
                    break;
                }
            }
            // Pattern 4: "The command, which had about 540 members at its
            // launch, now has about 1,100": a level then and now.
            static const QRegularExpression nowLevel(QStringLiteral(
                "\\bnow\\s(?:has|have|stands\\sat|stand\\sat|numbers|number|totals|employs|is|are)\\s"
                "(?:about\\s|around\\s|some\\s|roughly\\s|nearly\\s|almost\\s|over\\s|more\\sthan\\s)*$"));
            for (int b = 1; b < inSentence.size(); ++b) {
                const int ib = inSentence.at(b);
                const Statistic &second = stats.at(ib);
                const int from = qMax(sentence.start, second.span.start - 40);
                const QStringView before = QStringView(text).mid(from, second.span.start - from);
                if (!before.contains(QLatin1String("now ")) || !nowLevel.matchView(before).hasMatch())
                    continue;
                for (int a = 0; a < b; ++a) {
                    const int ia = inSentence.at(a);
                    const bool taken = std::any_of(out.cbegin(), out.cend(), [&](const Change &c) {
                        return c.from == ia || c.to == ia || c.from == ib || c.to == ib;
                    });
                    if (!taken && sameMeasure(stats.at(ia), second)) {
                        Change c;
                        c.from = ia;
                        c.to = ib;
                        out.append(c);
                        break;
                    }
                }
            }
            // Pattern 5: a level now and the one planned: "now has 745 and
            // plans to reach 800 by the end of 2027", "currently about 5,300,
            // would number 6,800 by 2030", "about 310 staff, … short of the
            // 500 the government wants by …". The target names its date.
            static const QRegularExpression currentLevel(QStringLiteral(
                "\\b(?:now\\s(?:has|have|stands\\sat|numbers|employs|is|are)|currently)\\s"
                "(?:about\\s|around\\s|some\\s|roughly\\s|nearly\\s|almost\\s|over\\s|more\\sthan\\s)*$"));
            static const QRegularExpression targetLead(QStringLiteral(
                "\\b(?:wants?|plans\\sto\\sreach|aims\\s(?:to\\sreach|for)|to\\sreach|would\\snumber|will\\snumber|target\\sof|the)\\s"
                "(?:about\\s|around\\s|some\\s|roughly\\s|nearly\\s|almost\\s|more\\sthan\\s)*$"));
            static const QRegularExpression targetTail(QStringLiteral(
                "^(?:\\s[a-z]+){0,2}(?:\\s(?:the\\s)?[a-z]+\\s(?:wants|plans|aims|expects|hopes)(?:\\sto\\shave)?)?\\sby\\s"));
            for (int a = 0; a + 1 < inSentence.size(); ++a) {
                const int ia = inSentence.at(a);
                const Statistic &now = stats.at(ia);
                const int from = qMax(sentence.start, now.span.start - 30);
                const QStringView before = QStringView(text).mid(from, now.span.start - from);
                if (!(before.contains(QLatin1String("now ")) || before.contains(QLatin1String("currently "))) || !currentLevel.matchView(before).hasMatch())
                    continue;
                for (int b = a + 1; b < inSentence.size(); ++b) {
                    const int ib = inSentence.at(b);
                    const Statistic &target = stats.at(ib);
                    const int lead = qMax(now.span.end, target.span.start - 30);
                    // (The level now may end a change of its own: "now has
                    // about 310 staff, up from around 240 at its launch".)
                    const bool taken = std::any_of(out.cbegin(), out.cend(), [&](const Change &c) {
                        return c.from == ia || c.from == ib || c.to == ib;
                    });
                    if (taken || !sameMeasure(now, target) || target.span.start - now.span.end > 160
                        || !targetLead.matchView(QStringView(text).mid(lead, target.span.start - lead)).hasMatch()
                        || !targetTail.matchView(QStringView(text).mid(target.span.end, 40)).hasMatch())
                        continue;
                    Change c;
                    c.from = ia;
                    c.to = ib;
                    out.append(c);
                    break;
                }
            }
            // Pattern 6: the earlier figure in brackets after the multiple, as
            // Japan's ministries write it: "approx. 212.1 billion, about 1.4
            // times that of 2017 (approx. 155.9 billion) and about 3.9 times
            // that of 2015 (approx. 54.5 billion)".
            static const QRegularExpression timesThatOf(QStringLiteral(
                "\\btimes\\s(?:that|those)\\sof\\s[^();.]{1,40}\\((?:approx\\.\\s?|approximately\\s|about\\s|around\\s|some\\s)?$"));
            for (int b = 0; b + 1 < inSentence.size(); ++b) {
                const int ib = inSentence.at(b);
                const Statistic &later = stats.at(ib);
                if (later.unit == Statistic::Unit::Multiplier)
                    continue;
                for (int a = b + 1; a < inSentence.size(); ++a) {
                    const int ia = inSentence.at(a);
                    const Statistic &earlierFigure = stats.at(ia);
                    if (!sameMeasure(earlierFigure, later) || earlierFigure.span.start - later.span.end > 200)
                        continue;
                    const int lead = qMax(later.span.end, earlierFigure.span.start - 60);
                    if (!timesThatOf.matchView(QStringView(text).mid(lead, earlierFigure.span.start - lead)).hasMatch())
                        continue;
                    if (std::any_of(out.cbegin(), out.cend(), [&](const Change &c) { return c.from == ia || c.to == ia; }))
                        continue;
                    Change c;
                    c.from = ia;
                    c.to = ib;
                    c.fromPeriod = earlierFigure.period;
                    c.toPeriod = later.period;
                    if (earlierFigure.value > 0)
                        c.ratio = later.value / earlierFigure.value;
                    // Its own multiple: the last before the bracket.
                    for (int m = a - 1; m > b; --m) {
                        const Statistic &multiple = stats.at(inSentence.at(m));
                        if (multiple.unit != Statistic::Unit::Multiplier)
                            continue;
                        c.statedMultiplier = multiple.span.text(text);
                        c.statedRatio = multiple.value;
                        break;
                    }
                    c.disagrees = !c.statedMultiplier.isEmpty() && !agrees(c.statedRatio, c.ratio);
                    out.append(c);
                }
            }
            // "Canadians reported losing a record $744 million in 2026. …
            // Reported losses rose 31 per cent from $569 million in 2024":
            // a rise in percent from a figure, the later one in the last
            // sentence, taken only when the percent fits the two.
            for (int j = 1; !earlier.isEmpty() && j < inSentence.size(); ++j) {
                const Statistic &share = stats.at(inSentence.at(j - 1));
                const Statistic &base = stats.at(inSentence.at(j));
                if (share.unit != Statistic::Unit::Percent || base.unit == Statistic::Unit::Percent || base.value <= 0
                    || std::any_of(out.cbegin(), out.cend(), [&](const Change &c) { return c.from == inSentence.at(j) || c.to == inSentence.at(j); }))
                    continue;
                static const QRegularExpression fromAfterShare(QStringLiteral("^\\s(?:from|on)\\s(?:about\\s|around\\s|some\\s|roughly\\s|nearly\\s|almost\\s|the\\s)*$"));
                static const QRegularExpression riseBefore(QStringLiteral("\\b(?:(rose|grew|increased|climbed|jumped|surged|up)|(fell|dropped|declined|decreased|down))\\s(?:by\\s)?(?:about\\s|around\\s|some\\s|roughly\\s|nearly\\s|almost\\s|more\\sthan\\s)*$"));
                if (!fromAfterShare.matchView(QStringView(text).mid(share.span.end, base.span.start - share.span.end)).hasMatch())
                    continue;
                const int riseFrom = qMax(sentence.start, share.span.start - 40);
                const QRegularExpressionMatch rise = riseBefore.matchView(QStringView(text).mid(riseFrom, share.span.start - riseFrom));
                if (!rise.hasMatch())
                    continue;
                const double expected = 1 + (rise.hasCaptured(1) ? 1 : -1) * share.value / 100;
                int best = -1;
                double bestFit = 0.012; // the percent rounded to a whole one, the figures to three digits
                for (int k = 0; k < earlier.size(); ++k) {
                    const Statistic &later = stats.at(earlier.at(k));
                    if (!sameMeasure(base, later) || later.value <= 0)
                        continue;
                    const double fit = std::abs(later.value / base.value - expected);
                    if (fit <= bestFit) {
                        best = k;
                        bestFit = fit;
                    }
                }
                if (best >= 0) {
                    Change c;
                    c.from = inSentence.at(j);
                    c.to = earlier.at(best);
                    out.append(c);
                }
            }
            settle(sentence, inSentence);
        }
    }
    // The earlier figure in brackets with its year after the later one:
    // "reached 12.4 million (2023 – 11.7 million)", "2,418 fraudulent
    // websites (2023 – 1,126)".
    static const QRegularExpression yearDash(QStringLiteral("^\\s?\\(((?:19|20)\\d\\d)\\s?[–—:-]\\s?$"));
    for (int b = 1; b < stats.size(); ++b) {
        const Statistic &earlier = stats.at(b);
        if (earlier.span.end >= text.size() || text.at(earlier.span.end) != u')' || earlier.value <= 0)
            continue;
        for (int a = b - 1; a >= 0 && a >= b - 3; --a) {
            const Statistic &later = stats.at(a);
            if (later.span.end > earlier.span.start || earlier.span.start - later.span.end > 80 || !sameMeasure(later, earlier) || later.value <= 0)
                continue;
            // (Between them only the bracket, its year and a dash, past what
            // the later one counts: "2,418 fraudulent websites and social
            // network accounts (2023 – ".)
            const QStringView between = QStringView(text).mid(later.span.end, earlier.span.start - later.span.end);
            const qsizetype open = between.lastIndexOf(u'(');
            if (open < 0 || between.left(open).contains(u'(') || between.left(open).contains(u')') || between.left(open).contains(u'.'))
                continue;
            const QRegularExpressionMatch m = yearDash.matchView(between.mid(open > 0 ? open - 1 : open));
            if (!m.hasMatch() || std::any_of(out.cbegin(), out.cend(), [&](const Change &c) { return c.from == b || c.to == b; }))
                continue;
            Change c;
            c.from = b;
            c.to = a;
            c.fromPeriod = m.captured(1);
            c.toPeriod = later.period;
            c.ratio = later.value / earlier.value;
            out.append(c);
            break;
        }
    }
    // A multiple that does not fit the pair it was read with fits the one
    // before it: "… had about 890 members at the end of fiscal 2022. It now
    // has about 2,410, a number that has nearly tripled, and the ministry
    // wants 4,000 by …" is 890 → 2,410 (the earlier figure among the six
    // before, of the same measure, the nearest that fits).
    for (Change &c : out) {
        if (!c.disagrees || c.statedRatio <= 1 || std::any_of(out.cbegin(), out.cend(), [&](const Change &o) { return o.to == c.from; }))
            continue;
        const Statistic &later = stats.at(c.from);
        // (Not a pair the text joins itself: "… from 1,900 in 2020 to 5,200 …".)
        const int leadStart = qMax(0, later.span.start - 40);
        if (QStringView(text).mid(later.span.end, stats.at(c.to).span.start - later.span.end).contains(QLatin1String(" to "))
            || QStringView(text).mid(leadStart, later.span.start - leadStart).contains(QLatin1String("from ")))
            continue;
        for (int x = c.from - 1; x >= 0 && x >= c.from - 6; --x) {
            const Statistic &earlier = stats.at(x);
            if (earlier.unit == Statistic::Unit::Multiplier || earlier.value <= 0 || !sameMeasure(earlier, later)
                || !agrees(c.statedRatio, later.value / earlier.value))
                continue;
            c.to = c.from;
            c.from = x;
            c.fromPeriod = earlier.period;
            c.toPeriod = later.period;
            c.ratio = later.value / earlier.value;
            c.disagrees = false;
            break;
        }
    }
    // A figure per head and a total an order of magnitude apart are no one
    // measure: "up to 3.3 million yen per hospital, from the 2.5 billion
    // yen set aside" (not "to 500 yen per user from 300 yen").
    out.removeIf([&](const Change &c) {
        const bool fromPer = isPerUnit(text, stats.at(c.from));
        const bool toPer = isPerUnit(text, stats.at(c.to));
        return fromPer != toPer && c.ratio > 0 && (c.ratio < 0.1 || c.ratio > 10);
    });
    return out;
}

} // namespace Dossier::Passes
