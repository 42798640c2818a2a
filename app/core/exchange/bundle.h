#pragma once

#include "annotations/annotation.h"
#include "corpus/document.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dossier {

// What an export holds, independent of the library's row ids: documents by
// the hash of their text, tags by path, annotations by uuid. The bundle
// writer, the REFI-QDA and CSV writers write it; the bundle reader reads it
// back; the merger brings it into a library. One model, several outputs.
struct BundleTag {
    QString uuid;
    QString path; // "policy/deterrence"
    QString colour; // "#rrggbb" or empty

    bool operator==(const BundleTag &o) const { return uuid == o.uuid && path == o.path && colour == o.colour; }
};

struct BundleDocument {
    Document document; // id is the library's and not exported; sha256 and text always set
    QStringList tagPaths; // sorted

    bool operator==(const BundleDocument &o) const;
};

struct BundleAnnotation {
    Annotation annotation; // documentId and tagIds are the library's, not exported
    QString documentSha256;
    QStringList tagPaths; // sorted

    bool operator==(const BundleAnnotation &o) const;
};

struct BundleManifest {
    QString format;
    int version = 0;
    QString appVersion;
    QDateTime created;
    QString author;
    QJsonObject scope;
};

struct Bundle {
    BundleManifest manifest;
    QList<BundleTag> tags; // parents before children
    QList<BundleDocument> documents; // ordered by sha256
    QList<BundleAnnotation> annotations; // ordered by document, start, uuid

    // The document with this text hash; nullptr when there is none.
    const BundleDocument *document(const QString &sha256) const;
};

namespace BundleFormat {
inline constexpr char Name[] = "dossier-annotation-bundle";
inline constexpr int Version = 1;
inline constexpr char Suffix[] = "dossier";
inline constexpr char ManifestEntry[] = "manifest.json";
inline constexpr char AnnotationsEntry[] = "annotations.jsonld";
inline constexpr char DocumentsEntry[] = "documents.json";
inline constexpr char TagsEntry[] = "tags.json";
inline constexpr char TextFolder[] = "documents/";

// Limits a bundle must keep to before anything in it is believed. A document
// may be up to 50 MB on import, more once decoded to UTF-8.
inline constexpr qint64 MaxEntrySize = 100 * 1024 * 1024;
inline constexpr qint64 MaxTotalSize = 512 * 1024 * 1024;
inline constexpr int MaxEntries = 100000;
} // namespace BundleFormat

} // namespace Dossier
