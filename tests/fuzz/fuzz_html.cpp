// Fuzz target: the HTML converter and the HTML importer on arbitrary bytes.
#include "corpus/htmlconverter.h"
#include "corpus/importer.h"
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
    HtmlConverter::declaredCharset(bytes);
    const HtmlConverter converter(QString::fromUtf8(bytes));
    Fuzz::require(!converter.text().contains(QLatin1Char('<')) || bytes.contains('<') || bytes.contains('&'),
                  "no markup appears from nowhere");
    Importer::importBytes(bytes, QStringLiteral("input.html"));
    return 0;
}
