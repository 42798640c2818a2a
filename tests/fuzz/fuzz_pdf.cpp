// Fuzz target: the PDF importer (Qt PDF, then our page joining and metadata)
// on an arbitrary file. PDFium inside Qt PDF is not instrumented, so the
// search is guided by our code only; a crash inside PDFium is still caught.
#include "corpus/importer.h"
#include "fuzzsupport.h"

using namespace Dossier;

extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    Fuzz::start(*argv, true);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = Fuzz::writeInput(QStringLiteral("input.pdf"), data, size);
    const Expected<Document> document = Importer::importFile(path);
    if (document.ok())
        Fuzz::require(!document->text.isEmpty(), "an imported PDF has text");
    return 0;
}
