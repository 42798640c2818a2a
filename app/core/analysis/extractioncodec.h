#pragma once

#include "entities.h"

#include <QByteArray>
#include <optional>

namespace Dossier::ExtractionCodec {

// A compact, lossless encoding of an Extraction (UTF-16 offsets) for the
// analysis cache. Not an exchange format: see ExtractionJson for that.
QByteArray encode(const Extraction &extraction);
// Empty when the data is not a valid encoding.
std::optional<Extraction> decode(const QByteArray &data);

} // namespace Dossier::ExtractionCodec
