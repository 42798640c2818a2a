#include "annotations/annotation.h"
#include "annotations/highlightcolour.h"

#include <QSet>
#include <QTest>

using namespace Dossier;

class TestAnnotation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void forRangeFillsQuoteAndContext()
    {
        const QString text = QStringLiteral("The National center of Incident readiness and Strategy for Cybersecurity (NISC) said on Tuesday.");
        const qint64 start = text.indexOf(QStringLiteral("NISC"));
        const Annotation a = Annotation::forRange(7, text, start, start + 4);
        QVERIFY(a.isValid());
        QCOMPARE(a.documentId, qint64(7));
        QCOMPARE(a.exact, QStringLiteral("NISC"));
        QCOMPARE(a.prefix.size(), qsizetype(Annotation::ContextLength));
        QVERIFY(text.left(start).endsWith(a.prefix));
        QCOMPARE(a.suffix, QStringLiteral(") said on Tuesday."));
    }

    void forRangeCountsCodePoints()
    {
        // Two emoji (two UTF-16 units each) before the quote.
        const QString text = QStringLiteral("\U0001F600\U0001F601 \u5185\u95A3 said");
        const Annotation a = Annotation::forRange(1, text, 3, 5);
        QVERIFY(a.isValid());
        QCOMPARE(a.exact, QStringLiteral("\u5185\u95A3"));
        QCOMPARE(a.prefix, QStringLiteral("\U0001F600\U0001F601 "));
        QCOMPARE(a.suffix, QStringLiteral(" said"));
    }

    void forRangeRejectsBadRanges_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::newRow("empty") << qint64(2) << qint64(2);
        QTest::newRow("reversed") << qint64(3) << qint64(1);
        QTest::newRow("past end") << qint64(0) << qint64(6);
        QTest::newRow("negative") << qint64(-1) << qint64(2);
    }
    void forRangeRejectsBadRanges()
    {
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QVERIFY(!Annotation::forRange(1, QStringLiteral("abcde"), start, end).isValid());
    }

    void equalityCoversEveryField()
    {
        Annotation a = Annotation::forRange(1, QStringLiteral("abcdef"), 1, 3);
        Annotation b = a;
        QCOMPARE(a, b);
        b.tagIds = {4};
        QVERIFY(a != b);
        b = a;
        b.anchor = Annotation::Anchor::Orphaned;
        QVERIFY(a != b);
        b = a;
        b.isPrivate = true;
        QVERIFY(a != b);
    }

    void paletteHasSixDistinctNamedColours()
    {
        const QList<HighlightColour> &palette = HighlightColour::palette();
        QCOMPARE(palette.size(), 6);
        QSet<QString> keys;
        QSet<QRgb> shades;
        for (const HighlightColour &c : palette) {
            keys.insert(c.keyString());
            shades.insert(c.light);
            shades.insert(c.dark);
            QVERIFY(!c.displayName().isEmpty());
            // Light shades stay light (black text), dark shades dark (light text).
            QVERIFY2(QColor(c.light).lightness() > 170, c.key);
            QVERIFY2(QColor(c.dark).lightness() < 110, c.key);
            QCOMPARE(HighlightColour::find(c.keyString()), &c);
        }
        QCOMPARE(keys.size(), 6);
        QCOMPARE(shades.size(), 12);
        QVERIFY(!HighlightColour::find(QStringLiteral("magenta")));
        QVERIFY(HighlightColour::keyList().contains(QStringLiteral("yellow")));
    }
};

QTEST_GUILESS_MAIN(TestAnnotation)
#include "tst_annotation.moc"
