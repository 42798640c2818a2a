// Fuzz target: text decoding and the plain-text importer on arbitrary bytes.
#include "corpus/importer.h"
#include "corpus/textdecoder.h"
#include "fuzzsupport.h"

using namespace Dossier;

extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    Fuzz::start(*argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    TextDecoder::looksBinary(bytes);
    const Expected<QString> utf8 = TextDecoder::decodeUtf8(bytes);
    if (utf8.ok())
        Fuzz::require(utf8->toUtf8().size() <= bytes.size(), "decoded UTF-8 is no longer than its bytes");
    const Expected<TextDecoder::Decoded> decoded = TextDecoder::decode(bytes);
    if (decoded.ok())
        Fuzz::require(!decoded->encoding.isEmpty(), "a decoded text names its encoding");
    // A preferred charset, as an HTML page's <meta charset> gives one.
    TextDecoder::decode(bytes, QByteArrayLiteral("windows-1251"));
    Importer::importBytes(bytes, QStringLiteral("input.txt"));
    return 0;
}
