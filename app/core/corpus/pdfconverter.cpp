#include "pdfconverter.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

#include <atomic>
#include <chrono>
#include <memory>

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

// The helper: DOSSIER_PDF_HELPER if set, else dossier-pdftext beside the
// running program (the build tree), then in ../libexec/dossier/ from it (an
// installed tree wherever its prefix is), else the configured libexec path.
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

// How long the helper may read a file of this size: 30 s plus 2 s per
// megabyte, or DOSSIER_PDF_TIME_LIMIT seconds (tests, very slow machines).
std::chrono::milliseconds timeLimitFor(qint64 bytes)
{
    bool ok = false;
    const double seconds = qEnvironmentVariable("DOSSIER_PDF_TIME_LIMIT").toDouble(&ok);
    if (ok && seconds > 0)
        return std::chrono::milliseconds(qint64(seconds * 1000));
    return std::chrono::seconds(30) + std::chrono::seconds(2 * (bytes / (1024 * 1024)));
}


// A helper reads this many files, then a fresh one takes over: Qt PDF keeps
// a little memory of every document it has loaded (tests/sanitizers/lsan.supp).
constexpr int kFilesPerHelper = 32;

// One running dossier-pdftext: paths in, NUL-terminated, on its standard
// input; for each, a line "STATUS LENGTH" and LENGTH bytes of UTF-8 text on
// its standard output (app/pdftext/main.cpp). Kept running between files:
// starting it costs more than reading a small PDF.
class Helper
{
public:
    Helper() = default;
    Helper(const Helper &) = delete;
    Helper &operator=(const Helper &) = delete;
    ~Helper() { stop(); }

    QProcess *process() const { return m_process.get(); }
    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }

    // Why it could not be started, or empty when it runs.
    QString start()
    {
        m_process = std::make_unique<QProcess>();
        m_served = 0;
        m_process->setProgram(helperPath());
        // stderr is ours: a sanitizer's report from the helper is seen.
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
        // Killed with the thread that started it (and so with us): an
        // import that is killed leaves no helper running on.
        m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
        m_process->start();
        if (m_process->waitForStarted())
            return {};
        const QString error = m_process->errorString();
        m_process.reset();
        return error;
    }

    // One more file served; a helper that has served enough is stopped.
    void served()
    {
        if (++m_served >= kFilesPerHelper)
            stop();
    }

    // Asks it to end (its input closed), then ends it.
    void stop()
    {
        if (!m_process)
            return;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->closeWriteChannel();
            if (!m_process->waitForFinished(2000))
                kill();
        }
        m_process.reset();
    }

    void kill()
    {
        if (!m_process)
            return;
        m_process->kill();
        m_process->waitForFinished();
        m_process.reset();
    }

private:
    std::unique_ptr<QProcess> m_process;
    int m_served = 0;
};

// Each worker thread keeps its own helper (a QProcess belongs to the thread
// that made it); it ends with the thread.
thread_local Helper workerHelper;

bool onMainThread()
{
    const QCoreApplication *app = QCoreApplication::instance();
    return !app || QThread::currentThread() == app->thread();
}

} // namespace

void abandonReads()
{
    ++abandonGeneration;
}

Expected<QString> textOf(const QString &path)
{
    const int generation = abandonGeneration.load();
    const std::chrono::milliseconds limit = timeLimitFor(QFileInfo(path).size());

    // The main thread keeps no helper: it would outlive the application
    // object. It reads the odd file with a helper of its own.
    Helper ownHelper;
    Helper &helper = onMainThread() ? ownHelper : workerHelper;
    if (!helper.isRunning()) {
        const QString error = helper.start();
        if (!error.isEmpty())
            return Result::failure(tr("Dossier's PDF reader (%1) cannot be started: %2. Reinstalling Dossier may help.")
                                       .arg(helperPath(), error));
    }
    QProcess &process = *helper.process();
    process.write(QFile::encodeName(path) + '\0');

    const QDeadlineTimer deadline(limit);
    QByteArray reply;
    qsizetype headerEnd = -1;
    int status = -1;
    qint64 length = -1;
    for (;;) {
        reply += process.readAllStandardOutput();
        if (headerEnd < 0 && (headerEnd = reply.indexOf('\n')) >= 0) {
            const QList<QByteArray> header = reply.left(headerEnd).split(' ');
            bool statusOk = false;
            bool lengthOk = false;
            if (header.size() == 2) {
                status = header.at(0).toInt(&statusOk);
                length = header.at(1).toLongLong(&lengthOk);
            }
            if (!statusOk || !lengthOk || !isStatus(status) || length < 0) {
                helper.kill();
                return Result::failure(tr("Dossier's PDF reader gave an answer Dossier does not understand."));
            }
        }
        if (headerEnd >= 0 && reply.size() - headerEnd - 1 >= length)
            break;
        if (process.state() != QProcess::Running) {
            // It ended without answering.
            const bool crashed = process.exitStatus() == QProcess::CrashExit;
            const int exitCode = process.exitCode();
            helper.kill();
            if (crashed)
                return Result::failure(tr("The PDF is damaged: reading it made Dossier's PDF reader crash."));
            return Result::failure(tr("Dossier's PDF reader failed (exit status %1).").arg(exitCode));
        }
        if (abandonGeneration.load() != generation) {
            helper.kill();
            return Result::failure(tr("Reading the PDF was stopped."));
        }
        if (deadline.hasExpired()) {
            helper.kill();
            const int seconds = int((limit.count() + 999) / 1000);
            return Result::failure(QCoreApplication::translate("Dossier::PdfConverter",
                                                              "Reading the PDF took longer than %n seconds, so Dossier stopped; the file may be damaged.",
                                                              nullptr, seconds));
        }
        process.waitForReadyRead(100);
    }
    helper.served();
    if (PdfReader::Status(status) != PdfReader::Status::Ok)
        return Result::failure(messageFor(PdfReader::Status(status)));
    return QString::fromUtf8(reply.constData() + headerEnd + 1, length);
}

} // namespace Dossier::PdfConverter
