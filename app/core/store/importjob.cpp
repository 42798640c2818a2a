#include "importjob.h"

#include "documentbatch.h"
#include "documentstore.h"

#include "corpus/importer.h"
#include "corpus/pdfconverter.h"

#include <QThread>
#include <QtConcurrent>

#include <utility>

namespace Dossier {

namespace {

// Enough files per batch to keep the workers busy, few enough that Cancel
// answers quickly and only a batch of texts is held in memory.
int batchSize()
{
    return qBound(4, 2 * QThread::idealThreadCount(), 32);
}

} // namespace

ImportJob::ImportJob(DocumentStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_writing(store)
{
    connect(&m_expansion, &QFutureWatcher<QStringList>::finished, this, &ImportJob::expanded);
    connect(&m_batch, &QFutureWatcher<Item>::finished, this, &ImportJob::batchDone);
}

ImportJob::~ImportJob()
{
    m_expansion.waitForFinished();
    m_batch.cancel();
    if (m_batch.isRunning())
        PdfConverter::abandonReads();
    m_batch.waitForFinished();
}

void ImportJob::start(const QStringList &paths)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_report = {};
    m_pending.clear();
    m_total = m_done = 0;
    m_expansion.setFuture(QtConcurrent::run(&Importer::expandPaths, paths));
}

void ImportJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_batch.cancel();
    // What is being read is dropped anyway: a PDF read need not run to its
    // time limit.
    if (m_batch.isRunning())
        PdfConverter::abandonReads();
}

void ImportJob::expanded()
{
    m_pending = m_expansion.result();
    m_total = int(m_pending.size());
    Q_EMIT started(m_total);
    nextBatch();
}

void ImportJob::nextBatch()
{
    if (m_cancelled || m_pending.isEmpty()) {
        finish();
        return;
    }
    const QStringList batch = m_pending.mid(0, batchSize());
    m_pending.remove(0, batch.size());
    m_batch.setFuture(QtConcurrent::mapped(batch, &Importer::readFile));
}

void ImportJob::batchDone()
{
    if (m_cancelled) {
        // The batch in flight is dropped whole: none of it was written.
        finish();
        return;
    }
    const QList<Item> items = m_batch.future().results();
    for (const Item &item : items) {
        if (item.error.isEmpty())
            m_writing.append(item.document, item.furniture);
        m_unwritten.append(item);
    }
    if (m_writing.isFull() && !write()) {
        finish();
        return;
    }
    Q_EMIT progress(m_done + int(m_unwritten.size()), m_total);
    nextBatch();
}

// Writes what was read (in one transaction, DocumentBatch) and reports it
// in the files' order; false when the database failed.
bool ImportJob::write()
{
    const QList<DocumentBatch::Outcome> outcomes = m_writing.write();
    const QList<Item> items = std::exchange(m_unwritten, {});
    qsizetype next = 0;
    for (const Item &item : items) {
        if (!item.error.isEmpty()) {
            ++m_done;
            m_report.rejected.append({item.path, item.error, 0});
            continue;
        }
        const DocumentBatch::Outcome &outcome = outcomes.at(next++);
        if (outcome.kind == DocumentBatch::Outcome::Failed) {
            m_report.error = outcome.error;
            return false;
        }
        ++m_done;
        if (outcome.kind == DocumentBatch::Outcome::Duplicate)
            m_report.duplicates.append({item.path, tr("The same text is already in the library."), outcome.documentId});
        else
            m_report.imported.append({item.path, item.document.title, outcome.documentId});
    }
    return true;
}

void ImportJob::finish()
{
    if (m_report.error.isEmpty())
        write(); // what was read, also when cancelled
    m_running = false;
    m_report.cancelled = m_cancelled;
    m_report.notReached = m_total - m_done;
    m_pending.clear();
    Q_EMIT finished(m_report);
}

} // namespace Dossier
