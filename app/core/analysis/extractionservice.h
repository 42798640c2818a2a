#pragma once

#include "entities.h"

#include "corpus/document.h"

#include <QObject>

namespace Dossier {

class AnalysisStore;

// Hands out what the engine finds in a document without blocking the
// caller: from the analysis cache when the text was analysed before,
// otherwise from a worker thread (then cached). One per application.
class ExtractionService : public QObject
{
    Q_OBJECT
public:
    // cache may be null (nothing cached); engineVersion keys the cache.
    ExtractionService(AnalysisStore *cache, const QString &engineVersion, QObject *parent = nullptr);
    ~ExtractionService() override;

    // ready() follows, always asynchronously.
    void request(const Document &document);

Q_SIGNALS:
    void ready(qint64 documentId, const Dossier::Extraction &extraction);

private:
    AnalysisStore *m_cache;
    QString m_engineVersion;
    int m_running = 0;
};

} // namespace Dossier
