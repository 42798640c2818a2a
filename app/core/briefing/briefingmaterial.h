#pragma once

#include "briefing.h"
#include "result.h"

namespace Dossier {

class AnalysisStore;
class DocumentStore;
class EntityEngine;

// Gathers a briefing's material: the chosen documents (all when none is
// chosen) in date order, each with what the engine found in it (from the
// analysis cache, or analysed now and cached).
Expected<BriefingMaterial> collectBriefingMaterial(DocumentStore &documents, AnalysisStore &analyses,
                                                   const EntityEngine &engine, const QList<qint64> &documentIds);

} // namespace Dossier
