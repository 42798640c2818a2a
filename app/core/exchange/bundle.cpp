#include "bundle.h"

namespace Dossier {

bool BundleDocument::operator==(const BundleDocument &o) const
{
    const Document &a = document;
    const Document &b = o.document;
    return a.uuid == b.uuid && a.title == b.title && a.publisher == b.publisher && a.publishedOn == b.publishedOn
        && a.language == b.language && a.kind == b.kind && a.sourceName == b.sourceName && a.sha256 == b.sha256
        && a.text == b.text && tagPaths == o.tagPaths;
}

bool BundleAnnotation::operator==(const BundleAnnotation &o) const
{
    const Annotation &a = annotation;
    const Annotation &b = o.annotation;
    return a.uuid == b.uuid && a.start == b.start && a.end == b.end && a.exact == b.exact && a.prefix == b.prefix
        && a.suffix == b.suffix && a.note == b.note && a.colour == b.colour && a.isPrivate == b.isPrivate
        && a.created == b.created && a.modified == b.modified && a.anchor == b.anchor && a.previousExact == b.previousExact
        && documentSha256 == o.documentSha256 && tagPaths == o.tagPaths;
}

const BundleDocument *Bundle::document(const QString &sha256) const
{
    for (const BundleDocument &d : documents) {
        if (d.document.sha256 == sha256)
            return &d;
    }
    return nullptr;
}

} // namespace Dossier
