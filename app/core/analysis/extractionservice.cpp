#include "extractionservice.h"

#include "entityengine.h"

#include "store/analysisstore.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Dossier {

ExtractionService::ExtractionService(AnalysisStore *cache, const QString &engineVersion, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_engineVersion(engineVersion)
{
}

ExtractionService::~ExtractionService()
{
    // Workers hold no pointer to this object; their watchers are children
    // and are destroyed with it, dropping late results.
}

void ExtractionService::request(const Document &document)
{
    if (m_cache) {
        if (const auto cached = m_cache->cached(document.sha256, m_engineVersion)) {
            const qint64 id = document.id;
            const Extraction x = *cached;
            QTimer::singleShot(0, this, [this, id, x] { Q_EMIT ready(id, x); });
            return;
        }
    }
    auto *watcher = new QFutureWatcher<Extraction>(this);
    connect(watcher, &QFutureWatcher<Extraction>::finished, this, [this, watcher, document] {
        const Extraction x = watcher->result();
        watcher->deleteLater();
        if (m_cache)
            m_cache->save(document, m_engineVersion, x); // a failed cache write only costs time later
        Q_EMIT ready(document.id, x);
    });
    const QString text = document.text;
    watcher->setFuture(QtConcurrent::run([text] { return EntityEngine::forThisThread().extract(text); }));
}

} // namespace Dossier
