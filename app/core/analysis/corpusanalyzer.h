#pragma once

#include "entities.h"
#include "result.h"

#include "corpus/document.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>

namespace Dossier {

class AnalysisStore;
class AnalysisWriter;
class DocumentStore;
class EntityEngine;

// Runs the analysis engine over the corpus in the background: documents are
// analysed in batches across all cores (QtConcurrent, one engine per worker
// thread), and each batch's results are stored by the writer's thread, so
// that the calling thread never waits for a write. Texts analysed before
// (same hash, same engine version) are taken from the cache.
class CorpusAnalyzer : public QObject
{
    Q_OBJECT
public:
    // analyses reads (on the calling thread), writer stores.
    CorpusAnalyzer(DocumentStore &documents, AnalysisStore &analyses, AnalysisWriter &writer, const EntityEngine &engine,
                   QObject *parent = nullptr);
    ~CorpusAnalyzer() override;

    // The key of the engine's results: the definition's version, the
    // program's, and a fingerprint of the engine's code and data. Any change
    // to them analyses again.
    static QString engineVersion(const EntityEngine &engine);
    QString engineVersion() const { return m_engineVersion; }

    // Starts analysing every document not analysed by this engine version;
    // returns at once. finished() follows, also when there is nothing to do,
    // once every result is stored.
    void start();
    // Analyses no further batch; what is analysed already is still stored
    // before finished().
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int done, int total); // documents stored
    // Empty on success or cancel; else why a write failed (a full disk, a
    // read-only file), and nothing more is analysed.
    void finished(const QString &error);

private:
    struct Job {
        Document document;
        Extraction extraction;
        bool fromCache = false;
    };
    // Starts what can start; finishes when nothing is left to do.
    void pump();
    // Starts extracting the next batch; false when nothing is left.
    bool startBatch();
    void batchDone();
    void batchStored(quint64 request, const QString &error);
    void finish(const QString &error);

    DocumentStore &m_documents;
    AnalysisStore &m_analyses;
    AnalysisWriter &m_writer;
    QString m_engineVersion;
    QList<qint64> m_pending;
    int m_total = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_extracting = false;
    QString m_error; // the first failed write's
    QHash<quint64, int> m_writing; // documents by writer request
    QFutureWatcher<Job> m_watcher;
};

} // namespace Dossier
