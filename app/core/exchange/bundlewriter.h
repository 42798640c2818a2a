#pragma once

#include "bundle.h"
#include "result.h"

namespace Dossier {

// Writes a Bundle as an annotation bundle (.dossier): a zip of
// manifest.json (format, version, app, time, author, scope, and every
// other entry's size and SHA-256), annotations.jsonld (a W3C Web Annotation
// AnnotationCollection), documents.json with each text in documents/, and
// tags.json.
class BundleWriter
{
public:
    static Result write(const Bundle &bundle, const QString &path);
};

} // namespace Dossier
