#include "bundlecodec.h"

#include "annotations/highlightcolour.h"
#include "annotations/tag.h"

#include <QColor>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <cmath>

namespace Dossier::BundleCodec {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Dossier::BundleCodec", text);
}

const QString kUuidPrefix = QStringLiteral("urn:uuid:");
const QString kShaPrefix = QStringLiteral("urn:sha256:");
const QString kPrivate = QStringLiteral("dossier:private");
const QString kAnchor = QStringLiteral("dossier:anchor");
const QString kPreviousExact = QStringLiteral("dossier:previousExact");

QString time(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// The failure of one entry's shape: "documents.json, item 3: ...".
Result shapeError(const char *entry, qsizetype item, const QString &problem)
{
    if (item < 0)
        return Result::failure(tr("%1: %2").arg(QLatin1String(entry), problem));
    return Result::failure(tr("%1, item %2: %3").arg(QLatin1String(entry)).arg(item + 1).arg(problem));
}

QString missing(const char *field)
{
    return tr("“%1” is missing or of the wrong type").arg(QLatin1String(field));
}

Expected<QJsonObject> parseObject(const QByteArray &json, const char *entry)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return shapeError(entry, -1, tr("not well-formed JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return shapeError(entry, -1, tr("a JSON object was expected"));
    return doc.object();
}

bool isString(const QJsonObject &o, const char *key, bool optional = false)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() || (optional && v.isUndefined());
}

QString string(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString(QStringLiteral(""));
}

// A non-negative integer that a double holds exactly.
bool integer(const QJsonValue &v, qint64 *out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!(d >= 0 && d <= 9007199254740991.0) || std::floor(d) != d)
        return false;
    *out = qint64(d);
    return true;
}

QString uuidOf(const QString &urn)
{
    if (!urn.startsWith(kUuidPrefix))
        return QString();
    const QUuid uuid = QUuid::fromString(QStringView(urn).mid(kUuidPrefix.size()));
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

bool timeOf(const QJsonObject &o, const char *key, QDateTime *out)
{
    *out = QDateTime::fromString(string(o, key), Qt::ISODateWithMs);
    return out->isValid();
}

bool isTagPath(const QString &path)
{
    return Tag::splitPath(path).join(Tag::Separator) == path;
}

} // namespace

bool isSha256(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

QString textEntryName(const QString &sha256)
{
    return QLatin1String(BundleFormat::TextFolder) + sha256 + QStringLiteral(".txt");
}

QByteArray manifestJson(const BundleManifest &m, const QList<BundleEntry> &entries)
{
    QJsonArray list;
    for (const BundleEntry &e : entries)
        list.append(QJsonObject{{QStringLiteral("name"), e.name}, {QStringLiteral("size"), e.size}, {QStringLiteral("sha256"), e.sha256}});
    return toJson({
        {QStringLiteral("format"), QLatin1String(BundleFormat::Name)},
        {QStringLiteral("version"), BundleFormat::Version},
        {QStringLiteral("app"), text(m.appVersion)},
        {QStringLiteral("created"), time(m.created)},
        {QStringLiteral("author"), text(m.author)},
        {QStringLiteral("scope"), m.scope},
        {QStringLiteral("entries"), list},
    });
}

QByteArray tagsJson(const QList<BundleTag> &tags)
{
    QJsonArray list;
    for (const BundleTag &t : tags)
        list.append(QJsonObject{{QStringLiteral("id"), kUuidPrefix + t.uuid}, {QStringLiteral("path"), t.path}, {QStringLiteral("colour"), text(t.colour)}});
    return toJson({{QStringLiteral("tags"), list}});
}

QByteArray documentsJson(const QList<BundleDocument> &documents)
{
    QJsonArray list;
    for (const BundleDocument &b : documents) {
        const Document &d = b.document;
        list.append(QJsonObject{
            {QStringLiteral("id"), kShaPrefix + d.sha256},
            {QStringLiteral("uuid"), kUuidPrefix + d.uuid},
            {QStringLiteral("title"), text(d.title)},
            {QStringLiteral("publisher"), text(d.publisher)},
            {QStringLiteral("published"), d.publishedOn.isValid() ? QJsonValue(d.publishedOn.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("language"), text(d.language)},
            {QStringLiteral("kind"), text(d.kind)},
            {QStringLiteral("sourceName"), text(d.sourceName)},
            {QStringLiteral("text"), textEntryName(d.sha256)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(b.tagPaths)},
        });
    }
    return toJson({{QStringLiteral("documents"), list}});
}

QByteArray annotationsJson(const QList<BundleAnnotation> &annotations, const QString &collectionUuid)
{
    QJsonArray items;
    for (const BundleAnnotation &b : annotations) {
        const Annotation &a = b.annotation;
        QJsonArray body;
        if (!a.note.isEmpty())
            body.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")}, {QStringLiteral("purpose"), QStringLiteral("commenting")},
                                    {QStringLiteral("format"), QStringLiteral("text/plain")}, {QStringLiteral("value"), a.note}});
        for (const QString &path : b.tagPaths)
            body.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")}, {QStringLiteral("purpose"), QStringLiteral("tagging")},
                                    {QStringLiteral("value"), path}});
        if (!a.colour.isEmpty())
            body.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")}, {QStringLiteral("purpose"), QStringLiteral("highlighting")},
                                    {QStringLiteral("value"), a.colour}});
        const QJsonArray selectors{
            QJsonObject{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")}, {QStringLiteral("start"), a.start}, {QStringLiteral("end"), a.end}},
            QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")}, {QStringLiteral("exact"), a.exact},
                        {QStringLiteral("prefix"), text(a.prefix)}, {QStringLiteral("suffix"), text(a.suffix)}},
        };
        QJsonObject item{
            {QStringLiteral("id"), kUuidPrefix + a.uuid},
            {QStringLiteral("type"), QStringLiteral("Annotation")},
            {QStringLiteral("motivation"), a.note.isEmpty() ? QStringLiteral("highlighting") : QStringLiteral("commenting")},
            {QStringLiteral("created"), time(a.created)},
            {QStringLiteral("modified"), time(a.modified)},
            {QStringLiteral("body"), body},
            {QStringLiteral("target"), QJsonObject{{QStringLiteral("source"), kShaPrefix + b.documentSha256}, {QStringLiteral("selector"), selectors}}},
        };
        if (a.isPrivate)
            item.insert(kPrivate, true);
        if (a.anchor != Annotation::Anchor::Anchored)
            item.insert(kAnchor, a.anchor == Annotation::Anchor::Orphaned ? QStringLiteral("orphaned") : QStringLiteral("needs-review"));
        if (!a.previousExact.isEmpty())
            item.insert(kPreviousExact, a.previousExact);
        items.append(item);
    }
    return toJson({
        {QStringLiteral("@context"), QJsonArray{QStringLiteral("http://www.w3.org/ns/anno.jsonld"),
                                                QJsonObject{{QStringLiteral("dossier"), QStringLiteral("https://dossier.example.org/ns/bundle#")}}}},
        {QStringLiteral("id"), kUuidPrefix + collectionUuid},
        {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
        {QStringLiteral("label"), QStringLiteral("Dossier annotations")},
        {QStringLiteral("total"), items.size()},
        {QStringLiteral("first"), QJsonObject{{QStringLiteral("type"), QStringLiteral("AnnotationPage")}, {QStringLiteral("startIndex"), 0},
                                              {QStringLiteral("items"), items}}},
    });
}

Expected<ParsedManifest> parseManifest(const QByteArray &json)
{
    const char *entry = BundleFormat::ManifestEntry;
    const Expected<QJsonObject> parsed = parseObject(json, entry);
    if (!parsed)
        return Result::failure(parsed.error());
    const QJsonObject &o = *parsed;
    if (string(o, "format") != QLatin1String(BundleFormat::Name))
        return Result::failure(tr("it is not a Dossier annotation bundle (its manifest names the format “%1”).").arg(string(o, "format")));
    qint64 version = 0;
    if (!integer(o.value(QStringLiteral("version")), &version))
        return shapeError(entry, -1, missing("version"));
    if (version != BundleFormat::Version)
        return Result::failure(tr("it is a bundle of format version %1; this version of Dossier reads version %2.").arg(version).arg(BundleFormat::Version));
    ParsedManifest m;
    m.manifest.format = string(o, "format");
    m.manifest.version = int(version);
    if (!isString(o, "app") || !isString(o, "author") || !o.value(QStringLiteral("scope")).isObject() || !timeOf(o, "created", &m.manifest.created))
        return shapeError(entry, -1, tr("“app”, “author”, “created” and “scope” are required"));
    m.manifest.appVersion = string(o, "app");
    m.manifest.author = string(o, "author");
    m.manifest.scope = o.value(QStringLiteral("scope")).toObject();
    if (!o.value(QStringLiteral("entries")).isArray())
        return shapeError(entry, -1, missing("entries"));
    const QJsonArray entries = o.value(QStringLiteral("entries")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries.at(i).toObject();
        BundleEntry be;
        be.name = string(e, "name");
        be.sha256 = string(e, "sha256");
        if (!isString(e, "name") || be.name.isEmpty())
            return shapeError(entry, i, missing("name"));
        if (!integer(e.value(QStringLiteral("size")), &be.size))
            return shapeError(entry, i, missing("size"));
        if (!isSha256(be.sha256))
            return shapeError(entry, i, missing("sha256"));
        m.entries.append(be);
    }
    return m;
}

Expected<QList<BundleTag>> parseTags(const QByteArray &json)
{
    const char *entry = BundleFormat::TagsEntry;
    const Expected<QJsonObject> parsed = parseObject(json, entry);
    if (!parsed)
        return Result::failure(parsed.error());
    if (!parsed->value(QStringLiteral("tags")).isArray())
        return shapeError(entry, -1, missing("tags"));
    const QJsonArray list = parsed->value(QStringLiteral("tags")).toArray();
    QList<BundleTag> tags;
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        BundleTag t{uuidOf(string(o, "id")), string(o, "path"), string(o, "colour")};
        if (t.uuid.isEmpty())
            return shapeError(entry, i, tr("“id” is not a urn:uuid: identifier"));
        if (!isTagPath(t.path))
            return shapeError(entry, i, tr("“%1” is not a tag path").arg(t.path));
        if (!isString(o, "colour") || (!t.colour.isEmpty() && !QColor::fromString(t.colour).isValid()))
            return shapeError(entry, i, missing("colour"));
        if (!t.colour.isEmpty())
            t.colour = QColor::fromString(t.colour).name();
        if (seen.contains(t.uuid) || seen.contains(t.path.toCaseFolded()))
            return shapeError(entry, i, tr("the tag “%1” is listed twice").arg(t.path));
        seen.insert(t.uuid);
        seen.insert(t.path.toCaseFolded());
        tags.append(t);
    }
    return tags;
}

Expected<QList<BundleDocument>> parseDocuments(const QByteArray &json, const QHash<QString, QByteArray> &texts)
{
    const char *entry = BundleFormat::DocumentsEntry;
    const Expected<QJsonObject> parsed = parseObject(json, entry);
    if (!parsed)
        return Result::failure(parsed.error());
    if (!parsed->value(QStringLiteral("documents")).isArray())
        return shapeError(entry, -1, missing("documents"));
    const QJsonArray list = parsed->value(QStringLiteral("documents")).toArray();
    QList<BundleDocument> documents;
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        BundleDocument b;
        Document &d = b.document;
        const QString id = string(o, "id");
        d.sha256 = id.startsWith(kShaPrefix) ? id.mid(kShaPrefix.size()) : QString();
        if (!isSha256(d.sha256))
            return shapeError(entry, i, tr("“id” is not a urn:sha256: identifier"));
        if (seen.contains(d.sha256))
            return shapeError(entry, i, tr("the document %1 is listed twice").arg(d.sha256));
        seen.insert(d.sha256);
        d.uuid = uuidOf(string(o, "uuid"));
        if (d.uuid.isEmpty())
            return shapeError(entry, i, tr("“uuid” is not a urn:uuid: identifier"));
        for (const char *field : {"title", "publisher", "language", "kind", "sourceName", "text"}) {
            if (!isString(o, field))
                return shapeError(entry, i, missing(field));
        }
        d.title = string(o, "title");
        d.publisher = string(o, "publisher");
        d.language = string(o, "language");
        d.kind = string(o, "kind");
        d.sourceName = string(o, "sourceName");
        const QJsonValue published = o.value(QStringLiteral("published"));
        if (!published.isNull()) {
            d.publishedOn = QDate::fromString(published.toString(), Qt::ISODate);
            if (!d.publishedOn.isValid())
                return shapeError(entry, i, missing("published"));
        }
        if (string(o, "text") != textEntryName(d.sha256) || !texts.contains(string(o, "text")))
            return shapeError(entry, i, tr("its text should be the entry %1, which the bundle lacks").arg(textEntryName(d.sha256)));
        const QByteArray utf8 = texts.value(string(o, "text"));
        d.text = QString::fromUtf8(utf8);
        if (d.text.toUtf8() != utf8 || d.text.isEmpty())
            return shapeError(entry, i, tr("its text is empty or not valid UTF-8"));
        // The library cannot keep a leading U+FEFF (SQLite drops it as a
        // byte-order mark), so such a text would not keep its hash.
        if (d.text.startsWith(QChar(0xfeff)))
            return shapeError(entry, i, tr("its text starts with a byte-order mark"));
        if (Document::hashText(d.text) != d.sha256)
            return shapeError(entry, i, tr("its text does not have the SHA-256 %1 that identifies it").arg(d.sha256));
        if (!o.value(QStringLiteral("tags")).isArray())
            return shapeError(entry, i, missing("tags"));
        for (const QJsonValue &tag : o.value(QStringLiteral("tags")).toArray()) {
            if (!isTagPath(tag.toString()))
                return shapeError(entry, i, tr("“%1” is not a tag path").arg(tag.toString()));
            b.tagPaths.append(tag.toString());
        }
        b.tagPaths.sort();
        documents.append(b);
    }
    return documents;
}

namespace {

Result parseBody(const QJsonValue &value, BundleAnnotation &b)
{
    QJsonArray bodies = value.isArray() ? value.toArray() : QJsonArray{value};
    if (value.isUndefined())
        bodies = {};
    bool noted = false;
    for (const QJsonValue &v : std::as_const(bodies)) {
        const QJsonObject o = v.toObject();
        if (string(o, "type") != QLatin1String("TextualBody") || !isString(o, "value"))
            return Result::failure(tr("a body is not a TextualBody with a value"));
        const QString purpose = string(o, "purpose");
        const QString text = string(o, "value");
        if (purpose == QLatin1String("commenting") && !noted) {
            b.annotation.note = text;
            noted = true;
        } else if (purpose == QLatin1String("tagging") && isTagPath(text)) {
            b.tagPaths.append(text);
        } else if (purpose == QLatin1String("highlighting") && b.annotation.colour.isEmpty() && HighlightColour::find(text)) {
            b.annotation.colour = text;
        } else {
            return Result::failure(tr("a body with purpose “%1” and value “%2” is not understood").arg(purpose, text));
        }
    }
    b.tagPaths.sort();
    b.tagPaths.removeDuplicates();
    return Result::success();
}

Result parseTarget(const QJsonObject &target, BundleAnnotation &b)
{
    const QString source = string(target, "source");
    b.documentSha256 = source.startsWith(kShaPrefix) ? source.mid(kShaPrefix.size()) : QString();
    if (!isSha256(b.documentSha256))
        return Result::failure(tr("the target’s source is not a urn:sha256: identifier"));
    bool position = false;
    bool quote = false;
    Annotation &a = b.annotation;
    for (const QJsonValue &v : target.value(QStringLiteral("selector")).toArray()) {
        const QJsonObject s = v.toObject();
        if (string(s, "type") == QLatin1String("TextPositionSelector") && !position) {
            position = integer(s.value(QStringLiteral("start")), &a.start) && integer(s.value(QStringLiteral("end")), &a.end) && a.end > a.start;
            if (!position)
                return Result::failure(tr("the TextPositionSelector needs whole numbers start < end"));
        } else if (string(s, "type") == QLatin1String("TextQuoteSelector") && !quote) {
            quote = isString(s, "exact") && isString(s, "prefix", true) && isString(s, "suffix", true) && !string(s, "exact").isEmpty();
            if (!quote)
                return Result::failure(tr("the TextQuoteSelector needs a non-empty “exact”"));
            a.exact = string(s, "exact");
            a.prefix = string(s, "prefix");
            a.suffix = string(s, "suffix");
        }
    }
    if (!position || !quote)
        return Result::failure(tr("the target needs a TextPositionSelector and a TextQuoteSelector"));
    return Result::success();
}

} // namespace

Expected<QList<BundleAnnotation>> parseAnnotations(const QByteArray &json)
{
    const char *entry = BundleFormat::AnnotationsEntry;
    const Expected<QJsonObject> parsed = parseObject(json, entry);
    if (!parsed)
        return Result::failure(parsed.error());
    const QJsonObject page = parsed->value(QStringLiteral("first")).toObject();
    if (string(*parsed, "type") != QLatin1String("AnnotationCollection") || !page.value(QStringLiteral("items")).isArray())
        return shapeError(entry, -1, tr("an AnnotationCollection with its items in “first” was expected"));
    const QJsonArray items = page.value(QStringLiteral("items")).toArray();
    qint64 total = -1;
    if (!integer(parsed->value(QStringLiteral("total")), &total) || total != items.size())
        return shapeError(entry, -1, tr("“total” does not match the number of items"));
    QList<BundleAnnotation> annotations;
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        BundleAnnotation b;
        Annotation &a = b.annotation;
        a.uuid = uuidOf(string(o, "id"));
        if (string(o, "type") != QLatin1String("Annotation") || a.uuid.isEmpty())
            return shapeError(entry, i, tr("an Annotation with a urn:uuid: “id” was expected"));
        if (seen.contains(a.uuid))
            return shapeError(entry, i, tr("the id %1 is used twice").arg(string(o, "id")));
        seen.insert(a.uuid);
        if (!timeOf(o, "created", &a.created) || !timeOf(o, "modified", &a.modified))
            return shapeError(entry, i, tr("“created” and “modified” must be ISO 8601 times"));
        if (Result body = parseBody(o.value(QStringLiteral("body")), b); !body)
            return shapeError(entry, i, body.error());
        if (Result target = parseTarget(o.value(QStringLiteral("target")).toObject(), b); !target)
            return shapeError(entry, i, target.error());
        const QJsonValue isPrivate = o.value(kPrivate);
        const QString anchor = o.value(kAnchor).toString();
        if (!(isPrivate.isUndefined() || isPrivate.isBool()) || !(o.value(kPreviousExact).isUndefined() || o.value(kPreviousExact).isString()))
            return shapeError(entry, i, tr("“%1” or “%2” has the wrong type").arg(kPrivate, kPreviousExact));
        a.isPrivate = isPrivate.toBool();
        a.previousExact = o.value(kPreviousExact).toString();
        if (anchor == QLatin1String("orphaned"))
            a.anchor = Annotation::Anchor::Orphaned;
        else if (anchor == QLatin1String("needs-review"))
            a.anchor = Annotation::Anchor::NeedsReview;
        else if (!o.value(kAnchor).isUndefined())
            return shapeError(entry, i, tr("“%1” must be “orphaned” or “needs-review”").arg(kAnchor));
        annotations.append(b);
    }
    return annotations;
}

} // namespace Dossier::BundleCodec
