#include "bundlewriter.h"

#include "bundlecodec.h"
#include "zipwriter.h"

#include <QCryptographicHash>
#include <QUuid>

namespace Dossier {

Result BundleWriter::write(const Bundle &bundle, const QString &path)
{
    QList<ZipWriter::Entry> entries{
        {QLatin1String(BundleFormat::AnnotationsEntry),
         BundleCodec::annotationsJson(bundle.annotations, QUuid::createUuid().toString(QUuid::WithoutBraces))},
        {QLatin1String(BundleFormat::DocumentsEntry), BundleCodec::documentsJson(bundle.documents)},
        {QLatin1String(BundleFormat::TagsEntry), BundleCodec::tagsJson(bundle.tags)},
    };
    for (const BundleDocument &d : bundle.documents)
        entries.append({BundleCodec::textEntryName(d.document.sha256), d.document.text.toUtf8()});

    QList<BundleEntry> listed;
    for (const ZipWriter::Entry &e : std::as_const(entries))
        listed.append({e.first, e.second.size(), QString::fromLatin1(QCryptographicHash::hash(e.second, QCryptographicHash::Sha256).toHex())});
    BundleManifest manifest = bundle.manifest;
    manifest.appVersion = QStringLiteral("Dossier " DOSSIER_VERSION);
    manifest.created = QDateTime::currentDateTimeUtc();
    entries.prepend({QLatin1String(BundleFormat::ManifestEntry), BundleCodec::manifestJson(manifest, listed)});
    return ZipWriter::write(path, entries);
}

} // namespace Dossier
