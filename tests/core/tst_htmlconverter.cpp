#include "corpus/htmlconverter.h"

#include <QTest>

using namespace Dossier;

class TestHtmlConverter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void converts_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");

        QTest::newRow("paragraphs and headings")
            << QStringLiteral("<html><head><title>T</title><style>p{color:red}</style></head><body>"
                              "<h1>Japan seeks stronger cybersecurity</h1><p>The government\n   said.</p><p>Second   <b>bold</b> one.</p></body></html>")
            << QStringLiteral("Japan seeks stronger cybersecurity\n\nThe government said.\n\nSecond bold one.");
        QTest::newRow("scripts, styles and page chrome dropped")
            << QStringLiteral("<body><header><a href=/>Home</a> Menu</header><nav><ul><li>News</li></ul></nav>"
                              "<script>var x = '<p>not text</p>'; if (a < b) {}</script><p>Article.</p>"
                              "<aside>Related</aside><footer>&copy; Site</footer><noscript>Enable JS</noscript></body>")
            << QStringLiteral("Article.");
        QTest::newRow("article header kept")
            << QStringLiteral("<header>Site</header><article><header><h1>Headline</h1><time>2021-07-06</time></header><p>Body.</p>"
                              "<footer>By Kyodo</footer></article><footer>Site footer</footer>")
            << QStringLiteral("Headline\n\n2021-07-06\n\nBody.\n\nBy Kyodo");
        QTest::newRow("entities")
            << QStringLiteral("<p>NISC &amp; NPA &ldquo;said&rdquo; &#8212; &#x2019;&nbsp;x &unknown; 5 &lt; 7</p>")
            << QStringLiteral("NISC & NPA \u201Csaid\u201D \u2014 \u2019\u00A0x &unknown; 5 < 7");
        QTest::newRow("lists and breaks")
            << QStringLiteral("<ul><li>One</li><li>Two</li></ul><ol><li>First<li>Second</ol>line<br>break<br/>again")
            << QStringLiteral("\u2022 One\n\u2022 Two\n\n1. First\n2. Second\n\nline\nbreak\nagain");
        QTest::newRow("table rows")
            << QStringLiteral("<table><tr><th>FY</th><th>Cases</th></tr><tr><td>2011</td><td>660,000</td></tr></table>")
            << QStringLiteral("FY\tCases\n2011\t660,000");
        QTest::newRow("pre keeps spaces")
            << QStringLiteral("<pre>a   b\n  c</pre>")
            << QStringLiteral("a   b\n  c");
        QTest::newRow("comments, doctype, quoted >")
            << QStringLiteral("<!DOCTYPE html><!-- <p>hidden</p> --><p title=\"a > b\" class='x'>shown</p>")
            << QStringLiteral("shown");
        QTest::newRow("stray less-than")
            << QStringLiteral("<p>a < b and 3<4</p>")
            << QStringLiteral("a < b and 3<4");
        QTest::newRow("unclosed head")
            << QStringLiteral("<html><head><meta charset=utf-8><body><p>Text</p>")
            << QStringLiteral("Text");
        QTest::newRow("unterminated tag")
            << QStringLiteral("<p>Text</p><a href=\"x")
            << QStringLiteral("Text");
    }
    void converts()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(HtmlConverter(html).text(), text);
    }

    void title()
    {
        QCOMPARE(HtmlConverter(QStringLiteral("<head><title>\n A &amp; B \n</title></head><p>x</p>")).title(), QStringLiteral("A & B"));
        QCOMPARE(HtmlConverter(QStringLiteral("<p>x</p>")).title(), QString());
    }

    void resourcesAreOnlyText()
    {
        // References stay references: neither their targets nor their URLs
        // become text.
        const HtmlConverter html(QStringLiteral("<p>Before</p><img src=\"file:///etc/passwd\" alt=\"x\">"
                                                "<link rel=stylesheet href=\"file:///etc/passwd\"><iframe src=\"file:///etc/passwd\">frame</iframe>"
                                                "<object data=\"file:///etc/passwd\"></object><p>After</p>"));
        QCOMPARE(html.text(), QStringLiteral("Before\n\nAfter"));
    }

    void declaredCharset_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("charset");
        QTest::newRow("meta charset") << QByteArray("<html><head><meta charset=\"Windows-1252\">") << QByteArray("windows-1252");
        QTest::newRow("http-equiv") << QByteArray("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">") << QByteArray("iso-8859-1");
        QTest::newRow("none") << QByteArray("<html><p>text</p>") << QByteArray();
    }
    void declaredCharset()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, charset);
        QCOMPARE(HtmlConverter::declaredCharset(bytes), charset);
    }
};

QTEST_GUILESS_MAIN(TestHtmlConverter)
#include "tst_htmlconverter.moc"
