#include "guiapp.h"

#include "annotationcontroller.h"
#include "mainwindow.h"
#include "tagmanager.h"

#include "analysis/entityengine.h"
#include "annotations/annotationeditor.h"
#include "corpus/bundledcorpus.h"
#include "store/database.h"
#include "settings.h"
#include "store/analysisstore.h"
#include "store/documentstore.h"
#include "store/transaction.h"
#include "librarydock.h"
#include "librarychooser.h"
#include "readerarea.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QPainter>
#include <QDir>
#include <QMessageBox>
#include <QPainter>
#include <QPalette>
#include <QPointer>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStyle>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace Dossier::Gui {

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("screenshot"),
                      QApplication::translate("Dossier::Gui", "Render the main window to the PNG <file> and exit."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("open"),
                      QApplication::translate("Dossier::Gui", "Open the document with id <id>."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("color-scheme"),
                      QApplication::translate("Dossier::Gui", "Use the light or dark colour scheme instead of the system's."),
                      QStringLiteral("light|dark")});
    parser.addOption({QStringLiteral("briefing"),
                      QApplication::translate("Dossier::Gui", "Open the briefing composer."),
                      QString()});
    parser.addOption({QStringLiteral("tag-manager"),
                      QApplication::translate("Dossier::Gui", "Open the tag manager (a screenshot shows it over the window).")});
    parser.addOption({QStringLiteral("preferences"),
                      QApplication::translate("Dossier::Gui", "Open the Preferences dialog (a screenshot shows it over the window).")});
    parser.addOption({QStringLiteral("show-timeline"),
                      QApplication::translate("Dossier::Gui", "Show the corpus timeline.")});
    parser.addOption({QStringLiteral("linked-scrolling"),
                      QApplication::translate("Dossier::Gui", "Scroll the two sides together (off, proportional or passages) for this session."),
                      QStringLiteral("mode")});
    parser.addOption({QStringLiteral("language"),
                      QApplication::translate("Dossier::Gui", "Show the interface in <code> (en, ja or de) instead of the language chosen in Preferences or the system's."),
                      QStringLiteral("code")});
    parser.addOption({QStringLiteral("compare"),
                      QApplication::translate("Dossier::Gui", "Open the document with id <id> beside it."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("search"),
                      QApplication::translate("Dossier::Gui", "Search the library for <query>."),
                      QStringLiteral("query")});
    parser.addOption({QStringLiteral("import"),
                      QApplication::translate("Dossier::Gui", "Import the file or folder <path> (repeatable)."),
                      QStringLiteral("path")});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("Dossier::Gui", "Files to import, or annotation bundles (.dossier) to open."),
                                 QStringLiteral("[FILE...]"));
}

namespace {

int fail(const QString &message, bool interactive)
{
    if (interactive)
        QMessageBox::critical(nullptr, QApplication::translate("Dossier::Gui", "Dossier"), message);
    std::fprintf(stderr, "dossier: %s\n", qPrintable(message));
    return 1;
}

// The window with its open dialogs drawn over it, centred, as a window
// manager would place them.
bool saveScreenshot(QWidget &window, const QString &path)
{
    QImage image = window.grab().toImage();
    QPainter painter(&image);
    const auto topLevels = QApplication::topLevelWidgets();
    for (QWidget *widget : topLevels) {
        auto *dialog = qobject_cast<QDialog *>(widget);
        if (!dialog || !dialog->isVisible() || dialog->parentWidget() != &window)
            continue;
        const QPixmap shot = dialog->grab();
        const QPoint at((window.width() - shot.width()) / 2, (window.height() - shot.height()) / 3);
        painter.fillRect(QRect(at, shot.size()).adjusted(-1, -1, 1, 1), window.palette().color(QPalette::Shadow));
        painter.drawPixmap(at, shot);
    }
    painter.end();
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && image.save(&file, "PNG") && file.commit();
}

} // namespace

// A light or dark palette on the Fusion style, for users (and screenshots)
// that want one regardless of the desktop's.
static void applyColorScheme(const QString &scheme)
{
    if (scheme != QLatin1String("dark") && scheme != QLatin1String("light"))
        return;
    QApplication::setStyle(QStringLiteral("Fusion"));
    if (scheme == QLatin1String("light")) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette p;
    const QColor window(0x2b, 0x2e, 0x33), base(0x1e, 0x20, 0x24), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(p);
}

int run(const QCommandLineParser &parser)
{
    applyColorScheme(parser.value(QStringLiteral("color-scheme")));
    const QString screenshot = parser.value(QStringLiteral("screenshot"));
    const bool interactive = screenshot.isEmpty();

    Settings settings;
    Database database;
    // --db, else where Preferences moved the database, else the default.
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = settings.databasePath();
    if (path.isEmpty())
        path = Database::defaultPath();
    // Opening includes the first writes (texts indexed by an older furniture
    // detector are indexed again; an empty library gets the sample corpus):
    // a read-only or locked library fails here, not at the user's first edit.
    const LibraryChooser::Attempt attempt = [&database](const QString &candidate) -> Result {
        if (const Result opened = database.open(candidate); !opened)
            return opened;
        DocumentStore documents(database);
        Result prepared = Result::success();
        // After an upgrade the whole library may be indexed again: a large
        // one takes seconds, shown before the window opens.
        QProgressDialog progress(QApplication::translate("Dossier::Gui", "Updating the search index for this version of Dossier\u2026"),
                                 QString(), 0, 0);
        progress.setWindowTitle(QApplication::translate("Dossier::Gui", "Dossier"));
        progress.setWindowModality(Qt::ApplicationModal); // so that it paints
        progress.setMinimumDuration(500);
        progress.setCancelButton(nullptr);
        const auto shown = [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
        };
        if (const Expected<int> refreshed = documents.refreshSearchText(shown); !refreshed)
            prepared = Result::failure(refreshed.error());
        progress.reset();
        if (prepared)
            prepared = BundledCorpus::addToEmptyLibrary(documents);
        if (prepared) {
            // Every edit is saved as it is made: a library that cannot be
            // written (read-only, locked) is refused now, not at the first.
            Transaction probe(database);
            prepared = probe.begun();
        }
        if (!prepared)
            database.close();
        return prepared;
    };
    if (!interactive) {
        if (const Result opened = attempt(path); !opened) {
            // A screenshot run shows what a user would see, and fails.
            std::unique_ptr<QMessageBox> box(LibraryChooser::problemBox(path, opened.error(), nullptr));
            box->show();
            QApplication::processEvents();
            saveScreenshot(*box, screenshot);
            return fail(opened.error(), false);
        }
    } else {
        LibraryChooser chooser(attempt);
        const QString opened = chooser.open(path);
        if (opened.isEmpty())
            return fail(chooser.lastError(), false); // the user saw it and chose to quit
        // Another library chosen in place of the one that failed is the
        // library from now on (unless --db named one for this run only).
        if (opened != path && !parser.isSet(QStringLiteral("db")))
            settings.setDatabasePath(opened);
    }
    DocumentStore documents(database);

    EntityEngine engine;
    if (!engine.isValid())
        return fail(engine.errorString(), interactive);
    AnalysisStore analyses(database);
    AnnotationEditor annotations(database);

    MainWindow window(documents, analyses, engine, settings, annotations);
    for (const char *option : {"open", "compare"}) {
        const QString name = QString::fromLatin1(option);
        if (!parser.isSet(name))
            continue;
        const qint64 id = parser.value(name).toLongLong();
        const bool ok = name == QLatin1String("open") ? window.openDocument(id) : window.compareDocument(id);
        if (!ok)
            return fail(QApplication::translate("Dossier::Gui", "There is no document with id %1.").arg(parser.value(name)), interactive);
    }
    if (!parser.isSet(QStringLiteral("open")) && !parser.isSet(QStringLiteral("compare")) && !window.restoreSession())
        window.openFirstDocument();
    window.show();
    window.analyseCorpus();
    if (parser.isSet(QStringLiteral("search")))
        window.searchLibrary(parser.value(QStringLiteral("search")));
    // Files given on the command line (by a desktop's "Open With"): bundles
    // are offered for merging, everything else is imported like --import.
    QStringList imports = parser.values(QStringLiteral("import"));
    QStringList bundles;
    const QStringList files = parser.positionalArguments();
    for (const QString &file : files)
        (file.endsWith(QLatin1String(".dossier"), Qt::CaseInsensitive) ? bundles : imports).append(file);
    if (!imports.isEmpty())
        window.libraryDock()->importPaths(imports);
    // Merging asks first (a dialog); a screenshot run never blocks on one.
    if (!bundles.isEmpty() && interactive)
        window.importBundles(bundles);
    if (parser.isSet(QStringLiteral("briefing")))
        window.showBriefingComposer();
    if (parser.isSet(QStringLiteral("tag-manager")))
        window.annotations()->showTagManager();
    if (parser.isSet(QStringLiteral("preferences")))
        window.showPreferences();
    if (parser.isSet(QStringLiteral("show-timeline")))
        window.showTimeline();
    if (parser.isSet(QStringLiteral("linked-scrolling")))
        window.setLinkMode(parser.value(QStringLiteral("linked-scrolling")));

    if (!interactive) {
        // Wait until the open documents are analysed and painted, then grab.
        auto *poll = new QTimer(&window);
        // The lambda keeps its own count: it runs after this block has ended.
        QObject::connect(poll, &QTimer::timeout, &window, [&window, poll, waited = 0, screenshot]() mutable {
            ReaderArea *reader = window.readerArea();
            bool ready = !window.libraryDock()->isImporting();
            for (int side = 0; side < reader->paneCount(); ++side)
                ready &= reader->pane(side)->isFullyHighlighted();
            // The shared passages, and the figures on the timeline.
            ready &= !reader->isAligning() && !window.isAnalysingCorpus();
            if (!ready && (waited += poll->interval()) < 20000)
                return;
            poll->stop();
            QApplication::exit(saveScreenshot(window, screenshot) ? 0 : fail(QApplication::translate("Dossier::Gui", "Cannot write %1.").arg(screenshot), false));
        });
        poll->start(50);
    }
    return QApplication::exec();
}

} // namespace Dossier::Gui
