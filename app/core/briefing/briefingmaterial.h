#pragma once

#include "briefing.h"
#include "result.h"

namespace Dossier {

class AnalysisStore;
class AnnotationStore;
class DocumentStore;
class EntityEngine;
class TagStore;

// Gathers a briefing's material: the chosen documents (all when none is
// chosen) in date order, each with what the engine found in it (from the
// analysis cache, or analysed now and cached).
Expected<BriefingMaterial> collectBriefingMaterial(DocumentStore &documents, AnalysisStore &analyses,
                                                   const EntityEngine &engine, const QList<qint64> &documentIds);

// The ids of the tags at these paths with all their descendants; an error
// names a path that is no tag.
Expected<QList<qint64>> tagSubtrees(const TagStore &tags, const QStringList &paths);

// The documents a set of tags reaches: tagged themselves, or holding an
// annotation with one of the tags.
Expected<QList<qint64>> documentsWithTags(AnnotationStore &annotations, const TagStore &tags, const QList<qint64> &tagIds);

// The annotated passages of these documents (of these tags only, when any
// is given) that still stand on their text: orphaned ones are left out.
Expected<QList<BriefingPassage>> collectBriefingPassages(AnnotationStore &annotations, const TagStore &tags,
                                                        const QList<qint64> &documentIds, const QList<qint64> &tagIds);

// The first `count` sources of the material with their passages only: what
// a live preview composes where the whole would take seconds.
BriefingMaterial firstSources(const BriefingMaterial &material, int count);

} // namespace Dossier
