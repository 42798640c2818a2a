#include "corpus/furniture.h"

#include <QFile>
#include <QTest>

using namespace Dossier;

namespace {
QString seed(const QString &name)
{
    QFile f(QStringLiteral(DOSSIER_SOURCE_DIR "/corpus/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool flagged(const QString &text, const QList<TextSpan> &furniture, const QString &needle)
{
    const int at = int(text.indexOf(needle));
    return at >= 0 && Furniture::contains(furniture, {at, at + int(needle.size())});
}

// What detection gets wrong: the first of `furniture` it leaves in the
// article or of `article` it takes out; empty when it gets all of them right.
QString misread(const QString &text, const QStringList &furniture, const QStringList &article)
{
    const QList<TextSpan> found = Furniture::detect(text);
    for (const QString &f : furniture) {
        if (!flagged(text, found, f))
            return QStringLiteral("not flagged: ") + f;
    }
    for (const QString &a : article) {
        if (flagged(text, found, a))
            return QStringLiteral("flagged but article: ") + a;
    }
    return {};
}
} // namespace

class TestFurniture : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seeds_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("furniture");
        QTest::addColumn<QStringList>("article");
        QTest::newRow("transcript") << QStringLiteral("000_e746913f36980e5d.txt")
                                    << QStringList{QStringLiteral("Home\u00A0>\u00A0 News"), QStringLiteral("Page Top"), QStringLiteral("Related Link")}
                                    << QStringList{QStringLiteral("REPORTER: Secretary-General"), QStringLiteral("UN Secretary-General Ban Ki-moon's comments"), QStringLiteral("Government organizations as a whole")};
        QTest::newRow("japan times") << QStringLiteral("001_08a5a90dfd274b14.txt")
                                     << QStringList{QStringLiteral("print button"), QStringLiteral("Article 1 of 14"), QStringLiteral("About us"), QStringLiteral("All rights reserved"), QStringLiteral("We welcome your opinions")}
                                     << QStringList{QStringLiteral("Computers infected but no classified info lost: Fujimura"), QStringLiteral("Masayuki Nakatani")};
        QTest::newRow("tass") << QStringLiteral("002_483a66b78542bc42.txt")
                              << QStringList{QStringLiteral("Currency converter"), QStringLiteral("1 pages in this article"), QStringLiteral("Show more"), QStringLiteral("Partner News")}
                              << QStringList{QStringLiteral("welcomes stance on North Korea - FM"), QStringLiteral("according to Kishida.")};
        QTest::newRow("nikkei") << QStringLiteral("003_3bf0c5847a31bf84.txt")
                                << QStringList{QStringLiteral("print PRINT"), QStringLiteral("G7 Summit")}
                                << QStringList{QStringLiteral("sevenfold increase"), QStringLiteral("(Slightly abridged)")};
        QTest::newRow("japan today") << QStringLiteral("004_39fa5e2b2d375fce.txt")
                                     << QStringList{QStringLiteral("0 Comments"), QStringLiteral("Login to comment"), QStringLiteral("2021 Top Jobs in Japan Week 26"), QStringLiteral("7 Types of Harassment"), QStringLiteral("GPlusMedia")}
                                     << QStringList{QStringLiteral("Japan seeks stronger cybersecurity"), QStringLiteral("it urges securing")};
    }
    void seeds()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, furniture);
        QFETCH(QStringList, article);
        const QString text = seed(file);
        QVERIFY(!text.isEmpty());
        const QString wrong = misread(text, furniture, article);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    // Widgets inside the article: other pages' headlines under a "READ MORE"
    // heading, readers' comments, a photo credit closing a caption.
    void widgetsInsideTheArticle()
    {
        const QString text = QStringLiteral(
            "Ministry reviews its systems after attack\n\n"
            "The ministry said on Tuesday that it would review its systems after the attack on its mail servers.\n\n"
            "READ MORE\n"
            "Defense Ministry seeks ¥120 billion for cyber units\n"
            "NISC to become National Cybersecurity Office in July\n\n"
            "Officials declined to give details of the breach, which began in May and was found in June.\n\n"
            "Officials at the exercise control centre in Tallinn on Tuesday. © NATO\n\n"
            "The ministry will publish its findings in the autumn, the official said on Wednesday.\n\n"
            "Comments (12)\n"
            "mnreader52 · 3 hours ago\n"
            "118,000 people and they want us to trust them with the new utility portal after this?\n");
        const QString wrong = misread(text,
                                      {QStringLiteral("READ MORE"), QStringLiteral("Defense Ministry seeks"), QStringLiteral("NISC to become"),
                                       QStringLiteral("© NATO"), QStringLiteral("Comments (12)"), QStringLiteral("118,000 people")},
                                      {QStringLiteral("Ministry reviews its systems"), QStringLiteral("Officials declined"),
                                       QStringLiteral("control centre in Tallinn"), QStringLiteral("publish its findings")});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    // A photo's credit under the date line, before the story, does not end
    // the article as a copyright line after it does.
    void photoCreditBeforeTheStory()
    {
        const QString text = QStringLiteral(
            "Russia Urges Japan to Back Binding Cyber Rules\n\n"
            "17:42 GMT 24.11.2021 (Updated: 18:15 GMT 24.11.2021)\n\n"
            "© Sputnik / Vitaly Belousov\n\n"
            "The Russian and Japanese delegations met by videoconference, two years after the previous round of talks in Tokyo.\n\n"
            "MOSCOW (Sputnik) - Russia and Japan held consultations on international information security on Wednesday, the "
            "Russian Foreign Ministry said.\n\n"
            "The previous round was held in Tokyo in October 2019, the ministry said.\n\n"
            "© 2021 Sputnik   All rights reserved\n");
        const QString wrong = misread(text, {QStringLiteral("© Sputnik / Vitaly"), QStringLiteral("© 2021 Sputnik")},
                                      {QStringLiteral("MOSCOW (Sputnik)"), QStringLiteral("The previous round")});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    // A list's third item, "(c)", is no copyright line: the statement goes
    // on after it; "(c) 2024 NACSA" after it still ends the article.
    void listItemIsNoCopyright()
    {
        const QString text = QStringLiteral(
            "1.   The National Cyber Security Agency wishes to inform that the Cyber Security Act 2024 comes into force today, "
            "following the gazettement of the notification on 23 August 2024 by the Government.\n\n"
            "2.   Four subsidiary legislation have also been gazetted, namely:\n\n"
            "(a)   Cyber Security (Period for Cyber Security Risk Assessment and Audit) Regulations 2024;\n"
            "(b)   Cyber Security (Notification of Cyber Security Incident) Regulations 2024;\n"
            "(c)   Cyber Security (Licensing of Cyber Security Service Provider) Regulations 2024; and\n"
            "(d)   Cyber Security (Compounding of Offences) Regulations 2024.\n\n"
            "3.   NACSA handled 4,209 cyber incidents in the first half of 2024, up 23 per cent from the year before, it said.\n\n"
            "(c) 2024 NACSA\n\nPrivacy Policy   |   Security Policy   |   Sitemap\n");
        const QString wrong = misread(text, {QStringLiteral("(c) 2024 NACSA"), QStringLiteral("Privacy Policy")},
                                      {QStringLiteral("(c)   Cyber Security"), QStringLiteral("NACSA handled 4,209")});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    // The article's last line may close with the outlet's sign-off; it is
    // the article's, and what follows is footer.
    void signOffClosesTheArticle()
    {
        const QString text = QStringLiteral(
            "MANILA, Philippines – The National Privacy Commission on Friday recommended charges against the poll body's chairman over "
            "the breach of its website.\n\n"
            "The NPC, created under the 2012 law, began operating only weeks before the hack. Its budget for 2017 is P160 million. – Rappler.com\n\n"
            "How does this make you feel?\n\nRelated stories\n\nRelated news: Govt will not pay ransom to data center hackers: minister\n");
        const QString wrong = misread(text, {QStringLiteral("How does this make"), QStringLiteral("Related stories"), QStringLiteral("Related news:")},
                                      {QStringLiteral("The NPC, created"), QStringLiteral("P160 million")});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    // A market quote box beside a story: its heading, prices and moves, not
    // the figures the story gives.
    void marketQuoteBox()
    {
        const QString text = QStringLiteral(
            "Japan Orders Liquid to Explain $97 Million Crypto Hack\n\n"
            "In this article\nBTC\nBitcoin\n47,036.21 USD\n+2.19%\nETH\nEthereum\n3,235.18 USD\n+4.01%\n\n"
            "Honda Motor Co Ltd\n7267.T\n2,843.50 JPY\n-23.00 (-0.80%)\n7267.T   6503.T   6701.T\n\n"
            "Japan's Financial Services Agency ordered the exchange to explain how hackers took about $97 million, up 2.19% on the year.\n");
        const QString wrong = misread(text, {QStringLiteral("In this article"), QStringLiteral("47,036.21 USD"), QStringLiteral("+2.19%"),
                                             QStringLiteral("3,235.18 USD"), QStringLiteral("-23.00 (-0.80%)"), QStringLiteral("6503.T")},
                                      {QStringLiteral("Japan Orders Liquid"), QStringLiteral("Financial Services Agency ordered")});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    // A site's notices, in any case and wherever they stand: cookies,
    // scripts, newsletters, the site's own pages; not prose that uses the
    // same words ("about", "account", "browser").
    void siteNotices()
    {
        const QString text = QStringLiteral(
            "We use COOKIES on this site. By continuing you accept our use of cookies.\n\n"
            "Regulator fines carrier over outage\n\n"
            "The regulator said on Tuesday that the carrier had failed to account for 2,300 customers cut off for about a day, "
            "and that a browser flaw was not to blame for the outage.\n\n"
            "JavaScript is disabled in your browser\n\n"
            "The carrier has 30 days to appeal, the regulator said.\n\n"
            "Sign up for our Newsletter to get the day's security news\n"
            "About Us | Contact us | Work for us\n"
            "All Rights Reserved\n");
        const QString wrong = misread(text,
                                      {QStringLiteral("We use COOKIES"), QStringLiteral("JavaScript is disabled"),
                                       QStringLiteral("Sign up for our Newsletter"), QStringLiteral("About Us | Contact"),
                                       QStringLiteral("All Rights Reserved")},
                                      {QStringLiteral("Regulator fines carrier"), QStringLiteral("failed to account"),
                                       QStringLiteral("30 days to appeal")});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    // A hearing record's heading in capitals names its committee and
    // chamber, however short its lines; the site's menu items above it are
    // navigation.
    void hearingHeadingsAreNotNavigation()
    {
        const QString text = QStringLiteral(
            "Home\nHearings\nNEWS\n\n"
            "Stenographic Transcript\nBefore the\n"
            "SUBCOMMITTEE ON CYBERSECURITY\nCOMMITTEE ON ARMED SERVICES\nUNITED STATES SENATE\n\n"
            "The subcommittee met, pursuant to notice, at 2:30 p.m. in Room SR-222, Senator Hartwell presiding.\n");
        const QString wrong = misread(text, {QStringLiteral("Home"), QStringLiteral("Hearings"), QStringLiteral("NEWS")},
                                      {QStringLiteral("SUBCOMMITTEE ON CYBERSECURITY"), QStringLiteral("UNITED STATES SENATE"),
                                       QStringLiteral("The subcommittee met")});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    // A Hansard's heading names its chamber in one word and the body a
    // session is with in a short line; a menu's short items stay menu.
    void hansardHeadingsAreNotNavigation()
    {
        const QString text = QStringLiteral(
            "Committees\nMedia Centre\nAbout the Agency\n\n"
            "Proof Committee Hansard\n\nSENATE\n\nFOREIGN AFFAIRS, DEFENCE AND TRADE LEGISLATION COMMITTEE\n\nEstimates\n\n"
            "Australian Signals Directorate\n\n"
            "CHAIR: I welcome officers of the directorate and thank them for coming to the hearing this afternoon.\n");
        const QString wrong = misread(text, {QStringLiteral("Committees"), QStringLiteral("Media Centre"), QStringLiteral("About the Agency")},
                                      {QStringLiteral("SENATE"), QStringLiteral("FOREIGN AFFAIRS, DEFENCE AND TRADE LEGISLATION COMMITTEE"),
                                       QStringLiteral("Australian Signals Directorate\n"), QStringLiteral("CHAIR: I welcome")});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    // GovInfo's header over a hearing's record is the site's; a release's
    // issuer under its date is the release's, though the site is named so.
    void govInfoHeaderAndAReleasesIssuer()
    {
        const QString hearing = QStringLiteral(
            "[House Hearing, 118 Congress]\n[From the U.S. Government Publishing Office]\n\n"
            "    The subcommittee met, pursuant to notice, at 10:03 a.m., in room 310, Hon. Grant Ridley presiding.\n");
        QString wrong = misread(hearing, {QStringLiteral("[House Hearing"), QStringLiteral("[From the U.S.")}, {QStringLiteral("The subcommittee met")});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        const QString release = QStringLiteral(
            "JAPAN COAST GUARD\nJapanese | English | Site Map | Search\nHome > Press Releases > 2024\n\nPress Release\n\nJune 14, 2024\n"
            "Japan Coast Guard\n\nThe Japan Coast Guard (JCG) announced today that it has received reports of interference from vessels.\n");
        wrong = misread(release, {QStringLiteral("JAPAN COAST GUARD"), QStringLiteral("Japanese | English")},
                        {QStringLiteral("Japan Coast Guard"), QStringLiteral("The Japan Coast Guard (JCG) announced")});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    // A department's release names its issuer over the office that put it
    // out; a section label over a blank line is the site's.
    void issuerOverItsOffice()
    {
        const QString release = QStringLiteral(
            "HOME   ABOUT   AGENCIES   NEWS   CONTACT\nSHARE   Facebook   Twitter   Email\n\nJUSTICE NEWS\n\n"
            "Department of Justice\nOffice of Public Affairs\n\nFOR IMMEDIATE RELEASE\nMonday, June 7, 2021\n\n"
            "The Department of Justice today announced that it has seized 63.7 bitcoins paid as a ransom by a pipeline company.\n");
        QString wrong = misread(release, {QStringLiteral("HOME   ABOUT"), QStringLiteral("SHARE")},
                                {QStringLiteral("Department of Justice\n"), QStringLiteral("Office of Public Affairs"), QStringLiteral("The Department")});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        const QString section = QStringLiteral(
            "World   UK   Politics   Tech   Business\n\nMinistry of Defence\n\n"
            "The Ministry of Defence said hackers had stolen the bank details of serving personnel from a contractor.\n");
        wrong = misread(section, {QStringLiteral("World   UK"), QStringLiteral("Ministry of Defence\n")}, {QStringLiteral("The Ministry of Defence said")});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    // "Related posts" heads a list of other headlines, though a support box
    // written as prose follows it.
    void relatedPostsBeforeASupportBox()
    {
        const QString text = QStringLiteral(
            "The government said the attack had taken the tax platform offline for three weeks, and that imports had stalled.\n\n"
            "Related posts\n"
            "Conti ransomware attack hits Costa Rica's Finance Ministry\n"
            "Costa Rica's customs system still down after cyberattack\n\n"
            "Support The Tico Times\n"
            "Dear readers, since 1956 we have kept you informed about the country. Please consider supporting our work.\n");
        const QString wrong = misread(text, {QStringLiteral("Related posts"), QStringLiteral("Conti ransomware"), QStringLiteral("Costa Rica's customs")},
                                      {QStringLiteral("The government said")});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    // A breadcrumb slashed from the home page is furniture; a line with a
    // slash in its prose is not.
    void slashedBreadcrumb()
    {
        const QString text = QStringLiteral(
            "Home / Press Releases / Ministry of Homeland Security\n\n"
            "MINISTRY OF HOMELAND SECURITY\n\n"
            "The Ministry of Homeland Security wishes to inform the public that passport services have resumed at its regional offices.\n\n"
            "Home / away matches were cancelled, and the Ministry said that the system would stay offline for a week.\n");
        const QString wrong = misread(text, {QStringLiteral("Home / Press Releases")},
                                      {QStringLiteral("The Ministry of Homeland Security wishes"), QStringLiteral("Home / away matches")});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    // A table set apart by bars is the article's; a menu or a byline bar
    // with a date is not.
    void tableRowsAreTheArticles()
    {
        const QString text = QStringLiteral(
            "Home | Reports | Advisories | About\n"
            "By Léa Fournier   |   12 November 2025   |   9 min read   |   Share\n\n"
            "Reports rose in every state but one, the report said on Tuesday.\n\n"
            "New South Wales | 25,900 | +6%\n"
            "Northern Territory | 800 | \u22125%\n"
            "Budget | $1.2m | 2025\n\n"
            "The police said most of the reports concerned scams sent by text message to older people.\n\n"
            "Archive | 2025 | 2024 | 2023\n");
        const QString wrong = misread(text,
                                      {QStringLiteral("Home | Reports"), QStringLiteral("By L\u00E9a Fournier"), QStringLiteral("Archive | 2025")},
                                      {QStringLiteral("New South Wales | 25,900"), QStringLiteral("Northern Territory | 800"),
                                       QStringLiteral("Budget | $1.2m"), QStringLiteral("Reports rose")});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    // A site's name over its menu, and a press contact's address.
    void mastheadAndContactLines()
    {
        const QString text = QStringLiteral(
            "07 Oct 2021  Follow   |   12\n"
            "11 March 2024 04:15 am  -  5  -  3,482\n"
            "Government of Canada / Gouvernement du Canada\n"
            "A Singapore Government Agency Website   How to identify\n"
            "Skip to main content\n"
            "European Court of Auditors\n"
            "Home   About us   Publications   News & Events   Careers\n\n"
            "EU funding for cybersecurity has tripled since 2021, but the Commission cannot yet show what it achieved.\n\n"
            "SIGN UP for Morning Tech, our early-morning briefing on EU tech policy.   Email address*   [Subscribe]\n\n"
            "The auditors recommend that the Commission set measurable targets for the programmes by the end of 2026.\n\n"
            "From: Department for Science, Innovation and Technology and Home Office\n"
            "CONTACT: Governor's Press Office\n"
            "ECA Press Office: press@eca.europa.eu\n");
        const QString wrong = misread(text,
                                      {QStringLiteral("07 Oct 2021"), QStringLiteral("11 March 2024"), QStringLiteral("Government of Canada /"),
                                       QStringLiteral("A Singapore Government Agency"),
                                       QStringLiteral("European Court of Auditors"), QStringLiteral("Skip to main"), QStringLiteral("Governor's Press Office"),
                                       QStringLiteral("ECA Press Office"), QStringLiteral("SIGN UP"), QStringLiteral("From: Department")},
                                      {QStringLiteral("EU funding for cybersecurity"), QStringLiteral("The auditors recommend")});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        // A headline over a share bar is the article's.
        const QString headline = QStringLiteral("Ministry Reviews Its Systems After Attack\n"
                                                "Share | Tweet | Email\n\n"
                                                "The ministry said on Tuesday that it would review its systems after the attack on its servers.\n");
        QVERIFY(!flagged(headline, Furniture::detect(headline), QStringLiteral("Ministry Reviews")));
        // So is a report's title over its date line.
        const QString report = QStringLiteral("ASD Cyber Threat Report 2024–25\n\n"
                                              "Published: 14 October 2025\n\n"
                                              "The report sets out what we saw over the year and how we responded to more than 1,200 incidents.\n");
        QVERIFY(!flagged(report, Furniture::detect(report), QStringLiteral("ASD Cyber Threat Report")));
        // A site's name in two scripts, or over a language switch and then
        // its menu; and a letterhead in capitals after the menu is the
        // document's.
        const QString scripts = QString::fromUtf8(
            "個人情報保護委員会   Personal Information Protection Commission, Japan\n"
            "Japanese   |   English   |   Site Map   |   Contact Us\n\n"
            "The Commission gave the company guidance on Friday after a leak of 1.2 million customers' card data.\n");
        QVERIFY(flagged(scripts, Furniture::detect(scripts), QStringLiteral("Personal Information Protection Commission")));
        const QString languages = QString::fromUtf8(
            "Digital Agency\n日本語   |   English\nPolicies   Services   News   Press Conferences   About Us\n\n"
            "CHAMBER OF DEPUTIES\n\nNATIONAL AUDIT OFFICE\n\n"
            "The minister said on Tuesday that the new office would open in the spring with about 200 staff.\n");
        const QList<TextSpan> found = Furniture::detect(languages);
        QVERIFY(flagged(languages, found, QStringLiteral("Digital Agency")));
        QVERIFY(!flagged(languages, found, QStringLiteral("CHAMBER OF DEPUTIES")));
        QVERIFY(!flagged(languages, found, QStringLiteral("NATIONAL AUDIT OFFICE")));
    }

    // Lists under "Read Next", tag lines, site search and a contact block
    // inside the article.
    void listsTagsAndContactBlocks()
    {
        const QString text = QStringLiteral(
            "Search the NCSC site\n"
            "+ FOLLOW   Share   Print   Save   23\n\n"
            "The agency said on Tuesday that it had removed more than 312,000 scam websites in the past year.\n\n"
            "Contact:\n"
            "Cyber Affairs Bureau, Cyber Planning Division\n"
            "Tel: +81-3-3581-0141\n\n"
            "The committee will resume its hearing on March 25, the chairman said after the session ended.\n\n"
            "Enjoying this article? Click here to subscribe for full access. Just $5 a month.\n\n"
            "Read also: SBU detains hacker accused of helping Russia target Kyiv water utility\n\n"
            "The ministry said the review would take until the end of the year.\n\n"
            "Read more:\n"
            "Transnet's R1bn cyberattack bill: what the ports crisis cost SA\n\n"
            "The department said its email had been back since 21 September.\n\n"
            "Inquiries\n"
            "Cybercrime Control Center, Metropolitan Police Department\n"
            "Tel: 03-3581-4321 (main)\n\n"
            "Main image credit: NASK (press materials)\n\n"
            "The bureau said it had frozen 1,200 accounts since April.\n\n"
            "Read Next\n"
            "DICT: 6 gov’t websites defaced in hacktivist attacks\n"
            "Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer and other 70+ titles, share up to 5 gadgets, "
            "listen to the news, download as early as 4am and share articles on social media. Call 896 6000.\n\n"
            "TAGS: CICC, cybersecurity, data breach, DICT, NPC, PNP-ACG, PSA, Senate, Philippines\n");
        const QString wrong = misread(text,
                                      {QStringLiteral("Search the NCSC"), QStringLiteral("Contact:"), QStringLiteral("Cyber Planning Division"),
                                       QStringLiteral("DICT: 6"), QStringLiteral("TAGS:"), QStringLiteral("Save   23"), QStringLiteral("INQUIRER PLUS"),
                                       QStringLiteral("SBU detains"), QStringLiteral("Just $5 a month"), QStringLiteral("Transnet's R1bn"),
                                       QStringLiteral("Inquiries"), QStringLiteral("Cybercrime Control Center"), QStringLiteral("Main image credit")},
                                      {QStringLiteral("removed more than 312,000"), QStringLiteral("resume its hearing"), QStringLiteral("the review would take"),
                                       QStringLiteral("its email had been back"), QStringLiteral("frozen 1,200 accounts")});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    // A fact box closing the article is the article's; the list after it is not.
    void factBoxAfterTheArticle()
    {
        const QString text = QStringLiteral(
            "This year, more than 1,300 cyber defenders from 29 Allies took part in the exercise in Tallinn.\n\n"
            "Cyber Coalition 2025 in figures\n"
            "•  1,300+ participants\n"
            "•  42 teams, 28 scenarios\n"
            "•  Organised by the CCDCOE since 2010\n\n"
            "Related news\n"
            "NATO opens its new cyber centre\n");
        const QString wrong = misread(text, {QStringLiteral("Related news"), QStringLiteral("NATO opens")},
                                      {QStringLiteral("in figures"), QStringLiteral("1,300+ participants"), QStringLiteral("42 teams"),
                                       QStringLiteral("Organised by")});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    // A report's signature and a release's issuer in capitals after the
    // last paragraph are the document's; the address and copyright under
    // them are footer.
    void signatureAndIssuerAfterTheArticle()
    {
        const QString text = QStringLiteral(
            "The Committee recommends that the agency move all government websites to the new data centre by 30 June 2025 and "
            "report to the Committee on its progress every three months.\n\n"
            "Hon. Ibrahim Naseem\n"
            "Chair, Committee on National Security Services\n\n"
            "NATIONAL CYBER SECURITY AGENCY (NACSA)\n"
            "NATIONAL SECURITY COUNCIL\n"
            "26 AUGUST 2024\n\n"
            "Medhuziyaaraiy Magu, Male 20080   |   Tel: +960 332 2617\n"
            "Ibrahim Naseem\n"
            "Chair, Committee on Finance\n");
        const QString wrong = misread(text, {QStringLiteral("26 AUGUST 2024"), QStringLiteral("Medhuziyaaraiy"), QStringLiteral("Chair, Committee on Finance")},
                                      {QStringLiteral("Hon. Ibrahim Naseem"), QStringLiteral("Chair, Committee on National"),
                                       QStringLiteral("NATIONAL CYBER SECURITY AGENCY"), QStringLiteral("NATIONAL SECURITY COUNCIL")});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    // Headlines listed under "Related Articles" may end with a quotation;
    // without a stop inside it, it closes no sentence. A paragraph that ends
    // with a quoted sentence stays the article's.
    void relatedHeadlineEndingInAQuotation()
    {
        const QString text = QStringLiteral(
            "The Commission's next transposition update is due in September, officials said on Tuesday.\n\n"
            "Its director told reporters that the plan was working and that \"the reserve is ready.\"\n\n"
            "Related Articles\n"
            "Germany's cyber law stalls as coalition collapses\n"
            "ENISA chief: Europe needs a cyber reserve \"that actually exists\"\n");
        const QString wrong = misread(text, {QStringLiteral("Related Articles"), QStringLiteral("ENISA chief")},
                                      {QStringLiteral("the reserve is ready"), QStringLiteral("transposition update")});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    // A "See also" list may hold a headline that asks; the block ends the
    // list. Asking readers to log in to comment closes the article.
    void seeAlsoListWithAQuestion()
    {
        const QString text = QStringLiteral(
            "The region said the stolen files contained names and national identity numbers of patients.\n\n"
            "If you think your data was part of the leak, the region has set up a hotline for patients.\n\n"
            "See also\n"
            "Danish police warn of fake MitID text messages\n"
            "EXPLAINED: What is Denmark's threat level and who sets it?\n\n"
            "Please log in here to leave a comment.\n");
        const QString wrong = misread(text, {QStringLiteral("See also"), QStringLiteral("Danish police warn"), QStringLiteral("EXPLAINED"),
                                             QStringLiteral("Please log in")},
                                      {QStringLiteral("The region said"), QStringLiteral("If you think")});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    void plainProseHasNoFurniture()
    {
        // ("about US$10.1 million" is no "About us" link.)
        const QString text = QStringLiteral("The ministry said on Tuesday that it would review its systems after the attack.\n\n"
                                            "Officials declined to give details of the breach, which began in May.\n\n"
                                            "The budget is about US$10.1 million.\n");
        QVERIFY(Furniture::detect(text).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFurniture)
#include "tst_furniture.moc"
