#include "mainwindow.h"

#include "analysis/entityengine.h"
#include "corpus/bundledcorpus.h"
#include "store/database.h"
#include "store/documentstore.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBlock>
#include <QTextLayout>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsLibraryAndOpensDocument()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        DocumentStore store(db);
        QVERIFY(BundledCorpus::addToEmptyLibrary(store).ok());

        EntityEngine engine;
        QVERIFY(engine.isValid());
        MainWindow window(store, engine);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *library = window.findChild<QTableView *>(QStringLiteral("libraryView"));
        QVERIFY(library);
        QCOMPARE(library->model()->rowCount(), 5);

        // Activating a row opens that document in the reader.
        const QModelIndex first = library->model()->index(0, 0);
        library->setCurrentIndex(first);
        Q_EMIT library->activated(first);
        auto *reader = window.findChild<QPlainTextEdit *>(QStringLiteral("reader"));
        QVERIFY(reader);
        const Document opened = store.byId(window.currentDocumentId());
        QVERIFY(opened.isValid());
        // QTextDocument shows no-break spaces as spaces; offsets stay aligned.
        QCOMPARE(reader->toPlainText(), QString(opened.text).replace(QChar::Nbsp, QLatin1Char(' ')));
        // Dates sort ascending: the earliest seed (2011) comes first.
        QCOMPARE(opened.publishedOn.year(), 2011);
        // The engine's definition colours the text: a body name is formatted.
        const int at = int(opened.text.indexOf(QLatin1String("Foreign Ministry")));
        QVERIFY(at > 0);
        const QTextBlock block = reader->document()->findBlock(at);
        bool coloured = false;
        for (const QTextLayout::FormatRange &range : block.layout()->formats())
            coloured |= range.start <= at - block.position() && at - block.position() < range.start + range.length;
        QVERIFY(coloured);
        auto *header = window.findChild<QLabel *>(QStringLiteral("readerHeader"));
        QVERIFY(header->text().contains(opened.title));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
