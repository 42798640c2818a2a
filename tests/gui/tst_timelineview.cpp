#include "timelineview.h"

#include "librarydock.h"
#include "mainwindow.h"
#include "readerarea.h"

#include "analysis/entityengine.h"
#include "annotations/annotationeditor.h"
#include "corpus/bundledcorpus.h"
#include "models/libraryfiltermodel.h"
#include "models/timelinemodel.h"
#include "settings.h"
#include "store/analysisstore.h"
#include "store/database.h"
#include "store/documentstore.h"

#include <QAccessible>
#include <QDockWidget>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Dossier;

namespace {

bool noneOverlap(const TimelineView *view, int rows)
{
    for (int a = 0; a < rows; ++a) {
        for (int b = a + 1; b < rows; ++b) {
            if (view->cardRect(a).intersects(view->cardRect(b)))
                return false;
        }
    }
    return true;
}

} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("lib.sqlite"))).ok());
        m_store = std::make_unique<DocumentStore>(*m_db);
        m_analyses = std::make_unique<AnalysisStore>(*m_db);
        m_annotations = std::make_unique<AnnotationEditor>(*m_db);
        QVERIFY(BundledCorpus::addToEmptyLibrary(*m_store).ok());
        m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    }

    void cleanup()
    {
        m_settings.reset();
        m_annotations.reset();
        m_analyses.reset();
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    void clickingADocumentOpensIt()
    {
        MainWindow window(*m_store, *m_analyses, m_engine, *m_settings, *m_annotations);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("timelineDock"))->isVisible()); // until asked for
        window.showTimeline();
        TimelineView *view = window.timeline();
        QTRY_VERIFY(view->isVisible());
        QCOMPARE(view->model()->rowCount(), 5);
        QVERIFY(noneOverlap(view, 5));
        // Along the axis in date order: 2011 left of 2021.
        QVERIFY(view->cardRect(0).center().x() < view->cardRect(4).center().x());
        QCOMPARE(view->model()->index(0, 0).data(TimelineModel::DateRole).toDate().year(), 2011);

        const int row = 2;
        const qint64 id = view->model()->index(row, 0).data(TimelineModel::DocumentIdRole).toLongLong();
        view->setCurrentRow(row); // scrolled into view
        QVERIFY(view->viewport()->rect().contains(view->cardRect(row).center()));
        QCOMPARE(view->rowAt(view->cardRect(row).center()), row);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->cardRect(row).center());
        QCOMPARE(window.currentDocumentId(), id);
        QCOMPARE(window.readerArea()->activePane()->document().id, id);
    }

    void keyboardMovesAndOpens()
    {
        MainWindow window(*m_store, *m_analyses, m_engine, *m_settings, *m_annotations);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showTimeline();
        TimelineView *view = window.timeline();
        QTRY_VERIFY(view->isVisible());
        QTest::keyClick(view, Qt::Key_End);
        QCOMPARE(view->currentRow(), 4);
        QTest::keyClick(view, Qt::Key_Left);
        QTest::keyClick(view, Qt::Key_Left);
        QCOMPARE(view->currentRow(), 2);
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(view->currentRow(), 3);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(window.currentDocumentId(), view->model()->index(3, 0).data(TimelineModel::DocumentIdRole).toLongLong());
        QVERIFY(!view->accessibleName().isEmpty());
        QVERIFY(view->accessibleDescription().contains(view->model()->index(3, 0).data().toString()));

        // Opening a document elsewhere marks it on the timeline.
        const qint64 first = view->model()->index(0, 0).data(TimelineModel::DocumentIdRole).toLongLong();
        QVERIFY(window.openDocument(first));
        QCOMPARE(view->currentRow(), 0);
    }

    void followsTheLibraryFilter()
    {
        MainWindow window(*m_store, *m_analyses, m_engine, *m_settings, *m_annotations);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showTimeline();
        TimelineView *view = window.timeline();
        int in2015 = 0;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            in2015 += view->model()->index(row, 0).data(TimelineModel::DateRole).toDate().year() == 2015 ? 1 : 0;
        QVERIFY(in2015 > 0 && in2015 < 5);
        window.libraryDock()->filterModel()->setYear(2015);
        QCOMPARE(view->model()->rowCount(), in2015);
        window.libraryDock()->filterModel()->setYear(0);
        QCOMPARE(view->model()->rowCount(), 5);
    }

    void undatedApartAndCrowdedDaysStacked()
    {
        TimelineModel model;
        QList<TimelineEntry> entries;
        for (int i = 0; i < 6; ++i)
            entries.append({i + 1, QStringLiteral("Same day %1").arg(i), QStringLiteral("Publisher"), QDate(2014, 6, 1), {QStringLiteral("1,000")}});
        entries.append({10, QStringLiteral("A year later"), {}, QDate(2015, 6, 1), {}});
        entries.append({11, QStringLiteral("No date"), {}, {}, {}});
        entries.append({12, QStringLiteral("No date either"), {}, {}, {}});
        model.setEntries(entries);
        TimelineView view;
        view.setModel(&model);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Six cards on one day need six lanes, and none hides another.
        QCOMPARE(view.laneCount(), 6);
        QVERIFY(noneOverlap(&view, model.rowCount()));
        // A year later there is room again in the lowest lane.
        QCOMPARE(view.cardRect(6).top(), view.cardRect(0).top());
        // The undated ones are under every dated card.
        int lowestDated = 0;
        for (int row = 0; row < model.datedCount(); ++row)
            lowestDated = qMax(lowestDated, view.cardRect(row).bottom());
        QVERIFY(view.cardRect(model.datedCount()).top() > lowestDated);
        QVERIFY(view.cardRect(model.rowCount() - 1).top() > lowestDated);
    }

    // The painted cards, told to assistive technology one by one.
    void cardsAreAccessible()
    {
        TimelineModel model;
        model.setEntries({{1, QStringLiteral("First report"), QStringLiteral("Cabinet Office"), QDate(2012, 3, 4), {QStringLiteral("1,000")}},
                          {2, QStringLiteral("Second report"), {}, QDate(2016, 7, 8), {}},
                          {3, QStringLiteral("Undated note"), {}, {}, {}}});
        TimelineView view;
        view.setModel(&model);
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QAccessibleInterface *timeline = QAccessible::queryAccessibleInterface(&view);
        QVERIFY(timeline);
        QCOMPARE(timeline->role(), QAccessible::List);
        QCOMPARE(timeline->childCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QAccessibleInterface *card = timeline->child(row);
            QVERIFY(card && card->isValid());
            QCOMPARE(card->role(), QAccessible::ListItem);
            QCOMPARE(card->parent(), timeline);
            QCOMPARE(timeline->indexOfChild(card), row);
            QCOMPARE(timeline->child(row), card); // the same object each time
            const QString title = model.index(row, 0).data().toString();
            QVERIFY2(card->text(QAccessible::Name).startsWith(title), qPrintable(card->text(QAccessible::Name)));
            // Where it is painted, on the screen.
            const QRect painted = view.cardRect(row);
            QCOMPARE(card->rect(), QRect(view.viewport()->mapToGlobal(painted.topLeft()), painted.size()));
            QCOMPARE(timeline->childAt(card->rect().center().x(), card->rect().center().y()), card);
            QVERIFY(!card->state().selected);
        }
        QVERIFY(timeline->child(0)->text(QAccessible::Name).contains(QLocale().toString(QDate(2012, 3, 4), QLocale::LongFormat)));
        QVERIFY(timeline->child(0)->text(QAccessible::Description).contains(QStringLiteral("1,000")));
        QVERIFY(timeline->child(2)->text(QAccessible::Name) != QStringLiteral("Undated note"));

        // The current card is selected, and focused with the view.
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.setFocus();
        QTRY_VERIFY(view.hasFocus());
        QTest::keyClick(&view, Qt::Key_End);
        QCOMPARE(view.currentRow(), 2);
        QVERIFY(timeline->child(2)->state().selected);
        QVERIFY(timeline->child(2)->state().focused);
        QVERIFY(!timeline->child(1)->state().selected);
        QCOMPARE(timeline->focusChild(), timeline->child(2));
        QTest::keyClick(&view, Qt::Key_Left);
        QVERIFY(timeline->child(1)->state().focused);
        QVERIFY(!timeline->child(2)->state().focused);

        // Fewer documents: the cards that went are no longer valid.
        QAccessibleInterface *third = timeline->child(2);
        model.setEntries({{1, QStringLiteral("Only one"), {}, QDate(2012, 3, 4), {}}});
        QCOMPARE(timeline->childCount(), 1);
        QVERIFY(!third->isValid());
        QVERIFY(timeline->child(0)->text(QAccessible::Name).startsWith(QStringLiteral("Only one")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DocumentStore> m_store;
    std::unique_ptr<AnalysisStore> m_analyses;
    std::unique_ptr<AnnotationEditor> m_annotations;
    std::unique_ptr<Settings> m_settings;
    EntityEngine m_engine;
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
