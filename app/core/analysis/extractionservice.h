#pragma once

#include "entities.h"

#include "corpus/document.h"

#include <QHash>
#include <QObject>

namespace Dossier {

class AnalysisStore;
class AnalysisWriter;

// Hands out what the engine finds in a document without blocking the
// caller: from the analysis cache when the text was analysed before,
// otherwise from a worker thread, then stored by the writer's thread
// (the cache and the corpus index). One per application.
class ExtractionService : public QObject
{
    Q_OBJECT
public:
    // cache and writer may be null (nothing cached, nothing stored);
    // engineVersion keys the cache.
    ExtractionService(AnalysisStore *cache, AnalysisWriter *writer, const QString &engineVersion, QObject *parent = nullptr);
    ~ExtractionService() override;

    // ready() follows, always asynchronously; then, for a document the
    // engine had to analyse, saved().
    void request(const Document &document);

Q_SIGNALS:
    // As soon as the extraction is known, before it is stored.
    void ready(qint64 documentId, const Dossier::Extraction &extraction);
    // The extraction reached the cache and the corpus index
    // (AnalysisStore::mentions() now has it), or not: error says why (a
    // failed cache write only costs time later).
    void saved(qint64 documentId, const QString &error);

private:
    void stored(quint64 request, const QString &error);

    struct Pending {
        qint64 documentId = 0;
        QString sha256;
    };

    AnalysisStore *m_cache;
    AnalysisWriter *m_writer;
    QString m_engineVersion;
    // Extractions on their way to the cache, by text hash: asked for again
    // meanwhile, they are not analysed again.
    QHash<QString, Extraction> m_unsaved;
    QHash<quint64, Pending> m_pending; // by writer request
};

} // namespace Dossier
