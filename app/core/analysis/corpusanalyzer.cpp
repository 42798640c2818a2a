#include "corpusanalyzer.h"

#include "entityengine.h"
#include "enginehash.h"

#include "store/analysisstore.h"
#include "store/analysiswriter.h"
#include "store/documentstore.h"

#include <QtConcurrent/QtConcurrentMap>


namespace Dossier {

namespace {

// A batch is analysed together and stored in one transaction: a larger one
// writes each index page fewer times (256 documents of news took 8.0 s for
// 10,000 documents where 64 took 9.3 s), a smaller one answers Cancel sooner
// and holds fewer texts in memory. Documents are read ReadSize at a time
// until the batch holds BatchDocuments of them or BatchText characters.
constexpr int ReadSize = 64;
constexpr int BatchDocuments = 256;
constexpr qsizetype BatchText = 2'000'000;
// Batches analysed ahead of the writer: enough that neither waits for the
// other, few enough that a slow disk does not pile results up in memory.
constexpr int WritesAhead = 2;

} // namespace

CorpusAnalyzer::CorpusAnalyzer(DocumentStore &documents, AnalysisStore &analyses, AnalysisWriter &writer, const EntityEngine &engine,
                               QObject *parent)
    : QObject(parent)
    , m_documents(documents)
    , m_analyses(analyses)
    , m_writer(writer)
    , m_engineVersion(engineVersion(engine))
{
    connect(&m_watcher, &QFutureWatcher<Job>::finished, this, &CorpusAnalyzer::batchDone);
    connect(&m_writer, &AnalysisWriter::saved, this, &CorpusAnalyzer::batchStored);
}

CorpusAnalyzer::~CorpusAnalyzer()
{
    m_cancelled = true;
    m_watcher.waitForFinished();
}

QString CorpusAnalyzer::engineVersion(const EntityEngine &engine)
{
    // The definition's version changes with the user's bodies; the hash with
    // the engine's code and data.
    return QStringLiteral("%1/%2/%3").arg(engine.definition().version()).arg(QStringLiteral(DOSSIER_VERSION), QStringLiteral(DOSSIER_ENGINE_HASH));
}

void CorpusAnalyzer::start()
{
    if (m_running)
        return;
    const Expected<QList<qint64>> pending = m_analyses.documentsToAnalyse(m_engineVersion);
    if (!pending) {
        Q_EMIT finished(pending.error());
        return;
    }
    m_pending = *pending;
    m_total = int(m_pending.size());
    m_done = 0;
    m_cancelled = false;
    m_error.clear();
    m_running = true;
    pump();
}

void CorpusAnalyzer::cancel()
{
    m_cancelled = true;
}

void CorpusAnalyzer::pump()
{
    if (!m_running)
        return;
    if (!m_extracting && m_writing.size() < WritesAhead)
        m_extracting = startBatch();
    if (!m_extracting && m_writing.isEmpty())
        finish(m_error);
}

bool CorpusAnalyzer::startBatch()
{
    if (m_cancelled)
        return false;
    QList<Job> jobs;
    qsizetype text = 0;
    while (!m_pending.isEmpty() && jobs.size() < BatchDocuments && text < BatchText) {
        // One query per ReadSize documents, not one per document. Documents
        // removed since start() are left out.
        const QList<qint64> ids = m_pending.mid(0, ReadSize);
        m_pending.remove(0, ids.size());
        const Expected<QList<Document>> documents = m_documents.byIds(ids);
        if (!documents) {
            if (m_error.isEmpty())
                m_error = documents.error();
            return false;
        }
        QStringList hashes;
        for (const Document &d : *documents)
            hashes.append(d.sha256);
        const QHash<QString, Extraction> cached = m_analyses.cached(hashes, m_engineVersion);
        for (const Document &d : *documents) {
            Job job;
            job.document = d;
            if (const auto hit = cached.constFind(d.sha256); hit != cached.cend()) {
                job.extraction = *hit;
                job.fromCache = true;
            }
            text += d.text.size();
            jobs.append(std::move(job));
        }
    }
    if (jobs.isEmpty())
        return false;
    m_watcher.setFuture(QtConcurrent::mapped(std::move(jobs), [](Job job) {
        if (!job.fromCache)
            job.extraction = EntityEngine::forThisThread().extract(job.document.text);
        return job;
    }));
    return true;
}

void CorpusAnalyzer::batchDone()
{
    m_extracting = false;
    if (!m_running)
        return;
    // Analysed before a cancel: still worth storing; not after a failed write.
    if (m_error.isEmpty() && !m_watcher.future().isCanceled()) {
        const QList<Job> results = m_watcher.future().results();
        QList<AnalysisWriter::Item> items;
        items.reserve(results.size());
        for (const Job &job : results)
            items.append({job.document, job.extraction});
        if (!items.isEmpty())
            m_writing.insert(m_writer.save(m_engineVersion, items), int(items.size()));
    }
    // The worker threads extract the next batch while this one is written.
    pump();
}

void CorpusAnalyzer::batchStored(quint64 request, const QString &error)
{
    const auto writing = m_writing.constFind(request);
    if (writing == m_writing.cend())
        return; // another client's
    const int count = *writing;
    m_writing.erase(writing);
    if (error.isEmpty()) {
        m_done += count;
        Q_EMIT progress(m_done, m_total);
    } else if (m_error.isEmpty()) {
        m_error = error;
        m_cancelled = true;
        m_watcher.cancel();
    }
    pump();
}

void CorpusAnalyzer::finish(const QString &error)
{
    m_running = false;
    m_pending.clear();
    Q_EMIT finished(error);
}

} // namespace Dossier
