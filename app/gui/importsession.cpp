#include "importsession.h"

#include "importsummarydialog.h"

#include "store/importjob.h"

#include <QProgressDialog>

namespace Dossier {

ImportSession::ImportSession(DocumentStore &store, QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_job(new ImportJob(store, this))
{
    connect(m_job, &ImportJob::started, this, [this](int total) {
        if (m_progress)
            m_progress->setMaximum(total);
    });
    connect(m_job, &ImportJob::progress, this, [this](int done, int total) {
        if (!m_progress)
            return;
        m_progress->setLabelText(tr("Importing %1 of %n file(s)\u2026", nullptr, total).arg(done));
        m_progress->setValue(done);
    });
    connect(m_job, &ImportJob::finished, this, &ImportSession::done);
}

bool ImportSession::start(const QStringList &paths)
{
    if (m_job->isRunning())
        return false;
    m_progress = new QProgressDialog(tr("Looking for files to import\u2026"), tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(tr("Importing"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(400);
    connect(m_progress, &QProgressDialog::canceled, m_job, &ImportJob::cancel);
    m_job->start(paths);
    return true;
}

bool ImportSession::isRunning() const
{
    return m_job->isRunning();
}

void ImportSession::cancel()
{
    m_job->cancel();
}

void ImportSession::done(const ImportReport &report)
{
    if (m_progress) {
        // Closing the dialog must not count as the user's Cancel.
        m_progress->disconnect(m_job);
        m_progress->deleteLater();
    }
    auto *summary = new ImportSummaryDialog(report, m_window);
    summary->setAttribute(Qt::WA_DeleteOnClose);
    summary->open();
    Q_EMIT finished(report);
}

} // namespace Dossier
