#pragma once

#include "entities.h"
#include "result.h"

#include "corpus/document.h"

#include <QFutureWatcher>
#include <QObject>

namespace Dossier {

class AnalysisStore;
class DocumentStore;
class EntityEngine;

// Runs the analysis engine over the corpus in the background: documents are
// analysed in batches across all cores (QtConcurrent, one engine per worker
// thread), and each batch's results are stored on the calling thread in one
// transaction. Texts analysed before (same hash, same engine version) are
// taken from the cache.
class CorpusAnalyzer : public QObject
{
    Q_OBJECT
public:
    CorpusAnalyzer(DocumentStore &documents, AnalysisStore &analyses, const EntityEngine &engine, QObject *parent = nullptr);
    ~CorpusAnalyzer() override;

    // The key of the engine's results: the definition's version, the
    // program's, and a fingerprint of the engine's code and data. Any change
    // to them analyses again.
    static QString engineVersion(const EntityEngine &engine);
    QString engineVersion() const { return m_engineVersion; }

    // Starts analysing every document not analysed by this engine version;
    // returns at once. finished() follows, also when there is nothing to do.
    void start();
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const QString &error); // empty on success or cancel

private:
    struct Job {
        Document document;
        Extraction extraction;
        bool fromCache = false;
    };
    // Starts extracting the next batch; false when nothing is left.
    bool startBatch();
    void batchDone();
    void finish(const QString &error);

    DocumentStore &m_documents;
    AnalysisStore &m_analyses;
    QString m_engineVersion;
    QList<qint64> m_pending;
    int m_total = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QFutureWatcher<Job> m_watcher;
};

} // namespace Dossier
