// Dossier: picks the command line or the graphical interface.
#include "cli.h"
#include "guiapp.h"
#include "localization.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>

#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Dossier"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("dossier.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("dossier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOSSIER_VERSION));
}

// Ties the windows to the installed .desktop file (the Wayland app id) and
// its icon in the icon theme (none when Dossier is not installed).
void describeDesktopApplication()
{
    QGuiApplication::setDesktopFileName(QStringLiteral(DOSSIER_APP_ID));
    QGuiApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(DOSSIER_APP_ID)));
}

// A desktop opening a file with Dossier (`dossier FILE`, see the .desktop
// file) passes its path where a verb would be: an existing file that is not
// a verb's name is for the GUI.
bool isFileToOpen(const char *argument)
{
    const QString name = QFile::decodeName(argument);
    return !Dossier::Cli::isVerb(name) && QFileInfo(name).isFile();
}

bool hasArgument(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

// The value of "--name value" or "--name=value"; empty when absent.
QString argumentValue(int argc, char **argv, const char *name)
{
    const QByteArray withValue = QByteArray(name) + '=';
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], name) == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (QByteArray(argv[i]).startsWith(withValue))
            return QString::fromLocal8Bit(argv[i] + withValue.size());
    }
    return {};
}

// A QCoreApplication for command-line verbs and for --help/--version (which
// must work without a display); a QApplication for the GUI.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv, bool gui)
{
    if (!gui) {
        if (argc > 1 && Dossier::Cli::needsGuiApplication(QString::fromLocal8Bit(argv[1]))) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            return std::make_unique<QGuiApplication>(argc, argv);
        }
        return std::make_unique<QCoreApplication>(argc, argv);
    }
    if (hasArgument(argc, argv, "--screenshot") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

int main(int argc, char **argv)
{
    // Any first argument that is not an option or a file to open is a
    // command-line verb (an unknown one is reported as such rather than
    // starting the GUI).
    const bool verb = argc > 1 && argv[1][0] != '-' && !isFileToOpen(argv[1]);
    const bool infoOnly = hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h")
        || hasArgument(argc, argv, "--help-all")
        || hasArgument(argc, argv, "--version") || hasArgument(argc, argv, "-v");
    std::unique_ptr<QCoreApplication> app = createApplication(argc, argv, !verb && !infoOnly);
    describeApplication();
    // Before any text is made: --help and the verbs speak the language too.
    // --language (GUI) wins over Preferences, which wins over the system.
    QString language = argumentValue(argc, argv, "--language");
    if (language.isEmpty())
        language = Dossier::Settings().language();
    Dossier::Localization::install(app.get(), Dossier::Localization::resolve(language));

    if (verb)
        return Dossier::Cli::run(QCoreApplication::arguments());
    if (!infoOnly)
        describeDesktopApplication();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "A reader and annotation tool for policy researchers.\n\n")
                                     + Dossier::Cli::verbSummary()
                                     + QCoreApplication::translate("main", "\nRun 'dossier COMMAND --help' for a command's options."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate("main", "Use the database at <path> instead of the per-user one."),
                      QStringLiteral("path")});
    Dossier::Gui::addOptions(parser);
    parser.process(*app);
    return Dossier::Gui::run(parser);
}
