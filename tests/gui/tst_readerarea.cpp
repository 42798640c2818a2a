#include "readerarea.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace Dossier;

namespace {

// A passage two reports share, wrapped and punctuated differently in each.
const QString SharedLeft = QStringLiteral(
    "The Cabinet decided on Tuesday to set up a Cybersecurity Strategy Headquarters headed by the Chief Cabinet Secretary. "
    "Suspicious accesses to government networks rose to 5.08 million in fiscal 2013, about seven times the 660,000 of fiscal 2011, "
    "and most of them came from abroad, the National center of Incident readiness and Strategy for Cybersecurity said.");
const QString SharedRight = QStringLiteral(
    "The Cabinet decided on Tuesday to set up a Cybersecurity Strategy Headquarters -- headed by the Chief Cabinet Secretary.\n"
    "Suspicious accesses to government networks rose to 5.08 million in fiscal 2013 (about seven times the 660,000 of fiscal 2011)\n"
    "and most of them came from abroad, the National center of Incident readiness and Strategy for Cybersecurity said!");

// Lines only one text has: its own word in every few.
QString filler(const QString &seed, int lines)
{
    QStringList out;
    for (int i = 0; i < lines; ++i)
        out.append(QStringLiteral("%1 line %2: the %1 report says %3 things about %1 alone.").arg(seed).arg(i).arg(i * 3 + 1));
    return out.join(QLatin1Char('\n'));
}

Document document(qint64 id, const QString &text)
{
    Document d;
    d.id = id;
    d.title = QStringLiteral("Report %1").arg(id);
    d.text = text;
    return d;
}

// Whether a position is on screen.
bool shows(QPlainTextEdit *view, int position)
{
    const QRect area = view->viewport()->rect();
    return view->cursorForPosition(area.topLeft()).position() <= position && position <= view->cursorForPosition(area.bottomRight()).position();
}

// Where a position is, from the top of the view.
int heightOf(QPlainTextEdit *view, int position)
{
    QTextCursor cursor(view->document());
    cursor.setPosition(position);
    return view->cursorRect(cursor).center().y();
}

// Scrolls a view so that a position is in its middle.
void centreOn(QPlainTextEdit *view, int position)
{
    view->verticalScrollBar()->setValue(0);
    QTextCursor cursor(view->document());
    cursor.setPosition(position);
    view->setTextCursor(cursor);
    view->centerCursor();
}

} // namespace

class TestReaderArea : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        // The passage late in the left text, early in the right one: at the
        // same fraction of each text it is nowhere near.
        m_left = filler(QStringLiteral("Alpha"), 220) + QStringLiteral("\n\n") + SharedLeft + QStringLiteral("\n\n") + filler(QStringLiteral("Omega"), 30);
        m_right = filler(QStringLiteral("Beta"), 15) + QStringLiteral("\n\n") + SharedRight + QStringLiteral("\n\n") + filler(QStringLiteral("Gamma"), 320);
        m_area = std::make_unique<ReaderArea>(KSyntaxHighlighting::Definition(), KSyntaxHighlighting::Theme());
        m_area->resize(1000, 500);
        m_area->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_area.get()));
        m_area->open(document(1, m_left));
        m_area->compare(document(2, m_right));
        QCOMPARE(m_area->paneCount(), 2);
    }

    void cleanup() { m_area.reset(); }

    void proportionalLinkingMissesTheSharedPassage()
    {
        m_area->setLinkMode(ReaderArea::Link::Proportional);
        QPlainTextEdit *left = m_area->pane(0)->textView();
        QPlainTextEdit *right = m_area->pane(1)->textView();
        centreOn(left, int(m_left.indexOf(QLatin1String("5.08 million"))));
        QVERIFY(right->verticalScrollBar()->value() > 0); // it did follow
        QVERIFY(!shows(right, int(m_right.indexOf(QLatin1String("5.08 million")))));
    }

    void matchingPassagesBringTheSharedParagraphIntoView()
    {
        QSignalSpy aligned(m_area.get(), &ReaderArea::alignmentChanged);
        m_area->setLinkMode(ReaderArea::Link::MatchingPassages);
        QTRY_COMPARE(aligned.count(), 1);
        QCOMPARE(m_area->alignment().passages().size(), 1);

        QPlainTextEdit *left = m_area->pane(0)->textView();
        QPlainTextEdit *right = m_area->pane(1)->textView();
        const int leftFigure = int(m_left.indexOf(QLatin1String("5.08 million")));
        const int rightFigure = int(m_right.indexOf(QLatin1String("5.08 million")));
        centreOn(left, leftFigure);
        QVERIFY(shows(left, leftFigure));
        QVERIFY(shows(right, rightFigure));
        // At the same height, within a couple of lines.
        const int lineHeight = right->fontMetrics().lineSpacing();
        QVERIFY2(qAbs(heightOf(right, rightFigure) - heightOf(left, leftFigure)) <= 3 * lineHeight,
                 qPrintable(QStringLiteral("left at %1, right at %2").arg(heightOf(left, leftFigure)).arg(heightOf(right, rightFigure))));

        // And the other way: scrolling the right pane moves the left one.
        const int rightEnd = int(m_right.indexOf(QLatin1String("Cybersecurity said")));
        left->verticalScrollBar()->setValue(0);
        centreOn(right, rightEnd);
        QVERIFY(shows(left, int(m_left.indexOf(QLatin1String("Cybersecurity said")))));

        // Swapped sides keep the passages matched.
        m_area->swapSides();
        QPlainTextEdit *nowLeft = m_area->pane(0)->textView();
        QCOMPARE(nowLeft, right);
        left->verticalScrollBar()->setValue(0);
        centreOn(right, rightFigure + 1);
        QVERIFY(shows(left, leftFigure));
    }

    void offDoesNotMoveTheOtherPane()
    {
        m_area->setLinkMode(ReaderArea::Link::Off);
        QPlainTextEdit *right = m_area->pane(1)->textView();
        right->verticalScrollBar()->setValue(0);
        centreOn(m_area->pane(0)->textView(), int(m_left.indexOf(QLatin1String("5.08 million"))));
        QCOMPARE(right->verticalScrollBar()->value(), 0);
    }

private:
    QString m_left;
    QString m_right;
    std::unique_ptr<ReaderArea> m_area;
};

QTEST_MAIN(TestReaderArea)
#include "tst_readerarea.moc"
