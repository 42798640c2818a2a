#include "corpusanalyzer.h"

#include "entityengine.h"
#include "enginehash.h"

#include "store/analysisstore.h"
#include "store/documentstore.h"

#include <QtConcurrent/QtConcurrentMap>


namespace Dossier {

namespace {

constexpr int BatchSize = 64;

} // namespace

CorpusAnalyzer::CorpusAnalyzer(DocumentStore &documents, AnalysisStore &analyses, const EntityEngine &engine, QObject *parent)
    : QObject(parent)
    , m_documents(documents)
    , m_analyses(analyses)
    , m_engineVersion(engineVersion(engine))
{
    connect(&m_watcher, &QFutureWatcher<Job>::finished, this, &CorpusAnalyzer::batchDone);
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
    m_running = true;
    if (!startBatch())
        finish({});
}

void CorpusAnalyzer::cancel()
{
    m_cancelled = true;
}

bool CorpusAnalyzer::startBatch()
{
    if (m_cancelled)
        return false;
    QList<Job> jobs;
    while (!m_pending.isEmpty() && jobs.size() < BatchSize) {
        Job job;
        job.document = m_documents.byId(m_pending.takeFirst());
        if (!job.document.isValid())
            continue;
        if (const auto cached = m_analyses.cached(job.document.sha256, m_engineVersion)) {
            job.extraction = *cached;
            job.fromCache = true;
        }
        jobs.append(job);
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
    if (!m_running)
        return; // a batch abandoned after a failed save
    const QList<Job> results = m_watcher.future().results();
    // The worker threads extract the next batch while this one is saved
    // here, so that neither waits for the other.
    const bool more = startBatch();
    for (const Job &job : results) {
        const Result saved = m_analyses.save(job.document, m_engineVersion, job.extraction);
        if (!saved) {
            m_cancelled = true;
            m_watcher.cancel();
            m_watcher.waitForFinished();
            finish(saved.error());
            return;
        }
        ++m_done;
    }
    Q_EMIT progress(m_done, m_total);
    if (!more)
        finish({});
}

void CorpusAnalyzer::finish(const QString &error)
{
    m_running = false;
    m_pending.clear();
    Q_EMIT finished(error);
}

} // namespace Dossier
