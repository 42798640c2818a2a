#include "entityhighlighter.h"
#include "readerpane.h"

#include "analysis/entityengine.h"

#include <KSyntaxHighlighting/Repository>

#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Dossier;

namespace {

bool formattedAt(const QTextDocument *document, int position)
{
    const QTextBlock block = document->findBlock(position);
    const int inBlock = position - block.position();
    const auto formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        if (range.start <= inBlock && inBlock < range.start + range.length)
            return true;
    }
    return false;
}

// A large text (some 25,000 lines) with a statistic and a body in every
// line, and what the engine would have found in it.
struct Generated {
    Document document;
    Extraction extraction;
    QList<int> statistics; // where each line's statistic starts
};

Generated generate(int lines)
{
    Generated g;
    QString text;
    for (int i = 0; i < lines; ++i) {
        const QString line = QStringLiteral("Item %1: the Cabinet Secretariat counted 1,%2 incidents in its review of that year.\n")
                                 .arg(i)
                                 .arg(i % 1000, 3, 10, QLatin1Char('0'));
        const int base = int(text.size());
        const int body = int(line.indexOf(QLatin1String("Cabinet Secretariat")));
        const int stat = int(line.indexOf(QLatin1String("1,")));
        g.extraction.bodies.append({{base + body, base + body + 19}, QStringLiteral("Cabinet Secretariat"), QStringLiteral("JP")});
        Statistic s;
        s.span = {base + stat, base + stat + 5};
        s.value = 1000 + i % 1000;
        g.extraction.statistics.append(s);
        g.statistics.append(base + stat);
        text += line;
    }
    g.document.id = 1;
    g.document.title = QStringLiteral("Generated");
    g.document.text = text;
    return g;
}

} // namespace

class TestEntityHighlighter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_large = generate(25000);
        QVERIFY(m_engine.isValid());
    }

    void largeTextLeavesTheWindowResponsive()
    {
        ReaderPane pane(m_engine.definition(), m_engine.repository().defaultTheme());
        pane.resize(800, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy finished(&pane, &ReaderPane::highlightingFinished);
        pane.setDocument(m_large.document);
        // Reading in the middle when the analysis arrives.
        QScrollBar *bar = pane.textView()->verticalScrollBar();
        bar->setValue(bar->maximum() / 2);
        pane.setExtraction(m_large.extraction);
        QTextDocument *document = pane.textView()->document();

        // The screen is coloured before anything else happens...
        const QTextBlock shown = pane.textView()->cursorForPosition(pane.textView()->viewport()->rect().center()).block();
        QVERIFY(shown.blockNumber() > 1000);
        QVERIFY(formattedAt(document, m_large.statistics.at(shown.blockNumber())));
        QVERIFY(!pane.isFullyHighlighted());
        // ...and the event loop turns while the rest is being coloured.
        bool ran = false;
        bool completeWhenRan = true;
        QMetaObject::invokeMethod(
            &pane,
            [&] {
                ran = true;
                completeWhenRan = pane.isFullyHighlighted();
            },
            Qt::QueuedConnection);
        QTRY_VERIFY(ran);
        QVERIFY(!completeWhenRan);

        // Jumping to the end colours what is shown there at once.
        pane.textView()->verticalScrollBar()->setValue(pane.textView()->verticalScrollBar()->maximum());
        if (!pane.isFullyHighlighted())
            QVERIFY(formattedAt(document, m_large.statistics.last()));

        // Eventually every line.
        QTRY_VERIFY_WITH_TIMEOUT(pane.isFullyHighlighted(), 120000);
        QCOMPARE(finished.count(), 1);
        int coloured = 0;
        for (int position : std::as_const(m_large.statistics))
            coloured += formattedAt(document, position) ? 1 : 0;
        QCOMPARE(coloured, int(m_large.statistics.size()));
        // What the engine found is still told on hover.
        QVERIFY(pane.toolTipAt(m_large.statistics.at(12345) + 1).contains(QLocale().toString(1345.0, 'g', 12)));
    }

    void layersApplyToTheWholeText()
    {
        ReaderPane pane(m_engine.definition(), m_engine.repository().defaultTheme());
        pane.resize(800, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setDocument(m_large.document);
        pane.setExtraction(m_large.extraction);
        QTRY_VERIFY_WITH_TIMEOUT(pane.isFullyHighlighted(), 120000);
        QTextDocument *document = pane.textView()->document();
        const int lastBody = m_large.extraction.bodies.last().span.start;
        QVERIFY(formattedAt(document, lastBody));

        // Statistics off: gone everywhere, bodies stay.
        pane.setLayers(EntityHighlighter::Bodies);
        QTRY_VERIFY_WITH_TIMEOUT(pane.isFullyHighlighted(), 120000);
        QVERIFY(!formattedAt(document, m_large.statistics.last()));
        QVERIFY(!formattedAt(document, m_large.statistics.at(777)));
        QVERIFY(formattedAt(document, lastBody));
    }

    void aNewTextStartsOver()
    {
        ReaderPane pane(m_engine.definition(), m_engine.repository().defaultTheme());
        pane.resize(800, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setDocument(m_large.document);
        pane.setExtraction(m_large.extraction);
        // Another document before the first is fully coloured.
        const Generated small = generate(40);
        pane.setDocument(small.document);
        QVERIFY(!pane.isFullyHighlighted());
        pane.setExtraction(small.extraction);
        QTRY_VERIFY(pane.isFullyHighlighted());
        for (int position : small.statistics)
            QVERIFY(formattedAt(pane.textView()->document(), position));
        QCOMPARE(pane.textView()->document()->blockCount(), 41);
    }

private:
    EntityEngine m_engine;
    Generated m_large;
};

QTEST_MAIN(TestEntityHighlighter)
#include "tst_entityhighlighter.moc"
