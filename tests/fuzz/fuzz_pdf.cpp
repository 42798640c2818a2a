// Fuzz target: the PDF importer on an arbitrary file: the helper
// dossier-pdftext (Qt PDF and our page joining) in its own process with a
// time limit, then our metadata. The helper's coverage does not reach the
// fuzzer (it is another process), so the search is guided by our code only. A
// sanitizer finding or a crash in the helper ends it with status 1 (the
// sanitizers catch signals), which the importer reports as the reader's own
// failure: that is a finding here. A hang ends at the time limit (the test
// sets DOSSIER_PDF_TIME_LIMIT) with an ordinary rejection.
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
    else
        Fuzz::require(!document.error().contains(QLatin1String("PDF reader failed")), "the PDF reader ends with a status of its own");
    return 0;
}
