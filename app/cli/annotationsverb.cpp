#include "clicontext.h"
#include "verbs.h"

#include "store/annotationstore.h"
#include "store/documentstore.h"
#include "store/tagstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Dossier::Cli {

namespace {


QString anchorName(Annotation::Anchor anchor)
{
    switch (anchor) {
    case Annotation::Anchor::Anchored:
        return QStringLiteral("anchored");
    case Annotation::Anchor::NeedsReview:
        return QStringLiteral("needs-review");
    case Annotation::Anchor::Orphaned:
        return QStringLiteral("orphaned");
    }
    return QString();
}

} // namespace

int runAnnotations(Context &context)
{
    QCommandLineParser &parser = context.parser();
    parser.addOption({QStringLiteral("doc"), tr("Only the annotations of this document."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("tag"), tr("Only annotations with this tag or one below it (e.g. policy)."), QStringLiteral("tag")});
    parser.addOption({QStringLiteral("status"),
                      tr("Only annotations in this state after their text changed: anchored, needs-review or orphaned."),
                      QStringLiteral("status")});
    if (!context.parse())
        return context.exitCode();
    Database *database = context.database();
    if (!database)
        return context.exitCode();

    AnnotationFilter filter;
    if (parser.isSet(QStringLiteral("doc"))) {
        bool ok = false;
        filter.documentId = parser.value(QStringLiteral("doc")).toLongLong(&ok);
        if (!ok || !DocumentStore(*database).byId(filter.documentId).isValid())
            return Context::fail(tr("there is no document %1 (see dossier list).").arg(parser.value(QStringLiteral("doc"))));
    }
    if (parser.isSet(QStringLiteral("status"))) {
        const QString wanted = parser.value(QStringLiteral("status"));
        for (Annotation::Anchor anchor : {Annotation::Anchor::Anchored, Annotation::Anchor::NeedsReview, Annotation::Anchor::Orphaned}) {
            if (anchorName(anchor) == wanted)
                filter.anchor = anchor;
        }
        if (!filter.anchor)
            return Context::fail(tr("unknown --status %1: use anchored, needs-review or orphaned.").arg(wanted));
    }
    TagStore tags(*database);
    if (parser.isSet(QStringLiteral("tag"))) {
        const Tag tag = tags.byPath(parser.value(QStringLiteral("tag")));
        if (!tag.isValid())
            return Context::fail(tr("there is no tag “%1” (see dossier tags).").arg(parser.value(QStringLiteral("tag"))));
        filter.tagIds = tags.subtreeIds(tag.id);
    }
    const Expected<QList<Annotation>> annotations = AnnotationStore(*database).find(filter);
    if (!annotations)
        return Context::fail(annotations.error());
    const Expected<QList<Tag>> allTags = tags.list();
    if (!allTags)
        return Context::fail(allTags.error());
    QHash<qint64, QString> paths;
    for (const Tag &t : *allTags)
        paths.insert(t.id, t.path);

    QJsonArray array;
    for (const Annotation &a : *annotations) {
        QStringList tagPaths;
        for (qint64 id : a.tagIds)
            tagPaths.append(paths.value(id));
        tagPaths.sort(Qt::CaseInsensitive);
        if (!context.json()) {
            Context::print(QStringLiteral("%1\t%2\t%3:%4\t%5\t%6\t%7\t%8")
                               .arg(a.id)
                               .arg(a.documentId)
                               .arg(a.start)
                               .arg(a.end)
                               .arg(a.colour, QString(a.exact).replace(QLatin1Char('\n'), QLatin1Char(' ')), tagPaths.join(QLatin1Char(',')),
                                    anchorName(a.anchor)));
            continue;
        }
        array.append(QJsonObject{
            {QStringLiteral("id"), a.id},
            {QStringLiteral("uuid"), a.uuid},
            {QStringLiteral("document"), a.documentId},
            {QStringLiteral("start"), a.start},
            {QStringLiteral("end"), a.end},
            {QStringLiteral("exact"), a.exact},
            {QStringLiteral("prefix"), a.prefix},
            {QStringLiteral("suffix"), a.suffix},
            {QStringLiteral("note"), a.note},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tagPaths)},
            {QStringLiteral("colour"), a.colour},
            {QStringLiteral("private"), a.isPrivate},
            {QStringLiteral("anchor"), anchorName(a.anchor)}, // the older name of status
            {QStringLiteral("status"), anchorName(a.anchor)},
            {QStringLiteral("previous_exact"), a.previousExact},
            {QStringLiteral("created"), a.created.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("modified"), a.modified.toUTC().toString(Qt::ISODateWithMs)},
        });
    }
    if (context.json())
        Context::printJson(array);
    return 0;
}

int runTags(Context &context)
{
    if (!context.parse())
        return context.exitCode();
    Database *database = context.database();
    if (!database)
        return context.exitCode();
    TagStore tags(*database);
    const Expected<QList<Tag>> all = tags.list();
    if (!all)
        return Context::fail(all.error());
    QJsonArray array;
    for (const Tag &t : *all) {
        const TagUsage usage = tags.usage(t.id);
        if (!context.json()) {
            Context::print(QStringLiteral("%1\t%2\t%3\t%4").arg(t.id).arg(t.path).arg(usage.annotations).arg(usage.documents));
            continue;
        }
        array.append(QJsonObject{
            {QStringLiteral("id"), t.id},
            {QStringLiteral("uuid"), t.uuid},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("path"), t.path},
            {QStringLiteral("parent"), t.parentId ? QJsonValue(t.parentId) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("colour"), t.colour},
            {QStringLiteral("annotations"), usage.annotations},
            {QStringLiteral("documents"), usage.documents},
        });
    }
    if (context.json())
        Context::printJson(array);
    return 0;
}

} // namespace Dossier::Cli
