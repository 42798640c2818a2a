#include "textoffsets.h"

#include <QTest>

using namespace Dossier;

class TestTextOffsets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("codePoints");
        QTest::newRow("empty") << QString() << qsizetype(0);
        QTest::newRow("ascii") << QStringLiteral("NISC said") << qsizetype(9);
        QTest::newRow("bmp cjk") << QStringLiteral("\u5185\u95A3\u5B98\u623F") << qsizetype(4);
        QTest::newRow("emoji") << QStringLiteral("a\U0001F600b") << qsizetype(3);
        QTest::newRow("pairs in a row") << QStringLiteral("\U0001F600\U0001F601\U00020BB7x") << qsizetype(4);
        QTest::newRow("pair at end") << QStringLiteral("ab\U0001F600") << qsizetype(3);
        QTest::newRow("lone high surrogate") << (QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b")) << qsizetype(3);
        QTest::newRow("lone low surrogate") << (QStringLiteral("a") + QChar(0xDC00)) << qsizetype(2);
    }
    void roundTrip()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, codePoints);
        const TextOffsets offsets(text);
        QCOMPARE(offsets.codePointLength(), codePoints);
        QCOMPARE(TextOffsets::codePointLength(text), codePoints);
        QCOMPARE(offsets.utf16Length(), text.size());
        // Against an independent count: QString::toUcs4() yields one unit per
        // code point (a lone surrogate becomes U+FFFD, still one unit).
        QCOMPARE(qsizetype(text.toUcs4().size()), codePoints);
        for (qsizetype cp = 0; cp <= codePoints; ++cp) {
            const qsizetype u = offsets.toUtf16(cp);
            QVERIFY(u >= 0);
            QCOMPARE(offsets.toCodePoint(u), cp);
            QCOMPARE(TextOffsets::codePointLength(text.left(u)), cp);
        }
        QCOMPARE(offsets.toUtf16(codePoints + 1), qsizetype(-1));
        QCOMPARE(offsets.toUtf16(-1), qsizetype(-1));
        QCOMPARE(offsets.toCodePoint(text.size() + 1), qsizetype(-1));
    }

    void indexInsidePairMapsToItsCodePoint()
    {
        const QString text = QStringLiteral("x\U0001F600y");
        const TextOffsets offsets(text);
        QCOMPARE(offsets.toCodePoint(1), qsizetype(1));
        QCOMPARE(offsets.toCodePoint(2), qsizetype(1));
        QCOMPARE(offsets.toCodePoint(3), qsizetype(2));
        QCOMPARE(offsets.toUtf16(2), qsizetype(3));
    }
};

QTEST_GUILESS_MAIN(TestTextOffsets)
#include "tst_textoffsets.moc"
