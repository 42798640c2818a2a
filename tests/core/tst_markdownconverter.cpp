#include "corpus/markdownconverter.h"

#include <QTest>

using namespace Dossier;

class TestMarkdownConverter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void converts_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("text");
        QTest::newRow("headings") << QStringLiteral("# Japan's strategy #\n\nText.\n\nSub\n---\n\n## Two") << QStringLiteral("Japan's strategy\n\nText.\n\nSub\n\nTwo");
        QTest::newRow("emphasis") << QStringLiteral("**NISC** and *NPA* and __METI__ and _MIC_ and ~~old~~, snake_case_name")
                                  << QStringLiteral("NISC and NPA and METI and MIC and old, snake_case_name");
        QTest::newRow("links and images") << QStringLiteral("See [the strategy](https://example.org/s \"t\") and ![chart](file:///etc/passwd) <https://nisc.go.jp>")
                                          << QStringLiteral("See the strategy and chart https://nisc.go.jp");
        QTest::newRow("reference links") << QStringLiteral("Read [the report][r].\n\n[r]: https://example.org/report")
                                         << QStringLiteral("Read the report.");
        QTest::newRow("lists") << QStringLiteral("- one\n* two\n  + nested\n1. first\n2) second") << QStringLiteral("\u2022 one\n\u2022 two\n  \u2022 nested\n1. first\n2) second");
        QTest::newRow("quotes") << QStringLiteral("> Kato said\n> > nested") << QStringLiteral("Kato said\nnested");
        QTest::newRow("code") << QStringLiteral("Use `a*b*c` here.\n\n```cpp\nint *p = **q;\n```") << QStringLiteral("Use a*b*c here.\n\nint *p = **q;");
        QTest::newRow("table") << QStringLiteral("| FY | Cases |\n|---|---:|\n| 2011 | 660,000 |") << QStringLiteral("FY\tCases\n2011\t660,000");
        QTest::newRow("html and entities") << QStringLiteral("a <span class=\"x\">b</span> &amp; c\\*") << QStringLiteral("a b & c*");
        QTest::newRow("rule") << QStringLiteral("a\n\n***\n\nb") << QStringLiteral("a\n\n\n\nb");
    }
    void converts()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, text);
        QCOMPARE(MarkdownConverter(markdown).text(), text);
    }

    void title()
    {
        QCOMPARE(MarkdownConverter(QStringLiteral("intro\n\n# The *Title*\n# Second")).title(), QStringLiteral("The Title"));
        QCOMPARE(MarkdownConverter(QStringLiteral("Setext title\n====\nbody")).title(), QStringLiteral("Setext title"));
        QCOMPARE(MarkdownConverter(QStringLiteral("no heading")).title(), QString());
    }
};

QTEST_GUILESS_MAIN(TestMarkdownConverter)
#include "tst_markdownconverter.moc"
