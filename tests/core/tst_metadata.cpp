#include "corpus/importer.h"
#include "corpus/metadata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Dossier;

namespace {
const QString kCorpus = QStringLiteral(DOSSIER_SOURCE_DIR "/corpus/");

QJsonObject manifestEntry(const QString &file)
{
    QFile f(kCorpus + QStringLiteral("manifest.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray documents = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("documents")).toArray();
    for (const QJsonValue &v : documents) {
        if (v.toObject().value(QLatin1String("file")).toString() == file)
            return v.toObject();
    }
    return {};
}
} // namespace

class TestMetadata : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Detection on the bundled seeds, read as a user would import them (the
    // manifest is only the answer key here).
    void seeds_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("publisherCheck"); // exact, part (detected is part of curated), absent
        QTest::newRow("transcript") << QStringLiteral("000_e746913f36980e5d.txt") << QStringLiteral("absent");
        QTest::newRow("japan times") << QStringLiteral("001_08a5a90dfd274b14.txt") << QStringLiteral("exact");
        QTest::newRow("tass") << QStringLiteral("002_483a66b78542bc42.txt") << QStringLiteral("exact");
        QTest::newRow("nikkei") << QStringLiteral("003_3bf0c5847a31bf84.txt") << QStringLiteral("exact");
        QTest::newRow("japan today") << QStringLiteral("004_39fa5e2b2d375fce.txt") << QStringLiteral("part");
    }
    void seeds()
    {
        QFETCH(QString, file);
        QFETCH(QString, publisherCheck);
        const QJsonObject curated = manifestEntry(file);
        QVERIFY(!curated.isEmpty());
        const Expected<Document> d = Importer::importFile(kCorpus + file);
        QVERIFY2(d.ok(), qPrintable(d.error()));

        QCOMPARE(d->publishedOn.toString(Qt::ISODate), curated.value(QLatin1String("date")).toString());
        QCOMPARE(d->title, curated.value(QLatin1String("title")).toString());
        QCOMPARE(d->language, curated.value(QLatin1String("language")).toString());
        QCOMPARE(d->kind, curated.value(QLatin1String("kind")).toString());
        const QString publisher = curated.value(QLatin1String("publisher")).toString();
        if (publisherCheck == QLatin1String("exact")) {
            QCOMPARE(d->publisher, publisher);
        } else if (publisherCheck == QLatin1String("part")) {
            // "© KYODO" is in the text; the site's own name is not written
            // as such ("Japan Today" appears only inside a login widget).
            QVERIFY2(!d->publisher.isEmpty() && publisher.contains(d->publisher, Qt::CaseInsensitive), qPrintable(d->publisher));
        } else {
            // The transcript never names its publisher (the site's name was
            // not clipped): nothing must be invented.
            QCOMPARE(d->publisher, QString());
        }
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("weekday month day year") << QStringLiteral("Thursday, September 20, 2012 (PM)") << QDate(2012, 9, 20);
        QTest::newRow("abbreviated month") << QStringLiteral("Thursday, Oct. 27, 2011") << QDate(2011, 10, 27);
        QTest::newRow("sept") << QStringLiteral("Sept. 3, 2013") << QDate(2013, 9, 3);
        QTest::newRow("with time zone") << QStringLiteral("January 06, 2015, 10:10 UTC+3 TOKYO") << QDate(2015, 1, 6);
        QTest::newRow("iso with time") << QStringLiteral("  • 2015-02-03 15:00:00") << QDate(2015, 2, 3);
        QTest::newRow("label") << QStringLiteral(" date 2021-07-06 Newsletter Signup") << QDate(2021, 7, 6);
        QTest::newRow("day first") << QStringLiteral("Published 5th March 2019 by") << QDate(2019, 3, 5);
        QTest::newRow("slashes") << QStringLiteral("2020/12/01") << QDate(2020, 12, 1);
        QTest::newRow("day first with dots") << QStringLiteral("14.11.2024, 17:35") << QDate(2024, 11, 14);
        QTest::newRow("japanese") << QStringLiteral("令和3年 2021年7月6日") << QDate(2021, 7, 6);
        QTest::newRow("earliest wins") << QStringLiteral("2015-02-03 (Nikkei: February 1, 2015)") << QDate(2015, 2, 3);
        QTest::newRow("impossible") << QStringLiteral("2015-02-30 and February 31, 2015") << QDate();
        QTest::newRow("no year") << QStringLiteral("TOKYO, January 6.") << QDate();
        QTest::newRow("phone number") << QStringLiteral("call 0120-12-34") << QDate();
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(Metadata::parseDate(text), date);
    }

    void languages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("The ministry said that it was not aware of the attack on the Diet.") << QStringLiteral("en");
        QTest::newRow("fr") << QStringLiteral("Le ministère a déclaré que les attaques sur le réseau du gouvernement sont graves et pour la sécurité.") << QStringLiteral("fr");
        QTest::newRow("de") << QStringLiteral("Die Regierung hat die Strategie für die Sicherheit und den Schutz der Netze mit dem Kabinett beschlossen.") << QStringLiteral("de");
        QTest::newRow("ja") << QStringLiteral("内閣官房長官は、サイバー攻撃について記者会見で説明しました。政府は対策を強化するとしています。") << QStringLiteral("ja");
        QTest::newRow("zh") << QStringLiteral("日本政府发布了新的网络安全战略，强调与美国的合作。") << QStringLiteral("zh");
        QTest::newRow("ru") << QStringLiteral("Министр иностранных дел Японии заявил о поддержке.") << QStringLiteral("ru");
        QTest::newRow("too short") << QStringLiteral("NISC 2015") << QString();
        // Stop words in capitals, glued to digits and underscores, or inside
        // longer words; accented capitals lowered outside ASCII.
        QTest::newRow("capitals") << QStringLiteral("THE MINISTRY SAID THAT IT WAS NOT AWARE OF THE ATTACK.") << QStringLiteral("en");
        QTest::newRow("not words") << QStringLiteral("the1 and_ of2 theory android offset theirs 3the _and") << QString();
        QTest::newRow("pt, N\u00c3O") << QStringLiteral("O governo N\u00c3O disse que os ataques da rede em uma semana para com") << QStringLiteral("pt");
        QTest::newRow("long words only") << QStringLiteral("Cybersecurity infrastructure strategy implementation cooperation") << QString();
    }
    void languages()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(Metadata::detectLanguage(text), language);
    }

    void headlineRules()
    {
        const Metadata m = Metadata::detect(QStringLiteral(
            "Home > World\nShare\n\nMonday, March 4, 2019\n\nNATO blames GRU for cyber campaign\n\nBy Jane Doe\n\n"
            "BRUSSELS (Reuters) - NATO said on Monday that the campaign was run by Russia's military intelligence service and that allies would respond together in time.\n\n"
            "© 2019 Reuters. All rights reserved.\n"));
        QCOMPARE(m.title, QStringLiteral("NATO blames GRU for cyber campaign"));
        QCOMPARE(m.date, QDate(2019, 3, 4));
        QCOMPARE(m.publisher, QStringLiteral("Reuters"));
        QCOMPARE(m.language, QStringLiteral("en"));
        QCOMPARE(m.kind, QStringLiteral("news-article"));
    }

    // A letterhead in capitals, a body's name and a document's number over
    // the headline are no title, nor are a menu's items, a widget's or a
    // line of figures; a wire's tag is part of the headline; where the
    // lines in capitals are all there is, the longest is the title.
    void titleUnderLetterheads_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        const QString body = QStringLiteral("The committee met four times between March and October and heard the ministry, the agency and the "
                                            "regulator on how the attack began, what it cost and what has been done since to keep it from happening again.\n");
        QTest::newRow("letterhead") << QStringLiteral("PARLIAMENT OF BOTSWANA\n\nPUBLIC ACCOUNTS COMMITTEE\n\nReport on the Security of "
                                                      "Government Information Systems\n\n") + body
                                    << QStringLiteral("Report on the Security of Government Information Systems");
        QTest::newRow("body and number") << QStringLiteral("POSTAL AND TELECOMMUNICATIONS REGULATORY AUTHORITY OF ZIMBABWE\nData Protection Authority\n\n"
                                                           "DETERMINATION No. DPA/DET/07/2025\n\nIn the matter of a personal data breach at a lender\n\n") + body
                                         << QStringLiteral("In the matter of a personal data breach at a lender");
        QTest::newRow("menu and figures") << QStringLiteral("News   Opinion   Sport   Culture   Lifestyle\n14.11.2024, 17:35\nPrint   |   PDF (412 KB)\n\n"
                                                            "Ministry says attacks on state websites were repelled\n\n") + body
                                          << QStringLiteral("Ministry says attacks on state websites were repelled");
        QTest::newRow("wire tag") << QStringLiteral("(LEAD) N. Korea behind 78 pct of hacking attempts: NIS\n\n") + body
                                  << QStringLiteral("(LEAD) N. Korea behind 78 pct of hacking attempts: NIS");
        QTest::newRow("capitals only") << QStringLiteral("NATIONAL CYBER SECURITY AGENCY (NACSA)\n\nENFORCEMENT OF THE CYBER SECURITY ACT 2024 AND ITS "
                                                         "SUBSIDIARY LEGISLATION\n\n") + body
                                       << QStringLiteral("ENFORCEMENT OF THE CYBER SECURITY ACT 2024 AND ITS SUBSIDIARY LEGISLATION");
        QTest::newRow("bodies in capitals") << QStringLiteral("JOINT PRESS RELEASE\n\nCYBER SECURITY BRUNEI\nAUTHORITY FOR INFO-COMMUNICATIONS TECHNOLOGY "
                                                              "INDUSTRY OF BRUNEI DARUSSALAM\nROYAL BRUNEI POLICE FORCE\n\nRISE IN PHISHING SCAMS\n\n") + body
                                            << QStringLiteral("RISE IN PHISHING SCAMS");
        QTest::newRow("chamber") << QStringLiteral("House of Representatives\nMinutes of the Cabinet Committee, No. 9 (excerpt)\n\n") + body
                                 << QStringLiteral("Minutes of the Cabinet Committee, No. 9 (excerpt)");
        QTest::newRow("masthead in its own script") << QString::fromUtf8("Министерство цифрового развития Кыргызской Республики\n"
                                                                          "Ministry of Digital Development of the Kyrgyz Republic\n\n"
                                                                          "A. Sultanaliev: remote issuance of signatures suspended\n\n") + body
                                                    << QStringLiteral("A. Sultanaliev: remote issuance of signatures suspended");
        QTest::newRow("a motto over the menu") << QString::fromUtf8("Fraternité Matin\nCôte d'Ivoire's newspaper of record\n"
                                                                     "Home   Politics   Economy   Society   Sport\nHome > Society > Security\n\n"
                                                                     "Cybercrime: 9.4 billion FCFA lost by victims in 2025, according to PLCC\n\n") + body
                                               << QStringLiteral("Cybercrime: 9.4 billion FCFA lost by victims in 2025, according to PLCC");
        QTest::newRow("two sentences over a byline") << QStringLiteral("JAPAN / POLITICS\n\nThe budget has soared. Keeping the people is harder.\n\n"
                                                                       "By Rintaro Sekiguchi\nFeb 16, 2026\n\n") + body
                                                     << QStringLiteral("The budget has soared. Keeping the people is harder.");
    }

    void titleUnderLetterheads()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        QCOMPARE(Metadata::detect(text).title, title);
    }

    void copyrightLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("publisher");
        QTest::newRow("company suffix") << QStringLiteral("The Japan Times Ltd. All rights reserved.") << QStringLiteral("The Japan Times");
        QTest::newRow("symbol and year") << QStringLiteral("©2021 GPlusMedia Inc.") << QStringLiteral("GPlusMedia");
        QTest::newRow("word and range") << QStringLiteral("Copyright 2010-2015 Asahi Shimbun Company") << QStringLiteral("Asahi Shimbun");
        QTest::newRow("shouted") << QStringLiteral("© KYODO") << QStringLiteral("Kyodo");
        QTest::newRow("a year, no name") << QStringLiteral("© 2024 All rights reserved") << QString();
        QTest::newRow("word after the sign, year after the name") << QStringLiteral("© Copyright KPL 2025") << QStringLiteral("KPL");
        QTest::newRow("a sentence after the name") << QStringLiteral("© 2024 AZERTAC. Citation of AZERTAC is obligatory when using materials.")
                                                   << QStringLiteral("Azertac");
        QTest::newRow("links after the name") << QStringLiteral("Copyright 2025 | The Record from Recorded Future News | Privacy | Terms")
                                              << QStringLiteral("The Record from Recorded Future News");
        QTest::newRow("links alone") << QStringLiteral("© 2020 | Disclaimer | Privacy | Accessibility") << QString();
        QTest::newRow("staff initials are no wire") << QStringLiteral("JMC/ART/DOJ\n© 2025 ANGOP. All rights reserved.") << QStringLiteral("Angop");
    }
    void copyrightLines()
    {
        QFETCH(QString, line);
        QFETCH(QString, publisher);
        const QString text = QStringLiteral("A headline for the test\n\nThe body of the article says what happened in some detail, as bodies do.\n\n") + line + u'\n';
        QCOMPARE(Metadata::detect(text).publisher, publisher);
    }

    void emptyWhenTheTextDoesNotTell()
    {
        const Metadata m = Metadata::detect(QStringLiteral("just some words here"));
        QVERIFY(!m.date.isValid());
        QCOMPARE(m.publisher, QString());
    }
};

QTEST_GUILESS_MAIN(TestMetadata)
#include "tst_metadata.moc"
