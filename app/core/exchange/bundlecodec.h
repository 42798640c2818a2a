#pragma once

#include "bundle.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace Dossier {

// One entry of a bundle as its manifest lists it.
struct BundleEntry {
    QString name;
    qint64 size = 0;
    QString sha256; // hex, lower case
};

// The JSON of a bundle's entries, written and read in one place so that the
// two cannot drift apart. Readers check the shape strictly: a value of the
// wrong type, a missing field or an unknown one where it matters is an
// error naming the entry and the item, never a guess.
namespace BundleCodec {

QByteArray manifestJson(const BundleManifest &manifest, const QList<BundleEntry> &entries);
QByteArray tagsJson(const QList<BundleTag> &tags);
QByteArray documentsJson(const QList<BundleDocument> &documents);
// A W3C Web Annotation AnnotationCollection (JSON-LD).
QByteArray annotationsJson(const QList<BundleAnnotation> &annotations, const QString &collectionUuid);
// Where a document's text is stored in the bundle.
QString textEntryName(const QString &sha256);

struct ParsedManifest {
    BundleManifest manifest;
    QList<BundleEntry> entries;
};
// Checks the format name and version too.
Expected<ParsedManifest> parseManifest(const QByteArray &json);
Expected<QList<BundleTag>> parseTags(const QByteArray &json);
// texts: the bundle's entries by name, for the documents' texts.
Expected<QList<BundleDocument>> parseDocuments(const QByteArray &json, const QHash<QString, QByteArray> &texts);
Expected<QList<BundleAnnotation>> parseAnnotations(const QByteArray &json);

bool isSha256(const QString &text);

} // namespace BundleCodec

} // namespace Dossier
