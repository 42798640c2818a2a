#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace Dossier::TextDecoder {

// Decodes UTF-8 exactly: nothing trimmed, line endings kept, a byte-order
// mark kept as U+FEFF so that code-point offsets match other tools reading
// the same bytes. Invalid UTF-8 is an error.
Expected<QString> decodeUtf8(const QByteArray &bytes);

} // namespace Dossier::TextDecoder
