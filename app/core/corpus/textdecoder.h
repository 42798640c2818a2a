#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace Dossier::TextDecoder {

// Decodes UTF-8 exactly: nothing trimmed, line endings kept, a byte-order
// mark kept as U+FEFF so that code-point offsets match other tools reading
// the same bytes (the extractor's gold was made that way). Invalid UTF-8 is
// an error.
Expected<QString> decodeUtf8(const QByteArray &bytes);

// A text decoded for import, and the encoding it was found to be in.
struct Decoded {
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "windows-1252", ...
};

// Decodes the bytes of a text file for import. A byte-order mark (UTF-8,
// UTF-16 or UTF-32) decides the encoding and is dropped; the rest of the text
// is kept exactly. Without one, valid UTF-8 is UTF-8; text that has no UTF-8
// sequence at all but bytes above 127 is legacy single-byte text
// (windows-1252, or windows-1251 when its high bytes form whole words).
// Rejected, each with one clear message: empty input, binary data (NUL or
// many control bytes), UTF-8 damaged in places, malformed UTF-16/32.
// preferred, when a document declares its encoding (HTML's charset), is
// tried before the guess.
Expected<Decoded> decode(const QByteArray &bytes, const QByteArray &preferred = {});

// True when the bytes look like binary data rather than text in any
// single-byte or UTF-8 encoding.
bool looksBinary(const QByteArray &bytes);

} // namespace Dossier::TextDecoder
