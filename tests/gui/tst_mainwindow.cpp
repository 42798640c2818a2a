#include "inspector.h"
#include "librarydock.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "readerarea.h"
#include "searchpanel.h"

#include "analysis/corpusanalyzer.h"
#include "analysis/entityengine.h"
#include "annotations/annotation.h"
#include "annotations/annotationeditor.h"
#include "corpus/bundledcorpus.h"
#include "models/entitytreemodel.h"
#include "models/librarymodel.h"
#include "models/mentionlistmodel.h"
#include "models/searchresultmodel.h"
#include "settings.h"
#include "store/analysisstore.h"
#include "store/database.h"
#include "store/documentcommands.h"
#include "store/documentstore.h"
#include "store/transaction.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QMimeData>
#include <QDropEvent>
#include <QApplication>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace Dossier;

namespace {

bool formattedAt(QPlainTextEdit *view, int position)
{
    const QTextBlock block = view->document()->findBlock(position);
    const int inBlock = position - block.position();
    const auto formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        if (range.start <= inBlock && inBlock < range.start + range.length)
            return true;
    }
    return false;
}

QColor foregroundAt(QPlainTextEdit *view, int position)
{
    const QTextBlock block = view->document()->findBlock(position);
    const int inBlock = position - block.position();
    QColor colour;
    const auto formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        if (range.start <= inBlock && inBlock < range.start + range.length && range.format.hasProperty(QTextFormat::ForegroundBrush))
            colour = range.format.foreground().color();
    }
    return colour;
}

qint64 idOfDocumentFrom(DocumentStore &store, int year)
{
    const auto all = store.list();
    for (const Document &d : *all) {
        if (d.publishedOn.year() == year)
            return d.id;
    }
    return 0;
}

} // namespace

class TestMainWindow : public QObject
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
        QVERIFY(m_engine.isValid());
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

    void opensAndColoursADocument()
    {
        MainWindow window(*m_store, *m_analyses, m_engine, *m_settings, *m_annotations);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *library = window.findChild<QTableView *>(QStringLiteral("libraryView"));
        QCOMPARE(library->model()->rowCount(), 5);

        // Activating the first row (the earliest, 2011) opens it.
        const QModelIndex first = library->model()->index(0, 0);
        library->setCurrentIndex(first);
        Q_EMIT library->activated(first);
        ReaderPane *pane = window.readerArea()->activePane();
        QVERIFY(pane);
        QCOMPARE(pane->document().publishedOn.year(), 2011);
        QCOMPARE(pane->textView()->toPlainText(), QString(pane->document().text).replace(QChar::Nbsp, QLatin1Char(' ')));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("paneTitle"))->text(), pane->document().title);

        // The engine's findings arrive in the background and colour the text.
        QTRY_VERIFY_WITH_TIMEOUT(pane->isAnalysed(), 20000);
        const int body = int(pane->document().text.indexOf(QLatin1String("Foreign Ministry")));
        QVERIFY(formattedAt(pane->textView(), body));
        QAction *bodies = nullptr;
        QAction *attributions = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text() == QLatin1String("Government &Bodies"))
                bodies = a;
            if (a->text() == QLatin1String("&Attributions"))
                attributions = a;
        }
        QVERIFY(bodies && attributions);
        // "Chief Cabinet Secretary" is a title: with the speaker's underline
        // off, its "Cabinet" is plain although the definition knows the body.
        attributions->trigger();
        const int title = int(pane->document().text.indexOf(QLatin1String("Chief Cabinet Secretary"))) + 6;
        QVERIFY(!formattedAt(pane->textView(), title));
        attributions->trigger();
        QVERIFY(formattedAt(pane->textView(), title));

        // Layers toggle: with bodies off, the body loses its colour.
        const QColor bodyColour = foregroundAt(pane->textView(), body);
        QVERIFY(bodyColour.isValid());
        bodies->trigger();
        QVERIFY(!window.layers().testFlag(EntityHighlighter::Bodies));
        QVERIFY(foregroundAt(pane->textView(), body) != bodyColour);
        bodies->trigger();
        QCOMPARE(foregroundAt(pane->textView(), body), bodyColour);
    }

    // Settings > Preferences: font, theme and layers reach the open panes at once.
    void preferencesApplyToOpenPanes()
    {
        MainWindow window(*m_store, *m_analyses, m_engine, *m_settings, *m_annotations);
        window.show();
        window.openFirstDocument();
        ReaderPane *pane = window.readerArea()->activePane();
        QVERIFY(pane);
        window.showPreferences();
        auto *dialog = window.findChild<PreferencesDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());

        auto *systemFont = dialog->findChild<QCheckBox *>(QStringLiteral("systemFont"));
        systemFont->setChecked(false);
        dialog->findChild<QSpinBox *>(QStringLiteral("fontSize"))->setValue(23);
        dialog->findChild<QCheckBox *>(QStringLiteral("layer%1").arg(int(EntityHighlighter::Bodies)))->setChecked(false);
        dialog->findChild<QRadioButton *>(QStringLiteral("furniture2"))->setChecked(true);
        auto *theme = dialog->findChild<QComboBox *>(QStringLiteral("theme"));
        QVERIFY(theme->count() > 2); // KSyntaxHighlighting's bundled themes
        dialog->apply();

        QCOMPARE(pane->readerFont().pointSize(), 23);
        QVERIFY(!window.layers().testFlag(EntityHighlighter::Bodies));
        QVERIFY(window.layers().testFlag(EntityHighlighter::HideFurniture));
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text() == QLatin1String("Government &Bodies"))
                QVERIFY(!a->isChecked());
        }
        // A pane opened afterwards gets them too.
        window.compareDocument(window.readerArea()->pane(0)->document().id);
        QCOMPARE(window.readerArea()->pane(1)->readerFont().pointSize(), 23);
        dialog->close();
    }

    void documentsDropOntoASide()
    {
        MainWindow window(*m_store, *m_analyses, m_engine, *m_settings, *m_annotations);
        window.show();
        const qint64 left = idOfDocumentFrom(*m_store, 2011);
        const qint64 right = idOfDocumentFrom(*m_store, 2021);
        const qint64 dropped = idOfDocumentFrom(*m_store, 2012);
        QVERIFY(window.openDocument(left));
        QVERIFY(window.compareDocument(right));
        // Drag the 2012 document from the library onto the right side.
        auto *library = window.findChild<QTableView *>(QStringLiteral("libraryView"));
        QModelIndex source;
        for (int row = 0; row < library->model()->rowCount(); ++row) {
            if (library->model()->index(row, 0).data(LibraryModel::DocumentIdRole).toLongLong() == dropped)
                source = library->model()->index(row, 0);
        }
        QVERIFY(source.isValid());
        std::unique_ptr<QMimeData> mime(library->model()->mimeData({source}));
        QVERIFY2(!LibraryModel::documentIds(mime.get()).isEmpty(), qPrintable(mime->formats().join(QLatin1Char(','))));
        QVERIFY(window.readerArea()->pane(1)->textView()->viewport()->acceptDrops());
        QVERIFY(window.readerArea()->pane(1)->dropDocuments(mime.get()));
        QCOMPARE(window.readerArea()->pane(1)->document().id, dropped);
        QCOMPARE(window.readerArea()->pane(0)->document().id, left);
    }

    void goesFromAnnotationToAnnotation()
    {
        const qint64 id = idOfDocumentFrom(*m_store, 2011);
        const Document doc = m_store->byId(id);
        // Two highlights, added out of text order (offsets are code points;
        // this text is all in the Basic Multilingual Plane).
        const int later = int(doc.text.indexOf(QLatin1String("Masayuki Nakatani")));
        const int earlier = int(doc.text.indexOf(QLatin1String("Lower House")));
        QVERIFY(later > earlier && earlier > 0);
        QVERIFY(m_annotations->addAnnotation(Annotation::forRange(id, doc.text, later, later + 17)).ok());
        QVERIFY(m_annotations->addAnnotation(Annotation::forRange(id, doc.text, earlier, earlier + 11)).ok());

        MainWindow window(*m_store, *m_analyses, m_engine, *m_settings, *m_annotations);
        window.show();
        QVERIFY(window.openDocument(id));
        ReaderPane *pane = window.readerArea()->activePane();
        QTRY_COMPARE(pane->paintedAnnotations().size(), 2);
        QVERIFY(pane->goToEntity(ReaderPane::EntityKind::Annotation, true));
        QCOMPARE(pane->textView()->textCursor().selectedText(), QStringLiteral("Lower House"));
        QVERIFY(pane->goToEntity(ReaderPane::EntityKind::Annotation, true));
        QCOMPARE(pane->textView()->textCursor().selectedText(), QStringLiteral("Masayuki Nakatani"));
        QVERIFY(!pane->goToEntity(ReaderPane::EntityKind::Annotation, true));
        QVERIFY(pane->goToEntity(ReaderPane::EntityKind::Annotation, false));
        QCOMPARE(pane->textView()->textCursor().selectedText(), QStringLiteral("Lower House"));
    }

    void inspectorRowsScrollToTheirText()
    {
        MainWindow window(*m_store, *m_analyses, m_engine, *m_settings, *m_annotations);
        window.show();
        QVERIFY(window.openDocument(idOfDocumentFrom(*m_store, 2015) + 0));
        ReaderPane *pane = window.readerArea()->activePane();
        QTRY_VERIFY_WITH_TIMEOUT(pane->isAnalysed(), 20000);
        QTreeView *tree = window.inspector()->entityView();
        QAbstractItemModel *model = tree->model();
        QCOMPARE(model->rowCount(), int(EntityTreeModel::GroupCount));

        // The first statement of the first speaker.
        const QModelIndex speakers = model->index(EntityTreeModel::Speakers, 0);
        QVERIFY(model->rowCount(speakers) > 0);
        const QModelIndex speaker = model->index(0, 0, speakers);
        const QModelIndex statement = model->index(0, 0, speaker);
        QVERIFY(statement.isValid());
        Q_EMIT tree->activated(statement);
        const TextSpan selected = pane->selectedSpan();
        QCOMPARE(selected.start, statement.data(EntityTreeModel::SpanStartRole).toInt());
        QCOMPARE(selected.end, statement.data(EntityTreeModel::SpanEndRole).toInt());
    }

    // The analysis shows as soon as it is known; the corpus-wide mention
    // list gains the document once its analysis is stored.
    void corpusMentionsFollowTheStoredAnalysis()
    {
        const qint64 id = idOfDocumentFrom(*m_store, 2015);
        MainWindow window(*m_store, *m_analyses, m_engine, *m_settings, *m_annotations);
        window.show();
        auto *mentions = window.inspector()->mentionView()->model();
        auto mentionsOf = [mentions](qint64 documentId) {
            int count = 0;
            for (int row = 0; row < mentions->rowCount(); ++row)
                count += mentions->index(row, 0).data(MentionListModel::DocumentIdRole).toLongLong() == documentId;
            return count;
        };
        {
            // The write waits for the main connection's lock.
            Transaction held(m_store->database());
            QVERIFY(held.begun().ok());
            QVERIFY(window.openDocument(id));
            ReaderPane *pane = window.readerArea()->activePane();
            QTRY_VERIFY_WITH_TIMEOUT(pane->isAnalysed(), 20000);
            QVERIFY(window.isSavingAnalyses());
            QTreeView *tree = window.inspector()->entityView();
            const QModelIndex speakers = tree->model()->index(EntityTreeModel::Speakers, 0);
            QVERIFY(tree->model()->rowCount(speakers) > 0);
            tree->setCurrentIndex(tree->model()->index(0, 0, speakers));
            QCOMPARE(mentionsOf(id), 0);
            QVERIFY(held.commit().ok());
        }
        QTRY_VERIFY(mentionsOf(id) > 0);
        QVERIFY(!window.isSavingAnalyses());
    }

    // Closed as the analysis arrives: it is stored all the same.
    void closingWhileStoringKeepsTheAnalysis()
    {
        const Document document = m_store->byId(idOfDocumentFrom(*m_store, 2011));
        const QString version = CorpusAnalyzer::engineVersion(m_engine);
        QVERIFY(!m_analyses->cached(document.sha256, version).has_value());
        {
            MainWindow window(*m_store, *m_analyses, m_engine, *m_settings, *m_annotations);
            window.show();
            QVERIFY(window.openDocument(document.id));
            ReaderPane *pane = window.readerArea()->activePane();
            QTRY_VERIFY_WITH_TIMEOUT(pane->isAnalysed(), 20000);
            window.close();
        }
        QVERIFY(m_analyses->cached(document.sha256, version).has_value());
        const QStringList names = QSqlDatabase::connectionNames();
        QCOMPARE(names.size(), 1); // the writer's closed with the window
    }

    void comparesFindsZoomsAndRestores()
    {
        const qint64 left = idOfDocumentFrom(*m_store, 2011);
        const qint64 right = idOfDocumentFrom(*m_store, 2021);
        {
            MainWindow window(*m_store, *m_analyses, m_engine, *m_settings, *m_annotations);
            window.show();
            QVERIFY(window.openDocument(left));
            QVERIFY(window.compareDocument(right));
            ReaderArea *reader = window.readerArea();
            QCOMPARE(reader->paneCount(), 2);
            QCOMPARE(reader->pane(0)->document().id, left);
            QCOMPARE(reader->pane(1)->document().id, right);
            reader->swapSides();
            QCOMPARE(reader->pane(0)->document().id, right);
            reader->swapSides();

            // Find: the match is selected and counted.
            ReaderPane *pane = reader->pane(0);
            QCOMPARE(pane->find(QStringLiteral("Fujimura"), true), int(pane->document().text.count(QLatin1String("Fujimura"))));
            QCOMPARE(pane->textView()->textCursor().selectedText(), QStringLiteral("Fujimura"));
            QCOMPARE(pane->find(QStringLiteral("no such phrase"), true), 0);

            // Zoom changes the text size.
            const qreal before = pane->textView()->font().pointSizeF();
            pane->zoomIn();
            QVERIFY(pane->textView()->font().pointSizeF() > before);
            pane->setScrollPosition(3);
            window.close();
        }
        // A new window reopens both documents.
        MainWindow again(*m_store, *m_analyses, m_engine, *m_settings, *m_annotations);
        QVERIFY(again.restoreSession());
        QCOMPARE(again.readerArea()->paneCount(), 2);
        QCOMPARE(again.readerArea()->pane(0)->document().id, left);
        QCOMPARE(again.readerArea()->pane(1)->document().id, right);
        QCOMPARE(again.readerArea()->pane(0)->zoom(), 0); // zoom is saved through the View menu only
    }

    void linkedScrollingModeIsRemembered()
    {
        auto linkAction = [](MainWindow &window, const QString &text) -> QAction * {
            const auto actions = window.findChildren<QAction *>();
            for (QAction *action : actions) {
                if (action->isCheckable() && action->text() == text)
                    return action;
            }
            return nullptr;
        };
        {
            MainWindow window(*m_store, *m_analyses, m_engine, *m_settings, *m_annotations);
            window.show();
            QVERIFY(window.openDocument(idOfDocumentFrom(*m_store, 2011)));
            QVERIFY(window.compareDocument(idOfDocumentFrom(*m_store, 2021)));
            QCOMPARE(window.readerArea()->linkMode(), ReaderArea::Link::Off);
            QAction *passages = linkAction(window, QStringLiteral("By &Matching Passages"));
            QVERIFY(passages && passages->isEnabled());
            passages->trigger();
            QCOMPARE(window.readerArea()->linkMode(), ReaderArea::Link::MatchingPassages);
            QVERIFY(!linkAction(window, QStringLiteral("&Off"))->isChecked());
        }
        MainWindow again(*m_store, *m_analyses, m_engine, *m_settings, *m_annotations);
        QCOMPARE(again.readerArea()->linkMode(), ReaderArea::Link::MatchingPassages);
        QVERIFY(linkAction(again, QStringLiteral("By &Matching Passages"))->isChecked());
    }

    void searchHitSelectsItsTextInTheReader()
    {
        Document extra;
        extra.title = QStringLiteral("Wildlife survey");
        extra.text = QStringLiteral("Opening lines.\n\nLater the survey counted a quokka near the harbour.");
        const qint64 id = m_store->add(extra).value();
        MainWindow window(*m_store, *m_analyses, m_engine, *m_settings, *m_annotations);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Ctrl+K goes to the library search; Ctrl+F stays with the document.
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        SearchPanel *search = window.searchPanel();
        QTRY_VERIFY(search->queryEdit()->hasFocus());
        QTest::keyClicks(search->queryEdit(), QStringLiteral("quokka"));
        QTRY_COMPARE(search->model()->rowCount(), 1);
        search->activate(0);
        ReaderPane *pane = window.readerArea()->activePane();
        QVERIFY(pane);
        QCOMPARE(pane->document().id, id);
        QCOMPARE(pane->textView()->textCursor().selectedText(), QStringLiteral("quokka"));
        QCOMPARE(pane->selectedSpan().start, int(extra.text.indexOf(QLatin1String("quokka"))));
    }

    void removingAnOpenDocumentClosesItAndUndoBringsItBack()
    {
        MainWindow window(*m_store, *m_analyses, m_engine, *m_settings, *m_annotations);
        window.show();
        const qint64 id = idOfDocumentFrom(*m_store, 2012);
        QVERIFY(window.openDocument(id));
        LibraryDock *library = window.libraryDock();
        QCOMPARE(library->selectedDocuments(), QList<qint64>{id});
        library->setConfirmation([](QWidget *, const QString &, const QString &) { return true; });
        library->removeDocuments(library->selectedDocuments());
        QCOMPARE(library->model()->rowCount(), 4);
        QCOMPARE(window.readerArea()->paneCount(), 0);
        QVERIFY(window.undoStack()->canUndo());
        window.undoStack()->undo();
        QCOMPARE(library->model()->rowCount(), 5);
        QVERIFY(window.openDocument(id));

        // Edited metadata shows in the open pane at once.
        Document before = m_store->byId(id);
        Document after = before;
        after.title = QStringLiteral("Edited title");
        window.undoStack()->push(new EditMetadataCommand(*m_store, before, after, [](const QString &) {}));
        QCOMPARE(window.readerArea()->activePane()->findChild<QLabel *>(QStringLiteral("paneTitle"))->text(), QStringLiteral("Edited title"));
        QCOMPARE(window.readerArea()->activePane()->document().text, before.text);
    }

private:
    EntityEngine m_engine{nullptr, QString()};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DocumentStore> m_store;
    std::unique_ptr<AnalysisStore> m_analyses;
    std::unique_ptr<AnnotationEditor> m_annotations;
    std::unique_ptr<Settings> m_settings;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
