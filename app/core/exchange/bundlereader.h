#pragma once

#include "bundle.h"
#include "result.h"

namespace Dossier {

// Reads an annotation bundle and checks all of it before anything is
// believed: the zip's own directory (plain entry names, no links, sizes and
// total within BundleFormat's limits), the manifest (format and version
// known, every entry listed and every listed entry there, sizes and SHA-256
// right), each entry's JSON and its shape, each text against its hash,
// every annotation's document present and every id once. Decompression is
// capped, whatever the archive claims. Touches no library.
class BundleReader
{
public:
    // The bundle, or one message saying what is wrong with it.
    static Expected<Bundle> read(const QString &path);
};

} // namespace Dossier
