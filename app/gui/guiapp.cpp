#include "guiapp.h"

#include "mainwindow.h"

#include "analysis/entityengine.h"
#include "corpus/bundledcorpus.h"
#include "store/database.h"
#include "store/documentstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QSaveFile>
#include <QTimer>

#include <cstdio>

namespace Dossier::Gui {

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("screenshot"),
                      QApplication::translate("Dossier::Gui", "Render the main window to the PNG <file> and exit."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("open"),
                      QApplication::translate("Dossier::Gui", "Open the document with id <id>."),
                      QStringLiteral("id")});
}

namespace {

int fail(const QString &message, bool interactive)
{
    if (interactive)
        QMessageBox::critical(nullptr, QApplication::translate("Dossier::Gui", "Dossier"), message);
    std::fprintf(stderr, "dossier: %s\n", qPrintable(message));
    return 1;
}

bool saveScreenshot(QWidget &window, const QString &path)
{
    const QImage image = window.grab().toImage();
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && image.save(&file, "PNG") && file.commit();
}

} // namespace

int run(const QCommandLineParser &parser)
{
    const QString screenshot = parser.value(QStringLiteral("screenshot"));
    const bool interactive = screenshot.isEmpty();

    Database database;
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Database::defaultPath();
    const Result opened = database.open(path);
    if (!opened)
        return fail(opened.error(), interactive);
    DocumentStore documents(database);
    const Result corpus = BundledCorpus::addToEmptyLibrary(documents);
    if (!corpus)
        return fail(corpus.error(), interactive);

    EntityEngine engine;
    if (!engine.isValid())
        return fail(engine.errorString(), interactive);

    MainWindow window(documents, engine);
    if (parser.isSet(QStringLiteral("open"))) {
        const qint64 id = parser.value(QStringLiteral("open")).toLongLong();
        if (!window.openDocument(id))
            return fail(QApplication::translate("Dossier::Gui", "There is no document with id %1.").arg(parser.value(QStringLiteral("open"))), interactive);
    } else {
        window.openFirstDocument();
    }
    window.show();

    if (!interactive) {
        // Let the window lay itself out and paint once before grabbing it.
        QTimer::singleShot(0, &window, [&] {
            QApplication::exit(saveScreenshot(window, screenshot) ? 0 : fail(QApplication::translate("Dossier::Gui", "Cannot write %1.").arg(screenshot), false));
        });
    }
    return QApplication::exec();
}

} // namespace Dossier::Gui
