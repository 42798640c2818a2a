#include "bundlecollector.h"

#include "store/annotationstore.h"
#include "store/database.h"
#include "store/documentstore.h"
#include "store/tagstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace Dossier {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Dossier::BundleCollector", text);
}

QStringList pathsOf(const QList<qint64> &ids, const QHash<qint64, Tag> &tags)
{
    QStringList paths;
    for (qint64 id : ids)
        paths.append(tags.value(id).path);
    paths.sort();
    return paths;
}

} // namespace

BundleCollector::BundleCollector(Database &database)
    : m_database(database)
{
}

Expected<Bundle> BundleCollector::collect(const ExportScope &scope) const
{
    DocumentStore documents(m_database);
    AnnotationStore annotations(m_database);
    TagStore tagStore(m_database);

    const Expected<QList<Tag>> allTags = tagStore.list();
    if (!allTags)
        return Result::failure(tr("Cannot read the tags: %1").arg(allTags.error()));
    QHash<qint64, Tag> tags;
    for (const Tag &t : *allTags)
        tags.insert(t.id, t);

    QSet<qint64> chosenTags;
    for (const QString &path : scope.tagPaths) {
        const Tag tag = tagStore.byPath(path);
        if (!tag.isValid())
            return Result::failure(tr("There is no tag “%1”.").arg(path));
        for (qint64 id : tagStore.subtreeIds(tag.id))
            chosenTags.insert(id);
    }
    QSet<qint64> chosenDocuments;
    for (qint64 id : scope.documentIds) {
        if (!documents.byId(id).isValid())
            return Result::failure(tr("There is no document %1.").arg(id));
        chosenDocuments.insert(id);
    }

    AnnotationFilter filter;
    filter.tagIds = QList<qint64>(chosenTags.cbegin(), chosenTags.cend());
    filter.documentIds = QList<qint64>(chosenDocuments.cbegin(), chosenDocuments.cend());
    const Expected<QList<Annotation>> found = annotations.find(filter);
    if (!found)
        return Result::failure(found.error());

    QList<Annotation> selected;
    for (const Annotation &a : *found) {
        if (a.isPrivate && !scope.includePrivate)
            continue;
        selected.append(a);
    }

    // The documents: those chosen; else those the chosen tags reach (by
    // their annotations or the documents' own tags); else all.
    QList<qint64> documentIds;
    if (!chosenDocuments.isEmpty()) {
        documentIds = QList<qint64>(chosenDocuments.cbegin(), chosenDocuments.cend());
    } else if (!chosenTags.isEmpty()) {
        QSet<qint64> reached;
        for (const Annotation &a : std::as_const(selected))
            reached.insert(a.documentId);
        for (qint64 tag : std::as_const(chosenTags)) {
            for (qint64 id : tagStore.documentsWithTag(tag))
                reached.insert(id);
        }
        documentIds = QList<qint64>(reached.cbegin(), reached.cend());
    } else {
        const Expected<QList<Document>> all = documents.list();
        if (!all)
            return Result::failure(tr("Cannot read the documents: %1").arg(all.error()));
        for (const Document &d : *all)
            documentIds.append(d.id);
    }

    Bundle bundle;
    bundle.manifest.author = scope.author;
    QHash<qint64, QString> hashOf;
    QSet<qint64> usedTags;
    for (qint64 id : std::as_const(documentIds)) {
        BundleDocument d;
        d.document = documents.byId(id);
        if (!d.document.isValid())
            return Result::failure(tr("There is no document %1.").arg(id));
        for (const Tag &t : tagStore.documentTags(id)) {
            d.tagPaths.append(t.path);
            usedTags.insert(t.id);
        }
        d.tagPaths.sort();
        hashOf.insert(id, d.document.sha256);
        bundle.documents.append(d);
    }
    std::sort(bundle.documents.begin(), bundle.documents.end(),
              [](const BundleDocument &a, const BundleDocument &b) { return a.document.sha256 < b.document.sha256; });

    for (const Annotation &a : std::as_const(selected)) {
        if (!hashOf.contains(a.documentId))
            continue;
        BundleAnnotation b;
        b.annotation = a;
        b.documentSha256 = hashOf.value(a.documentId);
        b.tagPaths = pathsOf(a.tagIds, tags);
        for (qint64 id : a.tagIds)
            usedTags.insert(id);
        bundle.annotations.append(b);
    }
    std::sort(bundle.annotations.begin(), bundle.annotations.end(), [](const BundleAnnotation &a, const BundleAnnotation &b) {
        if (a.documentSha256 != b.documentSha256)
            return a.documentSha256 < b.documentSha256;
        if (a.annotation.start != b.annotation.start)
            return a.annotation.start < b.annotation.start;
        return a.annotation.uuid < b.annotation.uuid;
    });

    // Tags: all of them for the whole library; otherwise those used, with
    // their ancestors so the hierarchy travels too.
    const bool everything = chosenDocuments.isEmpty() && chosenTags.isEmpty();
    for (const Tag &t : *allTags) {
        bool wanted = everything;
        for (auto it = usedTags.cbegin(); !wanted && it != usedTags.cend(); ++it) {
            const QString &used = tags.value(*it).path;
            wanted = used == t.path || used.startsWith(t.path + Tag::Separator);
        }
        if (wanted)
            bundle.tags.append({t.uuid, t.path, t.colour});
    }
    // A prefix sorts before what extends it: parents come before children.
    std::sort(bundle.tags.begin(), bundle.tags.end(), [](const BundleTag &a, const BundleTag &b) { return a.path < b.path; });

    QJsonObject scopeJson;
    if (chosenDocuments.isEmpty()) {
        scopeJson.insert(QStringLiteral("documents"), QStringLiteral("all"));
    } else {
        QJsonArray hashes;
        for (const BundleDocument &d : std::as_const(bundle.documents))
            hashes.append(d.document.sha256);
        scopeJson.insert(QStringLiteral("documents"), hashes);
    }
    scopeJson.insert(QStringLiteral("tags"), scope.tagPaths.isEmpty() ? QJsonValue(QStringLiteral("all")) : QJsonArray::fromStringList(scope.tagPaths));
    scopeJson.insert(QStringLiteral("includePrivate"), scope.includePrivate);
    bundle.manifest.scope = scopeJson;
    return bundle;
}

} // namespace Dossier
