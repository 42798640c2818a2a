#include "briefingmaterial.h"

#include "analysis/corpusanalyzer.h"
#include "analysis/entityengine.h"
#include "store/analysisstore.h"
#include "store/documentstore.h"

#include <QCoreApplication>

#include <algorithm>

namespace Dossier {

Expected<BriefingMaterial> collectBriefingMaterial(DocumentStore &documents, AnalysisStore &analyses, const EntityEngine &engine,
                                                   const QList<qint64> &documentIds)
{
    QList<qint64> ids = documentIds;
    if (ids.isEmpty()) {
        const Expected<QList<Document>> all = documents.list();
        if (!all)
            return Result::failure(all.error());
        for (const Document &d : *all)
            ids.append(d.id);
    }
    const QString version = CorpusAnalyzer::engineVersion(engine);
    BriefingMaterial material;
    for (qint64 id : std::as_const(ids)) {
        BriefingSource source;
        source.document = documents.byId(id);
        if (!source.document.isValid())
            return Result::failure(QCoreApplication::translate("Dossier::Briefing", "There is no document with id %1.").arg(id));
        if (const auto cached = analyses.cached(source.document.sha256, version)) {
            source.extraction = *cached;
        } else {
            source.extraction = engine.extract(source.document.text);
            analyses.save(source.document, version, source.extraction); // a failed cache write only costs time later
        }
        material.sources.append(source);
    }
    std::stable_sort(material.sources.begin(), material.sources.end(), [](const BriefingSource &a, const BriefingSource &b) {
        if (a.document.publishedOn.isValid() != b.document.publishedOn.isValid())
            return a.document.publishedOn.isValid();
        return a.document.publishedOn < b.document.publishedOn;
    });
    return material;
}

} // namespace Dossier
