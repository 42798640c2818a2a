#include "briefingmaterial.h"

#include "analysis/corpusanalyzer.h"
#include "analysis/entityengine.h"
#include "annotations/highlightcolour.h"
#include "store/analysisstore.h"
#include "store/annotationstore.h"
#include "store/tagstore.h"
#include "store/documentstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

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

Expected<QList<qint64>> tagSubtrees(const TagStore &tags, const QStringList &paths)
{
    QList<qint64> ids;
    for (const QString &path : paths) {
        const Tag tag = tags.byPath(path);
        if (tag.id <= 0)
            return Result::failure(QCoreApplication::translate("Dossier::Briefing", "There is no tag \"%1\".").arg(path));
        for (qint64 id : tags.subtreeIds(tag.id)) {
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    return ids;
}

Expected<QList<qint64>> documentsWithTags(AnnotationStore &annotations, const TagStore &tags, const QList<qint64> &tagIds)
{
    QList<qint64> ids;
    for (qint64 tag : tagIds) {
        for (qint64 id : tags.documentsWithTag(tag)) {
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    AnnotationFilter filter;
    filter.tagIds = tagIds;
    const auto tagged = annotations.find(filter);
    if (!tagged)
        return Result::failure(tagged.error());
    for (const Annotation &a : *tagged) {
        if (!ids.contains(a.documentId))
            ids.append(a.documentId);
    }
    return ids;
}

Expected<QList<BriefingPassage>> collectBriefingPassages(AnnotationStore &annotations, const TagStore &tags,
                                                        const QList<qint64> &documentIds, const QList<qint64> &tagIds)
{
    const auto allTags = tags.list();
    if (!allTags)
        return Result::failure(allTags.error());
    QHash<qint64, QString> pathOf;
    for (const Tag &t : *allTags)
        pathOf.insert(t.id, t.path);
    QList<BriefingPassage> passages;
    for (qint64 documentId : documentIds) {
        AnnotationFilter filter;
        filter.documentId = documentId;
        filter.tagIds = tagIds;
        const auto found = annotations.find(filter);
        if (!found)
            return Result::failure(found.error());
        for (const Annotation &a : *found) {
            if (a.anchor == Annotation::Anchor::Orphaned)
                continue;
            BriefingPassage p;
            p.documentId = a.documentId;
            p.quote = a.exact;
            p.note = a.note;
            p.isPrivate = a.isPrivate;
            if (const HighlightColour *colour = HighlightColour::find(a.colour))
                p.colour = colour->colour(false);
            for (qint64 tag : a.tagIds) {
                // Only the chosen tags head the passage's sections.
                if (tagIds.isEmpty() || tagIds.contains(tag))
                    p.tags.append(pathOf.value(tag));
            }
            passages.append(p);
        }
    }
    return passages;
}

BriefingMaterial firstSources(const BriefingMaterial &material, int count)
{
    if (material.sources.size() <= count)
        return material;
    BriefingMaterial first;
    first.sources = material.sources.mid(0, count);
    QSet<qint64> ids;
    for (const BriefingSource &source : std::as_const(first.sources))
        ids.insert(source.document.id);
    for (const BriefingPassage &passage : material.passages) {
        if (ids.contains(passage.documentId))
            first.passages.append(passage);
    }
    return first;
}

} // namespace Dossier
