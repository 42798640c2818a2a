#pragma once

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace Dossier {

class DocumentStore;
class ImportJob;
struct ImportReport;

// The user's side of an import: runs an ImportJob, shows its progress with
// Cancel, then the summary (ImportSummaryDialog, not modal).
class ImportSession : public QObject
{
    Q_OBJECT
public:
    ImportSession(DocumentStore &store, QWidget *window);

    // False when an import is already running (only one at a time).
    bool start(const QStringList &paths);
    bool isRunning() const;
    void cancel();

Q_SIGNALS:
    void finished(const Dossier::ImportReport &report);

private:
    void done(const ImportReport &report);

    QWidget *m_window = nullptr;
    ImportJob *m_job = nullptr;
    QPointer<QProgressDialog> m_progress;
};

} // namespace Dossier
