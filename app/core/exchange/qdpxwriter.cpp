#include "qdpxwriter.h"

#include "exporttext.h"
#include "zipwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>
#include <QXmlStreamWriter>

#include <functional>

namespace Dossier {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Dossier::QdpxWriter", text);
}

// Derived GUIDs are stable: the same library gives the same project.
const QUuid kNamespace = QUuid::fromString(QStringLiteral("6f1f4ad2-8e0b-4c55-9a57-6d3c0b7a2e41"));

QString guid(const QString &uuid, const QString &seed)
{
    const QUuid parsed = QUuid::fromString(uuid);
    return (parsed.isNull() ? QUuid::createUuidV5(kNamespace, seed) : parsed).toString(QUuid::WithoutBraces);
}

QString derived(const QString &seed)
{
    return QUuid::createUuidV5(kNamespace, seed).toString(QUuid::WithoutBraces);
}

// XML 1.0 cannot carry most control characters, not even escaped.
QString xmlText(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            clean.append(c);
            clean.append(text.at(++i));
        } else if ((c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r')) || c.isSurrogate()
                   || c.unicode() == 0xfffe || c.unicode() == 0xffff) {
            clean.append(QChar::ReplacementCharacter);
        } else {
            clean.append(c);
        }
    }
    return clean;
}

QString time(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

struct CodeNode {
    const BundleTag *tag = nullptr;
    QList<int> children; // indexes into the tag list
};

} // namespace

QByteArray QdpxWriter::projectXml(const Bundle &bundle, QList<QPair<QString, QByteArray>> *sources, Report *report)
{
    const QString author = bundle.manifest.author.isEmpty() ? tr("Dossier user") : bundle.manifest.author;
    const QString user = derived(QStringLiteral("user:") + author);
    const QDateTime now = bundle.manifest.created.isValid() ? bundle.manifest.created : QDateTime::currentDateTimeUtc();

    QHash<QString, QString> codeOf; // path -> guid
    for (const BundleTag &t : bundle.tags)
        codeOf.insert(t.path, guid(t.uuid, QStringLiteral("tag:") + t.path));

    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeDefaultNamespace(QStringLiteral("urn:QDA-XML:project:1.0"));
    w.writeStartElement(QStringLiteral("Project"));
    w.writeAttribute(QStringLiteral("name"), tr("Dossier export"));
    w.writeAttribute(QStringLiteral("origin"), QStringLiteral("Dossier " DOSSIER_VERSION));
    w.writeAttribute(QStringLiteral("creatingUserGUID"), user);
    w.writeAttribute(QStringLiteral("creationDateTime"), time(now));

    // The schema's order: Users, CodeBook, Variables, Cases, Sources, Notes;
    // a container must not be empty, so an empty one is left out.
    w.writeStartElement(QStringLiteral("Users"));
    w.writeEmptyElement(QStringLiteral("User"));
    w.writeAttribute(QStringLiteral("guid"), user);
    w.writeAttribute(QStringLiteral("name"), xmlText(author));
    w.writeEndElement();

    if (!bundle.tags.isEmpty()) {
        // Children by parent path; tags whose parent is missing become top level.
        QHash<QString, int> indexOf;
        for (int i = 0; i < bundle.tags.size(); ++i)
            indexOf.insert(bundle.tags.at(i).path, i);
        QList<QList<int>> children(bundle.tags.size());
        QList<int> roots;
        for (int i = 0; i < bundle.tags.size(); ++i) {
            const QString &path = bundle.tags.at(i).path;
            const int slash = int(path.lastIndexOf(QLatin1Char('/')));
            const int parent = slash < 0 ? -1 : indexOf.value(path.left(slash), -1);
            (parent < 0 ? roots : children[parent]).append(i);
        }
        std::function<void(int)> code = [&](int i) {
            const BundleTag &t = bundle.tags.at(i);
            w.writeStartElement(QStringLiteral("Code"));
            w.writeAttribute(QStringLiteral("guid"), codeOf.value(t.path));
            w.writeAttribute(QStringLiteral("name"), xmlText(t.path.mid(t.path.lastIndexOf(QLatin1Char('/')) + 1)));
            w.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
            if (!t.colour.isEmpty())
                w.writeAttribute(QStringLiteral("color"), t.colour.toUpper());
            for (int child : children.at(i))
                code(child);
            w.writeEndElement();
        };
        w.writeStartElement(QStringLiteral("CodeBook"));
        w.writeStartElement(QStringLiteral("Codes"));
        for (int root : std::as_const(roots))
            code(root);
        w.writeEndElement();
        w.writeEndElement();
    }

    QHash<QString, QList<const BundleAnnotation *>> byDocument;
    for (const BundleAnnotation &a : bundle.annotations)
        byDocument[a.documentSha256].append(&a);
    QList<const BundleAnnotation *> noted;
    if (!bundle.documents.isEmpty()) {
        w.writeStartElement(QStringLiteral("Sources"));
        for (const BundleDocument &b : bundle.documents) {
            const Document &d = b.document;
            const QString source = guid(d.uuid, QStringLiteral("document:") + d.sha256);
            const ExportText text(d.text);
            sources->append({QStringLiteral("sources/%1.txt").arg(source), text.text().toUtf8()});
            ++report->sources;
            w.writeStartElement(QStringLiteral("TextSource"));
            w.writeAttribute(QStringLiteral("guid"), source);
            w.writeAttribute(QStringLiteral("name"), xmlText(d.title.isEmpty() ? d.sourceName : d.title));
            w.writeAttribute(QStringLiteral("plainTextPath"), QStringLiteral("internal://%1.txt").arg(source));
            w.writeAttribute(QStringLiteral("creatingUser"), user);
            w.writeAttribute(QStringLiteral("creationDateTime"), time(now));
            if (!d.publisher.isEmpty() || d.publishedOn.isValid())
                w.writeTextElement(QStringLiteral("Description"),
                                   xmlText(tr("Publisher: %1. Published: %2.").arg(d.publisher, d.publishedOn.toString(Qt::ISODate))));
            for (const BundleAnnotation *b : byDocument.value(d.sha256)) {
                const Annotation &a = b->annotation;
                const qint64 start = text.map(a.start);
                const qint64 end = text.map(a.end);
                if (a.anchor == Annotation::Anchor::Orphaned || end <= start) {
                    ++report->skipped;
                    continue;
                }
                ++report->selections;
                w.writeStartElement(QStringLiteral("PlainTextSelection"));
                w.writeAttribute(QStringLiteral("guid"), guid(a.uuid, QStringLiteral("annotation:") + a.uuid));
                w.writeAttribute(QStringLiteral("name"), xmlText(a.exact.left(80)));
                w.writeAttribute(QStringLiteral("startPosition"), QString::number(start));
                w.writeAttribute(QStringLiteral("endPosition"), QString::number(end));
                w.writeAttribute(QStringLiteral("creatingUser"), user);
                w.writeAttribute(QStringLiteral("creationDateTime"), time(a.created));
                w.writeAttribute(QStringLiteral("modifyingUser"), user);
                w.writeAttribute(QStringLiteral("modifiedDateTime"), time(a.modified));
                for (const QString &path : b->tagPaths) {
                    w.writeStartElement(QStringLiteral("Coding"));
                    w.writeAttribute(QStringLiteral("guid"), derived(QStringLiteral("coding:%1:%2").arg(a.uuid, path)));
                    w.writeAttribute(QStringLiteral("creatingUser"), user);
                    w.writeAttribute(QStringLiteral("creationDateTime"), time(a.created));
                    w.writeEmptyElement(QStringLiteral("CodeRef"));
                    w.writeAttribute(QStringLiteral("targetGUID"), codeOf.value(path, derived(QStringLiteral("tag:") + path)));
                    w.writeEndElement();
                }
                if (!a.note.isEmpty()) {
                    w.writeEmptyElement(QStringLiteral("NoteRef"));
                    w.writeAttribute(QStringLiteral("targetGUID"), derived(QStringLiteral("note:") + a.uuid));
                    noted.append(b);
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    if (!noted.isEmpty()) {
        w.writeStartElement(QStringLiteral("Notes"));
        for (const BundleAnnotation *b : std::as_const(noted)) {
            const Annotation &a = b->annotation;
            w.writeStartElement(QStringLiteral("Note"));
            w.writeAttribute(QStringLiteral("guid"), derived(QStringLiteral("note:") + a.uuid));
            w.writeAttribute(QStringLiteral("name"), xmlText(a.exact.left(80)));
            w.writeAttribute(QStringLiteral("creatingUser"), user);
            w.writeAttribute(QStringLiteral("creationDateTime"), time(a.created));
            w.writeAttribute(QStringLiteral("modifyingUser"), user);
            w.writeAttribute(QStringLiteral("modifiedDateTime"), time(a.modified));
            w.writeTextElement(QStringLiteral("PlainTextContent"), xmlText(a.note));
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

Expected<QdpxWriter::Report> QdpxWriter::write(const Bundle &bundle, const QString &path)
{
    Report report;
    QList<QPair<QString, QByteArray>> sources;
    const QByteArray xml = projectXml(bundle, &sources, &report);
    QList<ZipWriter::Entry> entries{{QStringLiteral("project.qde"), xml}};
    entries += sources;
    if (Result written = ZipWriter::write(path, entries); !written)
        return Result::failure(written.error());
    return report;
}

} // namespace Dossier
