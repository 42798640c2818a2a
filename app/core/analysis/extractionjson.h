#pragma once

#include "entities.h"

#include <QJsonObject>

namespace Dossier::ExtractionJson {

// The extraction in the format of spec/ANNOTATION-GUIDE.md: offsets in
// Unicode code points into text, plus canonical names and normalised values.
QJsonObject toJson(const QString &fileName, const QString &text, const Extraction &extraction);

} // namespace Dossier::ExtractionJson
