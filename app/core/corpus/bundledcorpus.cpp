#include "bundledcorpus.h"

#include "corpus/textdecoder.h"
#include "store/documentstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Dossier::BundledCorpus {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Dossier::BundledCorpus", text);
}
} // namespace

QString location()
{
    return QStringLiteral(":/dossier/corpus");
}

Expected<QList<Document>> load(const QString &dir)
{
    QFile manifestFile(QDir(dir).filePath(QStringLiteral("manifest.json")));
    if (!manifestFile.open(QIODevice::ReadOnly))
        return Result::failure(tr("Cannot read the corpus manifest %1.").arg(manifestFile.fileName()));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(manifestFile.readAll(), &error);
    if (json.isNull())
        return Result::failure(tr("The corpus manifest is not valid JSON: %1").arg(error.errorString()));

    QList<Document> documents;
    const QJsonArray entries = json.object().value(QLatin1String("documents")).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString fileName = entry.value(QLatin1String("file")).toString();
        QFile file(QDir(dir).filePath(fileName));
        if (fileName.isEmpty() || !file.open(QIODevice::ReadOnly))
            return Result::failure(tr("The corpus manifest names a missing file: %1").arg(fileName));
        const Expected<QString> text = TextDecoder::decodeUtf8(file.readAll());
        if (!text)
            return Result::failure(tr("%1: %2").arg(fileName, text.error()));
        Document d;
        d.title = entry.value(QLatin1String("title")).toString();
        d.publisher = entry.value(QLatin1String("publisher")).toString();
        d.publishedOn = QDate::fromString(entry.value(QLatin1String("date")).toString(), Qt::ISODate);
        d.language = entry.value(QLatin1String("language")).toString();
        d.kind = entry.value(QLatin1String("kind")).toString();
        d.sourceName = fileName;
        d.text = *text;
        documents.append(d);
    }
    if (documents.isEmpty())
        return Result::failure(tr("The corpus manifest lists no documents."));
    return documents;
}

Result addToEmptyLibrary(DocumentStore &store)
{
    if (store.count() > 0)
        return Result::success();
    const Expected<QList<Document>> documents = load();
    if (!documents)
        return Result::failure(documents.error());
    for (const Document &document : *documents) {
        const Expected<qint64> id = store.add(document);
        if (!id)
            return Result::failure(id.error());
    }
    return Result::success();
}

} // namespace Dossier::BundledCorpus
