#include "extractionservice.h"

#include "entityengine.h"

#include "store/analysisstore.h"
#include "store/analysiswriter.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <optional>

namespace Dossier {

ExtractionService::ExtractionService(AnalysisStore *cache, AnalysisWriter *writer, const QString &engineVersion, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_writer(writer)
    , m_engineVersion(engineVersion)
{
    if (m_writer)
        connect(m_writer, &AnalysisWriter::saved, this, &ExtractionService::stored);
}

ExtractionService::~ExtractionService()
{
    // Workers hold no pointer to this object; their watchers are children
    // and are destroyed with it, dropping late results. Writes already
    // asked for are the writer's: it finishes them.
}

void ExtractionService::request(const Document &document)
{
    std::optional<Extraction> known;
    if (const auto unsaved = m_unsaved.constFind(document.sha256); unsaved != m_unsaved.cend())
        known = *unsaved;
    else if (m_cache)
        known = m_cache->cached(document.sha256, m_engineVersion);
    if (known) {
        const qint64 id = document.id;
        QTimer::singleShot(0, this, [this, id, x = *known] { Q_EMIT ready(id, x); });
        return;
    }
    auto *watcher = new QFutureWatcher<Extraction>(this);
    connect(watcher, &QFutureWatcher<Extraction>::finished, this, [this, watcher, document] {
        const Extraction x = watcher->result();
        watcher->deleteLater();
        if (m_writer) {
            // Written on the writer's thread while the window shows it.
            m_unsaved.insert(document.sha256, x);
            m_pending.insert(m_writer->save(m_engineVersion, {{document, x}}), {document.id, document.sha256});
        }
        Q_EMIT ready(document.id, x);
    });
    const QString text = document.text;
    watcher->setFuture(QtConcurrent::run([text] { return EntityEngine::forThisThread().extract(text); }));
}

void ExtractionService::stored(quint64 request, const QString &error)
{
    const auto pending = m_pending.constFind(request);
    if (pending == m_pending.cend())
        return; // another client's
    const Pending p = *pending;
    m_pending.erase(pending);
    // In the cache now (or, failed, analysed again when asked again).
    const bool stillWriting = std::any_of(m_pending.cbegin(), m_pending.cend(), [&p](const Pending &q) { return q.sha256 == p.sha256; });
    if (!stillWriting)
        m_unsaved.remove(p.sha256);
    Q_EMIT saved(p.documentId, error);
}

} // namespace Dossier
