// GUI figures, offscreen, with the real MainWindow and ReaderPane:
//   startup [--db DB]       the real start (Gui::run) to the first painted main window
//   startup-bare            baseline: QApplication and an empty QMainWindow to first paint
//   startup --linger MS     the same, then MS more of the window's own life (its
//                           background loads) before the figure is printed: the
//                           process's peak RSS then covers the window at work
//   open --db DB --doc ID   MainWindow::openDocument to the reader's first painted
//                           screen, on to the screen painted with the engine's colours,
//                           and on to every block coloured; meanwhile a 5 ms heartbeat
//                           timer records the longest gap between its ticks (how long the
//                           window could not respond), from the open call and from the
//                           first paint, until the analysis is stored
//   open-bare --file F      baseline: a QPlainTextEdit given the same text, to first paint
// Prints one JSON line on stdout as soon as it has its figure, then exits;
// run_bench.py also times a start from the moment it spawns the process.
#include "guiapp.h"
#include "mainwindow.h"
#include "readerarea.h"
#include "readerpane.h"

#include "analysis/entityengine.h"
#include "annotations/annotationeditor.h"
#include "settings.h"
#include "store/analysisstore.h"
#include "store/database.h"
#include "store/documentstore.h"

#include "paintwatch.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace Dossier;
using Dossier::Bench::PaintWatch;

namespace {

QElapsedTimer g_sinceMain;

void emitAndExit(const QJsonObject &figures)
{
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    // Nothing to save: leave without running the window's close handlers.
    std::_Exit(0);
}

bool inMainWindow(QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    return widget && qobject_cast<QMainWindow *>(widget->window());
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

int startup(QApplication &app, bool bare, const QString &db, int lingerMs, bool timeline)
{
    PaintWatch watch(inMainWindow, [lingerMs] {
        const double painted = ms(g_sinceMain);
        if (lingerMs <= 0)
            emitAndExit({{QStringLiteral("painted_ms"), painted}});
        QTimer::singleShot(lingerMs, qApp, [painted] { emitAndExit({{QStringLiteral("painted_ms"), painted}}); });
    });
    if (bare) {
        QMainWindow window;
        window.setCentralWidget(new QPlainTextEdit(&window));
        window.resize(1200, 800);
        window.show();
        return app.exec();
    }
    // The application's own start, as main.cpp runs it.
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QString(), QStringLiteral("path")});
    Gui::addOptions(parser);
    QStringList arguments{QStringLiteral("dossier")};
    if (!db.isEmpty())
        arguments << QStringLiteral("--db") << db;
    if (timeline)
        arguments << QStringLiteral("--show-timeline");
    parser.process(arguments);
    return Gui::run(parser);
}

int openDocument(QApplication &app, const QString &path, qint64 id)
{
    Database database;
    if (const Result opened = database.open(path); !opened) {
        std::fprintf(stderr, "bench_gui: %s\n", qPrintable(opened.error()));
        return 1;
    }
    DocumentStore documents(database);
    EntityEngine engine;
    AnalysisStore analyses(database);
    Settings settings;
    AnnotationEditor annotations(database);
    MainWindow window(documents, analyses, engine, settings, annotations);
    window.resize(1400, 900);

    QElapsedTimer sinceOpen;
    QJsonObject figures;
    ReaderPane *pane = nullptr;
    // The heartbeat: a window that keeps its event loop turning ticks every
    // 5 ms; a longer gap is a stall the user would feel.
    QElapsedTimer sinceTick;
    double longestStall = 0;
    double longestStallAfterPaint = 0;
    bool painted = false;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, &window, [&] {
        const double gap = ms(sinceTick);
        longestStall = qMax(longestStall, gap);
        if (painted)
            longestStallAfterPaint = qMax(longestStallAfterPaint, gap);
        sinceTick.start();
    });
    auto emitFigures = [&] {
        const double gap = ms(sinceTick); // the stall in progress, if any
        figures.insert(QStringLiteral("longest_stall_ms"), qMax(longestStall, gap));
        figures.insert(QStringLiteral("longest_stall_after_paint_ms"), qMax(longestStallAfterPaint, gap));
        emitAndExit(figures);
    };
    // Then until the analysis is stored (in the background) and the window
    // has taken the news: the stalls of that time count too.
    auto finish = [&] {
        figures.insert(QStringLiteral("fully_highlighted_ms"), ms(sinceOpen));
        auto *poll = new QTimer(&window);
        QObject::connect(poll, &QTimer::timeout, &window, [&, poll] {
            if (window.isSavingAnalyses())
                return;
            poll->stop();
            figures.insert(QStringLiteral("stored_ms"), ms(sinceOpen));
            // After the saved() handlers, which are already queued.
            QTimer::singleShot(0, &window, emitFigures);
        });
        poll->start(1);
    };
    auto isReaderText = [&pane](QObject *object) {
        auto *text = pane ? pane->findChild<QPlainTextEdit *>(QStringLiteral("readerText")) : nullptr;
        return text && object == text->viewport();
    };
    PaintWatch watch(inMainWindow, [&] {
        // The empty window is up: now open the document.
        sinceOpen.start();
        sinceTick.start();
        heartbeat.start();
        if (!window.openDocument(id)) {
            std::fprintf(stderr, "bench_gui: no document %lld\n", qlonglong(id));
            std::_Exit(1);
        }
        pane = window.readerArea()->activePane();
        figures.insert(QStringLiteral("open_call_ms"), ms(sinceOpen));
        watch.rearm(isReaderText, [&] {
            figures.insert(QStringLiteral("first_paint_ms"), ms(sinceOpen));
            painted = true;
            // Then wait for the engine's colours and their repaint.
            auto *poll = new QTimer(&window);
            QObject::connect(poll, &QTimer::timeout, &window, [&, poll] {
                if (!pane->isAnalysed())
                    return;
                poll->stop();
                figures.insert(QStringLiteral("analysed_ms"), ms(sinceOpen));
                watch.rearm(isReaderText, [&] {
                    figures.insert(QStringLiteral("highlighted_ms"), ms(sinceOpen));
                    // Then until the last block has its colours.
                    if (pane->isFullyHighlighted())
                        return finish();
                    QObject::connect(pane, &ReaderPane::highlightingFinished, &window, finish);
                });
                pane->findChild<QPlainTextEdit *>(QStringLiteral("readerText"))->viewport()->update();
            });
            poll->start(1);
        });
    });
    window.show();
    return app.exec();
}

int openBare(QApplication &app, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_gui: cannot read %s\n", qPrintable(path));
        return 1;
    }
    const QString text = QString::fromUtf8(file.readAll());
    QMainWindow window;
    auto *edit = new QPlainTextEdit(&window);
    edit->setReadOnly(true);
    window.setCentralWidget(edit);
    window.resize(1400, 900);
    QElapsedTimer sinceOpen;
    PaintWatch watch(inMainWindow, [&] {
        sinceOpen.start();
        edit->setPlainText(text);
        watch.rearm([edit](QObject *o) { return o == edit->viewport(); }, [&] {
            emitAndExit({{QStringLiteral("first_paint_ms"), ms(sinceOpen)}});
        });
    });
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    g_sinceMain.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Dossier"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("dossier.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("dossier"));

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("startup, startup-bare, open or open-bare"));
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("doc"), QStringLiteral("Document id."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("file"), QStringLiteral("Text file."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("linger"), QStringLiteral("startup: run on this long after the first paint."), QStringLiteral("ms")});
    parser.addOption({QStringLiteral("timeline"), QStringLiteral("startup: with the corpus timeline open.")});
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    const QString db = parser.value(QStringLiteral("db"));
    if (mode == QLatin1String("startup") || mode == QLatin1String("startup-bare"))
        return startup(app, mode == QLatin1String("startup-bare"), db, parser.value(QStringLiteral("linger")).toInt(),
                       parser.isSet(QStringLiteral("timeline")));
    if (mode == QLatin1String("open"))
        return openDocument(app, db, parser.value(QStringLiteral("doc")).toLongLong());
    if (mode == QLatin1String("open-bare"))
        return openBare(app, parser.value(QStringLiteral("file")));
    std::fprintf(stderr, "bench_gui: unknown mode '%s'\n", qPrintable(mode));
    return 2;
}
