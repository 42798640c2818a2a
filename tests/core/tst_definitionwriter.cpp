#include "analysis/definitionwriter.h"

#include <QRegularExpression>
#include <QTest>

using namespace Dossier;

class TestDefinitionWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void trieMatchesExactlyTheNamesLongestFirst()
    {
        const QStringList names{QStringLiteral("Cabinet"), QStringLiteral("Cabinet Office"), QStringLiteral("Cabinet Secretariat"),
                                QStringLiteral("NPA"), QStringLiteral("U.S. forces"), QStringLiteral("Ministry of Economy, Trade and Industry")};
        const QStringList regexes = DefinitionWriter::bodyRegexes(names);
        QCOMPARE(regexes.size(), 1);
        const QRegularExpression re(regexes.first());
        QVERIFY2(re.isValid(), qPrintable(re.errorString()));
        QCOMPARE(re.match(QStringLiteral("the Cabinet Secretariat said")).captured(), QStringLiteral("Cabinet Secretariat"));
        QCOMPARE(re.match(QStringLiteral("the Cabinet said")).captured(), QStringLiteral("Cabinet"));
        QCOMPARE(re.match(QStringLiteral("joint U.S. forces drill")).captured(), QStringLiteral("U.S. forces"));
        QCOMPARE(re.match(QStringLiteral("the Ministry of Economy, Trade and Industry (METI)")).captured(), QStringLiteral("Ministry of Economy, Trade and Industry"));
        QVERIFY(!re.match(QStringLiteral("NPAS and CabinetX and UNPA")).hasMatch());
        // Dots and other metacharacters are literal.
        QVERIFY(!re.match(QStringLiteral("UxSx forces")).hasMatch());
    }

    void largeListsAreSplitIntoCompilingRules()
    {
        QStringList names;
        for (int i = 0; i < 20000; ++i)
            names.append(QStringLiteral("Agency %1 of Body %2").arg(QString::number(i * 7919, 36), QString::number(i, 36)));
        const QStringList regexes = DefinitionWriter::bodyRegexes(names);
        QVERIFY(regexes.size() > 1);
        for (const QString &r : regexes)
            QVERIFY(QRegularExpression(r).isValid());
        // Every name is still found by one of the rules.
        for (int i = 0; i < names.size(); i += 997) {
            bool found = false;
            for (const QString &r : regexes)
                found |= QRegularExpression(r).match(names.at(i)).captured() == names.at(i);
            QVERIFY2(found, qPrintable(names.at(i)));
        }
    }

    void namesAreFoundByTheirFirstWord()
    {
        const QStringList names{QStringLiteral("National Police Agency"), QStringLiteral("National Security Council"),
                                QStringLiteral("Europol"), QStringLiteral("Europol Cybercrime Centre"), QStringLiteral("U.S. Cyber Command"),
                                QStringLiteral("trade ministry"), QStringLiteral("economy, trade and industry ministry"), QStringLiteral("eu-LISA"),
                                QStringLiteral("10 Downing Street"), QStringLiteral("\u8B66\u5BDF\u5E81")};
        const DefinitionWriter::BodyRules rules = DefinitionWriter::bodyRules(names);
        QCOMPARE(rules.whole, (QStringList{QStringLiteral("10 Downing Street"), QStringLiteral("\u8B66\u5BDF\u5E81")}));
        // Names in lower case by their first word as a keyword reads it
        // (up to a mark, but for a hyphen).
        QCOMPARE(rules.lowerWords, (QStringList{QStringLiteral("economy"), QStringLiteral("eu-LISA"), QStringLiteral("trade")}));
        const QStringList regexes = DefinitionWriter::firstWordRegexes(rules.firstWords);
        QCOMPARE(regexes.size(), 1);
        const QRegularExpression re(regexes.first());
        QVERIFY2(re.isValid(), qPrintable(re.errorString()));
        // Each first word once; one that only opens longer names is found
        // where a space follows, not taking the space.
        QCOMPARE(re.match(QStringLiteral("the National Police Agency")).captured(), QStringLiteral("National"));
        QVERIFY(!re.match(QStringLiteral("National-level talks, US$5")).hasMatch());
        QCOMPARE(re.match(QStringLiteral("a Europol-led raid")).captured(), QStringLiteral("Europol"));
        QCOMPARE(re.match(QStringLiteral("Europol Cybercrime Centre")).captured(), QStringLiteral("Europol"));
        QCOMPARE(re.match(QStringLiteral("at U.S. Cyber Command")).captured(), QStringLiteral("U.S."));
        QVERIFY(!re.match(QStringLiteral("Nationals and Europolitans")).hasMatch());
    }

    void fillPutsRulesAndVersion()
    {
        const QString out = DefinitionWriter::fill(
            QStringLiteral("<a version=\"@DEFINITION_VERSION@\">\n    <list>@BODY_WORDS@</list>\n    @BODY_RULES@\n    <b/>\n    @BODY_START_RULES@\n</a>"),
            {QStringLiteral("A&B Office"), QStringLiteral("police agency"), QStringLiteral("10 Downing Street")}, 7);
        QVERIFY(out.contains(QStringLiteral("version=\"7\"")));
        QVERIFY(out.contains(QStringLiteral("<RegExpr attribute=\"Body\" String=\"")));
        QVERIFY(out.contains(QStringLiteral("10\\sDowning")));
        QVERIFY(out.contains(QStringLiteral("<list><item>police</item></list>")));
        QVERIFY(out.indexOf(QStringLiteral("<b/>")) < out.indexOf(QStringLiteral("<RegExpr attribute=\"Body Start\" String=\"")));
        QVERIFY(out.contains(QStringLiteral("A&amp;B")));
        QVERIFY(!out.contains(QStringLiteral("@BODY_RULES@")));
        QVERIFY(!out.contains(QStringLiteral("@BODY_START_RULES@")));
        QVERIFY(!out.contains(QStringLiteral("@BODY_WORDS@")));
    }
};

QTEST_GUILESS_MAIN(TestDefinitionWriter)
#include "tst_definitionwriter.moc"
