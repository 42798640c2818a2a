// Fuzz target: the Markdown converter and the Markdown importer on arbitrary
// bytes.
#include "corpus/importer.h"
#include "corpus/markdownconverter.h"
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
    const QString text = QString::fromUtf8(bytes);
    const MarkdownConverter converter(text);
    converter.title();
    MarkdownConverter::stripInline(text);
    Importer::importBytes(bytes, QStringLiteral("input.md"));
    return 0;
}
