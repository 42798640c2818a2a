#pragma once

#include "analysis/entities.h"
#include "corpus/document.h"
#include "corpus/importer.h"
#include "store/documentbatch.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

namespace Dossier {

class DocumentStore;

// What one import did, file by file.
struct ImportReport {
    struct Entry {
        QString path;
        QString detail;        // imported: the title; rejected: the reason
        qint64 documentId = 0; // imported: the new document; duplicate: the one with the same text
    };
    QList<Entry> imported;
    QList<Entry> duplicates;
    QList<Entry> rejected;
    int notReached = 0;    // files left when the user cancelled
    bool cancelled = false;
    QString error;         // the database failed and the import stopped

    int total() const { return int(imported.size() + duplicates.size() + rejected.size()) + notReached; }
};

// Imports files and folders (recursively) in the background: the paths are
// expanded and the files read and converted on worker threads (QtConcurrent),
// in small batches; what they read is written on the thread that owns the
// job (a database connection must not cross threads), a DocumentBatch at a
// time (up to a failure, what came before it is kept). Cancelling drops the
// files being read and writes what was read before.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    explicit ImportJob(DocumentStore &store, QObject *parent = nullptr);
    ~ImportJob() override;

    // Returns at once; finished() follows, also when there is nothing to do.
    void start(const QStringList &paths);
    void cancel();
    bool isRunning() const { return m_running; }
    const ImportReport &report() const { return m_report; }

Q_SIGNALS:
    void started(int total);
    void progress(int done, int total);
    void finished(const Dossier::ImportReport &report);

private:
    using Item = Importer::ReadFile;
    void expanded();
    void nextBatch();
    void batchDone();
    bool write();
    void finish();

    DocumentStore &m_store;
    DocumentBatch m_writing;
    QList<Item> m_unwritten; // read, in m_writing or rejected, not yet reported
    QStringList m_pending;
    int m_total = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
    ImportReport m_report;
    QFutureWatcher<QStringList> m_expansion;
    QFutureWatcher<Item> m_batch;
};

} // namespace Dossier
