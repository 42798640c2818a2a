#include "bundlereader.h"

#include "bundlecodec.h"
#include "zipdirectory.h"

#include <KZip>
#include <KArchiveFile>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <memory>

namespace Dossier {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Dossier::BundleReader", text);
}

// Reads at most limit + 1 bytes of an entry: more than limit means the
// entry is larger than it said, and is not read further.
Expected<QByteArray> readCapped(const KArchiveFile &file, qint64 limit)
{
    std::unique_ptr<QIODevice> device(file.createDevice());
    if (!device || (!device->isOpen() && !device->open(QIODevice::ReadOnly)))
        return Result::failure(QString());
    QByteArray data;
    char chunk[64 * 1024];
    while (data.size() <= limit) {
        const qint64 n = device->read(chunk, qMin<qint64>(sizeof chunk, limit + 1 - data.size()));
        if (n < 0)
            return Result::failure(QString());
        if (n == 0)
            break;
        data.append(chunk, n);
    }
    return data;
}

// Each step of the check; the first failure is the bundle's one message.
Expected<Bundle> readChecked(QFile &file)
{
    const Expected<QList<ZipDirectory::Entry>> directory = ZipDirectory::read(file);
    if (!directory)
        return Result::failure(directory.error());
    if (directory->size() > BundleFormat::MaxEntries)
        return Result::failure(QCoreApplication::translate("Dossier::BundleReader", "it has %1 entries, more than the %2 a bundle may have").arg(directory->size()).arg(BundleFormat::MaxEntries));
    qint64 total = 0;
    QSet<QString> names;
    for (const ZipDirectory::Entry &e : *directory) {
        if (!ZipDirectory::isPlainName(e.isDirectory ? e.name.chopped(e.name.endsWith(QLatin1Char('/')) ? 1 : 0) : e.name))
            return Result::failure(QCoreApplication::translate("Dossier::BundleReader", "it contains an entry named “%1”, which is not a plain relative name").arg(e.name));
        if (e.isSymlink)
            return Result::failure(QCoreApplication::translate("Dossier::BundleReader", "it contains a link, “%1”").arg(e.name));
        if (e.encrypted || (e.method != 0 && e.method != 8))
            return Result::failure(QCoreApplication::translate("Dossier::BundleReader", "the entry %1 is encrypted or compressed in a way bundles are not").arg(e.name));
        if (e.uncompressedSize > BundleFormat::MaxEntrySize)
            return Result::failure(QCoreApplication::translate("Dossier::BundleReader", "the entry %1 expands to %2 MB, more than the %3 MB an entry may have")
                                       .arg(e.name).arg(e.uncompressedSize / (1024 * 1024)).arg(BundleFormat::MaxEntrySize / (1024 * 1024)));
        total += e.uncompressedSize;
        if (e.isDirectory)
            continue;
        if (names.contains(e.name))
            return Result::failure(QCoreApplication::translate("Dossier::BundleReader", "the entry %1 is there twice").arg(e.name));
        names.insert(e.name);
    }
    if (total > BundleFormat::MaxTotalSize)
        return Result::failure(QCoreApplication::translate("Dossier::BundleReader", "it expands to %1 MB, more than the %2 MB a bundle may have").arg(total / (1024 * 1024)).arg(BundleFormat::MaxTotalSize / (1024 * 1024)));

    file.seek(0); // KZip reads on from where the device stands
    KZip zip(&file);
    if (!zip.open(QIODevice::ReadOnly))
        return Result::failure(QCoreApplication::translate("Dossier::BundleReader", "the zip archive is damaged or truncated"));
    const KArchiveDirectory *root = zip.directory();
    const QString manifestName = QLatin1String(BundleFormat::ManifestEntry);
    const KArchiveFile *manifestFile = root->file(manifestName);
    if (!names.contains(manifestName) || !manifestFile)
        return Result::failure(QCoreApplication::translate("Dossier::BundleReader", "it has no %1, so it is not a Dossier annotation bundle").arg(manifestName));
    const Expected<QByteArray> manifestData = readCapped(*manifestFile, BundleFormat::MaxEntrySize);
    if (!manifestData || manifestData->size() > BundleFormat::MaxEntrySize)
        return Result::failure(QCoreApplication::translate("Dossier::BundleReader", "the entry %1 cannot be read: the zip archive is damaged").arg(manifestName));
    const Expected<BundleCodec::ParsedManifest> manifest = BundleCodec::parseManifest(*manifestData);
    if (!manifest)
        return Result::failure(manifest.error());

    QHash<QString, QByteArray> entries;
    qint64 read = manifestData->size();
    for (const BundleEntry &listed : manifest->entries) {
        if (!names.contains(listed.name) || entries.contains(listed.name) || listed.name == manifestName)
            return Result::failure(QCoreApplication::translate("Dossier::BundleReader", "its manifest lists %1, which is not in it (or is listed twice)").arg(listed.name));
        const KArchiveFile *entry = root->file(listed.name);
        const Expected<QByteArray> data = entry ? readCapped(*entry, qMin(listed.size, BundleFormat::MaxEntrySize)) : Result::failure(QString());
        if (!data)
            return Result::failure(QCoreApplication::translate("Dossier::BundleReader", "the entry %1 cannot be read: the zip archive is damaged").arg(listed.name));
        read += data->size();
        if (data->size() != listed.size || read > BundleFormat::MaxTotalSize)
            return Result::failure(QCoreApplication::translate("Dossier::BundleReader", "the entry %1 does not have the size its manifest gives").arg(listed.name));
        if (QString::fromLatin1(QCryptographicHash::hash(*data, QCryptographicHash::Sha256).toHex()) != listed.sha256)
            return Result::failure(QCoreApplication::translate("Dossier::BundleReader", "the checksum of %1 does not match its manifest").arg(listed.name));
        entries.insert(listed.name, *data);
    }
    for (const QString &name : std::as_const(names)) {
        if (name != manifestName && !entries.contains(name))
            return Result::failure(QCoreApplication::translate("Dossier::BundleReader", "it contains %1, which its manifest does not list").arg(name));
    }
    for (const char *required : {BundleFormat::AnnotationsEntry, BundleFormat::DocumentsEntry, BundleFormat::TagsEntry}) {
        if (!entries.contains(QLatin1String(required)))
            return Result::failure(QCoreApplication::translate("Dossier::BundleReader", "it has no %1").arg(QLatin1String(required)));
    }

    Bundle bundle;
    bundle.manifest = manifest->manifest;
    Expected<QList<BundleTag>> tags = BundleCodec::parseTags(entries.value(QLatin1String(BundleFormat::TagsEntry)));
    if (!tags)
        return Result::failure(tags.error());
    bundle.tags = std::move(tags.value());
    Expected<QList<BundleDocument>> documents = BundleCodec::parseDocuments(entries.value(QLatin1String(BundleFormat::DocumentsEntry)), entries);
    if (!documents)
        return Result::failure(documents.error());
    bundle.documents = std::move(documents.value());
    Expected<QList<BundleAnnotation>> annotations = BundleCodec::parseAnnotations(entries.value(QLatin1String(BundleFormat::AnnotationsEntry)));
    if (!annotations)
        return Result::failure(annotations.error());
    bundle.annotations = std::move(annotations.value());

    QSet<QString> hashes;
    for (const BundleDocument &d : std::as_const(bundle.documents))
        hashes.insert(d.document.sha256);
    for (const BundleAnnotation &a : std::as_const(bundle.annotations)) {
        if (!hashes.contains(a.documentSha256))
            return Result::failure(QCoreApplication::translate("Dossier::BundleReader", "the annotation urn:uuid:%1 refers to the document %2, which is not in the bundle").arg(a.annotation.uuid, a.documentSha256));
    }
    return bundle;
}

} // namespace

Expected<Bundle> BundleReader::read(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return Result::failure(tr("Cannot read %1: %2").arg(path, QFileInfo::exists(path) ? file.errorString() : tr("no such file")));
    const Expected<Bundle> bundle = readChecked(file);
    if (!bundle)
        return Result::failure(tr("%1 cannot be imported: %2").arg(QFileInfo(path).fileName(), bundle.error()));
    return bundle;
}

} // namespace Dossier
