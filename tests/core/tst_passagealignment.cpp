#include "corpus/passagealignment.h"

#include <QTest>

using namespace Dossier;

namespace {

const QString Shared = QStringLiteral(
    "The government will set up a new cybersecurity strategy headquarters under the Cabinet, "
    "Chief Cabinet Secretary Yoshihide Suga told reporters on Tuesday, adding that the number of "
    "suspicious accesses to government networks had risen to 5.08 million in fiscal 2013.");

// The same paragraph as another outlet printed it: wrapped, with other
// punctuation and case.
const QString SharedReprinted = QStringLiteral(
    "THE GOVERNMENT will set up a new Cybersecurity Strategy Headquarters\n"
    "under the cabinet; chief cabinet secretary Yoshihide Suga told reporters on Tuesday -- adding\n"
    "that the number of suspicious accesses to government networks had risen to 5.08 million in\n"
    "fiscal 2013!");

QString filler(const QString &seed, int sentences)
{
    QStringList out;
    for (int i = 0; i < sentences; ++i)
        // The seed in every run of a few words: fillers share no passage.
        out.append(QStringLiteral("%1 note %2: the %1 text says %3 things about %1.").arg(seed).arg(i).arg(i * 7 + 3));
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestPassageAlignment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsASharedParagraphDespiteWhitespaceAndPunctuation()
    {
        const QString left = filler(QStringLiteral("Left"), 12) + QStringLiteral("\n\n") + Shared + QStringLiteral("\n\n") + filler(QStringLiteral("Afterwards"), 3);
        const QString right = filler(QStringLiteral("Right"), 2) + QStringLiteral("\n") + SharedReprinted + QStringLiteral("\n") + filler(QStringLiteral("Later"), 20);
        const PassageAlignment alignment = PassageAlignment::align(left, right);
        QCOMPARE(alignment.passages().size(), 1);
        const PassageAlignment::Passage passage = alignment.passages().first();
        QCOMPARE(passage.left.text(left), Shared.chopped(1)); // up to the last word, not the full stop
        QVERIFY(passage.right.text(right).startsWith(QLatin1String("THE GOVERNMENT")));
        QVERIFY(passage.right.text(right).endsWith(QLatin1String("fiscal 2013")));
        QCOMPARE(passage.words, 41);

        // Word for word inside the passage, both ways.
        const int suga = left.indexOf(QLatin1String("Suga"));
        QCOMPARE(alignment.toRight(suga), int(right.indexOf(QLatin1String("Suga"))));
        QCOMPARE(alignment.toLeft(int(right.indexOf(QLatin1String("2013")))), int(left.indexOf(QLatin1String("2013"))));
    }

    void keepsTheOrderBothTextsAgreeOn()
    {
        const QString a = Shared;
        const QString b = QStringLiteral("Separately, the National Police Agency said hacking attempts against companies that "
                                         "supply the defence ministry had tripled since the previous year, according to its annual report.");
        // Right has the two passages the other way round: only one of them
        // can be scrolled to without running backwards.
        const QString left = a + QStringLiteral("\n\n") + filler(QStringLiteral("Middle"), 4) + QStringLiteral("\n\n") + b;
        const QString right = b + QStringLiteral("\n\n") + filler(QStringLiteral("Centre"), 4) + QStringLiteral("\n\n") + a;
        const PassageAlignment alignment = PassageAlignment::align(left, right);
        QCOMPARE(alignment.passages().size(), 1);
        int previous = -1;
        for (int position = 0; position <= left.size(); position += 7) {
            const int mapped = alignment.toRight(position);
            QVERIFY2(mapped >= previous, qPrintable(QStringLiteral("at %1: %2 after %3").arg(position).arg(mapped).arg(previous)));
            QVERIFY(mapped >= 0 && mapped <= right.size());
            previous = mapped;
        }
    }

    void findsSeveralPassagesInOrder()
    {
        const QString b = QStringLiteral("Separately, the National Police Agency said hacking attempts against companies that "
                                         "supply the defence ministry had tripled since the previous year, according to its annual report.");
        const QString left = filler(QStringLiteral("One"), 3) + Shared + filler(QStringLiteral("Two"), 6) + b;
        const QString right = Shared + filler(QStringLiteral("Three"), 1) + b + filler(QStringLiteral("Four"), 9);
        const PassageAlignment alignment = PassageAlignment::align(left, right);
        QCOMPARE(alignment.passages().size(), 2);
        QVERIFY(alignment.passages().at(0).left.start < alignment.passages().at(1).left.start);
        QVERIFY(alignment.passages().at(0).right.start < alignment.passages().at(1).right.start);
        QCOMPARE(alignment.toRight(int(left.indexOf(QLatin1String("tripled")))), int(right.indexOf(QLatin1String("tripled"))));
    }

    void ignoresBoilerplate()
    {
        // Two different articles from one site: the same short lines of page
        // furniture, and a long footer that each repeats.
        const QString furniture = QStringLiteral("Home\nNews\nShare this article\nAdvertisement\nRead more:\n");
        const QString footer = QStringLiteral("Copyright 2021 The Example Times. All rights reserved. This material may not be published, broadcast or redistributed.\n");
        const QString left = furniture + filler(QStringLiteral("Ministry"), 5) + QStringLiteral("\nAdvertisement\n") + footer + footer;
        const QString right = furniture + filler(QStringLiteral("Agency"), 8) + QStringLiteral("\nShare this article\n") + footer + footer;
        const PassageAlignment alignment = PassageAlignment::align(left, right);
        QVERIFY2(alignment.isEmpty(), qPrintable(alignment.isEmpty() ? QString() : alignment.passages().first().left.text(left)));
        QCOMPARE(alignment.sharedWords(), 0);
    }

    void proportionalWhereNothingIsShared()
    {
        const QString left = filler(QStringLiteral("Left"), 10);
        const QString right = filler(QStringLiteral("Right"), 30);
        const PassageAlignment alignment = PassageAlignment::align(left, right);
        QVERIFY(alignment.isEmpty());
        QCOMPARE(alignment.toRight(0), 0);
        QCOMPARE(alignment.toRight(int(left.size())), int(right.size()));
        QCOMPARE(alignment.toRight(int(left.size()) / 2), int(right.size()) / 2);
        QCOMPARE(PassageAlignment().toRight(10), 0);
    }

    void japaneseWithoutSpaces()
    {
        const QString shared = QStringLiteral("政府は内閣にサイバーセキュリティ戦略本部を設置し、政府機関への不審な通信が五百八万件に増えたと発表した");
        const QString left = QStringLiteral("東京新聞によると、") + shared + QStringLiteral("。以上。");
        const QString right = QStringLiteral("【速報】\n") + shared + QStringLiteral("。関係者は懸念を示している。");
        const PassageAlignment alignment = PassageAlignment::align(left, right);
        QCOMPARE(alignment.passages().size(), 1);
        QCOMPARE(alignment.passages().first().left.text(left), shared);
        QCOMPARE(alignment.passages().first().right.text(right), shared);
    }
};

QTEST_GUILESS_MAIN(TestPassageAlignment)
#include "tst_passagealignment.moc"
