// Fuzz target: the bundle reader (zip directory checks, KZip, JSON-LD) on an
// arbitrary .dossier file.
#include "exchange/bundlereader.h"
#include "fuzzsupport.h"

using namespace Dossier;

extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    Fuzz::start(*argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = Fuzz::writeInput(QStringLiteral("input.dossier"), data, size);
    const Expected<Bundle> bundle = BundleReader::read(path);
    if (!bundle.ok())
        return 0;
    // What the reader accepted, the merger relies on: every annotation's
    // document is in the bundle.
    for (const BundleAnnotation &a : bundle->annotations) {
        const BundleDocument *document = bundle->document(a.documentSha256);
        Fuzz::require(document != nullptr, "an accepted annotation's document is in the bundle");
    }
    return 0;
}
