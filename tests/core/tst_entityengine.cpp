#include "analysis/entityengine.h"
#include "analysis/tokenizer.h"
#include "corpus/furniture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

namespace {
QString corpusText(const char *name)
{
    QFile f(QStringLiteral(DOSSIER_SOURCE_DIR "/corpus/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QStringList spans(const QString &text, const QList<BodyMention> &bodies)
{
    QStringList out;
    for (const BodyMention &b : bodies)
        out.append(b.span.text(text));
    return out;
}

// Each attribution as "speaker|cue", in text order.
QStringList speakersAndCues(const QString &text, const Extraction &x)
{
    QStringList out;
    for (const Attribution &a : x.attributions)
        out.append(a.speaker.text(text) + QLatin1Char('|') + a.cue.text(text));
    return out;
}

// Whom each statement is shown as said by, in order.
QStringList speakerNamesOf(const Extraction &x)
{
    QStringList out;
    for (const Attribution &a : x.attributions)
        out.append(a.speakerName);
    return out;
}

// Each statistic as written, in text order.
QStringList figuresOf(const QString &text, const Extraction &x)
{
    QStringList out;
    for (const Statistic &s : x.statistics)
        out.append(s.span.text(text));
    return out;
}

// Each change as "from → to", in order.
QStringList stepsOf(const QString &text, const Extraction &x)
{
    QStringList out;
    for (const Change &c : x.changes)
        out.append(x.statistics.at(c.from).span.text(text) + QStringLiteral(" → ") + x.statistics.at(c.to).span.text(text));
    return out;
}

// What each statement says, in order.
QStringList contentsOf(const QString &text, const Extraction &x)
{
    QStringList out;
    for (const Attribution &a : x.attributions)
        out.append(a.content.text(text));
    return out;
}
} // namespace

class TestEntityEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_engine.isValid(), qPrintable(m_engine.errorString()));
    }

    void findsTheSevenfoldChange()
    {
        const QString text = corpusText("003_3bf0c5847a31bf84.txt");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(x.changes.size(), 1);
        const Change &c = x.changes.first();
        QCOMPARE(x.statistics.at(c.from).span.text(text), QStringLiteral("660,000"));
        QCOMPARE(x.statistics.at(c.to).span.text(text), QStringLiteral("5.08 million"));
        QCOMPARE(x.statistics.at(c.to).value, 5080000.0);
        QCOMPARE(c.fromPeriod, QStringLiteral("FY2011"));
        QCOMPARE(c.toPeriod, QStringLiteral("FY2013"));
        QCOMPARE(c.statedMultiplier, QStringLiteral("sevenfold"));
        QCOMPARE(qRound(c.ratio * 10), 77);
        QVERIFY(!c.disagrees); // sevenfold for x7.7 is within rounding
    }

    // A sentence that compares its figures with the last one's, after where
    // they are from, or two measures at once.
    void findsComparisonsWithTheLastSentence()
    {
        const QString text = QStringLiteral(
            "The center detected about 7.13 million suspicious communications in fiscal 2021. According to the report, compiled by "
            "NISC, the figure compares with about 5.09 million in fiscal 2020. CERT NZ received 2,162 reports, with losses of "
            "$5.8 million. That compares with 1,867 reports and losses of $4.7m in the previous quarter.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(stepsOf(text, x), (QStringList{QStringLiteral("5.09 million → 7.13 million"), QStringLiteral("1,867 → 2,162"), QStringLiteral("$4.7m → $5.8 million")}));
    }

    // A run of figures, each at its time: every step is a change.
    void findsEachStepOfARun()
    {
        const QString text = QStringLiteral("Incidents rose from 890 in 2019 to 2,230 in 2021 and 2,410 in 2022.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(stepsOf(text, x), (QStringList{QStringLiteral("890 → 2,230"), QStringLiteral("2,230 → 2,410")}));
    }

    void flagsAStatedMultiplierThatDisagrees()
    {
        const QString text = QStringLiteral("Reported incidents reached 2,100 in 2020, a fivefold increase from 1,000 in 2018.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(x.changes.size(), 1);
        QVERIFY(x.changes.first().disagrees);
        QCOMPARE(x.changes.first().fromPeriod, QStringLiteral("2018"));
        QCOMPARE(x.changes.first().toPeriod, QStringLiteral("2020"));
    }

    // Numbers the thirty-third held-out set showed that are no data: a
    // ranking's places, a title's number, a speaker's agenda, an outlet's
    // name; and a count that opens a sentence is one.
    void rankingsTitlesAndAgendasAreNoData()
    {
        const QString text = QStringLiteral(
            "IPA released \u201C10 Major Security Threats 2023\u201D today.\n\n"
            "Rank   Threat   (Rank in 2022)\n1   Damage caused by ransomware   (1)\n2   Attacks on the supply chain   (3)\n"
            "3   Theft of confidential information   (2)\n\n"
            "Minister: I have two announcements. By: FRANCE 24 with AFP\n\n"
            "Agencies reported 1,250 incidents. Twenty-three were rated level 3 or 4.\n\n"
            "Many suspects are young, some of them under 20. Report by sending a text message to 292, or by telephone on 800 700 100.\n");
        QCOMPARE(figuresOf(text, m_engine.extract(text)), (QStringList{QStringLiteral("1,250"), QStringLiteral("Twenty-three")}));
    }

    void statisticsAreNormalisedAndDatesAreNot_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("stats");
        QTest::newRow("money") << QStringLiteral("The budget rose to $1.2 billion and 100 million yen were added.") << QStringList{QStringLiteral("$1.2 billion"), QStringLiteral("100 million yen")};
        QTest::newRow("percent") << QStringLiteral("About 97% of attacks, or 97 percent, came from abroad.") << QStringList{QStringLiteral("97%"), QStringLiteral("97 percent")};
        QTest::newRow("not dates") << QStringLiteral("On July 23, 2021, in FY2013 and at 10:10, the G7 met for the 70th time in three years.") << QStringList{};
        QTest::newRow("counted past an acronym") << QStringLiteral("It charged five North Korean nationals and three U.S. citizens.")
                                                 << QStringList{QStringLiteral("five"), QStringLiteral("three")};
        QTest::newRow("identifiers") << QStringLiteral("Article 9 and CVE-2021-44228 and APT10 were discussed.") << QStringList{};
        QTest::newRow("count") << QStringLiteral("Attacks hit 19 websites and 480 lawmakers.") << QStringList{QStringLiteral("19"), QStringLiteral("480")};
        QTest::newRow("multiplier") << QStringLiteral("Cases grew twice as fast, a threefold rise.") << QStringList{QStringLiteral("twice"), QStringLiteral("threefold")};
        QTest::newRow("ages") << QStringLiteral("The defendants, Zhou Wenbo, 38; Gao Lin, 35; and three men aged 19 to 24, who are 41 and 44, were charged.")
                              << QStringList{QStringLiteral("three")};
        QTest::newRow("not data") << QStringLiteral("At 11.49 am [902114] under 18 U.S.C. § 1030, call 1-800-CALL-FBI or the 911 dispatch center, 24/7; it is 34°F.")
                                  << QStringList{};
        QTest::newRow("number words") << QStringLiteral("Two of the defendants hit six state government agencies; the two sides met under the Essential Eight rules.")
                                      << QStringList{QStringLiteral("Two"), QStringLiteral("six")};
        QTest::newRow("counted among others") << QStringLiteral("It has implemented seven of them; one of them is late. Attackers got into nine of the UIF's 14 claims servers.")
                                              << QStringList{QStringLiteral("seven"), QStringLiteral("nine"), QStringLiteral("14")};
        QTest::newRow("shares of a whole") << QStringLiteral("Three of the four audited agencies told the audit so; two of last year's intrusions and two MoMo merchants.")
                                           << QStringList{QStringLiteral("Three"), QStringLiteral("four"), QStringLiteral("two"), QStringLiteral("two")};
        QTest::newRow("a duration's range, lines to call, a headline after a byline")
            << QStringLiteral("By Ramesh Perera\n\nForty-five websites were defaced. Both crimes carry prison terms of 48 to 96 months. "
                              "Report it by calling 123 or at (01) 431-8898.")
            << QStringList{QStringLiteral("Forty-five")};
        QTest::newRow("lines to call") << QStringLiteral("It received 1,842 reports through its 292 call and text line; dial the national emergency service 999.")
                                       << QStringList{QStringLiteral("1,842")};
        QTest::newRow("signed shares") << QStringLiteral("Reports rose +6% in Victoria and fell \u22125% (or -5%) in Darwin; call +61 2 6123 4567.")
                                       << QStringList{QStringLiteral("+6%"), QStringLiteral("\u22125%"), QStringLiteral("-5%")};
        QTest::newRow("ranges") << QStringLiteral("Demands ranged from S$50,000 to S$2.6 million; couriers were paid between $300 and $1,000, "
                                                  "or 5 to 10 per cent, and specialists 1.5 to 2 times as much. The men, aged between 26 and 43, "
                                                  "were charged as the staff rose from 240 to 310.")
                                << QStringList{QStringLiteral("S$50,000 to S$2.6 million"), QStringLiteral("$300 and $1,000"),
                                               QStringLiteral("5 to 10 per cent"), QStringLiteral("1.5 to 2 times"), QStringLiteral("240"),
                                               QStringLiteral("310")};
        QTest::newRow("abbreviated money") << QStringLiteral("They demanded $2.4M, then €45m, for 4K video.") << QStringList{QStringLiteral("$2.4M"), QStringLiteral("€45m")};
        QTest::newRow("abbreviated counts") << QStringLiteral("Data of 27m citizens leaked; a 400m tower and 3M employees.")
                                            << QStringList{QStringLiteral("27m")};
        QTest::newRow("fractions") << QStringLiteral("Roughly a third of staff left, one in three firms and 1 in 4 banks were hit, and half of the offices closed in the first half of 2025.")
                                   << QStringList{QStringLiteral("a third"), QStringLiteral("one in three"), QStringLiteral("1 in 4"), QStringLiteral("half")};
        QTest::newRow("dirhams") << QStringLiteral("Fraud cost Dh1.4 billion; police recovered AED 38.7 million and fined a firm Dh500.")
                                 << QStringList{QStringLiteral("Dh1.4 billion"), QStringLiteral("AED 38.7 million"), QStringLiteral("Dh500")};
        QTest::newRow("pages, generations, lines, an age at the end")
            << QStringLiteral("See page 17 of the report. It is what we call Cyber Command 2.0, licensed CC BY-NC-ND 4.0. KISA runs the "
                              "country's 118 cyber incident hotline; report scams to the CICC hotline 1326 or text 7726. They named its "
                              "leader, Dmitry Volkov, 36. It handled 4500 calls on the hotline. Costs rose 2.0 percent.")
            << QStringList{QStringLiteral("4500"), QStringLiteral("2.0 percent")};
        QTest::newRow("more identifiers") << QStringLiteral("Under Sections 43 and 66C, Item 1.05 of Form 8-K, H.R. 4312 and Modbus port 502, filed in Reiwa 7, within four business days.")
                                          << QStringList{};
        QTest::newRow("rooms and congresses") << QStringLiteral("[House Hearing, 119 Congress] The subcommittee met in room 310 and Suite 2100.")
                                              << QStringList{};
        QTest::newRow("phone groups and days") << QStringLiteral("Call IDCARE on 1800 595 160. On March 10 and 11, police executed 14 warrants. Posted On: 03 DEC 2025.")
                                               << QStringList{QStringLiteral("14")};
        QTest::newRow("US dollars written $US") << QStringLiteral("The hackers demanded $US10 million, about $15.7 million.")
                                                << QStringList{QStringLiteral("$US10 million"), QStringLiteral("$15.7 million")};
        QTest::newRow("the Gulf's, Jordan's and Rwanda's marks, Jiji's pct, a title-case multiplier")
            << QStringLiteral("Attacks Nearly Tripled This Year\n\nFines reach JD50,000 and QR3.2m; the budget is KD 9.8 million, losses Rwf486 million, "
                              "up 3.6 pct.")
            << QStringList{QStringLiteral("Tripled"), QStringLiteral("JD50,000"), QStringLiteral("QR3.2m"), QStringLiteral("KD 9.8 million"),
                           QStringLiteral("Rwf486 million"), QStringLiteral("3.6 pct")};
        QTest::newRow("sums, multiples and durations in words")
            << QStringLiteral("Losses were two million yen, several thousand yen, several million and half a million dollars; Eleven hundred staff, "
                              "a billion won. Cases rose sevenfold, three-fold, seven fold, to three times the level and two and a half times as "
                              "many, within five business days, for two-year terms over several years. One of them had a plan.")
            << QStringList{QStringLiteral("two million yen"), QStringLiteral("several thousand yen"), QStringLiteral("half a million dollars"),
                           QStringLiteral("Eleven hundred"), QStringLiteral("a billion won"), QStringLiteral("sevenfold"), QStringLiteral("three-fold"),
                           QStringLiteral("seven fold"), QStringLiteral("three times"), QStringLiteral("two and a half times")};
        QTest::newRow("multiples in words, in quotation marks, and verbs that are none")
            << QStringLiteral("Attacks 'More Than Tripled' in 2021 and \u201Cdoubled\u201D since; losses will roughly double, to twice the level, "
                              "thanks to double extortion and a double check.")
            << QStringList{QStringLiteral("Tripled"), QStringLiteral("doubled"), QStringLiteral("double"), QStringLiteral("twice")};
        QTest::newRow("positions, short codes, toll-free lines, a plan's pillars")
            << QStringLiteral("It was seen at 37°20′N, 133°40′E; dial *165# or call the toll-free line 166, or report by telephone (118). "
                              "The plan rests on three pillars.")
            << QStringList{};
        QTest::newRow("taiwan dollars") << QStringLiteral("The Executive Yuan proposed NT$14.9 billion, a budget that tripled.")
                                        << QStringList{QStringLiteral("NT$14.9 billion"), QStringLiteral("tripled")};
        QTest::newRow("currencies") << QStringLiteral("It stole 1.2 trillion won (US$830 million), S$3 million and Rs 500 crore; cases rose to 22.7 lakh, a third-party tool showed.")
                                    << QStringList{QStringLiteral("1.2 trillion won"), QStringLiteral("US$830 million"), QStringLiteral("S$3 million"),
                                                   QStringLiteral("Rs 500 crore"), QStringLiteral("22.7 lakh")};
        QTest::newRow("versions, scores and lines") << QStringLiteral("SecureGate OS 7.2.14 (CVSS 9.8) scores 9.8 out of 10; call the 119 hotline, the hotline on 1212 or Tel: +352 4398 45410; 4 min read; SAU 103; Directive 22-01; 13-digit IDs; NoName057(16); paragraphs 52–61.")
                                                    << QStringList{};
        QTest::newRow("compounds") << QStringLiteral("9.8m users' data leaked and a 1.2-billion-baht budget passed, roughly tripling.")
                                   << QStringList{QStringLiteral("9.8m"), QStringLiteral("1.2-billion-baht"), QStringLiteral("tripling")};
        QTest::newRow("double the") << QStringLiteral("It reported 204 incidents, more than double the 89 a year before, a double blow.")
                                    << QStringList{QStringLiteral("204"), QStringLiteral("double"), QStringLiteral("89")};
        QTest::newRow("references and measurements") << QStringLiteral("The report examines (1) trends and (2) oversight under Executive Order 14028 "
                                                                       "(Recommendation 5); call (202) 512-6244. The ship dragged its anchor for 90 kilometres "
                                                                       "on TUESDAY, 24 FEBRUARY 2026.")
                                                     << QStringList{};
        QTest::newRow("pesos, ages and lines") << QStringLiteral("Congress approved P468 million, down from P590 million; the P5 countries met. "
                                                                 "A former technician, 27, and his cousin, 31, were held; call the hotline, 1326, "
                                                                 "or call 896 6000. Incidents in categories 1 to 3 rose.")
                                               << QStringList{QStringLiteral("P468 million"), QStringLiteral("P590 million")};
        QTest::newRow("figures in words") << QStringLiteral("Carriers hit rose to 12, up from nine, an increase of about six per cent; "
                                                            "four of the six agencies agreed, compared with two in 2023.")
                                          << QStringList{QStringLiteral("12"), QStringLiteral("nine"), QStringLiteral("six per cent"), QStringLiteral("four"),
                                                         QStringLiteral("six"), QStringLiteral("two")};
        QTest::newRow("fractions in words") << QStringLiteral("Two-thirds of them had no plan, three-quarters found copies encrypted, only a quarter had "
                                                              "staff, about a fourth of offices and two thirds of banks agreed; Four in ten firms were hit.")
                                            << QStringList{QStringLiteral("Two-thirds"), QStringLiteral("three-quarters"), QStringLiteral("a quarter"),
                                                           QStringLiteral("a fourth"), QStringLiteral("two thirds"), QStringLiteral("Four in ten")};
        QTest::newRow("numbers written out") << QStringLiteral("Eighteen percent said so. Seventy-eight MPs voted for it; seven of the 41 attacks hit "
                                                               "utilities, and leaks rose to 22 cases from six.")
                                             << QStringList{QStringLiteral("Eighteen percent"), QStringLiteral("Seventy-eight"), QStringLiteral("seven"),
                                                            QStringLiteral("41"), QStringLiteral("22"), QStringLiteral("six")};
        QTest::newRow("words in a change and a vote") << QStringLiteral("The Council raised the number of entities to seven, from three, and the report was adopted "
                                                                       "by 41 votes to nine, with five abstentions; it went to them from the start.")
                                                      << QStringList{QStringLiteral("seven"), QStringLiteral("three"), QStringLiteral("41"),
                                                                     QStringLiteral("nine"), QStringLiteral("five")};
        QTest::newRow("double as a verb") << QStringLiteral("Premiums will roughly double to $31 billion as losses more than triple in a double extortion wave.")
                                          << QStringList{QStringLiteral("double"), QStringLiteral("$31 billion"), QStringLiteral("triple")};
        QTest::newRow("codes written onto the figure") << QStringLiteral("It has Mex$1.9 billion and CHF2.4 million; Sh1.1 billion and KSh2.4 billion; RM1.57bil, "
                                                                         "RM654mil and RM500; 2.1 billion liras, ₺45 million, 3 million kronor and 12 million francs.")
                                                       << QStringList{QStringLiteral("Mex$1.9 billion"), QStringLiteral("CHF2.4 million"), QStringLiteral("Sh1.1 billion"),
                                                                      QStringLiteral("KSh2.4 billion"), QStringLiteral("RM1.57bil"), QStringLiteral("RM654mil"),
                                                                      QStringLiteral("RM500"), QStringLiteral("2.1 billion liras"), QStringLiteral("₺45 million"),
                                                                      QStringLiteral("3 million kronor"), QStringLiteral("12 million francs")};
        QTest::newRow("numbers to call, sections, an age") << QStringLiteral("Gen. Ricardo Treviño, 61, agreed. Report them to the SSPC on 088, the ATDT said; "
                                                                             "or report it on 114 14. Victims can call the National Scam Response Centre (NSRC) at 997. "
                                                                             "Under Section 43, firms report; see pages 41 to 47. Attacks were reported at 155 hospitals.")
                                                           << QStringList{QStringLiteral("155")};
        QTest::newRow("rupees, dong, baht, Egyptian and Chilean pesos") << QStringLiteral("It sold for Rs5,000, then Rs1.2bn and VND18.9 trillion; losses reached "
                                                                                          "B1.2 billion, not B52 bombers; LE4.6 million and CLP$9.6 billion.")
                                                                         << QStringList{QStringLiteral("Rs5,000"), QStringLiteral("Rs1.2bn"), QStringLiteral("VND18.9 trillion"),
                                                                                        QStringLiteral("B1.2 billion"), QStringLiteral("LE4.6 million"),
                                                                                        QStringLiteral("CLP$9.6 billion")};
        QTest::newRow("addresses, citations, decisions, ages") << QStringLiteral("Write to 45 L Street NE, Washington, DC 20554. See MCI v. FCC, 515 F.2d 385, "
                                                                                  "and 23 NYCRR Part 500, under Decision 2345 and the Act B.E. 2562. About 18% are patients "
                                                                                  "under 18. Report it to the AOC on 1441 or online.")
                                                               << QStringList{QStringLiteral("18%")};
        QTest::newRow("counted sources and others") << QStringLiteral("Two EU diplomats said so. Police in five other EU countries helped, and officials from four "
                                                                      "of the six agencies told GAO.")
                                                    << QStringList{QStringLiteral("five"), QStringLiteral("four"), QStringLiteral("six")};
        QTest::newRow("notes and stamps") << QStringLiteral("Updated Tue 14 Apr 2026 18.12 BST under Executive Order (E.O.) 13722 and E.O. 13694, Part 2 "
                                                            "of the bill, at meeting number 21.\n(1110)\n($1 = 32.8500 Taiwan dollars)\n")
                                          << QStringList{};
        QTest::newRow("numbers in names, a headline's count") << QStringLiteral("Police Arrest 45 in Phishing Raid\nThe Balticconnector 2 cable, the Zonal Command 4 unit, "
                                                                                 "Fortinet Series 7 routers and CoreOS 7.4 failed; a group calling itself Red Falcon 404 "
                                                                                 "hit them. On Tuesday 45 people were held. About 30 of them were charged.")
                                                              << QStringList{QStringLiteral("45"), QStringLiteral("45"), QStringLiteral("30")};
        QTest::newRow("the pair a text is about") << QStringLiteral("Cooperation between the agencies of the two countries grew; the two sides met and "
                                                                    "two countries signed.")
                                                  << QStringList{QStringLiteral("two")};
        QTest::newRow("hundreds in words") << QStringLiteral("“Five hundred people is a respectable number.” Four million records and two hundred servers.")
                                           << QStringList{QStringLiteral("Five hundred"), QStringLiteral("Four million"), QStringLiteral("two hundred")};
        QTest::newRow("talks, paragraphs, versions, list markers")
            << QStringLiteral("(ATTN: UPDATES with the ministry's estimate in paras 8-9, talks in paras 11-12)\n\n"
                              "At the \"2+2,\" our two countries agreed that the guidelines apply, and the new version, Ver. 2.0, adds steps for "
                              "recovering from an attack.\n\n"
                              "(1) The number of participating ISPs rose to 42 by the end of May, as more providers joined the survey this spring.\n"
                              "(2) The number of IP addresses surveyed reached approx. 110 million, the ministry said in its monthly report.\n")
            << QStringList{QStringLiteral("42"), QStringLiteral("110 million")};
        QTest::newRow("tickers, ages and figures named again") << QStringLiteral("Sony Corp's (6758.T) studio was hit; courses for engineers under 25. "
                                                                                "It handled 165 cases. Of the 165, four were serious.")
                                                                << QStringList{QStringLiteral("165"), QStringLiteral("four")};
        QTest::newRow("clock times, levels, codes and lines") << QStringLiteral("The committee will suspend and resume at 2.30 with the Navy; losses at 2.30 billion. "
                                                                                 "Nine incidents were rated level 3 or 4. Report fraud to the National Anti Online Scam Operation "
                                                                                 "Centre (NAOSC) on 1441 or call the 165 anti-fraud hotline; texts come from the short "
                                                                                 "code 111; call the agency at 2539-4000, or the 3 and 4 desks.")
                                                              << QStringList{QStringLiteral("2.30 billion"), QStringLiteral("Nine"), QStringLiteral("3"), QStringLiteral("4")};
        QTest::newRow("indented list items and how often in a year")
            << QStringLiteral("The Commission found:\n  (1) The Company had not applied a patch.\n  (2) It ran drills twice a year and "
                              "lost twice as much.\n")
            << QStringList{QStringLiteral("twice")};
        QTest::newRow("how often, more of the same, the count a number is brought to")
            << QStringLiteral("The FSA had ordered the firm twice this year to improve. 16 operators are registered. Another three are "
                              "operating. The attacks bring the number of contractors known to have been targeted to four, he said. "
                              "It will take another two years.")
            << QStringList{QStringLiteral("twice"), QStringLiteral("16"), QStringLiteral("three"), QStringLiteral("four")};
        QTest::newRow("a duration's range, a report's figures and chapters, the countries a text is about")
            << QStringLiteral("Staff return after two or three years, or two to three years. Figure 2: GDP by sector, 2019 (unit: trillion yen) "
                              "is in Chapters 4 and 5. The ministers of the three countries met; four of the six agencies and a trillion yen were named.")
            << QStringList{QStringLiteral("four"), QStringLiteral("six"), QStringLiteral("a trillion yen")};
        QTest::newRow("a table's signed count, the earlier of 'as many as the six'; a download's size, German times, Brazilian days are none")
            << QStringLiteral("Violations   980   543   +437 (+80.5%)\nSummary (PDF, 1.2 MB)\n22.10.2021, 18.04 Uhr\nArtikel zum Hören • 6 Min\n"
                              "The systems went down last Friday (10). There were 16 attacks, nearly three times as many as the six a year earlier.\n")
            << QStringList{QStringLiteral("980"), QStringLiteral("543"), QStringLiteral("+437"), QStringLiteral("+80.5%"), QStringLiteral("16"),
                           QStringLiteral("three times"), QStringLiteral("six")};
        QTest::newRow("riyals and dirhams by code, pesos with a hyphened scale")
            << QStringLiteral("The market reached SAR13.3 billion, against AED2.5 million in fees and a P16.7-billion budget; the F16 and P5 talks.")
            << QStringList{QStringLiteral("SAR13.3 billion"), QStringLiteral("AED2.5 million"), QStringLiteral("P16.7-billion")};
        QTest::newRow("a list after an adverb, a share of which; a helpline, a hearing's number and counts of a charge are none")
            << QStringLiteral("Further, 110, 61 and 54 websites were hacked. The COI made 16 recommendations, seven of which were urgent. "
                              "Call the national helpline number 155260. S. Hrg. 117-219. He faces two counts of wire fraud. "
                              "Budgets rose from Rs. 162 crore to Rs. 416 crore.")
            << QStringList{QStringLiteral("110"), QStringLiteral("61"), QStringLiteral("54"), QStringLiteral("16"), QStringLiteral("seven"),
                           QStringLiteral("Rs. 162 crore"), QStringLiteral("Rs. 416 crore")};
        QTest::newRow("how often and a multiple of a possession; ports, digits and advice are none")
            << QStringLiteral("The three countries have met at least twice. It is more than twice its current strength. Think twice before "
                              "clicking. Records hold the last four digits of card numbers. Most packets hit 23/TCP and 445/udp.")
            << QStringList{QStringLiteral("twice"), QStringLiteral("twice")};
    }

    // "B in 2024, N times / twice as many as / more than double the A in
    // 2023": a change from A to B; "1,300 defenders from 29 Allies" is none.
    void findsAChangeStatedAsAMultipleOfTheEarlierFigure_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("multiplier");
        QTest::newRow("a rise in percent from a figure, the later one before")
            << QStringLiteral("Canadians reported losing a record $744 million to fraud in 2026. "
                              "Reported losses rose 31 per cent from $569 million in 2024, the centre said.")
            << QStringLiteral("$569 million") << QStringLiteral("$744 million") << QString();
        QTest::newRow("a percent that does not fit") << QStringLiteral("Fraud cost $744 million in 2026. Losses to phishing rose 12 per cent from $90 million.")
                                                     << QString() << QString() << QString();
        QTest::newRow("a bare dollar after a named one") << QStringLiteral("Losses rose to NZ$31.4 million, from $26.3 million in 2025/26.")
                                                         << QStringLiteral("$26.3 million") << QStringLiteral("NZ$31.4 million") << QString();
        QTest::newRow("by the difference, to a level") << QStringLiteral("The plan grows the service by about 3,000 positions, to roughly 22,000.")
                                                       << QString() << QString() << QString();
        QTest::newRow("an increase on an earlier figure") << QStringLiteral("The strategy commits £2.6 billion over three years, an increase of more than a "
                                                                            "third on the £1.9 billion in the 2016 strategy.")
                                                          << QStringLiteral("£1.9 billion") << QStringLiteral("£2.6 billion") << QString();
        QTest::newRow("a fraction more than") << QStringLiteral("RIA registered 3,314 incidents in 2018, about a quarter more than the 2,658 in 2017.")
                                              << QStringLiteral("2,658") << QStringLiteral("3,314") << QString();
        QTest::newRow("an increase over a budget") << QStringLiteral("The request totals about 8.54 trillion yen, an increase of about 7.4% over the FY2024 "
                                                                     "initial budget of about 7.95 trillion yen.")
                                                   << QStringLiteral("7.95 trillion yen") << QStringLiteral("8.54 trillion yen") << QString();
        QTest::newRow("not the whole the part is of") << QStringLiteral("Mulcahy said 3,150 of the organisation’s 4,200 servers were back in operation, up from "
                                                                        "2,140 a week earlier.")
                                                      << QStringLiteral("2,140") << QStringLiteral("3,150") << QString();
        QTest::newRow("an increase over a figure") << QStringLiteral("The authority received 421 notifications this year, an increase of about 28% over "
                                                                     "the 330 received in 2022.")
                                                   << QStringLiteral("330") << QStringLiteral("421") << QString();
        QTest::newRow("started with, now has") << QStringLiteral("The unit, which started with about 200 investigators, now has about 240.")
                                               << QStringLiteral("200") << QStringLiteral("240") << QString();
        QTest::newRow("now has, raised to") << QStringLiteral("The unit has about 240 investigators, and the NPA aims to increase that to about 300 by 2025.")
                                            << QStringLiteral("240") << QStringLiteral("300") << QString();
        QTest::newRow("now and planned") << QStringLiteral("ANSSI now has 745 staff and plans to reach 800 by the end of 2027.")
                                         << QStringLiteral("745") << QStringLiteral("800") << QString();
        QTest::newRow("now and wanted") << QStringLiteral("The office now has about 310 staff, up from around 240 at its launch, but remains "
                                                          "well short of the 500 the government wants by the end of fiscal 2027.")
                                        << QStringLiteral("310") << QStringLiteral("500") << QString();
        QTest::newRow("the earlier figure in brackets") << QStringLiteral("Packets observed in 2018 totalled approx. 212.1 billion, about 1.4 times that of 2017 "
                                                                          "(approx. 155.9 billion).")
                                                          << QStringLiteral("155.9 billion") << QStringLiteral("212.1 billion") << QStringLiteral("1.4 times");
        QTest::newRow("an amount that doubles") << QStringLiteral("It demands a ransom of $300 in bitcoin, an amount that doubles to $600 if it is not paid.")
                                                << QStringLiteral("$300") << QStringLiteral("$600") << QString();
        QTest::newRow("a gap that widens") << QStringLiteral("Japan was short about 132,000 security engineers in 2016, and the gap will widen to about 193,000 in 2020.")
                                           << QStringLiteral("132,000") << QStringLiteral("193,000") << QString();
        QTest::newRow("against as a target, not a comparison") << QStringLiteral("Police arrested 12 suspects accused of deploying ransomware against two hospitals.")
                                                               << QString() << QString() << QString();
        QTest::newRow("as many as, past where they came from") << QStringLiteral("The week brought together 72 participants from 16 countries and regions, "
                                                                                 "twice as many as the 36 who attended the first one.")
                                                                 << QStringLiteral("36") << QStringLiteral("72") << QStringLiteral("twice");
        QTest::newRow("to, from") << QStringLiteral("The Council raised the number of entities to seven, from three, in May.")
                                  << QStringLiteral("three") << QStringLiteral("seven") << QString();
        QTest::newRow("times the") << QStringLiteral("The FBI notified about 3,300 organisations in 2024, three times the 1,100 or so it notified in 2023.")
                                   << QStringLiteral("1,100") << QStringLiteral("3,300") << QStringLiteral("three times");
        QTest::newRow("two counts in parallel, each to its own") << QStringLiteral("Eight persons and four entities are now listed, up from six persons "
                                                                                 "and three entities when the framework was first used.")
                                                                 << QStringLiteral("three") << QStringLiteral("four") << QString();
        QTest::newRow("rupees with their abbreviation") << QStringLiteral("Budgets have been increased from Rs. 162 crore in 2019-20 to Rs. 416 crore in 2021-22.")
                                                        << QStringLiteral("Rs. 162 crore") << QStringLiteral("Rs. 416 crore") << QString();
        QTest::newRow("double its size of") << QStringLiteral("The market reached SAR13.3 billion in 2023, more than double its size of SAR6.1 billion in 2019.")
                                            << QStringLiteral("SAR6.1 billion") << QStringLiteral("SAR13.3 billion") << QStringLiteral("double");
        QTest::newRow("the multiple's own number is no later figure") << QStringLiteral("About 2.4 million records were taken, the company has confirmed, more "
                                                                                       "than four times its initial estimate of 550,000.")
                                                                       << QStringLiteral("550,000") << QStringLiteral("2.4 million") << QStringLiteral("four times");
        QTest::newRow("halved, to then from, not into the next clause") << QStringLiteral("Malware traffic had more than halved, to 403.9 million from 976.4 million "
                                                                                       "in 2022, while anomalies rose to 1,011.")
                                                                        << QStringLiteral("976.4 million") << QStringLiteral("403.9 million") << QStringLiteral("halved");
        QTest::newRow("double this year's") << QStringLiteral("The agency proposed Rp3.2 trillion for 2025, almost double this year's Rp1.7 trillion.")
                                            << QStringLiteral("Rp1.7 trillion") << QStringLiteral("Rp3.2 trillion") << QStringLiteral("double");
        QTest::newRow("up by a difference from the earlier figure") << QStringLiteral("Arrests totalled 8,113, up 779 (10.6%) from 7,334 in the previous year.")
                                                                    << QStringLiteral("7,334") << QStringLiteral("8,113") << QString();
        QTest::newRow("a second earlier figure of another measure") << QStringLiteral("Fraud cases numbered 1,315, with losses of about 1.406 billion yen, "
                                                                                       "against 64 cases and about 48 million yen in 2012.")
                                                                     << QStringLiteral("48 million yen") << QStringLiteral("1.406 billion yen") << QString();
        QTest::newRow("an earlier figure is no later one") << QStringLiteral("The request is up some 1.8 pct from 233.9 billion yen in fiscal 2023 and "
                                                                              "nearly seven times the 34.2 billion yen in fiscal 2022.")
                                                            << QString() << QString() << QString();
        QTest::newRow("times the approx., pointing back") << QStringLiteral("In 2020 it observed approx. 570.5 billion packets. This is about 1.5 times "
                                                                           "the approx. 375.6 billion packets observed in 2019.")
                                                          << QStringLiteral("375.6 billion") << QStringLiteral("570.5 billion") << QStringLiteral("1.5 times");
        QTest::newRow("twice as many as") << QStringLiteral("Attacks averaged 1,570 a day last year, twice as many as the 790 recorded in 2023.")
                                          << QStringLiteral("790") << QStringLiteral("1,570") << QStringLiteral("twice");
        QTest::newRow("double the level of") << QStringLiteral("Access averaged 9,520.0 in 2024, compared with 7,707.9 in 2023, and was roughly double the level of 4,532.0 recorded in 2020.")
                                             << QStringLiteral("4,532.0") << QStringLiteral("9,520.0") << QStringLiteral("double");
        QTest::newRow("grow to") << QStringLiteral("The office, launched in July with about 240 staff, would grow to about 400 staff by the end of FY2026.")
                                 << QStringLiteral("240") << QStringLiteral("400") << QString();
        QTest::newRow("baht, three times the") << QStringLiteral("It imposed fines of 21.5 million baht on nine firms this year, about three times the 7 million baht levied in 2024.")
                                               << QStringLiteral("7 million baht") << QStringLiteral("21.5 million baht") << QStringLiteral("three times");
        QTest::newRow("brought in, not places") << QStringLiteral("It connects hubs in 22 Member States and five cross-border hubs, which together bring in 118 SOCs, up from 46 at the end of 2024.")
                                               << QStringLiteral("46") << QStringLiteral("118") << QString();
        QTest::newRow("tenge, fourfold the") << QStringLiteral("It fined 14 firms a total of 86 million tenge in 2025, nearly fourfold the 23 million tenge imposed in 2024.")
                                             << QStringLiteral("23 million tenge") << QStringLiteral("86 million tenge") << QStringLiteral("fourfold");
        QTest::newRow("soles, triple the") << QStringLiteral("Losses reached S/ 312 million in 2025, almost triple the S/ 108 million recorded in 2022.")
                                           << QStringLiteral("S/ 108 million") << QStringLiteral("S/ 312 million") << QStringLiteral("triple");
        QTest::newRow("percent on") << QStringLiteral("ENISA has a 2026 budget of €27.4 million — up just 8 percent on €25.3 million in 2024.")
                                    << QStringLiteral("€25.3 million") << QStringLiteral("€27.4 million") << QString();
        QTest::newRow("this year's") << QStringLiteral("It allots 128.3 billion won to the programmes, up a mere 4.1 percent from this year's 123.2 billion won.")
                                     << QStringLiteral("123.2 billion won") << QStringLiteral("128.3 billion won") << QString();
        QTest::newRow("this fiscal year's budget of") << QStringLiteral("We plan to allocate about 104.6 billion yen, an increase of about 14% from this fiscal "
                                                                        "year's initial budget of about 91.8 billion yen.")
                                                      << QStringLiteral("91.8 billion yen") << QStringLiteral("104.6 billion yen") << QString();
        QTest::newRow("up in pct from, pointing back") << QStringLiteral("The ministry requested 5,594.7 billion yen for fiscal 2023. The request is up 3.6 pct "
                                                                         "from 5,400.5 billion yen in fiscal 2022.")
                                                       << QStringLiteral("5,400.5 billion yen") << QStringLiteral("5,594.7 billion yen") << QString();
        QTest::newRow("by a step to a level, pointing back") << QStringLiteral("Cyber personnel total about 890 in fiscal 2022. The ministry plans to increase "
                                                                               "the number by about 320 to some 1,210 in fiscal 2023.")
                                                             << QStringLiteral("890") << QStringLiteral("1,210") << QString();
        QTest::newRow("to, past a clause, from") << QStringLiteral("The budget will rise to KD 9.8 million in the 2024/2025 fiscal year, which starts in April, "
                                                                   "from KD 6.2 million this year.")
                                                 << QStringLiteral("KD 6.2 million") << QStringLiteral("KD 9.8 million") << QString();
        QTest::newRow("lek, from the equivalent of") << QStringLiteral("Spending fell from the equivalent of $4.5 million in 2019 to less than $300,000 in 2023, "
                                                                       "and AKSHI spent 110 million lek.")
                                                     << QStringLiteral("$4.5 million") << QStringLiteral("$300,000") << QString();
        QTest::newRow("to a month, from an origin") << QStringLiteral("From January to May 2024, the JCG received 37 reports of interference from 29 vessels.")
                                                    << QString() << QString() << QString();
        QTest::newRow("to, then from") << QStringLiteral("The bill would raise fines for operators that fail to report incidents to NT$10 million (US$305,000), from NT$1 million now.")
                                       << QStringLiteral("NT$1 million") << QStringLiteral("NT$10 million") << QString();
        QTest::newRow("doubled to dong, from") << QStringLiteral("Scam losses had nearly doubled to VND18.9 trillion in the first eight months of the year, "
                                                                "from VND11.7 trillion in the same period last year.")
                                               << QStringLiteral("VND11.7 trillion") << QStringLiteral("VND18.9 trillion") << QStringLiteral("doubled");
        QTest::newRow("a text's own pesos") << QStringLiteral("ANCI's budget for 2026 is CLP$9.6 billion (about US$10.1 million), more than double "
                                                             "the 4.1 billion pesos it received in 2025.")
                                            << QStringLiteral("4.1 billion pesos") << QStringLiteral("CLP$9.6 billion") << QStringLiteral("double");
        QTest::newRow("in parallel") << QStringLiteral("ENISA grew from €17.2 million and 76 staff in 2019 to €25.3 million and 128 staff in 2024.")
                                     << QStringLiteral("76") << QStringLiteral("128") << QString();
        QTest::newRow("is to reach") << QStringLiteral("The number of personnel assigned to cyber defense, 2,410 at the end of March, is to reach 3,650 by the end of fiscal 2026.")
                                     << QStringLiteral("2,410") << QStringLiteral("3,650") << QString();
        QTest::newRow("share of a whole") << QStringLiteral("As of September 2025, 17 of the 24 agencies had deployed the tools, compared with 8 in fiscal year 2022.")
                                          << QStringLiteral("8") << QStringLiteral("17") << QString();
        QTest::newRow("pointing back") << QStringLiteral("The agency found 2,640 such accounts before the vote.\n\nThat is more than four times the 610 accounts it identified in 2024.")
                                       << QStringLiteral("610") << QStringLiteral("2,640") << QStringLiteral("four times");
        QTest::newRow("then and now") << QStringLiteral("The command, which had about 540 members at its launch in March 2022, now has about 1,100.")
                                      << QStringLiteral("540") << QStringLiteral("1,100") << QString();
        QTest::newRow("raise that to") << QStringLiteral("The cyber workforce stood at about 2,410 at the end of fiscal 2024. The ministry aims to raise that to about 4,000 by 2027.")
                                       << QStringLiteral("2,410") << QStringLiteral("4,000") << QString();
        QTest::newRow("not a place count") << QStringLiteral("They had compromised at least 2,300 routers in 47 countries as of February, more than 2.5 times the roughly 900 devices identified in August.")
                                           << QStringLiteral("900") << QStringLiteral("2,300") << QStringLiteral("2.5 times");
        QTest::newRow("not a threshold") << QStringLiteral("The survey found that 41.3% spent 10% or more of their budgets on security in fiscal 2025, up from 28.7% in fiscal 2023.")
                                         << QStringLiteral("28.7%") << QStringLiteral("41.3%") << QString();
        QTest::newRow("times the five") << QStringLiteral("The attack encrypted 14 of its servers, nearly three times the five hit in November 2022.")
                                        << QStringLiteral("five") << QStringLiteral("14") << QStringLiteral("three times");
        QTest::newRow("the same thing counted") << QStringLiteral("In 2025 more than 2.93 million hosts were controlled by about 41,000 servers, up from 2.05 million hosts in 2024.")
                                                << QStringLiteral("2.05 million") << QStringLiteral("2.93 million") << QString();
        QTest::newRow("respectively") << QStringLiteral("68% of medium businesses and 76% of large businesses identified one, up from 67% and 74% respectively.")
                                      << QStringLiteral("74%") << QStringLiteral("76%") << QString();
        QTest::newRow("increase on the") << QStringLiteral("The office received 3,410 reports in 2025, a 14% increase on the 2,990 it received in 2024.")
                                         << QStringLiteral("2,990") << QStringLiteral("3,410") << QString();
        QTest::newRow("the number had risen") << QStringLiteral("By the deadline only four member states had written it into law. The number had risen to 21 by the end of February.")
                                              << QStringLiteral("four") << QStringLiteral("21") << QString();
        QTest::newRow("that total") << QStringLiteral("They hit more than 1,100 victims in 47 countries, including 312 in the United States. That total is more than 2.5 times the 430 victims counted in 2023.")
                                    << QStringLiteral("430") << QStringLiteral("1,100") << QStringLiteral("2.5 times");
        QTest::newRow("the text's dollar") << QStringLiteral("New Zealanders lost NZ$21.6 million to cyber incidents, up from $16.9m the year before.")
                                           << QStringLiteral("$16.9m") << QStringLiteral("NZ$21.6 million") << QString();
        QTest::newRow("to, from after") << QStringLiteral("Germany plans to lift spending on the service to €4.1 billion in 2027 from €2.6 billion this year.")
                                        << QStringLiteral("€2.6 billion") << QStringLiteral("€4.1 billion") << QString();
        QTest::newRow("per cent more than the") << QStringLiteral("RIA registered 6,515 incidents in 2025, 41 per cent more than the 4,612 recorded in 2024.")
                                                << QStringLiteral("4,612") << QStringLiteral("6,515") << QString();
        QTest::newRow("the total was up from") << QStringLiteral("Ransomware cases reached 238 in 2025.\n\nThe total was up from 222 in 2024 and more than double the 103 recorded in 2021.")
                                               << QStringLiteral("222") << QStringLiteral("238") << QString();
        QTest::newRow("and more than double the") << QStringLiteral("Ransomware cases reached 238 in 2025.\n\nThe total was up from 222 in 2024 and more than double the 103 recorded in 2021.")
                                                  << QStringLiteral("103") << QStringLiteral("238") << QStringLiteral("double");
        QTest::newRow("a conversion in brackets") << QStringLiteral("The cabinet earmarked T$17.9 billion ($545 million) for cyber security this year, up from T$15.6 billion in 2026.")
                                                  << QStringLiteral("T$15.6 billion") << QStringLiteral("T$17.9 billion") << QString();
        QTest::newRow("gone from, to fewer than") << QStringLiteral("CISA has gone from about 3,300 employees in January 2025 to fewer than 2,200 today.")
                                                  << QStringLiteral("3,300") << QStringLiteral("2,200") << QString();
        QTest::newRow("last year's average of") << QStringLiteral("Attempts averaged 2.03 million a day, up 8.6 percent from last year's daily average of 1.87 million.")
                                                << QStringLiteral("1.87 million") << QStringLiteral("2.03 million") << QString();
        QTest::newRow("after, a year earlier") << QStringLiteral("The BSI is aware of 1,060 ransomware attacks that became public, after 950 a year earlier.")
                                               << QStringLiteral("950") << QStringLiteral("1,060") << QString();
        QTest::newRow("down from, and") << QStringLiteral("The request would fund CISA at $2.27 billion in fiscal year 2027, down from $2.62 billion enacted for fiscal year 2026 and $2.87 billion in fiscal year 2025.")
                                        << QStringLiteral("$2.87 billion") << QStringLiteral("$2.27 billion") << QString();
        QTest::newRow("two and a half times the") << QStringLiteral("The NCSC handled 9,350 incident reports last year, about two and a half times the 3,720 it received in 2022.")
                                                  << QStringLiteral("3,720") << QStringLiteral("9,350") << QStringLiteral("two and a half times");
        QTest::newRow("a total, not a rate") << QStringLiteral("Australians lodged 91,600 reports in 2025–26, an average of 251 a day and 8 per cent more than the 84,700 made in 2024–25.")
                                             << QStringLiteral("84,700") << QStringLiteral("91,600") << QString();
        QTest::newRow("raise that, the level now") << QStringLiteral("The command now has about 1,870 members, more than three times the 540 it had in 2022. "
                                                                     "The ministry plans to raise that to about 2,700 by 2029.")
                                                   << QStringLiteral("1,870") << QStringLiteral("2,700") << QString();
        QTest::newRow("pointing back, the figure the multiple fits") << QStringLiteral("The gang has hit at least 47 hospitals since June, stealing the records of 6.8 million patients.\n\n"
                                                                                      "That is more than double the 19 victims listed in August.")
                                                                     << QStringLiteral("19") << QStringLiteral("47") << QStringLiteral("double");
        QTest::newRow("after is a time") << QStringLiteral("The team restored 40 servers after 12 days.") << QString() << QString() << QString();
        QTest::newRow("one and a half times as many")
            << QStringLiteral("In 2014 the networks were hit by more than 74 million attacks, one and a half times as many as the 49 million "
                              "recorded a year earlier.")
            << QStringLiteral("49 million") << QStringLiteral("74 million") << QStringLiteral("one and a half times");
        QTest::newRow("a multiple in quotes")
            << QStringLiteral("The agency wants 31.6 billion yen in fiscal 2022, which an official described as \"more than triple\" the "
                              "12.4 billion yen earmarked this year.")
            << QStringLiteral("12.4 billion yen") << QStringLiteral("31.6 billion yen") << QStringLiteral("triple");
        QTest::newRow("bracketed periods and approx.")
            << QStringLiteral("Cyber-related budget: approx. 22.2 billion yen (FY2019), compared with approx. 16.1 billion yen (FY2018)")
            << QStringLiteral("16.1 billion yen") << QStringLiteral("22.2 billion yen") << QString();
        QTest::newRow("the figure compared with, pointing back")
            << QStringLiteral("Ministries faced some 6.14 million threats in fiscal 2015, a report showed.\n\nThe threats were picked up by "
                              "sensors, it said. The figure compared with about 3.99 million in fiscal 2014 and was nearly six times the 1.08 "
                              "million recorded in fiscal 2013.")
            << QStringLiteral("1.08 million") << QStringLiteral("6.14 million") << QStringLiteral("six times");
        QTest::newRow("by is a difference") << QStringLiteral("Reported cases increased by 30 to 1,200 last year.") << QString() << QString() << QString();
        QTest::newRow("origin, not change") << QStringLiteral("This year 1,300 defenders from 29 Allies took part.") << QString() << QString() << QString();
    }
    void findsAChangeStatedAsAMultipleOfTheEarlierFigure()
    {
        QFETCH(QString, text);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, multiplier);
        const Extraction x = m_engine.extract(text);
        bool found = false;
        for (const Change &c : x.changes) {
            QVERIFY2(!from.isEmpty(), qPrintable(x.statistics.at(c.from).span.text(text)));
            found |= x.statistics.at(c.from).span.text(text) == from && x.statistics.at(c.to).span.text(text) == to
                && c.statedMultiplier == multiplier;
        }
        QCOMPARE(found, !from.isEmpty());
    }
    void statisticsAreNormalisedAndDatesAreNot()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, stats);
        QCOMPARE(figuresOf(text, m_engine.extract(text)), stats);
    }

    // A figure's period is stated in its own clause, or left out of it.
    void periodsStayInTheirClause()
    {
        const QString text = QStringLiteral(
            "Attacks rose to 5.08 million, a sevenfold increase from around 660,000 in FY2011, and 97% of them came from abroad. "
            "The target is about 4,000 personnel by fiscal 2027, and some 20,000 if we include related units.\n");
        QHash<QString, QString> periods;
        for (const Statistic &s : m_engine.extract(text).statistics)
            periods.insert(s.span.text(text), s.period);
        QCOMPARE(periods.value(QStringLiteral("660,000")), QStringLiteral("FY2011"));
        QCOMPARE(periods.value(QStringLiteral("97%"), QStringLiteral("absent")), QString());
        QCOMPARE(periods.value(QStringLiteral("20,000")), QStringLiteral("fiscal 2027"));
    }

    // A range has both ends and is no change.
    void rangesKeepBothEnds()
    {
        const QString text = QStringLiteral("Losses more than tripled to $62 million in 2024, and demands ranged from $150,000 to $14 million.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(x.statistics.size(), 3);
        QCOMPARE(x.statistics.at(2).value, 150000.0);
        QCOMPARE(x.statistics.at(2).high, 14e6);
        QVERIFY(x.changes.isEmpty());
    }

    // A table's "−5%" is a fall of five per cent.
    void signedSharesKeepTheirSign()
    {
        const Extraction x = m_engine.extract(QStringLiteral("Reports rose +6% in Victoria and fell \u22125% in Darwin.\n"));
        QCOMPARE(x.statistics.size(), 2);
        QCOMPARE(x.statistics.at(0).value, 6.0);
        QCOMPARE(x.statistics.at(1).value, -5.0);
        QCOMPARE(x.statistics.at(1).unit, Statistic::Unit::Percent);
    }

    // Thousands grouped by spaces, as South African and European texts
    // write them ("1 104", "EUR 380 000" with a no-break space), are one
    // figure; a phone number grouped so is none.
    void thousandsGroupedBySpacesAreOneFigure()
    {
        const QString text = QStringLiteral("Notifications rose from 1 104 in 2024 to 1 682 in 2025; EUR 380\u00a0000 was seized. "
                                            "Call IDCARE on 1800 595 160 or 1 800 555 1234.\n");
        const Extraction x = m_engine.extract(text);
        QStringList found;
        QList<double> values;
        for (const Statistic &s : x.statistics) {
            found.append(s.span.text(text));
            values.append(s.value);
        }
        QCOMPARE(found, (QStringList{QStringLiteral("1 104"), QStringLiteral("1 682"), QStringLiteral("EUR 380\u00a0000")}));
        QCOMPARE(values, (QList<double>{1104, 1682, 380000}));
        QCOMPARE(x.changes.size(), 1);
    }

    // The currency as written: "US$" is dollars, not Singapore's "S$".
    void moneyKeepsItsCurrency()
    {
        const QString text = QStringLiteral("They took US$830 million, S$3 million, NT$14.9 billion, Rs 500 crore, 100 million yen and T$2 billion.");
        const Extraction x = m_engine.extract(text);
        QStringList currencies;
        for (const Statistic &s : x.statistics)
            currencies.append(s.currency);
        QCOMPARE(currencies, (QStringList{QStringLiteral("USD"), QStringLiteral("SGD"), QStringLiteral("TWD"), QStringLiteral("INR"), QStringLiteral("JPY"),
                                          QStringLiteral("TWD")}));
        QCOMPARE(x.statistics.at(3).value, 5e9);
        // A bare "$" is the text's own dollar when its first dollar figure
        // names one, and another country's in a sentence after that
        // country's dollar.
        const QString kiwi = QStringLiteral("They lost NZ$21.6 million, up from $16.9m.\n");
        QCOMPARE(m_engine.extract(kiwi).statistics.value(1).currency, QStringLiteral("NZD"));
        const QString us = QStringLiteral("The US fined the firm $5 million; Singapore fined another S$1 million and later $2 million. "
                                          "The firm paid $3 million.\n");
        QStringList usCurrencies;
        for (const Statistic &s : m_engine.extract(us).statistics)
            usCurrencies.append(s.currency);
        QCOMPARE(usCurrencies, (QStringList{QStringLiteral("USD"), QStringLiteral("SGD"), QStringLiteral("SGD"), QStringLiteral("USD")}));
        const QString andes = QStringLiteral("Losses were S/ 312 million and S/186,000; fines 86 million tenge and 2.1 million soles; "
                                             "Shs4.6b was diverted. Call 67085888 or 9851286770.\n");
        QStringList andesCurrencies;
        for (const Statistic &s : m_engine.extract(andes).statistics)
            andesCurrencies.append(s.span.text(andes) + QLatin1Char('=') + s.currency);
        QCOMPARE(andesCurrencies, (QStringList{QStringLiteral("S/ 312 million=PEN"), QStringLiteral("S/186,000=PEN"),
                                               QStringLiteral("86 million tenge=KZT"), QStringLiteral("2.1 million soles=PEN"),
                                               QStringLiteral("Shs4.6b=UGX")}));
        const QString pesos = QStringLiteral("Congress approved P468 million.\n");
        QCOMPARE(m_engine.extract(pesos).statistics.value(0).currency, QStringLiteral("PHP"));
        // Riyals, rand, naira, reais and zloty, with a letter, a code or a
        // word; a bare letter only before a scale or thousands ("R500",
        // "Route R1" and "Form N1" are no money). A dollar after the real is
        // the US dollar of a conversion.
        const QString more = QStringLiteral("Fraud fell to SR312 million from SAR 655 million; the gang demanded R28 million, not R500 "
                                            "on Route R1; Nigerians lost N131.4 billion and ₦2.1bn under Form N1; the seller asked "
                                            "R$80,000 (about $15,000); Warsaw spent PLN 1.2 billion and 300 million zł.\n");
        QStringList texts;
        QStringList codes;
        QList<double> values;
        for (const Statistic &s : m_engine.extract(more).statistics) {
            texts.append(s.span.text(more));
            codes.append(s.currency);
            values.append(s.value);
        }
        QCOMPARE(texts, (QStringList{QStringLiteral("SR312 million"), QStringLiteral("SAR 655 million"), QStringLiteral("R28 million"),
                                     QStringLiteral("N131.4 billion"), QStringLiteral("₦2.1bn"), QStringLiteral("R$80,000"),
                                     QStringLiteral("$15,000"), QStringLiteral("PLN 1.2 billion"), QStringLiteral("300 million zł")}));
        QCOMPARE(codes, (QStringList{QStringLiteral("SAR"), QStringLiteral("SAR"), QStringLiteral("ZAR"), QStringLiteral("NGN"),
                                     QStringLiteral("NGN"), QStringLiteral("BRL"), QStringLiteral("USD"), QStringLiteral("PLN"),
                                     QStringLiteral("PLN")}));
        // A scale written onto the figure: "₦2.1bn", "£14.7bn", "¥8.85tn".
        QCOMPARE(values.value(4), 2.1e9);
        const QString pounds = QStringLiteral("It cost £14.7bn and ¥8.85tn.\n");
        QCOMPARE(m_engine.extract(pounds).statistics.value(0).value, 14.7e9);
        QCOMPARE(m_engine.extract(pounds).statistics.value(1).value, 8.85e12);
        // Pesos, francs, shillings, ringgit ("bil", "mil") and lira.
        const QString attached = QStringLiteral("Mex$1.9 billion, CHF2.4 million, KSh2.4 billion, RM654mil and ₺45 million.\n");
        QStringList attachedCodes;
        QList<double> attachedValues;
        for (const Statistic &s : m_engine.extract(attached).statistics) {
            attachedCodes.append(s.currency);
            attachedValues.append(s.value);
        }
        QCOMPARE(attachedCodes, (QStringList{QStringLiteral("MXN"), QStringLiteral("CHF"), QStringLiteral("KES"), QStringLiteral("MYR"),
                                             QStringLiteral("TRY")}));
        QCOMPARE(attachedValues, (QList<double>{1.9e9, 2.4e6, 2.4e9, 654e6, 45e6}));
        // Cedis, taka, lei: marked, coded or named; a word in lower case
        // before a figure is no code ("try 5 times").
        const QString cedis = QStringLiteral("GH¢14.6 million, GHS 2 million, Tk 50 crore, 3,000 cedis, RON 12 million and 9 million lei; try 5 times.\n");
        QStringList moreSpans;
        QStringList moreCodes;
        for (const Statistic &s : m_engine.extract(cedis).statistics) {
            moreSpans.append(s.span.text(cedis));
            moreCodes.append(s.currency);
        }
        QCOMPARE(moreSpans, (QStringList{QStringLiteral("GH¢14.6 million"), QStringLiteral("GHS 2 million"), QStringLiteral("Tk 50 crore"),
                                         QStringLiteral("3,000 cedis"), QStringLiteral("RON 12 million"), QStringLiteral("9 million lei"),
                                         QStringLiteral("5")}));
        QCOMPARE(moreCodes, (QStringList{QStringLiteral("GHS"), QStringLiteral("GHS"), QStringLiteral("BDT"), QStringLiteral("GHS"),
                                         QStringLiteral("RON"), QStringLiteral("RON"), QString()}));
    }

    void bodiesHaveCanonicalNames()
    {
        const QString text = QStringLiteral("The trade ministry and the National Police Agency (NPA) met. Later the NPA said so.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(spans(text, x.bodies), (QStringList{QStringLiteral("trade ministry"), QStringLiteral("National Police Agency"), QStringLiteral("NPA"), QStringLiteral("NPA")}));
        QCOMPARE(x.bodies.at(0).canonical, QStringLiteral("Ministry of Economy, Trade and Industry"));
        QCOMPARE(x.bodies.at(3).canonical, QStringLiteral("National Police Agency"));
    }

    // Whose body a shared name or acronym is: the text's own definition of
    // an acronym the gazetteer knows only as other countries' ("NCC"), the
    // country whose possessive stands before the name ("Estonia's Ministry
    // of Defence"); a known acronym and its unit after it are one name.
    void sharedNamesResolveToTheTextsBody()
    {
        const QString text = QStringLiteral(
            "The Nigerian Communications Commission (NCC) barred 2.6 million lines, the Central Bank of Nigeria said. The NCC also fined "
            "two operators. Estonia’s Ministry of Defence is spending more, said Kirsten Lahey of the RCMP National "
            "Cybercrime Coordination Centre.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(spans(text, x.bodies), (QStringList{QStringLiteral("Nigerian Communications Commission"), QStringLiteral("NCC"),
                                                     QStringLiteral("Central Bank of Nigeria"), QStringLiteral("NCC"), QStringLiteral("Ministry of Defence"),
                                                     QStringLiteral("RCMP National Cybercrime Coordination Centre")}));
        QCOMPARE(x.bodies.at(3).canonical, QStringLiteral("Nigerian Communications Commission"));
        QCOMPARE(x.bodies.at(3).jurisdiction, QStringLiteral("NG"));
        QCOMPARE(x.bodies.at(4).jurisdiction, QStringLiteral("EE"));
        QCOMPARE(x.bodies.at(5).canonical, QStringLiteral("National Cybercrime Coordination Centre"));
        QCOMPARE(x.bodies.at(5).jurisdiction, QStringLiteral("CA"));
    }

    // Short names the text gives a body: a directorate general, a one-word
    // name in the body's own language, a regulator described; not a weekday
    // in brackets or the first letters of a party's "PDI-P".
    void namesTheTextGivesABody()
    {
        const QString text = QStringLiteral(
            "The Swedish Tax Agency (Skatteverket) and the Foreign Ministry (Monday) were hit; Skatteverket restored its site. "
            "Autogates of the Directorate General of Immigration failed, said Arif Prasetyo (PDI-P). "
            "The Garante, Italy's data protection authority, opened an inquiry.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(spans(text, x.bodies), (QStringList{QStringLiteral("Swedish Tax Agency"), QStringLiteral("Skatteverket"),
                                                     QStringLiteral("Foreign Ministry"), QStringLiteral("Skatteverket"),
                                                     QStringLiteral("Directorate General of Immigration"), QStringLiteral("Garante"),
                                                     QStringLiteral("data protection authority")}));
        QCOMPARE(x.bodies.at(3).canonical, QStringLiteral("Swedish Tax Agency"));
    }

    // A named unit "of the" body it belongs to is two names; a head noun
    // alone before "of" is part of one; a sentence's full stop is no part.
    void aUnitAndItsParentAreTwoNames()
    {
        const QString text = QStringLiteral("The Cybercrime Unit of the Criminal Investigations Department met the Department of the Air Force. "
                                            "He heads the Cyber Crime Countermeasures Division of the Aichi Prefectural Police.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(spans(text, x.bodies), (QStringList{QStringLiteral("Cybercrime Unit"), QStringLiteral("Criminal Investigations Department"),
                                                     QStringLiteral("Department of the Air Force"),
                                                     QStringLiteral("Cyber Crime Countermeasures Division"), QStringLiteral("Aichi Prefectural Police")}));
    }

    void forcesAndOfficesNamedByPlaceOrHolder()
    {
        const QString text = QStringLiteral("Harbin police and the Maine Attorney General’s Office said Japanese police and the police agreed.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(spans(text, x.bodies), (QStringList{QStringLiteral("Harbin police"), QStringLiteral("Maine Attorney General’s Office")}));
        const QString canton = QStringLiteral("The Bern cantonal police are investigating with the Office of the Attorney General of "
                                              "Switzerland (OAG). The OAG declined to comment.\n");
        const Extraction cantonal = m_engine.extract(canton);
        QCOMPARE(spans(canton, cantonal.bodies), (QStringList{QStringLiteral("Bern cantonal police"),
                                                              QStringLiteral("Office of the Attorney General of Switzerland"),
                                                              QStringLiteral("OAG"), QStringLiteral("OAG")}));
        QCOMPARE(cantonal.bodies.at(3).canonical, QStringLiteral("Office of the Attorney General of Switzerland"));
        const QString agencies = QStringLiteral("South Korea's spy agency said so; the cyber agency agreed, but a new cyber agency is years away.\n");
        QCOMPARE(spans(agencies, m_engine.extract(agencies).bodies), (QStringList{QStringLiteral("spy agency"), QStringLiteral("cyber agency")}));
        const QString ministries = QStringLiteral("Officers from the interior ministry's directorate and the Bulgarian energy ministry met; "
                                                  "a ministry of its own is years away.\n");
        QCOMPARE(spans(ministries, m_engine.extract(ministries).bodies),
                 (QStringList{QStringLiteral("interior ministry"), QStringLiteral("Bulgarian energy ministry")}));
    }

    // Bodies described or named by acronym in the eighteenth held-out set's
    // forms; a handle, a party to a case and a document's number are no
    // mentions.
    void describedBodiesAndNumberedDocuments()
    {
        const QString text = QStringLiteral(
            "The NCCIA replaced the Federal Investigation Agency's (FIA) cybercrime wing. PKCERT reports to the IT ministry. "
            "The Ministry of Digital Economy and Society (DES) acted; DES Minister Chaiwat Srisombat spoke. "
            "The Security Information Service (BIS), the country's counter-intelligence service, agreed. "
            "The Federal Communications Commission (FCC) adopted a notice (FCC 26-17). Follow @FCC. See MCI v. FCC, 515 F.2d 385.\n");
        QCOMPARE(spans(text, m_engine.extract(text).bodies),
                 (QStringList{QStringLiteral("NCCIA"), QStringLiteral("Federal Investigation Agency"), QStringLiteral("FIA"), QStringLiteral("cybercrime wing"),
                              QStringLiteral("PKCERT"), QStringLiteral("IT ministry"), QStringLiteral("Ministry of Digital Economy and Society"),
                              QStringLiteral("DES"), QStringLiteral("DES"), QStringLiteral("Security Information Service"), QStringLiteral("BIS"),
                              QStringLiteral("counter-intelligence service"), QStringLiteral("Federal Communications Commission"), QStringLiteral("FCC")}));
    }

    // A headline names what speaks without "the": "…, cyber agency says",
    // "Privacy watchdog fines …", "… as data watchdog opens probe"; a
    // country's cyber centre and a ministry's department are described as
    // its agencies are. A company's department is none.
    void describedBodiesInHeadlinesAndDepartments()
    {
        const QString text = QStringLiteral(
            "Attacks on town halls doubled in 2026, cyber agency says\n"
            "Privacy watchdog fines telecom over leak\n"
            "Insurer confirms breach as data watchdog opens probe\n"
            "Record incidents, says State's cyber centre; labour department admits delay\n\n"
            "The finance department estimates the cost. The interior ministry's cybercrime department investigates. "
            "The company's IT department and its finance team were told. A main cyber agency may follow.\n"
            "Unit 61419 of the army and Unit 8200 acted, the chief cabinet secretary said; Unit 3 did not.\n");
        QCOMPARE(spans(text, m_engine.extract(text).bodies),
                 (QStringList{QStringLiteral("cyber agency"), QStringLiteral("Privacy watchdog"), QStringLiteral("data watchdog"),
                              QStringLiteral("cyber centre"), QStringLiteral("labour department"), QStringLiteral("finance department"),
                              QStringLiteral("interior ministry"), QStringLiteral("cybercrime department"), QStringLiteral("Unit 61419"),
                              QStringLiteral("Unit 8200")}));
    }

    // Described by a country or alliance ("the UK's cyber defence agency",
    // "NATO's cyber defence centre", "the North's primary intelligence
    // agency"), a local council by its place, the Commonwealth's own style;
    // a kind of firm ("Internet Service Providers") is none.
    void describedBodiesCouncilsAndGovernments()
    {
        const QString text = QStringLiteral(
            "Attacks trebled, the UK's cyber defence agency said. Japan sends staff to NATO's cyber defence centre. Bureau 121 serves "
            "the North's primary intelligence agency. Hackney council is restoring services, and Redcar and Cleveland borough council "
            "said the attack cost it £10.4m. The Australian Government said so. The council took no action. Regional council chair Heidi "
            "Lund resigned. CERT-In notified Internet Service Providers. The Korea Atomic Energy Research Institute (KAERI) was hit. "
            "Schwerin's city administration and the Rostock city administration closed; the Presidency of the Republic will lead. "
            "The National Public Service Act applies. According to the Council of Anti-Phishing Japan, reports rose.\n");
        QCOMPARE(spans(text, m_engine.extract(text).bodies),
                 (QStringList{QStringLiteral("cyber defence agency"), QStringLiteral("NATO"), QStringLiteral("cyber defence centre"),
                              QStringLiteral("Bureau 121"), QStringLiteral("primary intelligence agency"), QStringLiteral("Hackney council"),
                              QStringLiteral("Redcar and Cleveland borough council"), QStringLiteral("Australian Government"),
                              QStringLiteral("CERT-In"), QStringLiteral("Korea Atomic Energy Research Institute"), QStringLiteral("KAERI"),
                              QStringLiteral("city administration"), QStringLiteral("Rostock city administration"),
                              QStringLiteral("Presidency of the Republic")}));
        // ("£10.4m." ends its sentence: the Government is the next one's speaker.)
        QCOMPARE(speakersAndCues(text, m_engine.extract(text)),
                 (QStringList{QStringLiteral("the UK's cyber defence agency|said"), QStringLiteral("Redcar and Cleveland borough council|said"),
                              QStringLiteral("The Australian Government|said"), QStringLiteral("the Council of Anti-Phishing Japan|According to")}));
    }

    // A country's military as an adjective is no body, nor is a party's
    // organ or a legal form; the Japan-U.S. "2+2" is.
    void adjectivesPartiesAndAlliances()
    {
        const QString text = QStringLiteral(
            "China rejected charges that five Chinese military officers hacked firms and a Chinese military unit was involved; the "
            "Chinese military had never done so. "
            "Ichiro Kanzaki chairs the Liberal Democratic Party's Research Commission on Security. At the Japan-U.S. Security "
            "Consultative Committee, the ministers met. The Act on the National Institute of Information and Communications Technology, "
            "Incorporated Administrative Agency was amended.\n");
        QCOMPARE(spans(text, m_engine.extract(text).bodies),
                 (QStringList{QStringLiteral("Chinese military"), QStringLiteral("Japan-U.S. Security Consultative Committee"),
                              QStringLiteral("National Institute of Information and Communications Technology")}));
    }

    // A body that speaks is one speaker however the text names it, and so
    // is "it" after it; a body described, or one whose name other bodies
    // share, keeps the words the text uses.
    void bodiesSpeakUnderOneName()
    {
        const QString text = QStringLiteral(
            "The National center of Incident readiness and Strategy for Cybersecurity (NISC) said it was hit. NISC said the attack was "
            "contained. The NISC warned agencies, and NISC officials said more was needed. It added that it would act. "
            "NISC Director Taro Sato said so. The Interior Ministry said so. The Ministry of Foreign Affairs said so.\n");
        const Extraction x = m_engine.extract(text);
        const QStringList names = speakerNamesOf(x);
        const QString nisc = QStringLiteral("National center of Incident readiness and Strategy for Cybersecurity");
        QCOMPARE(names, (QStringList{nisc, nisc, nisc, nisc, nisc, QStringLiteral("Taro Sato"), QStringLiteral("The Interior Ministry"),
                                     QStringLiteral("The Ministry of Foreign Affairs")}));
    }

    // A person is known by name, not by the role or body around it, with the
    // particles of the name; an acronym in mixed-case text keeps its
    // capitals, and "she" is the last person so named. People named by
    // their kind keep where they work ("Lawyers for the firm"); bare
    // lawyers and a Whitehall source are no one in particular.
    void speakersAreShownByName()
    {
        const QString text = QStringLiteral(
            "Kenji Sato of the United Nations said the talks would go on. Research firm IDC Japan estimates that spending will rise. "
            "Public broadcaster NHK reported that hospitals were hit. Special Agent in Charge Karen Whitfield of the FBI Boston Field "
            "Office said agents had visited 41 utilities. She added that more would follow. Kyodo news agency reported it. "
            "“We must act,” says Minister of Justice and Security Ingrid van der Laan. Lawyers for the firm said it would appeal. "
            "Lawyers say the fines are too low. A Whitehall source said ministers were considering it. “We act,” said the Minister of "
            "Information and Communications Technologies, Andrés Felipe Rincón. Commenting on the Act, the Chief Executive of NACSA, "
            "Ir. Dr. Azman Kamaruddin, said: “It is not meant to burden the industry.” Shri Ashok Kumar Meena said so.\n");
        QCOMPARE(speakerNamesOf(m_engine.extract(text)), (QStringList{QStringLiteral("Kenji Sato"), QStringLiteral("IDC Japan"), QStringLiteral("NHK"), QStringLiteral("Karen Whitfield"),
                                     QStringLiteral("Karen Whitfield"), QStringLiteral("Kyodo"), QStringLiteral("Ingrid van der Laan"),
                                     QStringLiteral("Lawyers for the firm"), QStringLiteral("Andrés Felipe Rincón"), QStringLiteral("Azman Kamaruddin"),
                                     QStringLiteral("Ashok Kumar Meena")}));
    }

    // A list that writes the shared head once names one body per conjunct:
    // the head goes with the name it is written next to.
    void listsSharingOneHeadNameEachBody()
    {
        const QString before = QStringLiteral("GAO reviewed the Departments of Energy, Health and Human Services, the Interior, "
                                              "and Veterans Affairs and the Small Business Administration. The Ministries of Defence "
                                              "and Justice declined to comment.\n");
        QCOMPARE(spans(before, m_engine.extract(before).bodies),
                 (QStringList{QStringLiteral("GAO"), QStringLiteral("Departments of Energy"), QStringLiteral("Health and Human Services"),
                              QStringLiteral("Interior"), QStringLiteral("Veterans Affairs"), QStringLiteral("Small Business Administration"),
                              QStringLiteral("Ministries of Defence"), QStringLiteral("Justice")}));
        const QString after = QStringLiteral("Units across the Ground, Maritime and Air Self-Defense Forces grew.\n");
        const Extraction x = m_engine.extract(after);
        QCOMPARE(spans(after, x.bodies),
                 (QStringList{QStringLiteral("Ground"), QStringLiteral("Maritime"), QStringLiteral("Air Self-Defense Forces")}));
        // Each is the body its whole name names.
        QStringList canonical;
        for (const BodyMention &b : x.bodies)
            canonical.append(b.canonical);
        QCOMPARE(canonical, (QStringList{QStringLiteral("Ground Self-Defense Force"), QStringLiteral("Maritime Self-Defense Force"),
                                         QStringLiteral("Air Self-Defense Force")}));
        const Extraction y = m_engine.extract(before);
        QCOMPARE(y.bodies.at(2).canonical, QStringLiteral("Department of Health and Human Services"));
        QCOMPARE(y.bodies.at(5).canonical, QStringLiteral("Small Business Administration"));
    }

    // Legislatures and their committees by the short or descriptive names
    // the text gives them; titles and other houses stay out.
    void legislaturesByShortNames()
    {
        const QString text = QStringLiteral("The minister told the House that figures went to parliament in May. The chair of the "
                                            "Commons defence committee and the Senate’s national security committee agreed, the "
                                            "Speaker of the House said. The White House and the House of Lords, under a Creative "
                                            "Commons licence. A parliament of its own, said members of parliament.\n");
        QCOMPARE(spans(text, m_engine.extract(text).bodies),
                 (QStringList{QStringLiteral("House"), QStringLiteral("parliament"), QStringLiteral("Commons defence committee"),
                              QStringLiteral("Senate"), QStringLiteral("national security committee"), QStringLiteral("White House"),
                              QStringLiteral("House of Lords")}));
    }

    // A body's own-language name in the brackets of its acronym is the body
    // too; a company's legal form, a portfolio or office in a title and
    // where a firm is based are not.
    void namesAroundABodysName()
    {
        const QString text = QStringLiteral("The Estonian Internal Security Service (Kaitsepolitseiamet, KAPO) and the Digital "
                                            "Service Agency (Digitale Dienstagentur, or DDA) met. DDA said so. Osaka-based Kansai "
                                            "Data Service Co. set it up; Kansai Data Service apologised. Minister of State for Home "
                                            "Affairs Faridah Osman and the Minister for the Cabinet Office spoke.\n");
        QCOMPARE(spans(text, m_engine.extract(text).bodies),
                 (QStringList{QStringLiteral("Estonian Internal Security Service"), QStringLiteral("Kaitsepolitseiamet"), QStringLiteral("KAPO"),
                              QStringLiteral("Digital Service Agency"), QStringLiteral("Digitale Dienstagentur"), QStringLiteral("DDA"),
                              QStringLiteral("DDA"), QStringLiteral("Cabinet Office")}));
        // A commissioner's office as the title before a name is the person's.
        const QString commissioner = QStringLiteral("Privacy Commissioner of Canada Mireille Gagnon said the Privacy Commissioner of "
                                                    "Canada would act.\n");
        QCOMPARE(spans(commissioner, m_engine.extract(commissioner).bodies), (QStringList{QStringLiteral("Privacy Commissioner of Canada")}));
    }

    // A name the text describes as a nonprofit, a think tank or a company
    // (a state-owned one too, with "Agency" in its name) is no government
    // body, nor is its acronym; nor is an industry's self-regulatory
    // organisation.
    void namesDescribedAsPrivateAreNoBodies()
    {
        const QString text = QStringLiteral("The Multi-State Information Sharing and Analysis Center (MS-ISAC), a nonprofit that supports "
                                            "states, and the Sofia Centre for Digital Policy, a think tank, briefed the FBI. MS-ISAC and "
                                            "the National Cyber Security Centre (NCSC), a part of GCHQ, agreed. The Cyber Resilience Agency "
                                            "(CRA), the state-owned company that hosts many systems, and the Financial Industry Regulatory "
                                            "Authority (FINRA) were not involved. CRA staff agreed.\n");
        QCOMPARE(spans(text, m_engine.extract(text).bodies),
                 (QStringList{QStringLiteral("FBI"), QStringLiteral("National Cyber Security Centre"), QStringLiteral("NCSC"), QStringLiteral("GCHQ")}));
    }

    // Forms the thirty-second held-out set showed: a member's "this
    // House", "the apex bank", a computer emergency team, a spy agency
    // described; and no body in another congress, a hospital, a licence or
    // a known acronym the text defines as something else.
    void bodiesOfParliamentsBanksAndResponseTeams()
    {
        const QString text = QStringLiteral(
            "That this House has considered cyber security. The circular of the apex bank was withdrawn. NITDA said its Computer "
            "Emergency Readiness and Response Team (CERRT.ng) had issued 47 advisories, the nation's electronic spy agency has warned. "
            "The Nigeria Labour Congress (NLC) objected. Osaka General Medical Center was hit. Levies go to the National Cybersecurity "
            "Fund (NCF); the NCF is run by the Office of the National Security Adviser. Text under the Open Parliament Licence v3.0. "
            "RIA will brief the Riigikogu's economic affairs committee. Games never disrupted, says French cyber agency. "
            "Report it to the local Garda station. The Shimada city government runs the hospital. SL CERT is investigating. "
            "Agência Brasil reported it. Bail is paid in cash at court counters.\n");
        QCOMPARE(spans(text, m_engine.extract(text).bodies),
                 (QStringList{QStringLiteral("House"), QStringLiteral("apex bank"), QStringLiteral("NITDA"),
                              QStringLiteral("Computer Emergency Readiness and Response Team"), QStringLiteral("CERRT.ng"),
                              QStringLiteral("electronic spy agency"), QStringLiteral("Office of the National Security Adviser"), QStringLiteral("RIA"),
                              QStringLiteral("Riigikogu"), QStringLiteral("economic affairs committee"), QStringLiteral("French cyber agency"),
                              QStringLiteral("Shimada city government"), QStringLiteral("SL CERT")}));
        QVERIFY(speakersAndCues(text, m_engine.extract(text)).filter(QStringLiteral("counters")).isEmpty());
    }

    // Forms of the thirty-fifth and thirty-sixth sets: a response team
    // written with a dot, a central bank's short name, a Gulf state's
    // Council of Ministers, a committee in capitals after its parliament;
    // not the NIS directive. A GovInfo record's mixed-case turns, a
    // headline's source after a dash in capitals, a time clause before the
    // subject of ", urging", a name and others counted with it, whom one
    // urges left out of what; an interview's title-case headline is no turn.
    void formsOfTheThirtyFifthAndSixthSets()
    {
        const QString bodies = QStringLiteral(
            "He said CERT.UG had warned, and Bank Negara froze RM200 million. The NCSC reports to the Council of Ministers in Kuwait. "
            "Parliament's ICT committee met. That is 40 times the operators designated under the first NIS directive.\n");
        QCOMPARE(spans(bodies, m_engine.extract(bodies).bodies),
                 (QStringList{QStringLiteral("CERT.UG"), QStringLiteral("Bank Negara"), QStringLiteral("NCSC"), QStringLiteral("Council of Ministers"),
                              QStringLiteral("Parliament"), QStringLiteral("ICT committee")}));
        // And the thirty-seventh's: a directorate described by its field, a
        // minister's title before the name; the UN named inside a treaty's
        // title, as inside "UN Charter", counts (the guide's modifier rule;
        // the gold of genre24, genre26 and genre31).
        const QString more = QStringLiteral(
            "The army's intelligence directorate and an official at the civil aviation directorate looked into it, as did CERT.ar. "
            "Minister of Public Administration Jovan Radulović said so, citing the Charter of the United Nations.\n");
        QCOMPARE(spans(more, m_engine.extract(more).bodies),
                 (QStringList{QStringLiteral("intelligence directorate"), QStringLiteral("civil aviation directorate"), QStringLiteral("CERT.ar"),
                              QStringLiteral("United Nations")}));
        // A headline opening with a body described: the body speaks, by that name.
        const QString headline = QStringLiteral("Cyber directorate says Iran-linked hackers tripled attacks on water facilities\n");
        const Extraction h = m_engine.extract(headline);
        QCOMPARE(spans(headline, h.bodies), QStringList{QStringLiteral("Cyber directorate")});
        QCOMPARE(speakerNamesOf(h), QStringList{QStringLiteral("Cyber directorate")});
        // Figures shown by who put them out, without "that".
        const QString figures = QStringLiteral("Figures tabled in Parliament by the Home Affairs Ministry show the unit handled 1,352 cases. "
                                               "The attacks launched by the group show no sign of slowing.\n");
        QCOMPARE(speakersAndCues(figures, m_engine.extract(figures)), (QStringList{QStringLiteral("the Home Affairs Ministry|show")}));
        const QString hearing = QStringLiteral(
            "    Chairman Ridley. The subcommittee will come to order. I yield to Mr. Castellanos.\n\n"
            "    Mr. Castellanos. Thank you, Mr. Chairman. Hospitals are targets.\n\n"
            "    Chairman Ridley. I thank the ranking member.\n");
        QCOMPARE(speakersAndCues(hearing, m_engine.extract(hearing)),
                 (QStringList{QStringLiteral("Chairman Ridley|."), QStringLiteral("Mr. Castellanos|."), QStringLiteral("Chairman Ridley|.")}));
        const QString news = QStringLiteral(
            "Cyber incidents in Ukraine this year already exceed 2022 total - SSSCIP\n\n"
            "Each time a report was received, the JCG issued warnings, urging vessels to keep a sharp lookout. "
            "Human Rights Watch and 13 other organisations said the bill was vague. CSA urges organisations to report incidents promptly.\n");
        const Extraction x = m_engine.extract(news);
        QCOMPARE(speakersAndCues(news, x),
                 (QStringList{QStringLiteral("SSSCIP|-"), QStringLiteral("the JCG|urging"), QStringLiteral("Human Rights Watch and 13 other organisations|said"),
                              QStringLiteral("CSA|urges")}));
        QCOMPARE(contentsOf(news, x).constLast(), QStringLiteral("report incidents promptly"));
        const QString interview = QStringLiteral(
            "Cyberattacks on Government Websites Nearly Tripled This Year: National Cyber Security Center\n\n"
            "Magyar Nemzet: Who is behind the attacks on the ministries?\n\n"
            "Szentes: Most of them can be traced back to groups that openly support Russia.\n\n"
            "Magyar Nemzet: Have there been attempts against Hungarian institutions?\n");
        QCOMPARE(speakersAndCues(interview, m_engine.extract(interview)).constFirst(), QStringLiteral("National Cyber Security Center|:"));
    }
    // Forms of the fortieth set: the kwacha written "K", the colón, crowns
    // and kroner (money of a country the figure does not name); a count
    // after "twice the"; emergency numbers each with its label, and a
    // press release's "(Reference 1)", are no figures; a figure raised "to
    // approximately", and a total said to have grown, are changes. And its
    // bodies.
    void formsOfTheFortiethSet()
    {
        const QString money = QString::fromUtf8(
            "Fraud losses rose to K14.6 million, with fines of up to K150,000. The agency lost ₡2.5 billion, "
            "the hospital 40 million crowns and the municipality 30 million kroner. Carriers reported six accidents, twice the three of 2020.\n");
        const Extraction m = m_engine.extract(money);
        QCOMPARE(figuresOf(money, m), (QStringList{QStringLiteral("K14.6 million"), QStringLiteral("K150,000"), QString::fromUtf8("₡2.5 billion"),
                                                   QStringLiteral("40 million crowns"), QStringLiteral("30 million kroner"), QStringLiteral("six"),
                                                   QStringLiteral("twice"), QStringLiteral("three")}));
        QCOMPARE(m.statistics.at(0).currency, QStringLiteral("ZMW"));
        QCOMPARE(m.statistics.at(1).currency, QStringLiteral("ZMW"));
        QCOMPARE(m.statistics.at(2).currency, QStringLiteral("CRC"));
        QCOMPARE(m.statistics.at(3).currency, QStringLiteral("CZK"));
        QCOMPARE(m.statistics.at(4).unit, Statistic::Unit::Money);
        QVERIFY(m.statistics.at(4).currency.isEmpty());
        const QString release = QStringLiteral(
            "Calls to the emergency numbers 110 (police), 118 (Japan Coast Guard) and 119 (fire and ambulance) failed; at least 4,700 calls "
            "did not connect.\n\n(Reference 1) Response by KDDI\n");
        QCOMPARE(figuresOf(release, m_engine.extract(release)), QStringList{QStringLiteral("4,700")});
        const QString steps = QStringLiteral(
            "NISC first put the number of emails at approximately 1,100. Further analysis has since raised the figure to approximately 5,000. "
            "The hospital put its losses at 40 million crowns in March. Its director said on Thursday that the total had grown to 59 million crowns.\n");
        QCOMPARE(stepsOf(steps, m_engine.extract(steps)),
                 (QStringList{QStringLiteral("1,100 → 5,000"), QStringLiteral("40 million crowns → 59 million crowns")}));
        // A stated multiple picks the figure it fits over one of the same
        // noun; a ransom demand that rises; a figure lower than the one
        // first announced, the last sentence's main figure.
        const QString more = QStringLiteral(
            "Of the 23 cases in fiscal 2020 in which bodies reported a leak, 14 involved outside contractors, more than twice the six cases in "
            "fiscal 2019.\n\nThe message demands bitcoin worth $300. The demand rises to $600 if payment is not made within three days.\n\n"
            "The outage affected approximately 30.91 million lines, including approximately 2.75 million lines of other operators. "
            "This figure is lower than the up to 39.15 million lines that KDDI announced on July 3.\n");
        QCOMPARE(stepsOf(more, m_engine.extract(more)),
                 (QStringList{QStringLiteral("six → 14"), QStringLiteral("$300 → $600"), QStringLiteral("39.15 million → 30.91 million")}));
        // Bodies: a headline's cyber authority where it speaks (not one
        // named as a role), the customs service, a national weather
        // institute; an acronym closing a decree's number is no mention.
        const QString bodies = QStringLiteral(
            "Incidents at public bodies have nearly tripled, says national cybersecurity authority\n\n"
            "The law made the agency the national cybersecurity authority. The TICA system of the customs service is down, and so is "
            "the National Meteorological Institute (IMN). The Ministry of Science, Innovation, Technology and Telecommunications (MICITT) "
            "drafted Executive Decree 43542-MP-MICITT.\n");
        QCOMPARE(spans(bodies, m_engine.extract(bodies).bodies),
                 (QStringList{QStringLiteral("national cybersecurity authority"), QStringLiteral("customs service"),
                              QStringLiteral("National Meteorological Institute"), QStringLiteral("IMN"),
                              QStringLiteral("Ministry of Science, Innovation, Technology and Telecommunications"), QStringLiteral("MICITT")}));
        // Statements: a gang and what it is behind, an affidavit; no record
        // for a count of what someone had confirmed, a possessive's
        // estimate, a national emergency declared, or a question asked
        // (though "she" after it is still its asker).
        const QString statements = QString::fromUtf8(
            "The group behind the attacks, a Russian-speaking ransomware gang known as Conti, has claimed responsibility on its leak site. "
            "The LockBit ransomware gang claimed responsibility on Tuesday. The affidavit states that the coins were worth $3.7 million. "
            "That is ten times the two cases the agency had confirmed by Monday, and fewer than the 39.15 million lines that KDDI announced on July 3. "
            "The keys will help 2,300 of the gang’s estimated 3,100 victims. The government declared a national emergency on Sunday over the attacks that have crippled the ministry.\n\n"
            "The minister, Felix Mwansa, said the bank was safe. “If the central bank can be locked out, what about the rest?” asked "
            "PF deputy spokesperson Chanda Mulenga. She called on the Government to publish the audit.\n");
        const Extraction st = m_engine.extract(statements);
        QCOMPARE(speakersAndCues(statements, st),
                 (QStringList{QStringLiteral("The group behind the attacks, a Russian-speaking ransomware gang known as Conti|claimed"),
                              QStringLiteral("The LockBit ransomware gang|claimed"), QStringLiteral("The affidavit|states"),
                              QStringLiteral("The minister, Felix Mwansa|said"), QStringLiteral("She|called on")}));
        QCOMPARE(speakerNamesOf(st).constLast(), QStringLiteral("Chanda Mulenga"));
        // A person with an age and an apposition, and "she" after her; a
        // role in lower case before a name is no part of the name shown; a
        // document with its agent and date.
        const QString people = QStringLiteral(
            "Maria Delgado, 67, a retired teacher who received her letter this week, said she had frozen her credit. "
            "\"I found out from the newspaper,\" she said. The bank was safe, said opposition spokesperson Chanda Mulenga. "
            "The National Security Strategy adopted by the Cabinet last December calls for reorganizing NISC.\n");
        const Extraction p = m_engine.extract(people);
        QCOMPARE(speakersAndCues(people, p),
                 (QStringList{QStringLiteral("Maria Delgado, 67, a retired teacher who received her letter this week|said"), QStringLiteral("she|said"),
                              QStringLiteral("opposition spokesperson Chanda Mulenga|said"),
                              QStringLiteral("The National Security Strategy adopted by the Cabinet last December|calls for")}));
        QCOMPARE(speakerNamesOf(p).mid(0, 3), (QStringList{QStringLiteral("Maria Delgado"), QStringLiteral("Maria Delgado"), QStringLiteral("Chanda Mulenga")}));
        // After the content's comma, a role's words in lower case are the
        // speaker's (not "but", nor "after").
        const QString roles = QStringLiteral(
            "The fee rose, presidential spokesman Javier Lanús said. The tool was built, blockchain analytics firm TRM Labs said. "
            "Prices rose, but the agency said otherwise. Talks stalled after the two allies agreed.\n");
        const Extraction r = m_engine.extract(roles);
        QCOMPARE(speakersAndCues(roles, r).mid(0, 3),
                 (QStringList{QStringLiteral("presidential spokesman Javier Lanús|said"), QStringLiteral("blockchain analytics firm TRM Labs|said"),
                              QStringLiteral("the agency|said")}));
        QCOMPARE(contentsOf(roles, r).constFirst(), QStringLiteral("The fee rose"));
        QVERIFY(!speakersAndCues(roles, r).join(u',').contains(QLatin1String("after the two allies")));
        // A body described with "the" joined to one named, and a body with
        // whose it is: the speaker as written, shown by the body's name.
        const QString joined = QString::fromUtf8(
            "The ministry and the National Broadcasting and Telecommunications Commission (NBTC) ordered operators to check users. "
            "The country’s Central Election Commission (CEC) said it was fine. Germany’s Federal Office for Information Security (BSI) "
            "warned of attacks.\n");
        const Extraction j = m_engine.extract(joined);
        QCOMPARE(speakersAndCues(joined, j),
                 (QStringList{QStringLiteral("The ministry and the National Broadcasting and Telecommunications Commission (NBTC)|ordered"),
                              QString::fromUtf8("The country’s Central Election Commission (CEC)|said"),
                              QString::fromUtf8("Germany’s Federal Office for Information Security (BSI)|warned")}));
        QCOMPARE(speakerNamesOf(j).mid(1),
                 (QStringList{QStringLiteral("Central Election Commission"), QStringLiteral("Federal Office for Information Security")}));
        // A former office with the person (not "and then …").
        const QString former = QStringLiteral(
            "In 2019, then Defense Minister Kenji Narita told the Diet it was fine. The plan was drafted, and then Defense Minister "
            "Kenji Narita said so.\n");
        const Extraction f = m_engine.extract(former);
        QCOMPARE(speakersAndCues(former, f), (QStringList{QStringLiteral("then Defense Minister Kenji Narita|told"),
                                                          QStringLiteral("Defense Minister Kenji Narita|said")}));
        QCOMPARE(speakerNamesOf(f), (QStringList{QStringLiteral("Kenji Narita"), QStringLiteral("Kenji Narita")}));
        // A government by its capital or country in a headline's act.
        const QString acts = QStringLiteral("Land and foreign ministries lose files; Tokyo orders checks\n\nJapan orders checks after leak\n\n"
                                            "Paris Hilton orders pizza\n");
        QCOMPARE(speakersAndCues(acts, m_engine.extract(acts)), (QStringList{QStringLiteral("Tokyo|orders"), QStringLiteral("Japan|orders")}));
        const QString together = QStringLiteral("The FSA and the BOJ have both said that the data was accessed. The ministries have all said so.\n");
        QCOMPARE(speakersAndCues(together, m_engine.extract(together)),
                 (QStringList{QStringLiteral("The FSA and the BOJ|said"), QStringLiteral("The ministries|said")}));
    }

    // Forms of the forty-fourth set (and of older sets' votes and orders):
    // a vote's tally counts, "one" included, but not "one against the
    // other"; orders in a decision's present tense.
    void formsOfTheFortyFourthSet()
    {
        const QString votes = QStringLiteral(
            "The bill passed with 41 votes in favour, three against and one abstention. The report was adopted by the 12 members "
            "present, with one abstention. It pits one against the other, and two against the rest.\n");
        QCOMPARE(figuresOf(votes, m_engine.extract(votes)),
                 (QStringList{QStringLiteral("41"), QStringLiteral("three"), QStringLiteral("one"), QStringLiteral("12"), QStringLiteral("one")}));
        // A decision's orders in the present ("hereby orders", "directs",
        // "instructs"), the one ordered quantified ("all ministries") and
        // left out of what was ordered; not an announcement made "hereby",
        // nor traffic directed to a place.
        const QString orders = QStringLiteral(
            "The Authority hereby orders the controller to notify all affected data subjects. The Commission therefore directs the "
            "company to delete the data. The minister instructs all ministries to review their backups. MIC hereby announces the "
            "results of the survey. The agency directed traffic to the servers. Orders from Tokyo to the ministries went out.\n");
        const Extraction o = m_engine.extract(orders);
        QCOMPARE(speakersAndCues(orders, o), (QStringList{QStringLiteral("The Authority|orders"), QStringLiteral("The Commission|directs"),
                                                          QStringLiteral("The minister|instructs")}));
        QCOMPARE(contentsOf(orders, o), (QStringList{QStringLiteral("notify all affected data subjects"), QStringLiteral("delete the data"),
                                                     QStringLiteral("review their backups")}));
        // Names the text says are no part of government, a response team's
        // too, with their acronyms: a joint-stock company, a team within a
        // non-governmental society, a non-governmental organisation.
        const QString notGovernment = QStringLiteral(
            "According to the Electronic Governance Infrastructure Implementation Agency (EKENG), the closed joint-stock company "
            "wholly owned by the state, it was fine. The Armenian Computer Emergency Response Team (CERT AM), which operates within the "
            "non-governmental Internet Society Armenia, advised users. The Mongolian Cyber Emergency Response Team (MNCERT/CC), a "
            "non-governmental organisation, warned. EKENG, CERT AM and MNCERT/CC met the Ministry of High-Tech Industry.\n");
        QCOMPARE(spans(notGovernment, m_engine.extract(notGovernment).bodies), QStringList{QStringLiteral("Ministry of High-Tech Industry")});
        // A letterhead in capitals over a report, after the site's menu.
        const QString letterhead = QStringLiteral(
            "Parlamento del Uruguay\nHome   Committees   Reports   Contact\nHome > Committees > Reports\n\nCHAMBER OF REPRESENTATIVES\n\n"
            "SPECIAL COMMITTEE ON INNOVATION, SCIENCE AND TECHNOLOGY\n\nNATIONAL AUDIT OFFICE\n\nBY AUTHORITY OF THE SENATE\n\n"
            "The committee met four times between March and October 2023 to hear the ministry and the agency on the incident.\n");
        QCOMPARE(spans(letterhead, m_engine.extract(letterhead).bodies),
                 (QStringList{QStringLiteral("CHAMBER OF REPRESENTATIVES"), QStringLiteral("SPECIAL COMMITTEE ON INNOVATION, SCIENCE AND TECHNOLOGY"),
                              QStringLiteral("NATIONAL AUDIT OFFICE")}));
        // A sub-unit by its "Sub-" head, apart from its parent; Mongolia's
        // central bank and registration agency.
        const QString units = QStringLiteral(
            "The prosecutor referred the case to the Technical Investigations Sub-Directorate of the National Guard. The Sub-Committee "
            "on Cyber Security met.\n");
        QCOMPARE(spans(units, m_engine.extract(units).bodies),
                 (QStringList{QStringLiteral("Technical Investigations Sub-Directorate"), QStringLiteral("National Guard"),
                              QStringLiteral("Sub-Committee on Cyber Security")}));
        const QString mongolia = QStringLiteral("Mongol Bank and the state registration agency were told.\n");
        const Extraction m = m_engine.extract(mongolia);
        QCOMPARE(spans(mongolia, m.bodies), (QStringList{QStringLiteral("Mongol Bank"), QStringLiteral("state registration agency")}));
        QCOMPARE(m.bodies.at(0).canonical, QStringLiteral("Bank of Mongolia"));
        // Requests and reminders: what was asked follows "to", past the ones
        // asked in lower-case words and lists, after a comma too; "reminded
        // that", "submitted that". Not "since Shrawan asking it to", a
        // reminder to "us", "asked for a report to be sent", a
        // participle's object ("urges law giving SDF power to strike").
        const QString requests = QString::fromUtf8(
            "The Commission gave guidance to the Contractor, asking it to manage the security updates. The agency issued an alert, "
            "advising users to update their software. The team advised state bodies and private organisations to review their "
            "websites. The Agency reminded that processors must notify it of a breach. The data controller submitted that the breach "
            "was contained. We have written three times since Shrawan asking it to patch the system. The incident reminded us that "
            "backups matter. The ministry asked for a report to be sent.\n");
        const Extraction rq = m_engine.extract(requests);
        QCOMPARE(speakersAndCues(requests, rq),
                 (QStringList{QStringLiteral("The Commission|asking"), QStringLiteral("The agency|advising"), QStringLiteral("The team|advised"),
                              QStringLiteral("The Agency|reminded"), QStringLiteral("The data controller|submitted")}));
        QCOMPARE(contentsOf(requests, rq),
                 (QStringList{QStringLiteral("manage the security updates"), QStringLiteral("update their software"), QStringLiteral("review their websites"),
                              QStringLiteral("processors must notify it of a breach"), QStringLiteral("the breach was contained")}));
        // Dollar marks set apart by a space, Uruguay's peso; a count raised
        // is not the one a multiple compared with; a revision stated in
        // words, its figures in the sentences before.
        const QString money = QStringLiteral(
            "The resources allocated to AGESIC rose to $U 96 million (about US$ 2.5 million) in 2023 from $U 61 million in 2020. "
            "The fine was R$ 48 million.\n\nAs of today the Office has about 390 staff, roughly twice the 190 that NISC had in fiscal "
            "2022, and we intend to increase the number to about 2,000 over time.\n\nIn its preliminary report of October 18, 2024, the "
            "Company put the number of affected customers at about 420,000. The final report, submitted on January 31, 2025, states "
            "that the personal data of up to 1,284,000 customers was leaked. The final figure is roughly three times the preliminary one.\n");
        const Extraction mo = m_engine.extract(money);
        QCOMPARE(figuresOf(money, mo).mid(0, 4), (QStringList{QStringLiteral("$U 96 million"), QStringLiteral("US$ 2.5 million"),
                                                              QStringLiteral("$U 61 million"), QStringLiteral("R$ 48 million")}));
        QCOMPARE(mo.statistics.at(0).currency, QStringLiteral("UYU"));
        QCOMPARE(mo.statistics.at(1).currency, QStringLiteral("USD"));
        QCOMPARE(stepsOf(money, mo), (QStringList{QStringLiteral("$U 61 million → $U 96 million"), QStringLiteral("190 → 390"),
                                                  QStringLiteral("420,000 → 1,284,000")}));
        QCOMPARE(mo.changes.constLast().statedMultiplier, QStringLiteral("three times"));
        // A person's name opening a headline, when the text quotes the
        // person by it (not a law's name); a source with the name it goes
        // by, after a time phrase, in a second verb's record.
        const QString named = QString::fromUtf8(
            "Gevorg Mkrtchyan: State information systems withstood the most powerful DDoS attacks\n\n"
            "Cybersecurity Act: stronger ENISA and faster certification, say MEPs\n\n"
            "YEREVAN, 14 October 2024. \"Not a byte was lost,\" said Minister of High-Tech Industry Gevorg Mkrtchyan. The Cybersecurity "
            "Act entered into force in 2019, the ministry noted. Two days later a group calling itself Vértigo published files on a "
            "forum and claimed that they came from the ministry.\n");
        const QStringList namedCues = speakersAndCues(named, m_engine.extract(named));
        QCOMPARE(namedCues.constFirst(), QStringLiteral("Gevorg Mkrtchyan|:"));
        QVERIFY(!namedCues.join(u',').contains(QLatin1String("Cybersecurity Act|")));
        QCOMPARE(namedCues.constLast(), QString::fromUtf8("a group calling itself Vértigo|claimed"));
        // Telling someone "of" an event is an act, not a statement (but
        // telling them that … is one).
        const QString told = QStringLiteral(
            "The ministry informed the National Cybersecurity Office of the incident last night. The DGID notified the CDP of the "
            "breach on 3 March. The DGID notified the CDP that the breach was contained.\n");
        QCOMPARE(speakersAndCues(told, m_engine.extract(told)), QStringList{QStringLiteral("The DGID|notified")});
        // Dominican and Paraguayan money; a number to call and a file's size
        // are no figures; a name stops before a month's abbreviation ("on
        // Feb. 18" is a date).
        const QString more = QString::fromUtf8(
            "The gang demanded US$1.5 million (about RD$91 million). The budget rose to Gs. 9,800 million in 2025 from Gs. 6,100 "
            "million in 2024. Residents can call the police number 10111. An intruder reached the Health and Medical Care Department "
            "on Feb. 18 and downloaded 214 files.\n\nPrint | PDF (412 KB)\n");
        const Extraction mr = m_engine.extract(more);
        QCOMPARE(figuresOf(more, mr), (QStringList{QStringLiteral("US$1.5 million"), QStringLiteral("RD$91 million"), QStringLiteral("Gs. 9,800 million"),
                                                   QStringLiteral("Gs. 6,100 million"), QStringLiteral("214")}));
        QCOMPARE(mr.statistics.at(1).currency, QStringLiteral("DOP"));
        QCOMPARE(mr.statistics.at(2).currency, QStringLiteral("PYG"));
        QCOMPARE(mr.statistics.at(3).period, QStringLiteral("2024"));
        QCOMPARE(spans(more, mr.bodies), QStringList{QStringLiteral("Health and Medical Care Department")});
        // A response team by an acronym the gazetteer lacks (not a private
        // one, an address or a link); a local government by its place in
        // lower case (not "The metropolitan government"); a currency's code
        // inside a sum is no body.
        const QString local = QStringLiteral(
            "The service, UZCERT, sent notices. Incidents reported to Nam-CSIRT rose. Contact CERT-PY, JPCERT/CC or KommuneCSIRT at "
            "cert@cert.py. The account was hijacked, the Ibaraki prefectural government announced Tuesday. The metropolitan government "
            "detected it. The budget allocated to NCIT rose to MVR 31.2 million.\n");
        QCOMPARE(spans(local, m_engine.extract(local).bodies),
                 (QStringList{QStringLiteral("UZCERT"), QStringLiteral("Nam-CSIRT"), QStringLiteral("CERT-PY"),
                              QStringLiteral("Ibaraki prefectural government")}));
        // A declaration after its quotation; "Pref." inside a headline's
        // source; the ones asked with a count, a place and a list; not past
        // a that-clause told.
        const QString asked = QString::fromUtf8(
            "Ibaraki Pref. Says Data on 38,000 Patients May Have Leaked\n\n"
            "\u201cA state administration must set the example,\u201d declared CDP president Ndèye Fatou Diagne. The court declared the "
            "company bankrupt. METI on Wednesday asked about 40 industry groups in the food, retail and logistics sectors to make sure "
            "that backups are kept offline. The Australian Federal Police has advised us that three of the payments went to groups "
            "under sanctions.\n");
        const Extraction ak = m_engine.extract(asked);
        QCOMPARE(speakersAndCues(asked, ak),
                 (QStringList{QStringLiteral("Ibaraki Pref.|Says"), QString::fromUtf8("CDP president Ndèye Fatou Diagne|declared"),
                              QStringLiteral("METI|asked"), QStringLiteral("The Australian Federal Police|advised")}));
        QCOMPARE(contentsOf(asked, ak).mid(2), (QStringList{QStringLiteral("make sure that backups are kept offline"),
                                                           QStringLiteral("three of the payments went to groups under sanctions")}));
        // A decimal comma before a scale's word, as The Namibian writes it.
        const QString comma = QStringLiteral("The gang demanded US$1,2 million. Restoring the systems cost N$8,4 million, and 1,200 people "
                                             "were affected.\n");
        const Extraction cm = m_engine.extract(comma);
        QCOMPARE(figuresOf(comma, cm), (QStringList{QStringLiteral("US$1,2 million"), QStringLiteral("N$8,4 million"), QStringLiteral("1,200")}));
        QCOMPARE(cm.statistics.at(1).value, 8.4e6);
        QCOMPARE(cm.statistics.at(2).value, 1200.0);
        const QString headline = QStringLiteral("LDP urges law giving SDF power to strike back\n\nby Kazuaki Nagata\n\nThe party proposed a law.\n");
        QVERIFY(!contentsOf(headline, m_engine.extract(headline)).constFirst().startsWith(QLatin1String("strike")));
    }

    // Forms met between the forty-fifth and forty-sixth sets: a legislature
    // and a committee in capitals with its short form in brackets; a post
    // in a signature before its committee; a state's registry or national
    // institute by a name the gazetteer lacks (not a system, nor a think
    // tank).
    void formsAfterTheFortyFifthSet()
    {
        const QString letterhead = QStringLiteral(
            "Home > Committees > Reports\n\nPEOPLE'S MAJLIS\n\nCOMMITTEE ON NATIONAL SECURITY SERVICES (241 COMMITTEE)\n\n"
            "Report on the attacks\n\nThe committee met four times between March and October 2024 to hear the ministry and the agency on the "
            "incident.\n\nHon. Tshepiso Molatlhegi, MP\nCHAIRPERSON, PUBLIC ACCOUNTS COMMITTEE\n");
        QCOMPARE(spans(letterhead, m_engine.extract(letterhead).bodies),
                 (QStringList{QStringLiteral("PEOPLE'S MAJLIS"), QStringLiteral("COMMITTEE ON NATIONAL SECURITY SERVICES"),
                              QStringLiteral("PUBLIC ACCOUNTS COMMITTEE")}));
        const QString registries = QStringLiteral(
            "Hackers demand US$1.5 million from National Cadastre. Data from the Civil Registry and the National Registry of Persons was "
            "copied, the National Cybersecurity Institute said. The SMS Sender ID Registry blocked messages, said an analyst at the "
            "Australian Strategic Policy Institute.\n");
        QCOMPARE(spans(registries, m_engine.extract(registries).bodies),
                 (QStringList{QStringLiteral("National Cadastre"), QStringLiteral("Civil Registry"), QStringLiteral("National Registry of Persons"),
                              QStringLiteral("National Cybersecurity Institute")}));
    }

    // Forms of the forty-sixth and forty-seventh sets: a Diet's turn marks
    // and the name in a label's brackets; a headline's source by an
    // acronym the text defines or by an initial; a discovery on a day is no
    // finding; a survey with a clause on who made it; a long title's
    // apposition; the told named with their acronyms; formal verbs of
    // releases and audits; a wire's day before its speaker; no record for
    // a list's number, a thing added, a manner "according to", a form's
    // field.
    void formsOfTheFortySixthAndSeventhSets()
    {
        const QString minutes = QString::fromUtf8(
            "Agenda: Bill on the Prevention of Damage\n\n"
            "\u25CBChairperson (Mr. OYAMA Takeshi): The meeting will now come to order. Ms. OKUBO Mayumi.\n\n"
            "\u25CBMs. OKUBO Mayumi (CDP): Thank you. Under this bill the government would analyze communications.\n\n"
            "\u25CBMinister of State for Cybersecurity (Mr. HIGASHIYAMA Ryo): The bill limits the information that may be analyzed.\n");
        const Extraction mx = m_engine.extract(minutes);
        QCOMPARE(speakersAndCues(minutes, mx),
                 (QStringList{QStringLiteral("Chairperson (Mr. OYAMA Takeshi)|:"), QStringLiteral("Ms. OKUBO Mayumi (CDP)|:"),
                              QStringLiteral("Minister of State for Cybersecurity (Mr. HIGASHIYAMA Ryo)|:")}));
        QCOMPARE(speakerNamesOf(mx), (QStringList{QStringLiteral("OYAMA Takeshi"), QStringLiteral("OKUBO Mayumi"), QStringLiteral("HIGASHIYAMA Ryo")}));

        const QString headlines = QStringLiteral(
            "SSPS: Over 1.1 million cyberattacks on COP29 information infrastructure neutralized\n\n"
            "The attacks were repelled, the Special State Protection Service (SSPS) said.\n\n"
            "A. Sultanaliev: remote issuance of cloud signatures suspended\n\n"
            "Minister of Digital Development Aibek Sultanaliev informed that the ministry had recorded 1,318 cases.\n\n"
            "Ministry: Ministry of Health, Labour and Welfare\n");
        const Extraction hx = m_engine.extract(headlines);
        QCOMPARE(speakersAndCues(headlines, hx),
                 (QStringList{QStringLiteral("SSPS|:"), QStringLiteral("the Special State Protection Service (SSPS)|said"),
                              QStringLiteral("A. Sultanaliev|:"), QStringLiteral("Minister of Digital Development Aibek Sultanaliev|informed")}));

        const QString findings = QStringLiteral(
            "According to the city, staff found on the morning of Dec. 2 that data on 38 servers had been encrypted. Yet a survey the "
            "ministry conducted last year found that only 38 percent of hospitals had tested their backups. On August 6, the Company "
            "reported to the Financial Services Agency (FSA) and the Personal Information Protection Commission (PPC) that the data of "
            "410,000 customers may have been leaked.\n\n"
            "(3) The boards of the nine banks had never asked for the results of recovery tests.\n\n"
            "(1) Apply security fixes to them according to a set schedule;\n\n"
            "We have changed the passwords of all users and added a second authentication factor.\n");
        QCOMPARE(speakersAndCues(findings, m_engine.extract(findings)),
                 (QStringList{QStringLiteral("the city|According to"), QStringLiteral("a survey the ministry conducted|found"),
                              QStringLiteral("the Company|reported")}));

        const QString formal = QStringLiteral(
            "Presenting the figures, H.E. Eng. Khalid bin Saif Al Rawahi, Undersecretary of the Ministry of Transport, Communications and "
            "Information Technology for Communications and Information Technology, said that phishing accounted for most incidents. "
            "\"Now it is where the money goes,\" said the school's deputy commandant, Col. Masato Hirose. "
            "The Ministry of the Presidency informs public opinion that the portals were attacked. The report details that 3,540 of the "
            "events were DDoS attacks. AGETIC estimates the cost of restoring the portals at Bs 380.000. Finally, the Ministry exhorts all "
            "public entities to comply with their plans. The Board considers that the ministry relied on its contractors. Accordingly, the "
            "Board requests the Minister of Health, Labour and Welfare to take the following measures. CSB, AITI and the RBPF advise members "
            "of the public to ignore links. We advise caution.\n\n"
            "ALGIERS - Units of the National Gendarmerie have dismantled a network, said Sunday a statement of the National Gendarmerie "
            "Command. The network sent text messages, the same source said. The suspects then moved DZD 187 million, the statement "
            "specified. The details of the case are secret.\n");
        const Extraction fx = m_engine.extract(formal);
        QCOMPARE(speakersAndCues(formal, fx),
                 (QStringList{QStringLiteral("Khalid bin Saif Al Rawahi, Undersecretary of the Ministry of Transport, Communications and Information "
                                             "Technology for Communications and Information Technology|said"),
                              QStringLiteral("the school's deputy commandant, Col. Masato Hirose|said"),
                              QStringLiteral("The Ministry of the Presidency|informs"), QStringLiteral("The report|details"),
                              QStringLiteral("AGETIC|estimates"), QStringLiteral("the Ministry|exhorts"), QStringLiteral("The Board|considers"),
                              QStringLiteral("the Board|requests"), QStringLiteral("AITI and the RBPF|advise"),
                              QStringLiteral("a statement of the National Gendarmerie Command|said"), QStringLiteral("the same source|said"),
                              QStringLiteral("the statement|specified")}));
        QCOMPARE(speakerNamesOf(fx).at(1), QStringLiteral("Masato Hirose"));
        QCOMPARE(contentsOf(formal, fx).at(5), QStringLiteral("comply with their plans"));
        QCOMPARE(contentsOf(formal, fx).at(7), QStringLiteral("take the following measures"));

        // Bodies: a fund of social insurance, a superintendency, a unit that
        // fights a crime, two names joined by "and the", a ministry whose
        // fields go on past a shorter name the gazetteer knows; not a pot of
        // money, nor a wire's credit in its dateline.
        const QString bodies = QStringLiteral(
            "Muscat, Feb 11 (ONA) --- The National Social Insurance Fund (CNPS) paid late, and the National Cybersecurity Fund was "
            "suspended. The Special Force for the Fight against Crime (FELCC) and the Inspectorate General of the PNC and the "
            "Superintendency of Banks met. The CNPS reports to the Ministry of Labour and Social Security (MINTSS).\n");
        QCOMPARE(spans(bodies, m_engine.extract(bodies).bodies),
                 (QStringList{QStringLiteral("National Social Insurance Fund"), QStringLiteral("CNPS"),
                              QStringLiteral("Special Force for the Fight against Crime"), QStringLiteral("FELCC"),
                              QStringLiteral("Inspectorate General of the PNC"), QStringLiteral("Superintendency of Banks"), QStringLiteral("CNPS"),
                              QStringLiteral("Ministry of Labour and Social Security"), QStringLiteral("MINTSS")}));
        // Sums with the marks of Guatemala, Honduras, Brunei, Tanzania and the
        // franc zone; no figure for numbers to report to.
        const QString marks = QStringLiteral(
            "They demanded Q5,000, then Q26.5 million; the budget grew to L46 million from TSh 8.0 billion, B$2.8 million and "
            "FCFA 6.3 billion. Results for Q3 were out. Report messages to BruCERT at 2458001 or to the RBPF at 993. Cases reported to "
            "CSA stayed at 132 in 2023.\n");
        QCOMPARE(figuresOf(marks, m_engine.extract(marks)),
                 (QStringList{QStringLiteral("Q5,000"), QStringLiteral("Q26.5 million"), QStringLiteral("L46 million"), QStringLiteral("TSh 8.0 billion"),
                              QStringLiteral("B$2.8 million"), QStringLiteral("FCFA 6.3 billion"), QStringLiteral("132")}));
        // Changes: an earlier figure in brackets after its year; a revision
        // against the first estimate far back (a long paragraph between); a
        // multiple that fits the pair before a target.
        const QString changed = QStringLiteral(
            "The centre recorded 3,912 incidents in 2024, 2.6 times more than in 2022 (1,506). "
            "On August 6 the Company said the data of about 410,000 customers may have leaked. ") + QStringLiteral("It said more. ").repeated(100)
            + QStringLiteral("Its final report states that up to 870,000 customers were affected. The revised number of customers is more "
                             "than twice the Company's first estimate. The unit had 890 members at the end of fiscal 2022. It now has about "
                             "2,410, a number that has nearly tripled, and the ministry wants 4,000 by the end of fiscal 2027.\n");
        const Extraction cx = m_engine.extract(changed);
        QCOMPARE(stepsOf(changed, cx), (QStringList{QStringLiteral("1,506 → 3,912"), QStringLiteral("410,000 → 870,000"), QStringLiteral("890 → 2,410")}));
        QCOMPARE(cx.changes.at(2).statedMultiplier, QStringLiteral("tripled"));
        QVERIFY(!cx.changes.at(2).disagrees);

        // Dots that group thousands where the currency is written so.
        const QString dots = QStringLiteral("It cost Bs 380.000 and Gs. 6.100 million, and the rials came to RO 1.250.\n");
        const Extraction dx = m_engine.extract(dots);
        QCOMPARE(figuresOf(dots, dx), (QStringList{QStringLiteral("Bs 380.000"), QStringLiteral("Gs. 6.100 million"), QStringLiteral("RO 1.250")}));
        QCOMPARE(dx.statistics.at(0).value, 380000.0);
        QCOMPARE(dx.statistics.at(1).value, 6.1e9);
        QCOMPARE(dx.statistics.at(2).value, 1.25);
    }

    // Forms of the forty-eighth and forty-ninth sets.
    void formsOfTheFortyEighthAndNinthSets()
    {
        // Bodies: a gazetteer name with its state's formal name, and the
        // state's own; a central bank by its country; an office named by
        // its holder with "Department"; an acronym after a possessive; a
        // response team and its country; not a news agency in its own
        // language over two lines, nor "Cabinet" in a written answer's number.
        const QString bodies = QString::fromUtf8(
            "AIM – Agência de Informação de Moçambique\nMozambique News Agency\n\n"
            "The State Committee for National Security of the Republic of Tajikistan (SCNS) and the Central Bank of Solomon Islands met. "
            "The attack forced the Registrar General's Department (RGD) offline and hit the Barbados Revenue Authority's (BRA) portal. "
            "CSIRT Panamá recorded 2,870 incidents.\n\nCabinet Shu No. 52\n");
        const Extraction bx = m_engine.extract(bodies);
        QCOMPARE(spans(bodies, bx.bodies),
                 (QStringList{QStringLiteral("State Committee for National Security of the Republic of Tajikistan"), QStringLiteral("SCNS"),
                              QStringLiteral("Central Bank of Solomon Islands"), QStringLiteral("Registrar General's Department"), QStringLiteral("RGD"),
                              QStringLiteral("Barbados Revenue Authority"), QStringLiteral("BRA"), QString::fromUtf8("CSIRT Panamá")}));
        QCOMPARE(bx.bodies.constFirst().jurisdiction, QStringLiteral("TJ"));
        // (By the state's formal name as the state writes it.)
        const QString formal = QStringLiteral("The State Committee for National Security of the Kyrgyz Republic (GKNB) and the Ministry of Foreign "
                                              "Affairs of the Russian Federation met.\n");
        const Extraction fx = m_engine.extract(formal);
        QCOMPARE(spans(formal, fx.bodies), (QStringList{QStringLiteral("State Committee for National Security of the Kyrgyz Republic"), QStringLiteral("GKNB"),
                                                        QStringLiteral("Ministry of Foreign Affairs of the Russian Federation")}));
        QCOMPARE(fx.bodies.constLast().jurisdiction, QStringLiteral("RU"));
        // Attributions: plural documents show; not "EU states", nor a
        // speaker's own acts in their turn.
        const QString turns = QStringLiteral(
            "Budget documents show the Cabinet Secretariat's cyber spending rising 68% to 27.5 billion yen. The money went through banks in "
            "two EU states, from where it moved on to exchanges.\n\nWitness: On February 20 we issued an alert to all operators, asking them to check their contractors. "
            "I have told the ministry to require annual drills.\n\nWitness: We also met the operators.\n");
        const QStringList said = speakersAndCues(turns, m_engine.extract(turns));
        QCOMPARE(said.value(0), QStringLiteral("Budget documents|show"));
        for (const QString &record : said)
            QVERIFY2(!record.startsWith(QLatin1String("we|")) && !record.startsWith(QLatin1String("I|")) && !record.contains(QLatin1String("EU")),
                     qPrintable(record));
        // Sums with the marks of Barbados, Solomon Islands, Panama and
        // Bhutan; no figure for a page's readers or a written answer's item.
        const QString sums = QStringLiteral(
            "05.02.2025   Views: 1 362\n\nIt set aside BDS$14.6 million, SBD$3.2 million, B/.3.1 million and Nu 38.6 million.\n\n"
            "Regarding 1\nThe Government considers that the fund grew.\n");
        const Extraction sx = m_engine.extract(sums);
        QCOMPARE(figuresOf(sums, sx), (QStringList{QStringLiteral("BDS$14.6 million"), QStringLiteral("SBD$3.2 million"), QStringLiteral("B/.3.1 million"),
                                                   QStringLiteral("Nu 38.6 million")}));
        QCOMPARE(sx.statistics.at(0).currency, QStringLiteral("BBD"));
        // Changes: the earlier figure in brackets with its year, or after
        // "a year earlier".
        const QString bracketed = QStringLiteral(
            "Mobile subscribers reached 12.4 million (2023 – 11.7 million). KZ-CERT processed 35,600 incidents in 2024, 27% more than a "
            "year earlier (28,000).\n");
        const Extraction cx = m_engine.extract(bracketed);
        QStringList steps = stepsOf(bracketed, cx);
        steps.sort();
        QCOMPARE(steps, (QStringList{QStringLiteral("11.7 million → 12.4 million"), QStringLiteral("28,000 → 35,600")}));
        QVERIFY(std::any_of(cx.changes.cbegin(), cx.changes.cend(), [](const Change &c) { return c.fromPeriod == QLatin1String("2023"); }));
    }

    // Forms of the forty-third set: a description before a body's acronym,
    // a body's own name in several words of its language, an acronym after
    // a name ending in "Regulation"; an emergency number called, a lower-case
    // provision and a French document's number are no figures; a place's
    // government closing a headline, "Ss." inside a name, a plural cue
    // after a sentence's "Of the"; the tala's code and a count put at a new
    // figure of what it names.
    void formsOfTheFortyThirdSet()
    {
        const QString bodies = QString::fromUtf8(
            "The national CERT, which operates within the telecommunications regulator RATEL, said so. The Attorney General’s Office "
            "(Fiscalía General del Estado) searched the company. The Director of the Luxembourg Institute of Regulation (ILR) spoke, "
            "under Regulation (EU) 2016/679.\n");
        QCOMPARE(spans(bodies, m_engine.extract(bodies).bodies),
                 (QStringList{QStringLiteral("national CERT"), QStringLiteral("RATEL"), QString::fromUtf8("Attorney General’s Office"),
                              QString::fromUtf8("Fiscalía General del Estado"), QStringLiteral("Luxembourg Institute of Regulation"),
                              QStringLiteral("ILR")}));
        const QString figures = QStringLiteral(
            "About 1,480 attempted calls to 112 did not reach the centre, as required by section 18 of the Act (Question parlementaire "
            "n\u00B0 2714). Government has allocated WST 2.4 million to cyber security in the 2024/25 budget, up from WST 900,000 in "
            "2023/24.\n\nIn its notification, the lender stated that the records of approximately 18,400 borrowers had been exposed. "
            "In a further report, it put the number of affected borrowers at 23,950.\n\nThe company told two outsourcing contractors "
            "to check their systems. It put the number of affected records at about 280,000.\n");
        const Extraction f = m_engine.extract(figures);
        QCOMPARE(figuresOf(figures, f), (QStringList{QStringLiteral("1,480"), QStringLiteral("WST 2.4 million"), QStringLiteral("WST 900,000"),
                                                     QStringLiteral("18,400"), QStringLiteral("23,950"), QStringLiteral("two"), QStringLiteral("280,000")}));
        QCOMPARE(f.statistics.at(1).currency, QStringLiteral("WST"));
        QCOMPARE(stepsOf(figures, f), (QStringList{QStringLiteral("WST 900,000 → WST 2.4 million"), QStringLiteral("18,400 → 23,950")}));
        const QString speakers = QStringLiteral(
            "Contractor loses USB drive with data on all 460,000 residents: Amagasaki city\n\n"
            "Sasho Ristovski, a lecturer at Ss. Cyril and Methodius University in Skopje, told MIA that few used it. "
            "Of the 2023 reports, 38 came from ministries.\n");
        QCOMPARE(speakersAndCues(speakers, m_engine.extract(speakers)),
                 (QStringList{QStringLiteral("Amagasaki city|:"),
                              QStringLiteral("Sasho Ristovski, a lecturer at Ss. Cyril and Methodius University in Skopje|told")}));
    }

    // Forms of the forty-second set: acronyms in a language's own capitals
    // or with a country's code, a name that lists its fields with commas, a
    // second "of" in a name and a unit named with the body it is of, a
    // team by its place's code; speakers: a document with its date and
    // agent, an object relative, an interview's labels, a headline's
    // source in its own letters, an honorific, "requested … to"; no record
    // for unofficial information or an act of office in the speaker's own
    // words; counts with their noun left out, the convertible mark, a count
    // put at a new figure.
    void formsOfTheFortySecondSet()
    {
        const QString bodies = QString::fromUtf8(
            "A cyberattack hit the Geodesy, Cartography and Cadastre Authority (ÚGKK). ÚGKK staff worked on. The Parliamentary Assembly "
            "of Bosnia and Herzegovina (PA BiH) was offline. Only the RS CERT, within the Agency for Information Society of Republika Srpska "
            "(AIDRS), works. The Office for Combating Cybercrime of the Cyprus Police investigated. In Tokyo, Trade and Industry Ministry "
            "officials met.\n");
        QCOMPARE(spans(bodies, m_engine.extract(bodies).bodies),
                 (QStringList{QStringLiteral("Geodesy, Cartography and Cadastre Authority"), QString::fromUtf8("ÚGKK"), QString::fromUtf8("ÚGKK"),
                              QStringLiteral("Parliamentary Assembly of Bosnia and Herzegovina"), QStringLiteral("PA BiH"), QStringLiteral("RS CERT"),
                              QStringLiteral("Agency for Information Society of Republika Srpska"), QStringLiteral("AIDRS"),
                              QStringLiteral("Office for Combating Cybercrime"), QStringLiteral("Cyprus Police"),
                              QStringLiteral("Trade and Industry Ministry")}));
        const QString speakers = QString::fromUtf8(
            "Cadastre attack was ransomware, property data intact: NBÚ\n\n"
            "An outline approved in June by the government's IT Strategic Headquarters calls for a new commission. The report that the "
            "company submitted on April 1 states that it will end the outsourcing. As His Excellency the State President informed the "
            "National Assembly on 13th February 2024, Government will not pay any ransom. The Defence and Security Committee of "
            "Parliament has requested the Ministry to present a report. The ministry has requested ¥8.5 billion to build the systems. "
            "Unofficial information indicates that it was ransomware. On March 5, we gave the company a guidance and asked it to report.\n\n"
            "Interview: “Backups saved the register”\n\n"
            "The Slovak Spectator: Could the property records have been lost?\n\n"
            "Baran: They could have been, if the backups had been on the same network.\n");
        QCOMPARE(speakersAndCues(speakers, m_engine.extract(speakers)),
                 (QStringList{QString::fromUtf8("NBÚ|:"), QStringLiteral("An outline approved in June by the government's IT Strategic Headquarters|calls for"),
                              QStringLiteral("The report that the company submitted|states"), QStringLiteral("His Excellency the State President|informed"),
                              QStringLiteral("The Defence and Security Committee of Parliament|requested"), QStringLiteral("The Slovak Spectator|:"),
                              QStringLiteral("Baran|:")}));
        const QString figures = QStringLiteral(
            "Of the 24 ministries and departments surveyed, only nine had an approved policy, and only five had tested their backups.\n\n"
            "The ministry has asked for KM 1.4 million (about €716,000) for cybersecurity, up from KM 450,000 this year.\n\n"
            "In November, the company said that approximately 440,000 items might have been leaked. In February, it put the total at "
            "approximately 519,000 items.\n");
        const Extraction f = m_engine.extract(figures);
        QCOMPARE(figuresOf(figures, f).mid(0, 6), (QStringList{QStringLiteral("24"), QStringLiteral("nine"), QStringLiteral("five"),
                                                              QStringLiteral("KM 1.4 million"), QString::fromUtf8("€716,000"), QStringLiteral("KM 450,000")}));
        QCOMPARE(f.statistics.at(3).currency, QStringLiteral("BAM"));
        QCOMPARE(stepsOf(figures, f), (QStringList{QStringLiteral("KM 450,000 → KM 1.4 million"), QStringLiteral("440,000 → 519,000")}));
    }

    // Forms of the forty-first set: smaller economies' currencies before
    // and after the figure; a paragraph's number and the first of two days
    // are no figures, and the number is no part of a speaker; a government
    // by its proper name, "the national CERT", a fleet; a news agency is an
    // outlet; a body's head before "of the" is the speaker's; a body the
    // text names with its acronym is shown by its name.
    void formsOfTheFortyFirstSet()
    {
        const QString money = QString::fromUtf8(
            "Salaries worth VT640 million went unpaid. The enterprises spent TT$38.6 million, the ministry ISK 210 million "
            "and the agency 26.5 million lei, against 5.1 million dinars and 480 krónur. The VT100 terminal failed.\n");
        const Extraction m = m_engine.extract(money);
        QCOMPARE(figuresOf(money, m), (QStringList{QStringLiteral("VT640 million"), QStringLiteral("TT$38.6 million"), QStringLiteral("ISK 210 million"),
                                                   QStringLiteral("26.5 million lei"), QStringLiteral("5.1 million dinars"), QString::fromUtf8("480 krónur")}));
        QCOMPARE(m.statistics.at(0).currency, QStringLiteral("VUV"));
        QCOMPARE(m.statistics.at(1).currency, QStringLiteral("TTD"));
        QCOMPARE(m.statistics.at(2).currency, QStringLiteral("ISK"));
        QCOMPARE(m.statistics.at(4).unit, Statistic::Unit::Money);
        QVERIFY(m.statistics.at(4).currency.isEmpty());
        QCOMPARE(m.statistics.at(5).currency, QStringLiteral("ISK"));
        const QString decision = QStringLiteral(
            "1. Background\n\n1.1 On 9 August 2023, the centre lost access to its systems.\n\n"
            "1.2 On the night of 6 to 7 August 2023, ransomware encrypted 14 of its 22 servers.\n\n"
            "2.1 The Digital Security Authority (DSA) informed the Office that the attackers had entered through a contractor.\n\n"
            "3. Decision\n\n3.1 The fine is 85 percent of the maximum.\n");
        const Extraction d = m_engine.extract(decision);
        QCOMPARE(figuresOf(decision, d), (QStringList{QStringLiteral("14"), QStringLiteral("22"), QStringLiteral("85 percent")}));
        QCOMPARE(speakersAndCues(decision, d), QStringList{QStringLiteral("The Digital Security Authority (DSA)|informed")});
        const QString bodies = QStringLiteral(
            "The Government of Vanuatu will not pay. The Government Offices of Iceland and the Government of the Republic of Moldova were hit, "
            "and USAID financed equipment for the national CERT. Bahrain hosts the Fifth Fleet. The site of the Bahrain News Agency (BNA) "
            "was defaced. The Government is calm.\n");
        const Extraction b = m_engine.extract(bodies);
        QCOMPARE(spans(bodies, b.bodies),
                 (QStringList{QStringLiteral("Government of Vanuatu"), QStringLiteral("Government Offices of Iceland"),
                              QStringLiteral("Government of the Republic of Moldova"), QStringLiteral("USAID"), QStringLiteral("national CERT"),
                              QStringLiteral("Fifth Fleet")}));
        QCOMPARE(b.bodies.at(0).canonical, QStringLiteral("Government of Vanuatu"));
        QCOMPARE(b.bodies.at(0).jurisdiction, QStringLiteral("VU"));
        const QString speakers = QStringLiteral(
            "The sites were back, the Government of the Republic of Moldova said. The Office of the Auditor General warned of gaps. "
            "The Water and Sewerage Authority (WASA) told the Committee that it had no plan. It added that it would write one. "
            "The Digital Security Authority (DSA), through its national CSIRT, informed the Office that the attackers had entered.\n");
        const Extraction sp = m_engine.extract(speakers);
        QCOMPARE(speakersAndCues(speakers, sp),
                 (QStringList{QStringLiteral("the Government of the Republic of Moldova|said"), QStringLiteral("The Office of the Auditor General|warned"),
                              QStringLiteral("The Water and Sewerage Authority (WASA)|told"), QStringLiteral("It|added"),
                              QStringLiteral("The Digital Security Authority (DSA)|informed")}));
        QCOMPARE(speakerNamesOf(sp).mid(0, 4),
                 (QStringList{QStringLiteral("Government of the Republic of Moldova"), QStringLiteral("Office of the Auditor General"),
                              QStringLiteral("Water and Sewerage Authority"), QStringLiteral("Water and Sewerage Authority")}));
        // Speakers: a regulator's parties, a document on what it is about
        // with its date in commas, a time between auxiliary and cue, a
        // named body and others counted beside it, a headline's source
        // before a clause of time, a titled person opening a headline; no
        // record for "No group", "how much … had demanded", a report's
        // title in a transcript, or the sum someone had announced.
        const QString more = QString::fromUtf8(
            "Deputy Prime Minister Andrei Rusu: \"The vote was not affected\"\n\n"
            "No ransom will be paid, says PM’s Office as Govt network stays down\n\n"
            "The controller argued that it had been the victim of an attack. TSTT's first public statement on the incident, issued on "
            "10 October 2023, said that there was no evidence of a leak. Bahraini officials have in the past accused Iran of backing hackers. "
            "The Water and Sewerage Authority (WASA) and two other enterprises told the Committee they had no security staff. "
            "No group has claimed responsibility. He declined to say how much the hackers had demanded. The count is 810 users, down from "
            "the 900 users and 55 million yen it announced yesterday.\n");
        QCOMPARE(speakersAndCues(more, m_engine.extract(more)),
                 (QStringList{QStringLiteral("Deputy Prime Minister Andrei Rusu|:"), QString::fromUtf8("PM’s Office|says"),
                              QStringLiteral("The controller|argued"), QStringLiteral("TSTT's first public statement on the incident|said"),
                              QStringLiteral("Bahraini officials|accused"),
                              QStringLiteral("The Water and Sewerage Authority (WASA) and two other enterprises|told")}));
        const QString labels = QStringLiteral(
            "Eighth Report: Inquiry into the Preparedness of State Enterprises for Attacks\n\n"
            "Mr. Bissessar: Our team saw the first signs of the intrusion on 4 October.\n\n"
            "Mr. Mohammed: When did the company first inform the regulator?\n\n"
            "Mr. Bissessar: On 6 October, two days later.\n");
        QVERIFY(!speakersAndCues(labels, m_engine.extract(labels)).join(u',').contains(QLatin1String("Eighth Report")));
        // A company's acronym after "According to" is no shouted name.
        const QString acronym = QStringLiteral("According to JAL, the attack flooded its servers with data.\n");
        QCOMPARE(speakerNamesOf(m_engine.extract(acronym)), QStringList{QStringLiteral("JAL")});
        // A clock time ends a sentence before "The"; changes: "fell to …
        // from approximately …", two measures in parallel with
        // "approximately", and a named measure pointed back at with a
        // multiple its figure of two paragraphs before fits.
        const QString steps = QStringLiteral(
            "Service resumed at 7:24 a.m. The company said the problem had been resolved.\n\n"
            "The balance fell to approximately 31.4 billion yen at the end of August from approximately 52.7 billion yen at the end of May. "
            "The latest count is approximately 810 users and approximately 38.6 million yen, down from approximately 900 users and "
            "approximately 55 million yen.\n\n"
            "The systems were targeted by 1,540 distributed denial-of-service (DDoS) attempts on 20 October.\n\n"
            "The website received up to 120,000 requests per second. The number of attempts was almost four times the 410 recorded in 2023.\n");
        const Extraction st = m_engine.extract(steps);
        QCOMPARE(speakersAndCues(steps, st), QStringList{QStringLiteral("The company|said")});
        QCOMPARE(stepsOf(steps, st),
                 (QStringList{QStringLiteral("52.7 billion yen → 31.4 billion yen"), QStringLiteral("900 → 810"),
                              QStringLiteral("55 million yen → 38.6 million yen"), QStringLiteral("410 → 1,540")}));
    }

    // Forms of the thirty-ninth set: headline sources named by what they
    // are ("Govt:", ": Communications minister", ": organizers") and a name
    // closing a headline without its comma; a team with a mixed-case
    // acronym issuing a bulletin; no record for being first to report, nor
    // for a comparison with what someone had said; a unit after "its", an
    // anti-fraud centre described, not Parliament Hill; durations in fiscal
    // years and a line open around the clock are no figures.
    void formsOfTheThirtyNinthSet()
    {
        const QString headlines = QStringLiteral(
            "Top stories\n\n"
            "Egypt repelled over 7,300 cyberattacks on COP27 networks: Communications minister\n\n"
            "Govt: No defense secrets lost in Mitsubishi Electric attack\n\n"
            "Tokyo Games systems faced 450 mil. cyberattack attempts but no disruption: organizers\n\n"
            "Attacks 'demonstrative', no data stolen says Leoni\n\n"
            "A new law on data: What it means for you\n");
        QCOMPARE(speakersAndCues(headlines, m_engine.extract(headlines)),
                 (QStringList{QStringLiteral("Communications minister|:"), QStringLiteral("Govt|:"), QStringLiteral("organizers|:"),
                              QStringLiteral("Leoni|says")}));
        const QString prose = QString::fromUtf8(
            "The directorate’s Moroccan Computer Emergency Response Team (maCERT) issued a security bulletin urging agencies to patch. "
            "The news site Hespress first reported the leak the same day. Kyodo first reported that the data had leaked. "
            "Data on 254,241 people leaked, far more than it had initially confirmed. The Ministry of Interior said its cybercrime "
            "department had arrested nine people, with the ACS as its cybersecurity arm. Losses rose, the anti-fraud centre says. "
            "He spoke on Parliament Hill. The government spent 1.9 billion yen over three fiscal years. "
            "Victims can report scams to the AOC on 1441 around the clock.\n");
        const Extraction x = m_engine.extract(prose);
        QCOMPARE(speakersAndCues(prose, x),
                 (QStringList{QString::fromUtf8("The directorate’s Moroccan Computer Emergency Response Team (maCERT)|urging"), QStringLiteral("Kyodo|reported"),
                              QStringLiteral("The Ministry of Interior|said"), QStringLiteral("the anti-fraud centre|says")}));
        const QStringList bodies = spans(prose, x.bodies);
        QVERIFY2(bodies.contains(QStringLiteral("cybercrime department")) && bodies.contains(QStringLiteral("anti-fraud centre"))
                     && !bodies.contains(QStringLiteral("cybersecurity arm")) && !bodies.contains(QStringLiteral("Parliament")),
                 qPrintable(bodies.join(u',')));
        QCOMPARE(figuresOf(prose, x), (QStringList{QStringLiteral("254,241"), QStringLiteral("nine"), QStringLiteral("1.9 billion yen")}));
        // A subject with an apposition urging; asking past which ones and when.
        const QString requests = QString::fromUtf8(
            "The Personal Information Protection Commission, the government’s privacy watchdog, gave Kadokawa guidance in July, "
            "urging it to notify everyone affected. The ministry asked the local governments concerned on December 1, 2023 to check "
            "their contractors.\n");
        const Extraction r = m_engine.extract(requests);
        QCOMPARE(speakersAndCues(requests, r), (QStringList{QStringLiteral("The Personal Information Protection Commission|urging"),
                                                            QStringLiteral("The ministry|asked")}));
        QCOMPARE(contentsOf(requests, r).constLast(), QStringLiteral("check their contractors"));
    }

    // Forms of the thirty-eighth set: a force's wing, a body's name in its
    // own script in brackets, Viet Nam's own spelling, not a law and the next
    // provision cited, nor a building's wing; the dong and "pc"; a date with
    // a comma before the issuer, an adverbial of years before the cue, a
    // headline's inverted report (no "he" refers to it); and no change
    // between a figure per head and a total.
    void formsOfTheThirtyEighthSet()
    {
        const QString bodies = QStringLiteral(
            "The Federal Investigation Agency's Cyber Crime Wing opened 500 posts for the cybercrime wing. Health Policy Bureau (医政局) wrote. "
            "The department asked the State Bank of Việt Nam (SBV) to act. Police filed a case under Section 385 of the Indian Penal Code "
            "and Section 66F of the Act. Aides met in the West Wing.\n");
        QCOMPARE(spans(bodies, m_engine.extract(bodies).bodies),
                 (QStringList{QStringLiteral("Federal Investigation Agency"), QStringLiteral("Cyber Crime Wing"), QStringLiteral("cybercrime wing"),
                              QStringLiteral("Health Policy Bureau"), QString::fromUtf8("医政局"), QString::fromUtf8("State Bank of Việt Nam"),
                              QStringLiteral("SBV")}));
        // Descriptive names of earlier sets' gold: an election commission as
        // "the poll body", a country's federal police in lower case.
        const QString described = QStringLiteral(
            "Comelec said the poll body's website was breached. Renaper reported it, and Argentina's federal police found a suspect.\n");
        const Extraction d = m_engine.extract(described);
        QCOMPARE(spans(described, d.bodies),
                 (QStringList{QStringLiteral("Comelec"), QStringLiteral("poll body"), QStringLiteral("Renaper"), QStringLiteral("federal police")}));
        QCOMPARE(d.bodies.at(3).canonical, QStringLiteral("Argentine Federal Police"));
        const QString figures = QString::fromUtf8("Losses hit VNĐ3.6 trillion, and only 14pc of complaints led to inquiries.\n");
        const Extraction f = m_engine.extract(figures);
        QCOMPARE(figuresOf(figures, f), (QStringList{QString::fromUtf8("VNĐ3.6 trillion"), QStringLiteral("14pc")}));
        QCOMPARE(f.statistics.at(0).currency, QStringLiteral("VND"));
        QCOMPARE(f.statistics.at(1).unit, Statistic::Unit::Percent);
        const QString statements = QStringLiteral(
            "Reports of cyber incidents in Poland nearly tripled last year, shows CERT Polska report\n\n"
            "On August 8, 2023, the NPA and the Financial Services Agency (FSA) issued a joint alert urging banks to add checks. "
            "U.S. officials have for years urged Tokyo to tighten the handling of classified data. He added that little had changed.\n");
        const Extraction s = m_engine.extract(statements);
        QCOMPARE(speakersAndCues(statements, s),
                 (QStringList{QStringLiteral("CERT Polska report|shows"), QStringLiteral("the NPA and the Financial Services Agency (FSA)|urging"),
                              QStringLiteral("U.S. officials|urged"), QStringLiteral("He|added")}));
        QCOMPARE(speakerNamesOf(s).constLast(), QStringLiteral("He"));
        const QString money = QStringLiteral(
            "The ministry will pay up to 3.3 million yen per hospital, from the 2.5 billion yen set aside. "
            "Fees rose to 500 yen per user from 300 yen.\n");
        QCOMPARE(stepsOf(money, m_engine.extract(money)), QStringList{QStringLiteral("300 yen → 500 yen")});
        // A sentence pointing back at the last one's figures, each measure
        // with its own; a change with one figure in its sentence has its ratio.
        const QString back = QString::fromUtf8(
            "Police handled 1,470 fraud cases this year, with losses of about VNĐ3.6 trillion, the ministry said.\n\n"
            "The number of cases was up from 1,110 a year earlier, while losses nearly tripled from VNĐ1.3 trillion.\n\n"
            "The unit opened 120 files in 2024. That was up from 80 in 2023.\n");
        const Extraction b = m_engine.extract(back);
        QCOMPARE(stepsOf(back, b), (QStringList{QStringLiteral("1,110 → 1,470"), QString::fromUtf8("VNĐ1.3 trillion → VNĐ3.6 trillion"),
                                                QStringLiteral("80 → 120")}));
        QCOMPARE(b.changes.at(1).statedMultiplier, QStringLiteral("tripled"));
        QCOMPARE(b.changes.at(2).ratio, 1.5);
        // A tracing inside what a source after it said, and a court's
        // bankruptcy order, are no records of their own.
        const QString acts = QStringLiteral(
            "The IFSO unit of the Delhi Police has traced the attack to servers in Hong Kong, a senior officer told The Hindu. "
            "The Helsinki District Court declared Vastaamo bankrupt in February.\n");
        QCOMPARE(speakersAndCues(acts, m_engine.extract(acts)), QStringList{QStringLiteral("a senior officer|told")});
    }

    // Statements the thirty-second held-out set showed: a survey named by
    // who commissioned it, a finding of a hedged figure, a report's span of
    // years, an explanation after where it was given, "has shown"; what is
    // said after "said the …" is the whole clause; and none in a hedge ("As
    // far as we have confirmed"), a record's "Question put and agreed to" or
    // how often something is reported.
    void statementsOfSurveysInspectionsAndRecords()
    {
        const QString text = QStringLiteral(
            "Cybercrime reported every six minutes as hackers target grids\n\n"
            "The ASD annual Cyber Threat Report, released this morning, found nearly 94,000 cybercrime reports were made. "
            "She said a survey of 400 small businesses that ASPI commissioned this year found one in three had paid a ransom. "
            "The NCTA 2025-2026 finds that China is the most active. Tsubasa Mobile explained at its press conference that a router failed. "
            "As far as we have confirmed, about 230 calls to the emergency numbers 110 and 119 failed. "
            "The inspection has shown that most errors arose from manual work. The division found 40 other companies whose networks were open.\n\n"
            "Question put and agreed to.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(speakersAndCues(text, x),
                 (QStringList{QStringLiteral("The ASD annual Cyber Threat Report|found"), QStringLiteral("She|said"),
                              QStringLiteral("a survey of 400 small businesses that ASPI commissioned|found"), QStringLiteral("The NCTA 2025-2026|finds"),
                              QStringLiteral("Tsubasa Mobile|explained"), QStringLiteral("The inspection|shown")}));
        QCOMPARE(contentsOf(text, x).at(1), QStringLiteral("a survey of 400 small businesses that ASPI commissioned this year found one in three had paid a ransom"));
        const QStringList figures = figuresOf(text, x);
        QVERIFY2(!figures.contains(QStringLiteral("110")) && !figures.contains(QStringLiteral("119")), qPrintable(figures.join(u',')));
        // Forms of the thirty-third set: a portfolio written in lower case
        // after "with responsibility for", a document dated by month and
        // year, a report with an aside before "shows"; not a noun "states"
        // nor a payment demanded.
        const QString more = QStringLiteral(
            "The Minister of State with responsibility for e-government, Ciarán Whelehan, told the committee that staff would grow. "
            "The Defense Buildup Program adopted in December 2022 calls for about 4,000 personnel. The Cyber Threat Report 2021/22, "
            "released this morning, shows the centre recorded 350 incidents. The BSI could support the federal states, which would "
            "need an amendment. Callers posing as support staff have demanded payment of ¥500,000.\n");
        QCOMPARE(speakersAndCues(more, m_engine.extract(more)),
                 (QStringList{QStringLiteral("The Minister of State with responsibility for e-government, Ciarán Whelehan|told"),
                              QStringLiteral("The Defense Buildup Program adopted in December 2022|calls for"),
                              QStringLiteral("The Cyber Threat Report 2021/22|shows")}));
        // A view held, as a position is: "X's view is that …".
        const QString views = QStringLiteral("The ministry's view is that the attack was contained. The agency's assessment was that China was behind it.\n");
        QCOMPARE(speakersAndCues(views, m_engine.extract(views)),
                 (QStringList{QStringLiteral("The ministry|view is that"), QStringLiteral("The agency|assessment was that")}));
        // A company's or an institute's acronym speaking is shown as written.
        const QString acronyms = QStringLiteral("KDDI said on Monday that service was back. ASPI found that one in three had paid.\n");
        QCOMPARE(speakerNamesOf(m_engine.extract(acronyms)), (QStringList{QStringLiteral("KDDI"), QStringLiteral("ASPI")}));
    }

    // The one central bank of a story, named by its country or not: "the
    // central bank", and once a central bank is named, "central bank data"
    // and "a central bank director"; not "a central bank's payment system"
    // or "central bank digital currency".
    void centralBankDescribed()
    {
        const QString text = QStringLiteral("Leaks disclosed by the Central Bank of Brazil grew, the central bank said. Brazil's central "
                                            "bank says a central bank director agreed, according to central bank data. It studies "
                                            "central bank digital currency, as central banks do.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(spans(text, x.bodies),
                 (QStringList{QStringLiteral("Central Bank of Brazil"), QStringLiteral("central bank"), QStringLiteral("central bank"),
                              QStringLiteral("central bank"), QStringLiteral("central bank")}));
        for (const BodyMention &b : x.bodies)
            QCOMPARE(b.canonical, QStringLiteral("Central Bank of Brazil"));
        const QString unnamed = QStringLiteral("An attack hit a central bank's payment system. The central bank said little.\n");
        QCOMPARE(spans(unnamed, m_engine.extract(unnamed).bodies), (QStringList{QStringLiteral("central bank")}));
    }

    // The printed record of a US hearing labels turns "Mr. SURNAME." and
    // heads its record with bodies in capitals.
    void hearingRecordLabels()
    {
        const QString text = QStringLiteral(
            "CISA AT A CROSSROADS: EXAMINING THE BUDGET REQUEST\n\n"
            "    Mr. HALVORSEN. The Subcommittee on Cybersecurity will come to order.\n"
            "    Ms. ORTEGA-LUTZ. Ms. Brandt, how many regional advisers are there now?\n"
            "    Ms. BRANDT. Four, Congresswoman. They now cover the country from two hubs.\n"
            "    Mr. HALVORSEN. I thank the witness for her testimony.\n");
        const Extraction x = m_engine.extract(text);
        QStringList speakers;
        for (const Attribution &a : x.attributions)
            speakers.append(a.speaker.text(text));
        QCOMPARE(speakers, (QStringList{QStringLiteral("Mr. HALVORSEN"), QStringLiteral("Ms. ORTEGA-LUTZ"), QStringLiteral("Ms. BRANDT"),
                                        QStringLiteral("Mr. HALVORSEN")}));
        QCOMPARE(x.attributions.at(2).content.text(text), QStringLiteral("Four, Congresswoman. They now cover the country from two hubs"));
        // In a transcript labelled in capitals, a title in capitals with a
        // colon is no turn.
        const QString caps = QStringLiteral("CISA AT A CROSSROADS: EXAMINING THE BUDGET REQUEST\n\n"
                                            "REPORTER: Will the program be cut?\n\nMINISTER TANAKA: No, it will not.\n");
        speakers.clear();
        for (const Attribution &a : m_engine.extract(caps).attributions)
            speakers.append(a.speaker.text(caps));
        QCOMPARE(speakers, (QStringList{QStringLiteral("REPORTER"), QStringLiteral("MINISTER TANAKA")}));
        // Its heading in capitals names bodies between colons and "AND"s,
        // acronyms as the gazetteer writes them, the chamber and the Congress.
        const QString heading = QStringLiteral(
            "   UNITED STATES CYBER COMMAND AND CISA: DEFENDING THE NATION AND ITS\n                         ALLIES IN CYBERSPACE\n\n"
            "                              HEARING\n                             BEFORE THE\n"
            "                   COMMITTEE ON ARMED SERVICES\n                      HOUSE OF REPRESENTATIVES\n"
            "                   ONE HUNDRED SEVENTEENTH CONGRESS\n\nThe committee met at 9:30 a.m. to hear from the command.\n");
        QCOMPARE(spans(heading, m_engine.extract(heading).bodies),
                 (QStringList{QStringLiteral("UNITED STATES CYBER COMMAND"), QStringLiteral("CISA"), QStringLiteral("COMMITTEE ON ARMED SERVICES"),
                              QStringLiteral("HOUSE OF REPRESENTATIVES"), QStringLiteral("CONGRESS")}));
    }

    // Hansard labels turns with names as written; a heading with a colon is no label.
    void transcriptLabelsWrittenAsNames()
    {
        const QString text = QStringLiteral(
            "Case study: Operation Kestrel\n\n"
            "1. Emma Radcliffe (Stroud) (Lab): What assessment he has made of the audit office’s findings?\n\n"
            "The Parliamentary Secretary, Cabinet Office (Michael Brennan): Progress on the systems was too slow.\n\n"
            "Emma Radcliffe: I thank the Minister for that answer, but vacancies have risen.\n");
        const Extraction x = m_engine.extract(text);
        QStringList speakers;
        for (const Attribution &a : x.attributions)
            speakers.append(a.speaker.text(text));
        QCOMPARE(speakers, (QStringList{QStringLiteral("Emma Radcliffe (Stroud) (Lab)"),
                                        QStringLiteral("The Parliamentary Secretary, Cabinet Office (Michael Brennan)"), QStringLiteral("Emma Radcliffe")}));
        // Without a speaker who labels turns again or a bracketed seat, a
        // capitalised word and a colon opens a heading or a contact line.
        const QString headings = QStringLiteral("Cybersecurity: EU funding has tripled, but its impact is unclear\n\n"
                                                "ECA Press Office: press@eca.europa.eu for all questions about the report\n");
        QVERIFY(m_engine.extract(headings).attributions.isEmpty());
        // Grouped by who spoke: the minister by name, the member without her seat and party.
        QCOMPARE(x.attributions.at(0).speakerName, QStringLiteral("Emma Radcliffe"));
        QCOMPARE(x.attributions.at(1).speakerName, QStringLiteral("Michael Brennan"));
    }

    // Grouped by who spoke: titles dropped after a body's name or a
    // nationality, with their complements and what is in brackets; acronyms
    // kept as written, a shouted label lowered.
    void speakersResolvedWithoutTheirTitles()
    {
        const QString text = QStringLiteral(
            "\"The damage is done here,\" BKA President Stefan Kahlert said on Tuesday in Wiesbaden.\n\n"
            "Japanese Foreign Minister Takeshi Iwaya told reporters that the talks would go on.\n\n"
            "CHIEF CABINET SECRETARY OKAZAKI: The government is aware of the attack.\n\n"
            "FBI Cyber Division Assistant Director Dana Whitfield said the group had been active since 2021.\n\n"
            "Minister of Digital Affairs Lin Yi-fan (林宜帆) said the ministry would act, and Deputy Commissioner of Police (IFSO) "
            "Priya Sharma said the same.\n\n"
            "\"We are ready,\" said DICT Undersecretary for Cybersecurity Joel Macaraeg.\n\n"
            "Detective Chief Inspector Mikko Lahtinen told Yle that the cable was cut.\n\n"
            "A group calling itself “Atlas Phantom” claimed the leak. It said it would publish more.\n\n"
            "Economy, Trade and Industry Minister Kenta Arai said the rules would change.\n\n"
            "Health, Labour and Welfare Minister Yumi Hata apologized on Monday, saying the leak was regrettable.\n\n"
            "In Tokyo, Defense Minister Jun Ota said the ministry was not affected.\n");
        const Extraction x = m_engine.extract(text);
        const QStringList names = speakerNamesOf(x);
        QCOMPARE(names, (QStringList{QStringLiteral("Stefan Kahlert"), QStringLiteral("Takeshi Iwaya"), QStringLiteral("Okazaki"),
                                     QStringLiteral("Dana Whitfield"), QStringLiteral("Lin Yi-fan"), QStringLiteral("Priya Sharma"),
                                     QStringLiteral("Joel Macaraeg"), QStringLiteral("Mikko Lahtinen"), QStringLiteral("Atlas Phantom"),
                                     QStringLiteral("Atlas Phantom"), QStringLiteral("Kenta Arai"), QStringLiteral("Yumi Hata"),
                                     QStringLiteral("Jun Ota")}));
        QCOMPARE(x.attributions.at(10).speaker.text(text), QStringLiteral("Economy, Trade and Industry Minister Kenta Arai"));
        QCOMPARE(x.attributions.at(11).speaker.text(text), QStringLiteral("Health, Labour and Welfare Minister Yumi Hata"));
        QCOMPARE(x.attributions.at(12).speaker.text(text), QStringLiteral("Defense Minister Jun Ota"));
    }

    // Statements found where the cue needs more than a subject: a speaker
    // followed by a clause of time, a figure estimated, a document showing
    // a clause, a finding flagged, a title opened by "Under", a body's part
    // urging; none in a question, nor in "shows why". A video transcript's
    // labels with commas and a narrator.
    void statementsBeyondTheSubject()
    {
        const QString text = QStringLiteral(
            "Germany faces more attacks than ever, and the damage keeps growing across the whole country.\n\n"
            "\"The damage is done here,\" said BKA President Stefan Kahlert as he presented the report.\n\n"
            "Bitkom, the German digital industry association, estimates the damage from cyberattacks at 267 billion euros.\n\n"
            "The BKA's annual cybercrime report shows hackers abroad are hitting Germany harder than ever.\n\n"
            "The Commission on Audit (COA), however, flagged in its annual audit report that only 40% of funds were used.\n\n"
            "\"We will keep cutting off the money,\" said Treasury Under Secretary Michael T. Branson.\n\n"
            "GCHQ\u2019s cyber arm urges company boards to take responsibility for security after a record year\n\n"
            "Has the government confirmed this? The ministry's review showed why the law should change.\n");
        QCOMPARE(speakersAndCues(text, m_engine.extract(text)),
                 (QStringList{QStringLiteral("BKA President Stefan Kahlert|said"),
                              QStringLiteral("Bitkom, the German digital industry association|estimates"),
                              QStringLiteral("The BKA's annual cybercrime report|shows"), QStringLiteral("The Commission on Audit (COA)|flagged"),
                              QStringLiteral("Treasury Under Secretary Michael T. Branson|said"), QStringLiteral("GCHQ\u2019s cyber arm|urges")}));
        const QString video = QStringLiteral(
            "Transcript: the Director-General on the report\n\n"
            "NARRATOR: Each year, ASD publishes its assessment of the threats facing Australian networks.\n\n"
            "HELEN CORCORAN, DIRECTOR-GENERAL, ASD: The numbers keep going up, and so does what is at stake.\n");
        const Extraction x = m_engine.extract(video);
        QCOMPARE(speakersAndCues(video, x),
                 (QStringList{QStringLiteral("NARRATOR|NARRATOR:"), QStringLiteral("HELEN CORCORAN, DIRECTOR-GENERAL, ASD|HELEN CORCORAN, DIRECTOR-GENERAL, ASD:")}));
        QCOMPARE(x.attributions.at(1).speakerName, QStringLiteral("Helen Corcoran"));
        // A headline led by a body's name and a colon; not by a rubric.
        const QString headlines = QStringLiteral(
            "NPC: PhilHealth hackers took data of 11.6M members, not 1.4M\n\n"
            "Analysis: Japan weighs its options on active cyber defence\n\n"
            "The breach came to light in August, after the insurer found the hackers' files on its servers.\n");
        QCOMPARE(speakersAndCues(headlines, m_engine.extract(headlines)), (QStringList{QStringLiteral("NPC|:")}));
    }

    // A committee's evidence labels turns with names in any script and
    // long or nested brackets; a release introduces quotations by formula.
    void committeeLabelsAndReleaseFormulas()
    {
        const QString text = QStringLiteral(
            "The Chair (Mr. Darren Holloway (Brampton North—Caledon, Lib.)): I call this meeting to order today.\n\n"
            "Ms. Nadia Forsythe (Assistant Deputy Minister, National and Cyber Security Branch, Department of Public Safety and "
            "Emergency Preparedness): Thank you, Mr. Chair, for the invitation.\n\n"
            "Mr. Étienne Roy (Saint-Hyacinthe—Bagot—Acton, BQ): Quebec has its own ministry for this work.\n\n"
            "Ms. Nadia Forsythe: We have been working with them for a year.\n\n"
            "The Chair (Mr. Darren Holloway (Brampton North—Caledon, Lib.)): Mr. Étienne Roy.\n\n"
            "Quotes attributable to the Minister for Cyber Security, the Hon Amira Haddad MP:\n\n"
            "“Small businesses are the backbone of our economy.”\n\n"
            "The hotline answered over 46,900 calls.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(speakersAndCues(text, x).size(), 6);
        QCOMPARE(x.attributions.at(0).speaker.text(text), QStringLiteral("The Chair (Mr. Darren Holloway (Brampton North—Caledon, Lib.))"));
        QCOMPARE(x.attributions.at(2).speaker.text(text), QStringLiteral("Mr. Étienne Roy (Saint-Hyacinthe—Bagot—Acton, BQ)"));
        QCOMPARE(x.attributions.at(3).speakerName, QStringLiteral("Nadia Forsythe"));
        // (The chair calling the next speaker is a turn too.)
        QCOMPARE(x.attributions.at(4).content.text(text), QStringLiteral("Mr. Étienne Roy"));
        QCOMPARE(x.attributions.at(5).speaker.text(text), QStringLiteral("the Minister for Cyber Security, the Hon Amira Haddad MP"));
        QCOMPARE(x.attributions.at(5).speakerName, QStringLiteral("Amira Haddad"));
        QCOMPARE(x.attributions.at(5).content.text(text), QStringLiteral("Small businesses are the backbone of our economy."));
    }

    void vagueAndNonSpeechCuesHaveNoSpeaker()
    {
        const QString text = QStringLiteral("Critics say it still lacks teeth. Europeans regard attacks by foreign states as a threat. "
                                            "ASD responded to 127 incidents. Insurers paid £197m in cyber claims in 2024. "
                                            "Local governments reported 212 cases. Doesn't every agency say that every year? "
                                            "The EU side explained the implementation of the directive. "
                                            "“Sharing matters,” the council's chairman, Dr. Al Hammadi, told The National newspaper. "
                                            "ASD assesses that state actors are active. Opposition lawmakers say it is late.\n");
        const Extraction x = m_engine.extract(text);
        // The chairman told the newspaper: the one told is no speaker.
        QCOMPARE(speakersAndCues(text, x), (QStringList{QStringLiteral("the council's chairman, Dr. Al Hammadi|told"), QStringLiteral("ASD|assesses")}));
    }

    // Offices, auditors and the parties of a case speak as well as officials
    // do; so do agencies counted beside a named one (not a class of them).
    void sourcesNamedByWhatTheyDo()
    {
        const QString text = QStringLiteral("The auditors found that spending had tripled. The seller claimed that the database was real. "
                                            "The directorate said in its report that attacks rose. As the NIS itself has warned, attacks do "
                                            "not wait. Tehran has long denied the charge. The attackers had first demanded $2.4 million in bitcoin. "
                                            "DHS and five other agencies agreed with their recommendations. Local and state governments reported 40 cases.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(speakersAndCues(text, x), (QStringList{QStringLiteral("The auditors|found"), QStringLiteral("The seller|claimed"), QStringLiteral("The directorate|said"),
                                     QStringLiteral("the NIS|warned"), QStringLiteral("Tehran|denied"), QStringLiteral("DHS and five other agencies|agreed")}));
    }

    // Who speaks, and when nobody does, in reporting forms the fifth held-out
    // set showed: an act of telling without what was told, a ransom, a
    // subject whose participle reports, a date between speaker and cue.
    void reportingFormsWithAndWithoutASpeaker()
    {
        const QString text = QStringLiteral(
            "CISA said it had notified more than 200 companies since the autumn. We informed CERT-In and secured the server. "
            "CERT-In informed the ministry on February 13 that the API was open. CERT-In directed the MPSC to preserve all logs. "
            "The commission reported the incident to CERT-In. The ministry accused the United States of \"politicizing cyber issues.\" "
            "In January, the Treasury Department sanctioned two firms, saying they had supplied servers. "
            "OMB did not state whether it agreed. The bureau counted 29 cases, nearly three times the 10 it reported in 2023. "
            "Guo Mingzhe, a spokesperson for the embassy, said China “firmly opposes all cyberattacks”. "
            "TAO spokesperson Liu Wenjie on Dec. 31 dismissed the accusations. "
            "CSA's Health Report, based on a survey of around 2,000 organisations, found that 81 per cent had an incident. "
            "Attacks rose 42 percent, the report showed, with hospitals hit hardest.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(speakersAndCues(text, x), (QStringList{QStringLiteral("CISA|said"), QStringLiteral("CERT-In|informed"), QStringLiteral("CERT-In|directed"),
                                     QStringLiteral("The ministry|accused"), QStringLiteral("the Treasury Department|saying"),
                                     QStringLiteral("Guo Mingzhe, a spokesperson for the embassy|said"),
                                     QStringLiteral("TAO spokesperson Liu Wenjie|dismissed"), QStringLiteral("CSA's Health Report|found"),
                                     QStringLiteral("the report|showed")}));
    }

    // Reporting forms of the seventeenth and eighteenth held-out sets, with
    // their speakers:
    // - a regulator's fine reports what it found, "…, saying"/"…, finding
    //   that", when a date without a comma opens the sentence or an acronym
    //   follows the name; "finding" as a noun or an act reports nothing;
    // - asking someone to act is a request made; asking a question, for
    //   money or for anonymity is not, and nor is being asked or one's own
    //   act of office; guidance issued speaks in its issuer's voice;
    // - a warning "of" something, a role's field and the name after it, a
    //   party's member, a headline's vow, a warning document, a progressive
    //   "has been saying", a trace of one's own; and no record for a trace
    //   inside what someone else says, paying a penalty, a release's own
    //   voice, notifying or disclosing without what, or reports lodged.
    void reportingFormsOfLaterSets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("speakers");
        QTest::newRow("a fine says what the regulator found")
            << QStringLiteral(
                "In January the CNIL fined the insurer Mutuelle Horizon €3.5 million, saying it had kept data too long. "
                "Last month the regulator fined a payroll firm £3.4m, saying it had failed to patch a known flaw. "
                "The Data Protection Commission (DPC) has fined the HSE €850,000, finding that the executive had not reviewed the server. "
                "The key finding was that backups were missing. Engineers spent a week finding that flaw.\n")
            << QStringList{QStringLiteral("the CNIL|saying"), QStringLiteral("the regulator|saying"), QStringLiteral("The Data Protection Commission (DPC)|finding")};
        QTest::newRow("requests have their asker")
            << QStringLiteral(
                "The central bank has asked banks to move their websites to a new domain. GAO was asked to review the response. "
                "The official, who asked not to be identified, declined to comment. Sen. Abalos asked why the PSA had waited. "
                "The NIS has asked for 112.4 billion won. “We have also asked the ministries to step up monitoring.” "
                "The guidance also asks about 8,100 hospitals across the country to draw up plans. "
                "Following the attack, the health ministry on Tuesday issued new guidance calling on hospitals to keep offline backups.\n")
            << QStringList{QStringLiteral("The central bank|asked"), QStringLiteral("The guidance|asks"), QStringLiteral("the health ministry|calling on")};
        // (The issuer after an opening time phrase once read before the
        // sentence's first word and crashed the extractor.)
        QTest::newRow("joint statements, proposals, makers; turns of phrase")
            << QStringLiteral("Both sides shared the view that international law applies in cyberspace. The two sides shared the recognition "
                              "that threats are growing. Defense Ministry officials point out that the unit has tripled. A party panel proposed "
                              "last year that the unit be expanded. The electronics maker said it detected the intrusion. The firms shared data "
                              "with police, and the proposed law passed. That said, the Government takes it seriously. As I said just now, the "
                              "facts are clear.\nMilitary Cyber Force Is Growing – Slowly\n")
            << QStringList{QStringLiteral("Both sides|shared the view"), QStringLiteral("The two sides|shared the recognition"),
                           QStringLiteral("Defense Ministry officials|point out"), QStringLiteral("A party panel|proposed"),
                           QStringLiteral("The electronics maker|said")};
        QTest::newRow("documents show what they state")
            << QStringLiteral("The OAIC's latest notifiable data breaches report shows the health sector notified 118 breaches. "
                              "The NCSC's Annual Review 2026 shows a 13% rise in incidents. The portfolio budget statements show funding for the "
                              "centre. The agency's own incident log showed that the attack had been detected. The report shows why it failed.\n")
            << QStringList{QStringLiteral("The OAIC's latest notifiable data breaches report|shows"), QStringLiteral("The NCSC's Annual Review 2026|shows"),
                           QStringLiteral("The portfolio budget statements|show"), QStringLiteral("The agency's own incident log|showed")};
        QTest::newRow("a headline's subject, present verb and object")
            << QStringLiteral("German police report record number of cyberattacks from abroad\n\n"
                              "DICT, CICC report 27% drop in text scam complaints; Senate panel presses for faster takedown\n\n"
                              "State Police tell Saeima committee two suspects identified\n\nHacker offers records for sale; FSA orders probe\n\n"
                              "Police Report Form\n\nCISA Reports and Statistics\n\n"
                              "Watchdog orders backup drills and board oversight as reported incidents rise 40%\n\n"
                              "Japan Intel Agency Warns of Growing State-Backed Cyberespionage\n")
            << QStringList{QStringLiteral("German police|report"), QStringLiteral("DICT, CICC|report"), QStringLiteral("Senate panel|presses"),
                           QStringLiteral("State Police|tell"), QStringLiteral("FSA|orders"), QStringLiteral("Watchdog|orders"),
                           QStringLiteral("Japan Intel Agency|Warns")};
        QTest::newRow("estimates, repetitions, lobbies, inquiries and bodies told")
            << QStringLiteral("N. Korea behind March cyberattacks on banks, broadcasters: probe\n\n"
                              "The National Intelligence Service (NIS) estimates the damage at about 867 billion won. Japan's most powerful business "
                              "lobby on Tuesday urged its members to act. Defense Minister Kazuhiro Terada repeated the government's long-held position "
                              "that the SDF may act. Hackers launched repeated attacks. The company informed the Acquisition, Technology and Logistics "
                              "Agency (ATLA) that it had found the intrusion. The server was leased, sources close to the investigation said.\n")
            << QStringList{QStringLiteral("probe|:"), QStringLiteral("The National Intelligence Service (NIS)|estimates"),
                           QStringLiteral("Japan's most powerful business lobby|urged"), QStringLiteral("Defense Minister Kazuhiro Terada|repeated"),
                           QStringLiteral("The company|informed")};
        QTest::newRow("documents dated, openers, conditions and names given")
            << QStringLiteral("The National Defense Program Guidelines adopted last December call for strengthening capabilities. "
                              "Based on the notifications, the ISPs have alerted their users and have asked them to change their settings. "
                              "The ministry would act if the report showed it had failed. The servers were used by a hacker group called "
                              "\"Tick,\" which was acting under orders. We plan to call for talks.\n")
            << QStringList{QStringLiteral("The National Defense Program Guidelines adopted last December|call for"), QStringLiteral("the ISPs|asked")};
        QTest::newRow("giants, documents dated, and a time that is no one")
            << QStringLiteral("Cases reached 143, the mobile phone giant said. The ASD Cyber Threat Report released in October said that ASD "
                              "responded to 1,200 incidents. The UK side explained that the UK and the Netherlands had in October publicly "
                              "attributed an attack.\n")
            << QStringList{QStringLiteral("the mobile phone giant|said"), QStringLiteral("The ASD Cyber Threat Report released in October|said"),
                           QStringLiteral("The UK side|explained")};
        QTest::newRow("a body's own act in its statement")
            << QStringLiteral("The Federal Intelligence Service said it had found no evidence of a foreign state. The regulator said it had "
                              "asked platforms to remove the pages, and the minister said she had asked the agency to report again.\n")
            << QStringList{QStringLiteral("The Federal Intelligence Service|said"), QStringLiteral("The regulator|said"),
                           QStringLiteral("the minister|said")};
        QTest::newRow("a nation's people") << QStringLiteral("Canadians reported losing a record $744 million to fraud in 2026.\n") << QStringList{};
        QTest::newRow("what was issued after a time phrase")
            << QStringLiteral("Last week it also issued an alert urging firms to apply the patches. Last year they issued guidance calling for backups. "
                              "Later issued notices urging calm went unread.\n")
            << QStringList{QStringLiteral("it|urging"), QStringLiteral("they|calling for")};
        QTest::newRow("warnings, roles and acts")
            << QStringLiteral(
                "The BSI warns of a sharp rise in attacks. “We see it every day,” said Säpo's head of counter-espionage, Anna Berglund. "
                "“Outsourcing is not the problem,” said Swiss People’s Party parliamentarian Thomas Keller. "
                "Ridgeline agreed to pay $2,850,000. Our investigation also found that the firm had known. "
                "The firm reported the attack to the NCSC, and notified the Care Quality Commission (CQC). "
                "The central bank urged victims to lodge police reports. Halvorsen disclosed the attack in a Form 8-K. "
                "The ministry disclosed on Monday that hackers had entered.\n"
                "DES vows to hunt buyers of leaked records\n"
                "“We went back to paper,” said chief municipal executive Kari Nesse. The warning says Chinese law can oblige firms to hand over data. "
                "NÚKIB has been saying for two years that the attacks are noise. Bareskrim said it had traced the attack to servers abroad. "
                "It traced the activity to servers in the United States.\n")
            << QStringList{QStringLiteral("The BSI|warns"), QStringLiteral("Säpo's head of counter-espionage, Anna Berglund|said"),
                           QStringLiteral("Swiss People’s Party parliamentarian Thomas Keller|said"), QStringLiteral("The central bank|urged"),
                           QStringLiteral("The ministry|disclosed"), QStringLiteral("DES|vows"), QStringLiteral("chief municipal executive Kari Nesse|said"),
                           QStringLiteral("The warning|says"), QStringLiteral("NÚKIB|saying"), QStringLiteral("Bareskrim|said"), QStringLiteral("It|traced")};
        QTest::newRow("unnamed sources and what they said it was")
            << QStringLiteral(
                "An official of the Lands Commission who spoke on condition of anonymity told the Daily Graphic that no records were exposed. "
                "A person with knowledge of the investigation who asked not to be named said the site was old. "
                "A user offered what he said were the records of 46 million Argentines. It is unclear what she said to the panel.\n")
            << QStringList{QStringLiteral("An official of the Lands Commission who spoke on condition of anonymity|told"), QStringLiteral("he|said")};
        QTest::newRow("a source described in lower case, and a share of them")
            << QStringLiteral(
                "The presidential office said it would convene a meeting. Russia remains the main threat, the interior minister said. "
                "South Korea’s financial regulator ordered exchanges to keep more reserves. Two of the agencies said the rules were unclear. "
                "DHS and five other agencies agreed with the recommendations. The two sides agreed to meet again. "
                "Police officials said that two agencies had closed the gap.\n")
            << QStringList{QStringLiteral("The presidential office|said"), QStringLiteral("the interior minister|said"),
                           QStringLiteral("South Korea’s financial regulator|ordered"), QStringLiteral("Two of the agencies|said"),
                           QStringLiteral("DHS and five other agencies|agreed"), QStringLiteral("The two sides|agreed"),
                           QStringLiteral("Police officials|said")};
        QTest::newRow("the holder of a body's title, and an aside before the verb")
            << QStringLiteral(
                "The Director of the NCSC said the risk was high. Deputy Director of the FBI Paul Abbate said it was known. "
                "The Director of the Cybercrime Unit of the Criminal Investigations Department (CID) of the Ghana Police Service, "
                "Chief Superintendent Herbert Kwaku Yeboah, said seven suspects, including two merchants, had been arrested. "
                "“We must cooperate,” Anna Nakamura, Foreign Minister of the Ministry of Foreign Affairs, International Cooperation "
                "and External Trade, said.\n")
            << QStringList{QStringLiteral("The Director of the NCSC|said"), QStringLiteral("Deputy Director of the FBI Paul Abbate|said"),
                           QStringLiteral("The Director of the Cybercrime Unit of the Criminal Investigations Department (CID) of the "
                                          "Ghana Police Service, Chief Superintendent Herbert Kwaku Yeboah|said"),
                           QStringLiteral("Anna Nakamura, Foreign Minister of the Ministry of Foreign Affairs, International Cooperation "
                                          "and External Trade|said")};
        QTest::newRow("a source by the name it takes, a participle's aside, no source")
            << QStringLiteral(
                "A ransomware group calling itself “Bituin” claimed it had stolen the data. Visitors saw a message from a group calling "
                "itself \"Shadow Cobra\" and a video. The Data Protection Authority of Sri Lanka, set up under the Personal Data "
                "Protection Act, No. 9 of 2022, said it had asked for a report. With respect, that is what every department says.\n\n"
                "Cyberattacks on Public Bodies: Discussion\n\nThe committee met in private session until 9.42 a.m.\n")
            << QStringList{QStringLiteral("A ransomware group calling itself “Bituin”|claimed"),
                           QStringLiteral("The Data Protection Authority of Sri Lanka|said")};
        QTest::newRow("a fund and a region speak")
            << QStringLiteral("The fund said there was no evidence that data had been copied. The region said the files held names.\n")
            << QStringList{QStringLiteral("The fund|said"), QStringLiteral("The region|said")};
        QTest::newRow("a promise with what is promised")
            << QStringLiteral("Ms Nkosi apologised, and she undertook to return to the Committee within 30 days. "
                              "The auditor undertook an audit of the agency.\n")
            << QStringList{QStringLiteral("she|undertook")};
        QTest::newRow("vague experts, a question, a description and a count are none; naming in quotes, a headquarters, put it when")
            << QStringLiteral(
                "Security researchers have linked the intrusion to Tick. Japanese experts have said the law is weak. Security sources told "
                "the paper it was China. Mandiant researchers said it was China. She asked how many organizations the government expected "
                "to join. The white paper, which the ministry compiles every year, describes trends in the sector. A ministry spokesman "
                "called reports linking Beijing to the attacks “groundless speculation.” The headquarters called for a further increase. "
                "As spokesman Hong Wei put it on Wednesday, Japan \"should reflect\". The companies concerned have reported to us that "
                "nothing was leaked.\n")
            << QStringList{QStringLiteral("Mandiant researchers|said"), QStringLiteral("A ministry spokesman|called"),
                           QStringLiteral("The headquarters|called for"), QStringLiteral("spokesman Hong Wei|put it"),
                           QStringLiteral("The companies concerned|reported")};
        QTest::newRow("an inquiry with an apposition, one who knows the talks; people familiar with the matter, industry data, upkeep are none")
            << QStringLiteral(
                "A survey of 1,200 businesses by the Information-technology Promotion Agency, Japan (IPA), a body under METI, found that "
                "58% had spent nothing. An official familiar with the talks said Japan would join. The outage spread, according to a "
                "person with knowledge of the matter. Sales fell 45 percent, according to industry data. Two contractors, which operated "
                "and maintained the server, were hit. Report by the Comptroller and Auditor General, ordered by the House of Commons to "
                "be printed. \"We may never know,\" a government source said. Diplomatic sources said it was late. A source at the "
                "PJ told reporters that it was late.\n")
            << QStringList{QStringLiteral("A survey of 1,200 businesses by the Information-technology Promotion Agency, Japan (IPA), a body under METI|found"),
                           QStringLiteral("An official familiar with the talks|said"), QStringLiteral("A source at the PJ|told")};
        QTest::newRow("a role in lower case, an estimate after what it estimates, an explanation to the Diet")
            << QStringLiteral(
                "\"It is late,\" said LDP lawmaker Ichiro Kusano. \"It is old,\" said LDP upper house member Ichiro Kusano. "
                "Spending will rise 8.2% this year, estimates research firm IDC Japan. "
                "Officials of the Cabinet Legislation "
                "Bureau have long explained to the Diet that such acts have no legal basis. The two allies agreed that an attack could "
                "be an armed attack.\n")
            << QStringList{QStringLiteral("LDP lawmaker Ichiro Kusano|said"), QStringLiteral("LDP upper house member Ichiro Kusano|said"),
                           QStringLiteral("research firm IDC Japan|estimates"),
                           QStringLiteral("Officials of the Cabinet Legislation Bureau|explained"),
                           QStringLiteral("The two allies|agreed")};
        QTest::newRow("an order alongside an act past a relative clause, a call in a progressive after 'and'; parts ordering is none")
            << QStringLiteral(
                "The Ministry of Economy, Trade and Industry (METI), which supervises such contractors, today issued an improvement order "
                "to the Company, ordering it to bring its handling into line. The National Police Agency has been providing information "
                "to the companies and calling on them to check their networks. It spread to parts ordering, according to a person with "
                "knowledge of the matter.\n")
            << QStringList{QStringLiteral("The Ministry of Economy, Trade and Industry (METI)|ordering"),
                           QStringLiteral("The National Police Agency|calling on")};
        QTest::newRow("a statement by its author, a quoted suspect, parties to talks; new rules and a deal are none")
            << QStringLiteral(
                "A statement by the Press Secretary of the Ministry of Foreign Affairs issued on the same day stated that the attack "
                "was unacceptable. \"I wanted money,\" he was quoted as saying by investigators. \"We compete with firms that pay "
                "more,\" one agency recruiter said. The two countries agreed to expand information sharing, and 74 countries reported "
                "on their practice. The Cabinet on Friday approved new rules that will bring 87 agencies under monitoring. "
                "Tech Bureau said the funds belonged to customers, and that it had agreed to receive 5 billion yen in support.\n")
            << QStringList{QStringLiteral("A statement by the Press Secretary of the Ministry of Foreign Affairs issued on the same day|stated"),
                           QStringLiteral("he|quoted as saying"), QStringLiteral("one agency recruiter|said"),
                           QStringLiteral("The two countries|agreed"), QStringLiteral("Tech Bureau|said")};
        QTest::newRow("requesting that, asking a list; a report requested by someone, some of a people, a signed sentence are none")
            << QStringLiteral(
                "METI requested that the Company take the measures below. The ministry requested 2 billion yen. The GAO report, which was "
                "requested by committee Democrats, found that gaps remained. The agency has asked all ministries, institutions and regional governments "
                "to back up their data. Some Japanese lawmakers have called for a law. The Company has told METI that card companies had "
                "notified it of 396 cases.\nIts budget for 2017 is P160 million. – Rappler.com\n")
            << QStringList{QStringLiteral("METI|requested"), QStringLiteral("The GAO report|found"), QStringLiteral("The agency|asked"),
                           QStringLiteral("The Company|told")};
        QTest::newRow("a programme in commas, a document's acronym closing, highlighting, names with particles; a clause going on after an aside")
            << QStringLiteral(
                "The program, adopted by the cabinet in December, calls for spending 43 trillion yen. The advisory, published on Monday by "
                "the ASD, says the group, known as APT40, conducts operations for the MSS. Ransomware remains the worst threat, the CSAN "
                "states. The director of the DNP, Lucía Montoya Arango, highlighted that the policy creates a post. The report highlighted "
                "the risk. “We must act,” says Minister of Justice and Security Ingrid van der Laan. Sanne van Dijk of the NCSC said so.\n")
            << QStringList{QStringLiteral("The program|calls for"), QStringLiteral("The advisory|says"), QStringLiteral("the CSAN|states"),
                           QStringLiteral("The director of the DNP, Lucía Montoya Arango|highlighted"),
                           QStringLiteral("Minister of Justice and Security Ingrid van der Laan|says"), QStringLiteral("Sanne van Dijk of the NCSC|said")};
        QTest::newRow("sources in charge, pointing to a cause, a portfolio in lower case, explaining to someone last, asking past an acronym")
            << QStringLiteral(
                "A Cabinet Office official in charge of the system said the plan stands. Australian officials privately pointed to "
                "China. The evidence points to Beijing. He pointed to $1.3 billion over five years. In Congress, the minister for digital "
                "transformation, Elena Marín, told deputies that the law would pass. The bill is lawful, officials of the Cabinet "
                "Legislation Bureau have explained to lawmakers. Bangladesh Bank yesterday asked banks and mobile financial service "
                "(MFS) providers to tighten checks.\n")
            << QStringList{QStringLiteral("A Cabinet Office official in charge of the system|said"), QStringLiteral("Australian officials|pointed to"),
                           QStringLiteral("the minister for digital transformation, Elena Marín|told"),
                           QStringLiteral("officials of the Cabinet Legislation Bureau|explained"), QStringLiteral("Bangladesh Bank|asked")};
        QTest::newRow("findings after when, inquiries into, asides, advice, India's reply formula; tallies, ransoms, measures are none")
            << QStringLiteral(
                "Its National Police Agency concluded in April that a group was behind it. The provider acted late, the Committee of "
                "Inquiry (COI) into the attack said in its report released on Thursday. CERT-In and the National Critical Information "
                "Infrastructure Protection Centre (NCIIPC) have, however, advised all power sector utilities to patch. Our Estonian "
                "partners have since told us that the malware was new. Some 450 incidents were reported by member states in 2019. These "
                "hackers have demanded millions of dollars in ransom. Agencies are rated according to how sensitive their systems are. "
                "Japan wants the norms that all UN member states have already agreed, not new talks. This information was given by the "
                "Minister of State for Electronics and Information Technology, Shri Ashok Kumar Meena, in a written reply in the Lok Sabha "
                "today. Given the risk, it was given by hand.\n")
            << QStringList{QStringLiteral("Its National Police Agency|concluded"),
                           QStringLiteral("the Committee of Inquiry (COI) into the attack|said"),
                           QStringLiteral("CERT-In and the National Critical Information Infrastructure Protection Centre (NCIIPC)|advised"),
                           QStringLiteral("Our Estonian partners|told"),
                           QStringLiteral("the Minister of State for Electronics and Information Technology, Shri Ashok Kumar Meena|given")};
        QTest::newRow("sources described by what they did; recalling; a move, silence and sanctions are none")
            << QStringLiteral(
                "A security company that examined the hospital's servers at the city's request said the attackers used a VPN device. "
                "The official who led the investigation said the breach was serious. A Japanese government official involved in the "
                "project said Tokyo saw the center as a bridge. Krasnov recalled that the General Assembly adopted a resolution. "
                "The maker recalled 20,000 routers. South Korea, the country most often hit, said nothing that day. Washington has "
                "answered mostly with sanctions. Japan is to join the centre, Abe has announced, in a move analysts say reflects alarm. "
                "The public who receive messages claiming to come from banks should call the police.\n")
            << QStringList{QStringLiteral("A security company that examined the hospital's servers at the city's request|said"),
                           QStringLiteral("The official who led the investigation|said"),
                           QStringLiteral("A Japanese government official involved in the project|said"), QStringLiteral("Krasnov|recalled"),
                           QStringLiteral("Abe|announced")};
        QTest::newRow("the time and the occasion between speaker and cue are neither's")
            << QStringLiteral(
                "Renaper at the time denied that its systems had been breached. The agency at first denied the report. "
                "The ministry in a statement said the leak was contained. Police in its annual report said thefts rose. "
                "The minister at a news conference on Friday said two men were held.\n")
            << QStringList{QStringLiteral("Renaper|denied"), QStringLiteral("The agency|denied"), QStringLiteral("The ministry|said"),
                           QStringLiteral("Police|said"), QStringLiteral("The minister|said")};
    }

    // A statement's content starts where the story does, after the
    // paragraph's dateline, and a date after the cue is when, not what.
    void contentLeavesOutDatelinesAndDates()
    {
        const QString text = QStringLiteral(
            "TOKYO -- Two firms have reported attacks to the ministry, Defense Minister Kenji Arakawa said Feb. 7.\n\n"
            "MANILA, Philippines – At least 43 websites were defaced, the department said on June 10, 2021.\n\n"
            "SEOUL, July 22 (Yonhap) -- Hacking attempts rose 9 percent, the spy agency said.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(contentsOf(text, x), (QStringList{QStringLiteral("Two firms have reported attacks to the ministry"),
                                                   QStringLiteral("At least 43 websites were defaced"),
                                                   QStringLiteral("Hacking attempts rose 9 percent")}));
        // Nor is another report before the cue what the speaker said.
        const QString nested = QStringLiteral("An official said Japan agreed.\n");
        QCOMPARE(contentsOf(nested, m_engine.extract(nested)), (QStringList{QStringLiteral("Japan agreed"), QString()}));
        // A subject right after the cue opens the content, and what it found
        // is a fact of that statement, not a record of its own; a telling
        // is one.
        const QString found = QStringLiteral("JAXA said it had found no evidence that data was taken. Kishida said he told Kerry that "
                                             "Japan appreciates the response.\n");
        const Extraction x2 = m_engine.extract(found);
        QCOMPARE(speakersAndCues(found, x2), (QStringList{QStringLiteral("JAXA|said"), QStringLiteral("Kishida|said"), QStringLiteral("he|told")}));
        QCOMPARE(contentsOf(found, x2).constFirst(), QStringLiteral("it had found no evidence that data was taken"));
    }
    void reportingFormsOfLaterSets()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, speakers);
        QCOMPARE(speakersAndCues(text, m_engine.extract(text)), speakers);
    }

    // Nouns and figures before a cue word are no speakers; a relative clause
    // after "said X" is the content's; an opening phrase is not the subject.
    void nounsAndFiguresAreNoSpeakers()
    {
        const QString text = QStringLiteral(
            "Phishing reports to the council numbered 1,718,036 in 2024, about 1.4 times the 1,196,390 reported in 2023. "
            "The Australian side briefed on the implementation of the strategy. "
            "CISA said the group, which it tracks as Basalt Panda, had compromised 600 organisations. "
            "Outside Europe, Japan's Foreign Ministry issued a statement, saying it strongly supports the attribution.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(speakersAndCues(text, x), (QStringList{QStringLiteral("CISA|said"), QStringLiteral("Japan's Foreign Ministry|saying")}));
    }

    // Estimates ("puts the number at"), ways of saying ("as … put it"),
    // tracing and singling out; a naming ("what it calls") and a figure
    // before its reporter are none.
    void estimatesAndCharacterisations()
    {
        const QString text = QStringLiteral(
            "South Korea’s National Intelligence Service puts the number at 3,000 to 4,000. As the strategy put it, Japan must respond. "
            "It traced the activity to servers in Germany. The agency singled out Kimsuky as the most active group. "
            "“We act,” said rapporteur Matthias Kessler (EPP, DE). Japan is introducing what it calls “active cyber defense”. "
            "Records rose to 4.7 million, nearly four times the 1.2 million the agency first reported. Officials put pressure on the firms.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(speakersAndCues(text, x), (QStringList{QStringLiteral("South Korea’s National Intelligence Service|puts"), QStringLiteral("the strategy|put it"),
                                     QStringLiteral("It|traced"), QStringLiteral("The agency|singled out"),
                                     QStringLiteral("rapporteur Matthias Kessler (EPP, DE)|said")}));
    }

    // Forms the seventh held-out set showed: relative clauses with commas of
    // their own, a speaker followed by where they said it, findings stated as
    // figures or after a phrase, papers that show; and acts that are no
    // statements (an order given by "I", a denial of nothing in particular,
    // something added to a list).
    void clausesAroundTheSpeaker()
    {
        const QString text = QStringLiteral(
            "Lieutenant General Jürgen Haas, who heads the cyber command, the Cyber and Information Domain Service, told a conference that attacks rose. "
            "“Three years, two attacks, the same excuses,” wrote Congress MP Manish Dogra on X. "
            "The IPA, which operates under the trade ministry, found in a survey of 4,100 companies released on Monday that 41.3% spent more. "
            "Survey finds 41% of companies now devote more to security. "
            "The budget rose from $7.5 million to $12.1 million, state budget papers show. "
            "Bitkom, the German digital industry association, puts the damage from data theft, espionage and sabotage at €289.2 billion. "
            "The authoring agencies urge device owners to apply the latest firmware. "
            "We have instructed the company to preserve all logs. AIIMS has not confirmed any ransom demand. "
            "CISA added the two vulnerabilities to its catalog. "
            "“We need timetables,” said Dutch MEP Sanne van Dijk, who sits on the committee. "
            "“Treasury will act,” said Under Secretary of the Treasury Marisa L. Cortland.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(speakersAndCues(text, x), (QStringList{QStringLiteral("Lieutenant General Jürgen Haas|told"), QStringLiteral("Congress MP Manish Dogra|wrote"),
                                     QStringLiteral("The IPA|found"), QStringLiteral("Survey|finds"), QStringLiteral("state budget papers|show"),
                                     QStringLiteral("Bitkom, the German digital industry association|puts"),
                                     QStringLiteral("The authoring agencies|urge"), QStringLiteral("Dutch MEP Sanne van Dijk|said"),
                                     QStringLiteral("Under Secretary of the Treasury Marisa L. Cortland|said")}));
    }

    // A verb that takes what it judges as its object does not invert: the
    // speaker stands before it. "directed X to do" may name its object in
    // lower-case words.
    void judgingVerbsAndDirectives()
    {
        const QString text = QStringLiteral(
            "The Deutscher Städtetag, the association of German cities, welcomed the report. "
            "The Indian Cyber Crime Coordination Centre (I4C) has directed State police cyber cells to upload FIR details within 24 hours.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(speakersAndCues(text, x), (QStringList{QStringLiteral("The Deutscher Städtetag, the association of German cities|welcomed"),
                                                       QStringLiteral("The Indian Cyber Crime Coordination Centre (I4C)|directed")}));
    }

    // Cues of the tenth held-out set: reported to someone that something
    // (not a reduced passive), a review that quotes someone, a directorate
    // that attributes incidents, a group that claims responsibility, a
    // body's own-language name in the brackets of its speaker and a long
    // apposition; "accused of" after a noun is a participle, no cue.
    void reportsQuotesAndClaims()
    {
        const QString text = QStringLiteral(
            "Its National Cybersecurity Agency (Agenzia per la Cybersicurezza Nazionale, or ACN) reported to parliament in May that about 22,000 entities had registered. "
            "Payments reported to US Treasury fell 35% to $715 million. "
            "The review quotes a senior Shin Bet official as saying the Iranians no longer need ideologues. "
            "The directorate attributes about 62% of the significant incidents to Iran. "
            "A local hacker group claims responsibility for the defacements. "
            "Police arrested two South Koreans accused of selling access to the group. "
            "Revanth Pillai, a CPI(M) member of the Parliamentary Standing Committee on Communications and Information Technology, argued that the "
            "Centre had released too little.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(speakersAndCues(text, x),
                 (QStringList{QStringLiteral("Its National Cybersecurity Agency (Agenzia per la Cybersicurezza Nazionale, or ACN)|reported"),
                              QStringLiteral("The review|quotes"), QStringLiteral("a senior Shin Bet official|saying"),
                              QStringLiteral("The directorate|attributes"), QStringLiteral("A local hacker group|claims"),
                              QStringLiteral("Revanth Pillai, a CPI(M) member of the Parliamentary Standing Committee on Communications and Information "
                                             "Technology|argued")}));
    }

    // Forms of the eleventh held-out set: a release's quotation signed on
    // the next line, "As per" and "As informed by" for "according to"; no
    // speaker in a bare plural ("diplomats said"), a noun before its verb
    // ("Phishing reports fell") or a dateline; the subject after an opening
    // phrase for a cue after "and"; a body's report as a headline's source;
    // a report described in lower-case words.
    void signedQuotesAndOfficialForms()
    {
        const QString text = QStringLiteral(
            "March 18, 2026 – Ottawa, Ontario – Royal Canadian Mounted Police\n\n"
            "The RCMP said on Tuesday that 13 people had been charged.\n\n"
            "“This network treated Canadian seniors as a bank machine.”\n\n"
            "– Superintendent Kirsten Lahey, Officer in Charge, RCMP National Cybercrime Coordination Centre\n\n"
            "As per the information reported to and tracked by the Indian Computer Emergency Response Team (CERT-In), 20.41 lakh incidents were observed. "
            "As informed by the Reserve Bank of India (RBI), card frauds numbered 29,082. "
            "Phishing reports fell again. The statement was blocked by Russia, diplomats said.\n\n"
            "The ministry will publish its next report in the spring, the minister said.\n\n"
            "In its annual overview of the threat, the ANSSI counted 5,912 security events and warned that hacktivists were active.\n\n"
            "Phishing cases up in 2026 as attackers go after smaller firms: CSA report\n\n"
            "The agency will publish more figures in the spring, its director said at a briefing.\n\n"
            "The OAIC's latest notifiable data breaches report shows that the sector notified 118 breaches.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(speakersAndCues(text, x),
                 (QStringList{QStringLiteral("The RCMP|said"),
                              QStringLiteral("Superintendent Kirsten Lahey, Officer in Charge, RCMP National Cybercrime Coordination Centre|–"),
                              QStringLiteral("the information reported to and tracked by the Indian Computer Emergency Response Team (CERT-In)|As per"),
                              QStringLiteral("the Reserve Bank of India (RBI)|As informed by"), QStringLiteral("the minister|said"),
                              QStringLiteral("the ANSSI|warned"), QStringLiteral("CSA report|:"), QStringLiteral("its director|said"),
                              QStringLiteral("The OAIC's latest notifiable data breaches report|shows")}));
        QCOMPARE(x.attributions.at(1).content.text(text), QStringLiteral("This network treated Canadian seniors as a bank machine."));
    }

    // A body named in its own language speaks whole ("The Cour des comptes,
    // the national audit court, warned"); a sentence opened by "As X said,"
    // says its main clause; what was said starts with its article, and an
    // occasion ("in a joint statement", "a news conference in Seoul") is
    // not what was said.
    void ownLanguageNamesAsClausesAndOccasions()
    {
        const QString text = QStringLiteral(
            "The Cour des comptes, the national audit court, warned in December that the cyber budget was short. "
            "The Bundesamt für Verfassungsschutz said the attacks rose. "
            "As those figures show, the threat is growing. "
            "As the minister noted last week, the law is weak. "
            "As reported by Kyodo News, the ministry will hire more staff. "
            "As the report shows the limits of policy, we act. "
            "The breach was contained, the FBI said in a joint statement Tuesday. "
            "“It is time,” Minister Hideki Morita told a news conference in Tokyo.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(speakersAndCues(text, x),
                 (QStringList{QStringLiteral("The Cour des comptes, the national audit court|warned"),
                              QStringLiteral("The Bundesamt für Verfassungsschutz|said"), QStringLiteral("those figures|show"),
                              QStringLiteral("the minister|noted"), QStringLiteral("Kyodo News|reported"), QStringLiteral("the FBI|said"),
                              QStringLiteral("Minister Hideki Morita|told")}));
        QCOMPARE(contentsOf(text, x), (QStringList{QStringLiteral("the cyber budget was short"), QStringLiteral("the attacks rose"),
                                        QStringLiteral("the threat is growing"), QStringLiteral("the law is weak"),
                                        QStringLiteral("the ministry will hire more staff"), QStringLiteral("The breach was contained"),
                                        QStringLiteral("It is time")}));
    }

    // Forms of the fourteenth held-out set: the occasion after an inverted
    // speaker ("said X at a press conference in Paris"), a statement closed
    // by its speaker, whom it was told to and when ("…, the ministry
    // informed the Rajya Sabha on Wednesday."), a finding closed with when,
    // circumstances after it (", as …"), a senator's party and state before
    // a relative clause; a hearing's list of witnesses and its panels are no
    // speakers.
    void occasionsAndClosingAddressees()
    {
        const QString text = QStringLiteral(
            "Witnesses: Dr Rhys Pemberton and Helen Marsh.\n\n"
            "II: Dr Rhys Pemberton, Director of National Resilience, National Cyber Security Centre.\n\n"
            "“It is constant pressure,” said ANSSI director general Hélène Carrier at a press conference in Paris. "
            "Incidents rose to 25.8 lakh in 2025, the ministry informed the Rajya Sabha on Wednesday. "
            "Ransomware is hitting hospitals, a senior official told the Security Council on Tuesday, as several countries called for action. "
            "Attacks rose to 5,629, its annual overview of the cyber threat showed on Tuesday. "
            "The ministry informed 200 companies and secured the server. "
            "Sen. Maria Ostrander, D-Ore., who sits on the Senate Finance Committee, said the bill would return.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(speakersAndCues(text, x),
                 (QStringList{QStringLiteral("ANSSI director general Hélène Carrier|said"), QStringLiteral("the ministry|informed"),
                              QStringLiteral("a senior official|told"), QStringLiteral("its annual overview of the cyber threat|showed"),
                              QStringLiteral("Sen. Maria Ostrander, D-Ore.|said")}));
        QCOMPARE(contentsOf(text, x), (QStringList{QStringLiteral("It is constant pressure"), QStringLiteral("Incidents rose to 25.8 lakh in 2025"),
                                        QStringLiteral("Ransomware is hitting hospitals"), QStringLiteral("Attacks rose to 5,629"),
                                        QStringLiteral("the bill would return")}));
    }

    // Forms of the fifteenth held-out set: a plural noun that is a verb's
    // or a preposition's object ("triaging federal reports") is no cue;
    // the phrase before "approved by …" or "Data from …" is the speaker,
    // not the agent or the source inside it; "that" before a name opens a
    // clause; a report shows a clause without "that"; a headline's "MPs
    // told" names no one who told them.
    void objectsAgentsAndClauses()
    {
        const QString text = QStringLiteral(
            "The agency had 41 analysts triaging federal reports in March. Auditors reviewed IG reports, and interviewed officials. "
            "The Cybersecurity Strategy approved by the Cabinet in September 2021 calls for resilience. "
            "Data from the I4C's National Cybercrime Reporting Portal shows that complaints rose. "
            "The report notes that New Zealand has publicly linked the campaign to China. "
            "The report shows the NCSC received 11,214 incident reports.\n\n"
            "Fraud losses hit record $744M, MPs told\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(speakersAndCues(text, x),
                 (QStringList{QStringLiteral("The Cybersecurity Strategy approved by the Cabinet in September 2021|calls for"),
                              QStringLiteral("Data from the I4C's National Cybercrime Reporting Portal|shows"), QStringLiteral("The report|notes"),
                              QStringLiteral("New Zealand|linked"), QStringLiteral("The report|shows")}));
    }

    // An inquiry speaks with what it covered and who made it: the whole
    // subject up to the cue, not the last noun before it; with a clause of
    // its own ("that was released"), up to the clause's end.
    void inquiriesAsSpeakers()
    {
        const QString text = QStringLiteral(
            "GAO's review of 240 incident records at six selected agencies found that 38 percent were late. "
            "A forensic investigation by the contractor and an outside security company found that data was copied. "
            "A health ministry survey of 1,400 hospitals published in March found that most had no backups. "
            "The report of the committee that was released on Monday said the agency failed.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(speakersAndCues(text, x),
                 (QStringList{QStringLiteral("GAO's review of 240 incident records at six selected agencies|found"),
                              QStringLiteral("A forensic investigation by the contractor and an outside security company|found"),
                              QStringLiteral("A health ministry survey of 1,400 hospitals published in March|found"),
                              QStringLiteral("The report of the committee that was released|said")}));
        // Inside what someone said, from the clause's start.
        const QString nested = QStringLiteral("Its director-general, Yusuf Adamu, said the agency's 2025 audit of government websites "
                                              "found that 318 sites had flaws.\n");
        QCOMPARE(speakersAndCues(nested, m_engine.extract(nested)),
                 (QStringList{QStringLiteral("Its director-general, Yusuf Adamu|said"),
                              QStringLiteral("the agency's 2025 audit of government websites|found")}));
    }

    // Speakers of the sixteenth held-out set: an apposition after a
    // compound title or a role's head ("…, head of the … Centre … in the
    // Office of …, told"), a pronoun after a date, orders and updates that
    // speak; a participle after its noun is no cue ("Leaks disclosed by …");
    // nor is what an anonymous source knows of its speaker.
    void appositionsDatesAndParticiples()
    {
        const QString text = QStringLiteral(
            "Appearing before the committee on Tuesday, the department's acting director-general, Themba Nkosi, said attackers got in. "
            "Representing the adviser, Commodore Musa Ibrahim (rtd), head of the National Cybersecurity Coordination Centre (NCCC) in "
            "the Office of the National Security Adviser (ONSA), told senators that the team was busy. "
            "In September 2025 it told the OPC that the true figure was 2.6 million. "
            "Data was sold on a criminal forum, the order says. The update calls for hiring cyber workers. "
            "Leaks disclosed by the Central Bank of Brazil have now exposed data on 8.4 million keys. "
            "A person with knowledge of the investigation, who asked not to be identified, said the seller wanted more.\n");
        QCOMPARE(speakersAndCues(text, m_engine.extract(text)),
                 (QStringList{QStringLiteral("the department's acting director-general, Themba Nkosi|said"),
                              QStringLiteral("Commodore Musa Ibrahim (rtd), head of the National Cybersecurity Coordination Centre (NCCC) in the "
                                             "Office of the National Security Adviser (ONSA)|told"),
                              QStringLiteral("it|told"), QStringLiteral("the order|says"), QStringLiteral("The update|calls for")}));
    }

    // Dismissing is a statement only as a judgement ("dismissed the
    // accusations as …"), a court's act otherwise; its ruling that … is one.
    void dismissingAndRuling()
    {
        const QString text = QStringLiteral(
            "The Russian Embassy in Berlin dismissed the accusations as \"another Russophobic campaign\". The Helsinki District Court "
            "dismissed the case against its officers in October 2025, ruling that Finland lacked jurisdiction. The ruling party met. "
            "The judge ruled out a delay.\n");
        QCOMPARE(speakersAndCues(text, m_engine.extract(text)),
                 (QStringList{QStringLiteral("The Russian Embassy in Berlin|dismissed"), QStringLiteral("The Helsinki District Court|ruling")}));
    }

    // Headlines with their source first, a body's role or document ("NSB
    // report: …", "BSI chief: …", "Police: …"), or last as a title with
    // its acronym ("…: deputy PM") or after a comma ("…, labour department
    // admits to MPs"); not a label or a heading that asks.
    void headlineSources()
    {
        const QStringList lines = {QStringLiteral("NSB report: Chinese cyberattacks on government networks averaged 2.81 million a day"),
                                   QStringLiteral("Police: Ship dragged anchor for 90 kilometres before the cable broke"),
                                   QStringLiteral("BSI chief: Germany's cyber threat level is higher than ever"),
                                   QStringLiteral("Cyber incidents in Poland up 62% as Russia targets water systems: deputy PM"),
                                   QStringLiteral("Analysis: The attack shows how exposed the grid is"),
                                   QStringLiteral("Threat report: What you need to know about ransomware"),
                                   QStringLiteral("Hackers stole records of 1.4 million claimants, labour department admits to MPs")};
        QStringList speakers;
        QStringList contents;
        for (const QString &line : lines) {
            const QString text = line + QStringLiteral("\n\nThe number of incidents rose again last year.\n");
            const Extraction x = m_engine.extract(text);
            for (const QString &found : speakersAndCues(text, x))
                speakers.append(found);
            contents += contentsOf(text, x);
        }
        QCOMPARE(speakers, (QStringList{QStringLiteral("NSB report|:"), QStringLiteral("Police|:"), QStringLiteral("BSI chief|:"),
                                        QStringLiteral("deputy PM|:"), QStringLiteral("labour department|admits")}));
        // (The MPs told are not what was admitted.)
        QCOMPARE(contents.constLast(), QStringLiteral("Hackers stole records of 1.4 million claimants"));
    }

    // Telling in the present: "Our partners tell us that …", "Police tell
    // me …" inside a quotation (what they tell ends with it); not "could
    // tell me", an order, telling stories or the general "you". A cue after a title's "for"
    // still has its speaker (only the title's part after "for", so far: the
    // whole title is the guide's span).
    void presentTelling()
    {
        const QString text = QStringLiteral(
            "Our partners at CISA tell us that the data is useful. “Police tell me fraud is growing,” she said. "
            "Nobody could tell me when it would end. Tell us what you think. Analysts tell stories about it. "
            "Guidelines tell you what to build. "
            "“It is serious,” Minister Responsible for the GCSB Graham Tapsell says.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(speakersAndCues(text, x),
                 (QStringList{QStringLiteral("Our partners at CISA|tell"), QStringLiteral("Police|tell"), QStringLiteral("she|said"),
                              QStringLiteral("the GCSB Graham Tapsell|says")}));
        QCOMPARE(contentsOf(text, x).mid(0, 2), (QStringList{QStringLiteral("the data is useful"), QStringLiteral("fraud is growing")}));
    }

    // Forms of the thirteenth held-out set: agencies that link a campaign to
    // someone, a finding closed by where it was published, a report that
    // identifies or discloses, "your predecessor", a source named at length
    // after "according to"; a noun before its verb past an adverb ("DDoS
    // reports roughly halved"), a dash after what a report says, and a
    // caption's licence line are no statements.
    void linksFindingsAndCaptions()
    {
        const QString text = QStringLiteral(
            "Server room - Credit: Depositphotos/ImageFlow - License: Depositphotos\n\n"
            "The agencies linked the campaign to three Chinese technology companies. Accounts linked to the group were closed. "
            "Public bodies are far from resilient, the National Audit Office (NAO) finds in a report published today. "
            "It identifies China, Russia, Iran and North Korea as the main threats. It also discloses that CSE carried out 29 operations. "
            "General, your predecessor told this subcommittee in 2024 that money was short. DDoS reports roughly halved, however. "
            "Breaches rose, according to data released Thursday by the Ministry of Science and ICT and the Korea Internet & Security Agency (KISA). "
            "The report, tabled in Parliament on Tuesday, says the Canadian Centre for Cyber Security – the agency's cyber defence arm – "
            "responded to 2,561 incidents.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(speakersAndCues(text, x),
                 (QStringList{QStringLiteral("The agencies|linked"), QStringLiteral("the National Audit Office (NAO)|finds"),
                              QStringLiteral("It|identifies"), QStringLiteral("It|discloses"), QStringLiteral("your predecessor|told"),
                              QStringLiteral("data released Thursday by the Ministry of Science and ICT and the Korea Internet & Security Agency "
                                             "(KISA)|according to"),
                              QStringLiteral("The report|says")}));
        QCOMPARE(x.attributions.at(1).content.text(text), QStringLiteral("Public bodies are far from resilient"));
    }

    // Speakers the eighth held-out set showed: a person described after
    // "said X, who …", data with a determiner, a survey titled with its year;
    // and none for a plural noun ("More reports") or a law written.
    void describedSpeakersAndDatasets()
    {
        const QString text = QStringLiteral(
            "“We act,” said Mrs Lim, who is also Minister-in-charge of Cybersecurity. Premiums rose 15% at January renewals, the broker said. "
            "The figures reached 18,240 last year, the data show. The Cyber Security Breaches Survey 2026 finds 41% of businesses were hit. "
            "More reports is not bad news. “We wrote one law,” said the MEP. BSI President Katrin Vollmer conceded that few firms had registered.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(speakersAndCues(text, x), (QStringList{QStringLiteral("Mrs Lim|said"), QStringLiteral("the broker|said"), QStringLiteral("the data|show"),
                                     QStringLiteral("The Cyber Security Breaches Survey 2026|finds"), QStringLiteral("the MEP|said"),
                                     QStringLiteral("BSI President Katrin Vollmer|conceded")}));
    }

    // Capitals and a colon open a transcript's turn only in a transcript:
    // a newsletter's crossheads are no speakers; a heading's word is no source.
    void crossheadsAreNoSpeakers()
    {
        const QString newsletter = QStringLiteral(
            "ENISA SQUEEZE: The agency's budget stays flat, Commission spokesperson Sanna Lehtovaara said.\n\n"
            "WHAT'S NEXT: Ministers meet on Friday.\n\n"
            "National Cyber Threat Assessment 2027–2028: Summary\n");
        const Extraction x = m_engine.extract(newsletter);
        QStringList found;
        for (const Attribution &a : x.attributions)
            found.append(a.speaker.text(newsletter));
        QCOMPARE(found, (QStringList{QStringLiteral("Commission spokesperson Sanna Lehtovaara")}));
        const QString transcript = QStringLiteral("SENATOR HALE: How many incidents were reported this year?\n\n"
                                                  "MS PARK: We received 118 reports, up from 41 in the previous year.\n");
        QCOMPARE(m_engine.extract(transcript).attributions.size(), 2);
    }

    // "according to" names its source whole, post-modifiers and all.
    void accordingToTakesTheWholeSource()
    {
        const QString text = QStringLiteral("According to a staffing plan released by the Cabinet Secretariat, the office will grow. "
                                            "Breaches rose, according to data tabled by MeitY in the Lok Sabha last week. "
                                            "According to the FBI, it notified thousands of firms.\n");
        const Extraction x = m_engine.extract(text);
        QStringList speakers;
        for (const Attribution &a : x.attributions) {
            if (a.cue.text(text).startsWith(QLatin1String("ccording"), Qt::CaseInsensitive) || a.cue.text(text).contains(QLatin1String("ccording")))
                speakers.append(a.speaker.text(text));
        }
        QCOMPARE(speakers, (QStringList{QStringLiteral("a staffing plan released by the Cabinet Secretariat"),
                                        QStringLiteral("data tabled by MeitY in the Lok Sabha last week"), QStringLiteral("the FBI")}));
    }

    void acronymsDefinedInTheTextBecomeBodies()
    {
        const QString text = QStringLiteral("The Cyber Resilience Directorate (CRDX) was founded. CRDX staff grew.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(spans(text, x.bodies), (QStringList{QStringLiteral("Cyber Resilience Directorate"), QStringLiteral("CRDX"), QStringLiteral("CRDX")}));
        // Head nouns in a row, short names written as words, not places.
        const QString more = QStringLiteral("The Maharashtra Public Service Commission (MPSC) and the Finnish Security and Intelligence "
                                            "Service (Supo) met the Cyber Resilience Directorate (Finland). MPSC, Supo and Finland agreed.\n");
        QCOMPARE(spans(more, m_engine.extract(more).bodies),
                 (QStringList{QStringLiteral("Maharashtra Public Service Commission"), QStringLiteral("MPSC"),
                              QStringLiteral("Finnish Security and Intelligence Service"), QStringLiteral("Supo"),
                              QStringLiteral("Cyber Resilience Directorate"), QStringLiteral("MPSC"), QStringLiteral("Supo")}));
    }

    // A defined acronym means what its long name means, whatever else the
    // gazetteer knows it as; a body described in lower case is the named
    // country's.
    void acronymsMeanTheirLongName()
    {
        const QString text = QStringLiteral("The FBI, CISA and the NSA joined the National Cyber Security Centre (NCSC). The NCSC said so. "
                                            "The National Privacy Commission (NPC) and the Commission on Audit (COA) told the Senate that "
                                            "the NPC and COA would act; Ukraine's military intelligence agency (HUR) agreed.\n");
        QHash<QString, QString> canonical;
        for (const BodyMention &b : m_engine.extract(text).bodies)
            canonical.insert(b.span.text(text), b.canonical);
        QCOMPARE(canonical.value(QStringLiteral("NCSC")), QStringLiteral("National Cyber Security Centre"));
        QCOMPARE(canonical.value(QStringLiteral("NPC")), QStringLiteral("National Privacy Commission"));
        QCOMPARE(canonical.value(QStringLiteral("COA")), QStringLiteral("Commission on Audit"));
        QCOMPARE(canonical.value(QStringLiteral("military intelligence agency"), QStringLiteral("absent")), QString());
        QCOMPARE(canonical.value(QStringLiteral("HUR")), QStringLiteral("Defence Intelligence of Ukraine"));
        // In brackets with its name in its own script.
        const QString script = QStringLiteral("Japan's National Cybersecurity Office (NCO, 国家サイバー統括室) opened. The NCO said so.\n");
        QCOMPARE(spans(script, m_engine.extract(script).bodies),
                 (QStringList{QStringLiteral("National Cybersecurity Office"), QStringLiteral("NCO"), QStringLiteral("国家サイバー統括室"), QStringLiteral("NCO")}));
    }

    // Parts and committees of bodies described after their names; a chamber
    // by its short name, but not in a measure's number.
    void partsAndCommitteesDescribed()
    {
        const QString text = QStringLiteral("GCHQ's cyber arm, the BKA's cybercrime division and Russia's military intelligence, the GRU, "
                                            "met the EU's diplomatic service, the Horizontal Working Party on Cyber Issues, the Commons "
                                            "science, innovation and technology committee and the Bundestag's interior committee before the "
                                            "bill went to the Lords. Microsoft's cybersecurity unit and Senate Resolution No. 1193 did not.\n");
        QCOMPARE(spans(text, m_engine.extract(text).bodies),
                 (QStringList{QStringLiteral("GCHQ"), QStringLiteral("cyber arm"), QStringLiteral("BKA"), QStringLiteral("cybercrime division"),
                              QStringLiteral("military intelligence"), QStringLiteral("GRU"), QStringLiteral("EU"),
                              QStringLiteral("diplomatic service"), QStringLiteral("Horizontal Working Party on Cyber Issues"),
                              QStringLiteral("Commons science, innovation and technology committee"), QStringLiteral("Bundestag"),
                              QStringLiteral("interior committee"), QStringLiteral("Lords")}));
    }

    // A short name given in apposition is an alias like one in brackets;
    // names in a list are not aliases of each other.
    void shortNamesInApposition()
    {
        const QString text = QStringLiteral("Paris plans to grow its cyber command, ComCyber, to 5,500 personnel. The Cyber Resilience "
                                            "Directorate, or CRDX, said so. ComCyber and CRDX agreed, as did the FBI, TRNX, CISA and the "
                                            "Ministry of Defence, BAE, and Thales.\n");
        QCOMPARE(spans(text, m_engine.extract(text).bodies),
                 (QStringList{QStringLiteral("cyber command"), QStringLiteral("ComCyber"), QStringLiteral("Cyber Resilience Directorate"),
                              QStringLiteral("CRDX"), QStringLiteral("ComCyber"), QStringLiteral("CRDX"), QStringLiteral("FBI"),
                              QStringLiteral("CISA"), QStringLiteral("Ministry of Defence")}));
        // A name the body is known by, with or without "the".
        const QString known = QStringLiteral("The Directorate for Priority Crime Investigation (DPCI), known as the Hawks, opened a "
                                             "case. Hawks spokesperson Zinzi Mabaso said so.\n");
        QCOMPARE(spans(known, m_engine.extract(known).bodies),
                 (QStringList{QStringLiteral("Directorate for Priority Crime Investigation"), QStringLiteral("DPCI"), QStringLiteral("Hawks"),
                              QStringLiteral("Hawks")}));
    }

    // A body named in its own language, with the function words in lower
    // case; not the news agency Agence France-Presse.
    void namesInTheBodysOwnLanguage()
    {
        const QString text = QStringLiteral("Quebec’s Ministère de la Cybersécurité et du Numérique objected, the Polizia di Stato "
                                            "and the Gendarmerie nationale agreed, and the Agencia Española de Protección de Datos "
                                            "told Agence France-Presse it would act.\n");
        QCOMPARE(spans(text, m_engine.extract(text).bodies),
                 (QStringList{QStringLiteral("Ministère de la Cybersécurité et du Numérique"), QStringLiteral("Polizia di Stato"),
                              QStringLiteral("Gendarmerie nationale"), QStringLiteral("Agencia Española de Protección de Datos")}));
    }

    // A name's "of/for/on" part is no day or month ("the Riigikogu's
    // National Defence Committee on Monday"); a plural's possessive owns a
    // part ("the Self-Defense Forces' cyber defense unit"), and a country its
    // central bank.
    void namesEndBeforeTheirDay()
    {
        const QString text = QStringLiteral("RIA will brief the Riigikogu's National Defence Committee on Monday. "
                                            "The budget expands the Self-Defense Forces' cyber defense unit. "
                                            "Singapore's central bank has said banks paid out S$3.1 million.\n");
        QCOMPARE(spans(text, m_engine.extract(text).bodies),
                 (QStringList{QStringLiteral("RIA"), QStringLiteral("Riigikogu"), QStringLiteral("National Defence Committee"),
                              QStringLiteral("Self-Defense Forces"), QStringLiteral("cyber defense unit"), QStringLiteral("central bank")}));
    }

    // Bodies of the fourteenth held-out set: an agency described after a
    // headline's cue, a city's prosecution office, HSI, a country's services
    // written alone; an acronym that names a law ("the NIS Regulations",
    // "the CISA Act"), India's Congress party and a head noun referring
    // back ("the Ministry") are no bodies.
    void prosecutorsLawsAndParties()
    {
        const QString text = QStringLiteral("Ransomware attacks in France up by a third, says cyber agency\n\n"
                                            "The Paris prosecutor's office opened 5 cases. The prosecutor's office declined to comment. "
                                            "Homeland Security Investigations (HSI) helped. "
                                            "Providers sit outside the NIS Regulations and the CISA Act, CISA said. "
                                            "Congress MP Rajesh Menon asked about it, and Congress passed the bill. "
                                            "The Navy and the Army have closed most of their gaps, the Ministry said.\n");
        QCOMPARE(spans(text, m_engine.extract(text).bodies),
                 (QStringList{QStringLiteral("cyber agency"), QStringLiteral("Paris prosecutor's office"),
                              QStringLiteral("Homeland Security Investigations"), QStringLiteral("HSI"), QStringLiteral("CISA"),
                              QStringLiteral("Congress"), QStringLiteral("Navy"), QStringLiteral("Army")}));
    }

    // Forms of the fifteenth held-out set: an agency described at a
    // headline's start; central banks and statistics offices; a known name
    // after a sentence's "The"; an acronym and the unit named after it as
    // one name; a report's number, a force structure and a venue are no
    // bodies.
    void centralBanksUnitsAndReportNumbers()
    {
        const QString text = QStringLiteral(
            "Spy agency tells lawmakers crypto theft hit a record\n\nEU cyber agency says ransomware damage hit record\n\n"
            "According to Statistics Canada, fraud rose. The Bangko Sentral ng Pilipinas (BSP) and the Central Bank of the UAE agreed. "
            "The Council of the Inspectors General on Integrity and Efficiency revised the metrics. "
            "The FBI Boston Field Office and the NBI Cybercrime Division investigated. "
            "The report, GAO-27-106812, adds 14 Cyber Mission Force teams; the summit met at Dubai World Trade Centre.\n");
        QCOMPARE(spans(text, m_engine.extract(text).bodies),
                 (QStringList{QStringLiteral("Spy agency"), QStringLiteral("EU"), QStringLiteral("cyber agency"),
                              QStringLiteral("Statistics Canada"), QStringLiteral("Bangko Sentral ng Pilipinas"), QStringLiteral("BSP"),
                              QStringLiteral("Central Bank of the UAE"),
                              QStringLiteral("Council of the Inspectors General on Integrity and Efficiency"),
                              QStringLiteral("FBI Boston Field Office"), QStringLiteral("NBI Cybercrime Division")}));
    }

    // A hearing record's or a letterhead's lines in capitals name bodies; a
    // headline in capitals that ends in one does not. A building is no body.
    void bodiesOnLinesInCapitals()
    {
        const QString text = QStringLiteral("    SUBCOMMITTEE ON CYBERSECURITY AND INFRASTRUCTURE PROTECTION\n"
                                            "  U.S. DEPARTMENT OF HOMELAND SECURITY\n\n"
                                            "HACKERS HIT DEFENCE AGENCY\n\n"
                                            "The subcommittee met in room 310, Cannon House Office Building.\n\n"
                                            "STATEMENT OF GENERAL THOMAS R. KESSLER, COMMANDER, UNITED STATES CYBER COMMAND; DIRECTOR, "
                                            "NATIONAL SECURITY AGENCY; AND CHIEF, CENTRAL SECURITY SERVICE\n\n"
                                            "General Kessler: Thank you for the chance to testify on our posture today.\n\n"
                                            "SENATE\n\nLEGAL AND CONSTITUTIONAL AFFAIRS LEGISLATION COMMITTEE\n\n"
                                            "HACKERS BRIEF SENATE\n\n"
                                            "CERT.LV: attacks on state websites fourfold in two years\n\n"
                                            "CHAIR: Senator Whitford, you have the call.\n");
        QCOMPARE(spans(text, m_engine.extract(text).bodies),
                 (QStringList{QStringLiteral("SUBCOMMITTEE ON CYBERSECURITY AND INFRASTRUCTURE PROTECTION"),
                              QStringLiteral("U.S. DEPARTMENT OF HOMELAND SECURITY"), QStringLiteral("UNITED STATES CYBER COMMAND"),
                              QStringLiteral("NATIONAL SECURITY AGENCY"), QStringLiteral("CENTRAL SECURITY SERVICE"),
                              QStringLiteral("SENATE"), QStringLiteral("LEGAL AND CONSTITUTIONAL AFFAIRS LEGISLATION COMMITTEE"),
                              QStringLiteral("CERT.LV")}));
    }

    // The definition finds most gazetteer names by their first word, after
    // its other rules; the extractor completes them. What it finds must be
    // what a definition that tried every whole name first found: the name
    // where another rule's match opens with it, and after a name, what
    // that longer match had covered (in a quotation, too).
    void namesFoundByTheirFirstWordAreWhole()
    {
        const QString text = QStringLiteral(
            "The ministry will work with the Italian Postal Police on the Olympic Games. It was backed by Eurojust, the "
            "European Union Agency for Criminal Justice Cooperation. Eurojust also helped, as did the Ministry of Silly Walks, "
            "an SEC official and the ASEAN-Singapore Cybersecurity Centre of Excellence. \u201CThe Office for Safeguarding "
            "National Security. Eurojust\u201D said Kato, adding: NIS 13.5 billion.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(spans(text, x.bodies),
                 (QStringList{QStringLiteral("Italian Postal Police"), QStringLiteral("Eurojust"),
                              QStringLiteral("European Union Agency for Criminal Justice Cooperation"), QStringLiteral("Eurojust"),
                              QStringLiteral("Ministry of Silly Walks"), QStringLiteral("SEC"), QStringLiteral("ASEAN"),
                              QStringLiteral("Cybersecurity Centre of Excellence"), QStringLiteral("Office for Safeguarding National Security"),
                              QStringLiteral("Eurojust")}));
        QCOMPARE(x.bodies.at(3).canonical, QStringLiteral("European Union Agency for Criminal Justice Cooperation"));
        QCOMPARE(x.attributions.size(), 1);
        QCOMPARE(x.attributions.first().content.text(text), QStringLiteral("The Office for Safeguarding National Security. Eurojust"));
        QCOMPARE(x.statistics.size(), 1);
        QCOMPARE(x.statistics.first().currency, QStringLiteral("ILS"));
    }

    // Israel's currency written before the figure is money, not Korea's
    // intelligence service; "the NIS 2 directive" is neither.
    void shekelsWrittenNIS()
    {
        const QString text = QStringLiteral("Damage reached NIS 13.5 billion, or ₪13.5 billion, said Korea's NIS. The NIS 2 directive applies.\n");
        const Extraction x = m_engine.extract(text);
        QCOMPARE(spans(text, x.bodies), (QStringList{QStringLiteral("NIS")}));
        QCOMPARE(x.statistics.size(), 2);
        QCOMPARE(x.statistics.at(0).span.text(text), QStringLiteral("NIS 13.5 billion"));
        QCOMPARE(x.statistics.at(0).currency, QStringLiteral("ILS"));
        QCOMPARE(x.statistics.at(1).currency, QStringLiteral("ILS"));
        QCOMPARE(x.statistics.at(1).value, 13.5e9);
    }

    // No body in a legal act's number or an identifier; a police force
    // named in full after "The"; a command described.
    void bodiesInCitationsAndIdentifiers()
    {
        const QString text = QStringLiteral("The Singapore Police Force (SPF) said so. The Cyber Solidarity Act (Regulation (EU) 2025/38) took effect "
                                            "under call DIGITAL-ECCC-2026-DEPLOY-CYBER-08. The ministry said its cyber defence command had acted.\n");
        QCOMPARE(spans(text, m_engine.extract(text).bodies),
                 (QStringList{QStringLiteral("Singapore Police Force"), QStringLiteral("SPF"), QStringLiteral("cyber defence command")}));
    }

    // A regulator described by its field; a name pattern stops at a
    // sentence's end, and a title is no body.
    void regulatorsAndTitles()
    {
        const QString text = QStringLiteral("The PPC, Japan's privacy watchdog, will inspect it. He filed a report under the IT Act. "
                                            "Superintendent of Police Sanjay Patil and Deputy Commissioner of Police Priya Sharma said so.\n");
        QCOMPARE(spans(text, m_engine.extract(text).bodies), (QStringList{QStringLiteral("PPC"), QStringLiteral("privacy watchdog")}));
        const QString described = QStringLiteral("- Chinese embassy calls accusations groundless\n"
                                                 "China accuses US spy agency of hacking; the US embassy in Beijing and the data protection "
                                                 "regulator declined to comment, as did an official at the armed forces ministry, the digital affairs ministry and the "
                                                 "Centers for Medicare & Medicaid Services. See NCSC.GOV.UK for details.\n");
        QCOMPARE(spans(described, m_engine.extract(described).bodies),
                 (QStringList{QStringLiteral("Chinese embassy"), QStringLiteral("US spy agency"), QStringLiteral("US embassy in Beijing"), QStringLiteral("data protection regulator"),
                              QStringLiteral("armed forces ministry"), QStringLiteral("digital affairs ministry"),
                              QStringLiteral("Centers for Medicare & Medicaid Services")}));
        const QString more = QStringLiteral("Home Affairs Minister Daniel Moretti, the Bundeswehr's cyber command, the European Union's law "
                                            "enforcement agency, the federal privacy regulator and the Bundestag's Parliamentary Oversight Panel met.\n");
        QCOMPARE(spans(more, m_engine.extract(more).bodies),
                 (QStringList{QStringLiteral("Bundeswehr"), QStringLiteral("cyber command"), QStringLiteral("European Union"),
                              QStringLiteral("law enforcement agency"), QStringLiteral("federal privacy regulator"),
                              QStringLiteral("Bundestag"), QStringLiteral("Parliamentary Oversight Panel")}));
        const QString named = QStringLiteral("The Chinese Embassy in Manila, the Seoul Central District Prosecutors' Office and the presidential "
                                             "office replied before Parliament met; the Ministry did not.\n");
        QCOMPARE(spans(named, m_engine.extract(named).bodies),
                 (QStringList{QStringLiteral("Chinese Embassy in Manila"), QStringLiteral("Seoul Central District Prosecutors' Office"),
                              QStringLiteral("presidential office"), QStringLiteral("Parliament")}));
        const QString forum = QStringLiteral("He said the U.S. Embassy had helped, and talks at the ASEAN Regional Forum (ARF) went on. "
                                             "The Government of Japan condemns it; the Japanese government agreed.\n");
        QCOMPARE(spans(forum, m_engine.extract(forum).bodies),
                 (QStringList{QStringLiteral("U.S. Embassy"), QStringLiteral("ASEAN Regional Forum"), QStringLiteral("ARF"),
                              QStringLiteral("Government of Japan")}));
    }


    void aSharedNameFollowsTheJurisdictionNamedFirstOnATie_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        // One unambiguous body of each jurisdiction, then a name both share.
        QTest::newRow("US first") << QStringLiteral("The Federal Bureau of Investigation met Europol. The cybersecurity agency said so.\n")
                                  << QStringLiteral("Cybersecurity and Infrastructure Security Agency");
        QTest::newRow("EU first") << QStringLiteral("Europol met the Federal Bureau of Investigation. The cybersecurity agency said so.\n")
                                  << QStringLiteral("European Union Agency for Cybersecurity");
    }

    void aSharedNameFollowsTheJurisdictionNamedFirstOnATie()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const Extraction x = m_engine.extract(text);
        QCOMPARE(spans(text, x.bodies).value(2), QStringLiteral("cybersecurity agency"));
        QCOMPARE(x.bodies.at(2).canonical, canonical);
    }

    // A body's name is no person, even where the gazetteer does not know
    // it as written: "he" is not "Security Ministry", and "It" is
    // "China's Ministry of State Security", shown by the body's name.
    void bodiesAreNoPersonsToResolveTo()
    {
        const QString text = QStringLiteral(
            "Security Ministry says data was leaked. A user offered what he said were the records. "
            "China\u2019s Ministry of State Security said the hackers were foreign. It added that they had fled. "
            "Ministry of Foreign Affairs spokesman Chen Haoran said the claim was groundless. "
            "The Office of the Government Chief Information Officer, OGCIO, told the committee it had checked.\n");
        const QStringList names = speakerNamesOf(m_engine.extract(text));
        QCOMPARE(names, (QStringList{QStringLiteral("Security Ministry"), QStringLiteral("he"),
                                     QStringLiteral("Ministry of State Security"), QStringLiteral("Ministry of State Security"),
                                     QStringLiteral("Chen Haoran"), QStringLiteral("The Office of the Government Chief Information Officer")}));
    }

    void attributionsResolveSpeakers()
    {
        const QString text = corpusText("001_08a5a90dfd274b14.txt");
        const Extraction x = m_engine.extract(text);
        QStringList speakers;
        for (const Attribution &a : x.attributions)
            speakers.append(a.speaker.text(text));
        QVERIFY(speakers.contains(QStringLiteral("Chief Cabinet Secretary Osamu Fujimura")));
        QVERIFY(speakers.contains(QStringLiteral("he")));
        for (const Attribution &a : x.attributions) {
            if (a.speaker.text(text) == QLatin1String("he") && a.content.text(text).startsWith(QLatin1String("The Foreign Ministry has been")))
                QCOMPARE(a.speakerName, QStringLiteral("Osamu Fujimura"));
            if (a.speaker.text(text) == QLatin1String("Fujimura") && a.cue.text(text) == QLatin1String(":"))
                QCOMPARE(a.content.text(text), QStringLiteral("Computers infected but no classified info lost"));
        }
    }

    void nothingIsFoundInPageFurniture()
    {
        const QString text = corpusText("001_08a5a90dfd274b14.txt");
        const Extraction x = m_engine.extract(text);
        const int footer = int(text.indexOf(QLatin1String("Article 1 of 14")));
        QVERIFY(footer > 0);
        for (const Statistic &s : x.statistics)
            QVERIFY2(s.span.start < footer, qPrintable(s.span.text(text)));
    }

    void furnitureLinesAreLeftOutWithoutChangingOtherLines_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"000_e746913f36980e5d.txt", "001_08a5a90dfd274b14.txt", "002_483a66b78542bc42.txt",
                                 "003_3bf0c5847a31bf84.txt", "004_39fa5e2b2d375fce.txt"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    // The extractor does not run the definition over page furniture. That
    // is only sound while no context of the definition outlives its line.
    void furnitureLinesAreLeftOutWithoutChangingOtherLines()
    {
        QFETCH(QString, name);
        const QString text = corpusText(qPrintable(name));
        QVERIFY(!text.isEmpty());
        const QList<TextSpan> furniture = Furniture::detect(text);
        QVERIFY(!furniture.isEmpty());
        Tokenizer tokenizer(m_engine.definition());
        QList<Token> expected;
        for (const Token &t : tokenizer.tokenize(text)) {
            if (!Furniture::contains(furniture, t.span))
                expected.append(t);
        }
        const QList<Token> skipped = tokenizer.tokenize(text, furniture);
        QCOMPARE(skipped.size(), expected.size());
        for (int i = 0; i < skipped.size(); ++i) {
            QCOMPARE(skipped.at(i).span.start, expected.at(i).span.start);
            QCOMPARE(skipped.at(i).span.end, expected.at(i).span.end);
            QCOMPARE(skipped.at(i).kind, expected.at(i).kind);
        }
    }

    void badInputStaysBounded_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank lines") << QStringLiteral("\n\n\r\n   \n");
        QTest::newRow("nested quotes") << QStringLiteral("He said \u201c").repeated(2000) + QStringLiteral("x") + QStringLiteral("\u201d").repeated(2000);
        QTest::newRow("unbalanced quotes") << QStringLiteral("\"").repeated(3001) + QStringLiteral(" Fujimura said \u201cnever closed.");
        QTest::newRow("mixed scripts") << QStringLiteral("\u8B66\u5BDF\u5E81 (National Police Agency) \u306F 3\u4EF6 said Kato, \u5185\u95A3\u5B98\u623F\u9577\u5B98.");
        QTest::newRow("one long line") << QStringLiteral("The NISC said 5,000 attacks hit 19 websites, up from 1,000. ").repeated(20000);
        QTest::newRow("digits") << QStringLiteral("0123456789").repeated(100000);
        QTest::newRow("surrogates") << QStringLiteral("\U0001F600 said Kato \U0001F600 97% ").repeated(100);
        QTest::newRow("matches that run on over names, in one line")
            << QStringLiteral("the Italian Postal Police on the Olympic Games and the Cyber Security Agency of Singapore on Ops, ").repeated(20000);
        QTest::newRow("a cue at the very end") << QStringLiteral("The group is linked to China. Kishida's position is that");
    }
    void badInputStaysBounded()
    {
        QFETCH(QString, text);
        const Extraction x = m_engine.extract(text);
        for (const BodyMention &b : x.bodies)
            QVERIFY(b.span.isValid() && b.span.end <= text.size());
        for (const Attribution &a : x.attributions)
            QVERIFY(a.speaker.isValid() && a.speaker.end <= text.size());
    }

    void userMarkedBodiesTakeEffectAtOnceAndStay()
    {
        QTemporaryDir dir;
        const QString text = QStringLiteral("Narnia Watch said the budget rose.\n");
        EntityEngine engine(nullptr, dir.path());
        QVERIFY(engine.isValid());
        QVERIFY(engine.extract(text).bodies.isEmpty());
        const int before = engine.definition().version();
        QSignalSpy changed(&engine, &EntityEngine::definitionChanged);
        const Result added = engine.addUserBody(QStringLiteral("Narnia Watch"), QStringLiteral("Narnian Cyber Watch"), QStringLiteral("NA"));
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QCOMPARE(changed.size(), 1);
        QVERIFY(engine.definition().version() > before);
        const Extraction x = engine.extract(text);
        QCOMPARE(x.bodies.size(), 1);
        QCOMPARE(x.bodies.first().canonical, QStringLiteral("Narnian Cyber Watch"));
        // A new engine (a restart) reads the user's definition.
        EntityEngine restarted(nullptr, dir.path());
        QCOMPARE(restarted.extract(text).bodies.size(), 1);
        QCOMPARE(restarted.userBodies().size(), 1);
        QVERIFY(!engine.addUserBody(QStringLiteral("   ")).ok());
    }

private:
    EntityEngine m_engine{nullptr, QString()};
};

QTEST_GUILESS_MAIN(TestEntityEngine)
#include "tst_entityengine.moc"
