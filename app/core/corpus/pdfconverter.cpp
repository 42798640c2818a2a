#include "pdfconverter.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>

#include <atomic>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace Dossier::PdfConverter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Dossier::PdfConverter", text);
}

constexpr auto kHelperName = "dossier-pdftext";

// Bumped by abandonReads(); a read that sees it change stops.
std::atomic<int> abandonGeneration{0};

QString messageFor(PdfReader::Status status)
{
    using PdfReader::Status;
    switch (status) {
    case Status::FileNotFound:
        return tr("The PDF file cannot be opened.");
    case Status::Protected:
        return tr("The PDF is protected by a password; Dossier cannot read it.");
    case Status::Damaged:
        return tr("The PDF is damaged or not a PDF; no text could be read.");
    case Status::NoPages:
        return tr("The PDF has no pages.");
    case Status::NoText:
        return tr("The PDF has no text layer (it may be scanned images); Dossier cannot read it.");
    case Status::Ok:
    case Status::Unreadable:
        break;
    }
    return tr("The PDF cannot be read.");
}

bool isStatus(int exitCode)
{
    using PdfReader::Status;
    for (Status status : {Status::Ok, Status::FileNotFound, Status::Protected, Status::Damaged,
                          Status::NoPages, Status::NoText, Status::Unreadable}) {
        if (exitCode == int(status))
            return true;
    }
    return false;
}

} // namespace

QString helperPath()
{
    const QString fromEnvironment = qEnvironmentVariable("DOSSIER_PDF_HELPER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString name = QLatin1String(kHelperName);
    if (QCoreApplication::instance()) {
        // The build tree, then an installed tree wherever its prefix is
        // (also unpacked without installing, as with DESTDIR).
        const QString programs = QCoreApplication::applicationDirPath() + QLatin1Char('/');
        for (const QString &candidate : {programs + name, programs + QStringLiteral(DOSSIER_LIBEXECDIR_FROM_BINDIR "/") + name}) {
            if (QFileInfo(candidate).isExecutable())
                return QFileInfo(candidate).canonicalFilePath();
        }
    }
    return QStringLiteral(DOSSIER_LIBEXECDIR "/") + name;
}

std::chrono::milliseconds timeLimitFor(qint64 bytes)
{
    bool ok = false;
    const double seconds = qEnvironmentVariable("DOSSIER_PDF_TIME_LIMIT").toDouble(&ok);
    if (ok && seconds > 0)
        return std::chrono::milliseconds(qint64(seconds * 1000));
    return std::chrono::seconds(30) + std::chrono::seconds(2 * (bytes / (1024 * 1024)));
}

void abandonReads()
{
    ++abandonGeneration;
}

Expected<QString> textOf(const QString &path)
{
    const int generation = abandonGeneration.load();
    const std::chrono::milliseconds limit = timeLimitFor(QFileInfo(path).size());

    QProcess helper;
    helper.setProgram(helperPath());
    helper.setArguments({path});
    // stderr is the terminal's: a sanitizer's report from the helper is seen.
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
    // Killed with us: an import that is killed leaves no helper running on.
    helper.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    helper.start();
    if (!helper.waitForStarted())
        return Result::failure(tr("Dossier's PDF reader (%1) cannot be started: %2. Reinstalling Dossier may help.")
                                   .arg(helper.program(), helper.errorString()));

    const QDeadlineTimer deadline(limit);
    while (!helper.waitForFinished(100)) {
        if (helper.state() == QProcess::NotRunning)
            break;
        if (abandonGeneration.load() != generation) {
            helper.kill();
            helper.waitForFinished();
            return Result::failure(tr("Reading the PDF was stopped."));
        }
        if (deadline.hasExpired()) {
            helper.kill();
            helper.waitForFinished();
            const int seconds = int((limit.count() + 999) / 1000);
            return Result::failure(QCoreApplication::translate("Dossier::PdfConverter",
                                                              "Reading the PDF took longer than %n seconds, so Dossier stopped; the file may be damaged.",
                                                              nullptr, seconds));
        }
    }
    if (helper.exitStatus() == QProcess::CrashExit)
        return Result::failure(tr("The PDF is damaged: reading it made Dossier's PDF reader crash."));
    if (!isStatus(helper.exitCode()))
        return Result::failure(tr("Dossier's PDF reader failed (exit status %1).").arg(helper.exitCode()));
    const auto status = PdfReader::Status(helper.exitCode());
    if (status != PdfReader::Status::Ok)
        return Result::failure(messageFor(status));
    return QString::fromUtf8(helper.readAllStandardOutput());
}

} // namespace Dossier::PdfConverter
