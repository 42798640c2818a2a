// The reader and the annotations panel with many annotations, offscreen,
// with the real MainWindow:
//   bench_reader --db DB --doc ID
// waits for the empty window's first paint, then opens the document
// (MainWindow::openDocument: the text, its annotations as the reader's
// extra selections and margin markers, the annotations panel) and times
//   open_call_ms   the call, annotations read and applied included
//   first_paint_ms to the reader's first painted screen
//   filter_ms      per keystroke typed into the panel's filter box, each
//                  with the panel repainted (QWidget::repaint, synchronous)
// and reports how many annotations were painted and listed. Prints one JSON
// line, then exits. Run on a library without annotations for the baseline.
#include "annotationcontroller.h"
#include "annotationpanel.h"
#include "mainwindow.h"
#include "readerarea.h"
#include "readerpane.h"

#include "analysis/entityengine.h"
#include "annotations/annotationeditor.h"
#include "models/annotationmodel.h"
#include "settings.h"
#include "store/analysisstore.h"
#include "store/database.h"
#include "store/documentstore.h"

#include "paintwatch.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace Dossier;
using Dossier::Bench::PaintWatch;

namespace {

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Dossier"));
    QCoreApplication::setApplicationName(QStringLiteral("dossier"));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("doc"), QStringLiteral("Document id."), QStringLiteral("id")});
    parser.process(app);
    const qint64 id = parser.value(QStringLiteral("doc")).toLongLong();

    Database database;
    if (const Result opened = database.open(parser.value(QStringLiteral("db"))); !opened) {
        std::fprintf(stderr, "bench_reader: %s\n", qPrintable(opened.error()));
        return 1;
    }
    DocumentStore documents(database);
    EntityEngine engine;
    AnalysisStore analyses(database);
    Settings settings;
    AnnotationEditor annotations(database);
    MainWindow window(documents, analyses, engine, settings, annotations);
    window.resize(1400, 900);
    AnnotationPanel *panel = window.annotations()->panel();

    QElapsedTimer sinceOpen;
    QJsonObject figures;
    ReaderPane *pane = nullptr;
    auto isReaderText = [&pane](QObject *object) {
        auto *text = pane ? pane->findChild<QPlainTextEdit *>(QStringLiteral("readerText")) : nullptr;
        return text && object == text->viewport();
    };
    PaintWatch watch([](QObject *object) {
        auto *widget = qobject_cast<QWidget *>(object);
        return widget && qobject_cast<QMainWindow *>(widget->window());
    }, [&] {
        sinceOpen.start();
        if (!window.openDocument(id)) {
            std::fprintf(stderr, "bench_reader: no document %lld\n", qlonglong(id));
            std::_Exit(1);
        }
        pane = window.readerArea()->activePane();
        figures.insert(QStringLiteral("open_call_ms"), ms(sinceOpen));
        watch.rearm(isReaderText, [&] {
            figures.insert(QStringLiteral("first_paint_ms"), ms(sinceOpen));
            figures.insert(QStringLiteral("painted_annotations"), int(pane->paintedAnnotations().size()));
            figures.insert(QStringLiteral("listed_annotations"), panel->model()->rowCount());
            QJsonArray filters;
            const QStringList typed = {QStringLiteral("c"), QStringLiteral("ch"), QStringLiteral("che"), QStringLiteral("chec"),
                                       QStringLiteral("check"), QStringLiteral("nisc"), QStringLiteral("deterrence"),
                                       QStringLiteral("policy"), QStringLiteral("zzzz"), QString()};
            for (const QString &text : typed) {
                QElapsedTimer t;
                t.start();
                panel->setTextFilter(text);
                panel->view()->viewport()->repaint();
                filters.append(ms(t));
            }
            figures.insert(QStringLiteral("filter_ms"), filters);
            std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
            std::fflush(stdout);
            std::_Exit(0);
        });
    });
    window.show();
    return app.exec();
}
