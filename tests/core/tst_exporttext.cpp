#include "exchange/exporttext.h"
#include "textoffsets.h"

#include <QTest>

using namespace Dossier;

class TestExportText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalises_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("abc\ndef") << QStringLiteral("abc\ndef");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb\r\n") << QStringLiteral("a\nb\n");
        QTest::newRow("lone cr") << QStringLiteral("a\rb") << QStringLiteral("a\nb");
        QTest::newRow("cr cr lf") << QStringLiteral("a\r\r\nb") << QStringLiteral("a\n\nb");
        QTest::newRow("leading bom") << QStringLiteral("\uFEFFabc") << QStringLiteral("abc");
        QTest::newRow("inner bom kept") << QStringLiteral("a\uFEFFb") << QStringLiteral("a\uFEFFb");
        QTest::newRow("emoji") << QStringLiteral("\U0001F4F0 x\r\ny") << QStringLiteral("\U0001F4F0 x\ny");
        QTest::newRow("lone surrogate") << QString(QChar(0xd800)) + QStringLiteral("x") << QStringLiteral("\uFFFDx");
        QTest::newRow("empty") << QString() << QString();
    }
    void normalises()
    {
        QFETCH(QString, original);
        QFETCH(QString, written);
        const ExportText text(original);
        QCOMPARE(text.text(), written);
        QCOMPARE(text.codePointLength(), TextOffsets::codePointLength(written));
        QVERIFY(!text.text().toUtf8().startsWith("\xEF\xBB\xBF"));
    }

    // Every range of the original maps onto the same characters, line
    // breaks counted once.
    void mapsRanges_data()
    {
        QTest::addColumn<QString>("original");
        QTest::newRow("crlf and emoji") << QStringLiteral("\U0001F4F0 Kato\r\nsaid\r\n\r\nNISC\U0001F600!\r\n");
        QTest::newRow("bom and cr") << QStringLiteral("\uFEFFone\rtwo\r\nthree");
        QTest::newRow("trailing cr") << QStringLiteral("x\r");
    }
    void mapsRanges()
    {
        QFETCH(QString, original);
        const ExportText text(original);
        const TextOffsets from(original);
        const TextOffsets to(text.text());
        auto slice = [](const QString &s, const TextOffsets &o, qint64 a, qint64 b) { return s.mid(o.toUtf16(a), o.toUtf16(b) - o.toUtf16(a)); };
        for (qint64 start = 0; start < from.codePointLength(); ++start) {
            for (qint64 end = start + 1; end <= from.codePointLength(); ++end) {
                QString expected = slice(original, from, start, end);
                expected.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
                if (start == 0)
                    expected.remove(QChar(0xfeff));
                const QString mapped = slice(text.text(), to, text.map(start), text.map(end));
                // A range ending between CR and LF loses its CR; one
                // starting there gains nothing.
                if (expected.endsWith(QLatin1Char('\n')) && original.at(from.toUtf16(end) - 1) == QLatin1Char('\r') && end < from.codePointLength()
                    && original.at(from.toUtf16(end)) == QLatin1Char('\n'))
                    expected.chop(1);
                QCOMPARE(mapped, expected);
            }
        }
        QCOMPARE(text.map(from.codePointLength() + 5), text.codePointLength());
    }
};

QTEST_GUILESS_MAIN(TestExportText)
#include "tst_exporttext.moc"
