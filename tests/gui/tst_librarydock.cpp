#include "importsummarydialog.h"
#include "librarydock.h"
#include "metadatadialog.h"

#include "models/libraryfiltermodel.h"
#include "models/librarymodel.h"
#include "store/annotationstore.h"
#include "store/database.h"
#include "store/documentstore.h"
#include "store/tagstore.h"
#include "store/importjob.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QLabel>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace Dossier;

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestLibraryDock : public QObject
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
        const struct {
            const char *title;
            const char *publisher;
            QDate date;
        } rows[] = {
            {"Ministry sites hit by cyber-attacks", "The Japan Times", {2011, 10, 27}},
            {"Press conference by the Chief Cabinet Secretary", "Prime Minister's Office", {2012, 9, 20}},
            {"Japan sets up a cyber defence unit", "Nikkei", {2015, 2, 3}},
            {"Tokyo blames hackers", "The Japan Times", {2015, 7, 6}},
        };
        m_ids.clear();
        for (const auto &row : rows) {
            Document d;
            d.title = QString::fromLatin1(row.title);
            d.publisher = QString::fromLatin1(row.publisher);
            d.publishedOn = row.date;
            d.text = d.title + QStringLiteral("\n\nBody text.");
            d.sourceName = d.title + QStringLiteral(".txt");
            m_ids.append(m_store->add(d).value());
        }
        m_stack = std::make_unique<QUndoStack>();
        m_dock = std::make_unique<LibraryDock>(*m_store, m_stack.get());
        m_dock->reload();
        m_dock->show();
    }

    void cleanup()
    {
        m_dock.reset();
        m_stack.reset();
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    void filtersNarrowTheRows()
    {
        QTableView *view = m_dock->view();
        QCOMPARE(view->model()->rowCount(), 4);
        QTest::keyClicks(m_dock->filterEdit(), QStringLiteral("japan"));
        QCOMPARE(view->model()->rowCount(), 3); // two by publisher, one by title
        m_dock->filterEdit()->clear();
        QCOMPARE(view->model()->rowCount(), 4);

        auto *year = m_dock->findChild<QComboBox *>(QStringLiteral("yearFilter"));
        auto *publisher = m_dock->findChild<QComboBox *>(QStringLiteral("publisherFilter"));
        auto *tag = m_dock->findChild<QComboBox *>(QStringLiteral("tagFilter"));
        QCOMPARE(year->count(), 4); // all years, 2015, 2012, 2011
        QCOMPARE(year->itemText(1), QStringLiteral("2015"));
        year->setCurrentIndex(1);
        QCOMPARE(view->model()->rowCount(), 2);
        publisher->setCurrentIndex(publisher->findText(QStringLiteral("The Japan Times")));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Tokyo blames hackers"));
        QVERIFY(!tag->isVisible()); // no tags in this library
        QCOMPARE(m_dock->findChild<QLabel *>(QStringLiteral("libraryCount"))->text(), QStringLiteral("1 of 4 document(s)"));

        // A reload keeps the filters.
        m_dock->reload();
        QCOMPARE(view->model()->rowCount(), 1);
        year->setCurrentIndex(0);
        publisher->setCurrentIndex(0);
        QCOMPARE(view->model()->rowCount(), 4);
    }

    void documentTagsFilterTheLibrary()
    {
        TagStore tags(*m_db);
        const auto ids = tags.ensurePaths({QStringLiteral("policy/deterrence")});
        QVERIFY(ids.ok());
        QVERIFY(tags.tagDocuments({m_ids.at(1)}, ids->first()).ok());
        m_dock->reload();
        QCOMPARE(m_dock->model()->index(m_dock->model()->rowOfDocument(m_ids.at(1)), 0).data(LibraryModel::TagsRole).toStringList(),
                 QStringList{QStringLiteral("policy/deterrence")});
        m_dock->filterModel()->setTag(QStringLiteral("policy/deterrence"));
        QCOMPARE(m_dock->filterModel()->rowCount(), 1);
        m_dock->filterModel()->setTag(QString());
        QCOMPARE(m_dock->filterModel()->rowCount(), m_dock->model()->rowCount());
    }

    void removeAsksThenUndoRestores()
    {
        const qint64 id = m_ids.at(1);
        QSqlQuery insert(m_db->connection());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO annotations (uuid, document_id, start, \"end\", exact, created, modified) "
                                           "VALUES ('a1', %1, 0, 5, 'Press', '', '')").arg(id)));
        m_dock->reload();
        const QModelIndex notes = m_dock->model()->index(m_dock->model()->rowOfDocument(id), LibraryModel::AnnotationsColumn);
        QCOMPARE(notes.data().toInt(), 1);

        QStringList asked;
        bool answer = false;
        m_dock->setConfirmation([&](QWidget *, const QString &, const QString &text) {
            asked.append(text);
            return answer;
        });
        m_dock->removeDocuments({id});
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QLatin1String("1 annotation")), qPrintable(asked.first()));
        QCOMPARE(m_store->count(), 4); // declined

        answer = true;
        m_dock->selectDocument(id);
        QCOMPARE(m_dock->selectedDocuments(), QList<qint64>{id});
        QAction *remove = nullptr;
        for (QAction *action : m_dock->view()->actions()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Delete))
                remove = action;
        }
        QVERIFY(remove && remove->isEnabled());
        remove->trigger();
        QCOMPARE(asked.size(), 2);
        QCOMPARE(m_store->count(), 3);
        QCOMPARE(m_dock->model()->rowCount(), 3);
        QCOMPARE(m_dock->model()->rowOfDocument(id), -1);

        m_stack->undo();
        QCOMPARE(m_store->byId(id).title, QStringLiteral("Press conference by the Chief Cabinet Secretary"));
        QVERIFY(m_dock->model()->rowOfDocument(id) >= 0);
        // Its annotation came back with it.
        QSqlQuery back(m_db->connection());
        QVERIFY(back.exec(QStringLiteral("SELECT uuid FROM annotations WHERE document_id = %1").arg(id)));
        QVERIFY(back.next());
        QCOMPARE(back.value(0).toString(), QStringLiteral("a1"));

        // Two at once, without annotations: the question says so.
        m_dock->removeDocuments({m_ids.at(2), m_ids.at(3)});
        QVERIFY2(asked.last().contains(QLatin1String("2 document(s)")) && !asked.last().contains(QLatin1String("annotation")),
                 qPrintable(asked.last()));
        QCOMPARE(m_dock->model()->rowCount(), 2);
        m_stack->undo();
        QCOMPARE(m_dock->model()->rowCount(), 4);
    }

    // An edited version of a document's file replaces its text as one undo
    // step; its annotations are re-anchored, and undo puts them back.
    void replaceTextIsOneUndoStep()
    {
        const qint64 id = m_ids.at(1);
        const QString old = m_store->byId(id).text;
        AnnotationStore annotations(*m_db);
        const qsizetype at = old.indexOf(QStringLiteral("Body text"));
        const Expected<qint64> body = annotations.add(Annotation::forRange(id, old, at, at + 9));
        const Expected<qint64> press = annotations.add(Annotation::forRange(id, old, 0, 16));
        QVERIFY(body && press);
        const QString file = m_dir->filePath(QStringLiteral("edited.txt"));
        QVERIFY(write(file, "A different headline altogether\n\nBody text, now longer.\n"));
        QSignalSpy replaced(m_dock.get(), &LibraryDock::textReplaced);
        QSignalSpy messages(m_dock.get(), &LibraryDock::message);

        QVERIFY(m_dock->replaceText(id, file));
        QCOMPARE(replaced.size(), 1);
        QVERIFY2(messages.last().first().toString().contains(QLatin1String("orphaned: 1")), qPrintable(messages.last().first().toString()));
        QCOMPARE(m_store->count(), 4); // no new document
        QCOMPARE(m_store->byId(id).text, QStringLiteral("A different headline altogether\n\nBody text, now longer.\n"));
        QCOMPARE(m_store->byId(id).title, QStringLiteral("Press conference by the Chief Cabinet Secretary"));
        QVERIFY(annotations.byId(*body).anchor != Annotation::Anchor::Orphaned);
        QCOMPARE(annotations.byId(*body).exact, QStringLiteral("Body text"));
        QCOMPARE(annotations.byId(*press).anchor, Annotation::Anchor::Orphaned);
        QCOMPARE(m_stack->count(), 1);

        m_stack->undo();
        QCOMPARE(replaced.size(), 2);
        QCOMPARE(m_store->byId(id).text, old);
        QCOMPARE(annotations.byId(*press).anchor, Annotation::Anchor::Anchored);
        QCOMPARE(annotations.byId(*press).exact, old.left(16));
        m_stack->redo();
        QCOMPARE(annotations.byId(*press).anchor, Annotation::Anchor::Orphaned);

        // A file that cannot be read changes nothing and says why.
        QVERIFY(!m_dock->replaceText(id, m_dir->filePath(QStringLiteral("missing.txt"))));
        QCOMPARE(m_stack->count(), 1);
    }

    void editMetadataPersists()
    {
        const qint64 id = m_ids.at(2);
        m_dock->editMetadata(id);
        auto *dialog = m_dock->findChild<MetadataDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        auto *date = dialog->findChild<QLineEdit *>(QStringLiteral("dateEdit"));
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kindCombo"));
        QPushButton *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        title->setText(QStringLiteral("Japan's cyber defence unit"));
        date->setText(QStringLiteral("2015-02-31"));
        QVERIFY(!save->isEnabled()); // not a date
        date->setText(QStringLiteral("2015-02-04"));
        QVERIFY(save->isEnabled());
        kind->setCurrentIndex(kind->findData(QStringLiteral("news-article")));
        save->click();

        const Document edited = m_store->byId(id);
        QCOMPARE(edited.title, QStringLiteral("Japan's cyber defence unit"));
        QCOMPARE(edited.publishedOn, QDate(2015, 2, 4));
        QCOMPARE(edited.kind, QStringLiteral("news-article"));
        const int row = m_dock->model()->rowOfDocument(id);
        QCOMPARE(m_dock->model()->index(row, LibraryModel::TitleColumn).data().toString(), edited.title);
        QCOMPARE(m_stack->count(), 1);
        m_stack->undo();
        QCOMPARE(m_store->byId(id).title, QStringLiteral("Japan sets up a cyber defence unit"));
    }

    void importsAFolderAndReportsRejections()
    {
        const QString folder = m_dir->filePath(QStringLiteral("clippings"));
        QVERIFY(write(folder + QStringLiteral("/one.txt"), "Tokyo, May 1, 2019\n\nThe first clipping about NISC.\n"));
        QVERIFY(write(folder + QStringLiteral("/deeper/two.md"), "# Second clipping\n\nAbout the Cabinet Office.\n"));
        QVERIFY(write(folder + QStringLiteral("/broken.txt"), QByteArray()));
        QList<ImportReport> reports;
        connect(m_dock.get(), &LibraryDock::importFinished, this, [&reports](const ImportReport &r) { reports.append(r); });
        QVERIFY(m_dock->importPaths({folder}));
        QVERIFY(!m_dock->importPaths({folder})); // one import at a time
        QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 1, 20000);
        const ImportReport &report = reports.first();
        QCOMPARE(report.imported.size(), 2);
        QCOMPARE(report.rejected.size(), 1);
        QCOMPARE(m_store->count(), 6);
        QCOMPARE(m_dock->model()->rowCount(), 6);

        auto *summary = m_dock->findChild<ImportSummaryDialog *>();
        QVERIFY(summary);
        QVERIFY2(summary->summary().contains(QLatin1String("2 document(s) imported")), qPrintable(summary->summary()));
        QTreeWidget *details = summary->details();
        QCOMPARE(details->topLevelItemCount(), 3);
        QTreeWidgetItem *first = details->topLevelItem(0); // problems first
        QVERIFY(first->text(0).endsWith(QLatin1String("broken.txt")));
        QCOMPARE(first->text(1), QStringLiteral("Rejected"));
        QVERIFY(!first->text(2).isEmpty());
    }

    void droppedFilesAreImported()
    {
        const QString file = m_dir->filePath(QStringLiteral("dropped.txt"));
        QVERIFY(write(file, "Tokyo, June 2, 2020\n\nA dropped clipping about the NISC.\n"));
        QList<ImportReport> reports;
        connect(m_dock.get(), &LibraryDock::importFinished, this, [&reports](const ImportReport &r) { reports.append(r); });
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        const QPoint at = m_dock->view()->geometry().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.setAccepted(false);
        QApplication::sendEvent(m_dock.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_dock.get(), &drop);
        QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 1, 20000);
        QCOMPARE(reports.first().imported.size(), 1);
        QCOMPARE(m_dock->model()->rowCount(), 5);

        // Something that is not a local file is refused.
        QMimeData text;
        text.setText(QStringLiteral("just words"));
        QDragEnterEvent refused(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(m_dock.get(), &refused);
        QVERIFY(!refused.isAccepted());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DocumentStore> m_store;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<LibraryDock> m_dock;
    QList<qint64> m_ids;
};

QTEST_MAIN(TestLibraryDock)
#include "tst_librarydock.moc"
