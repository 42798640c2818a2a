#include "bundlemerger.h"

#include "annotations/anchoring.h"
#include "store/annotationstore.h"
#include "store/database.h"
#include "store/documentstore.h"
#include "store/tagstore.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace Dossier {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Dossier::BundleMerger", text);
}

// Everything but the row ids.
bool sameContent(const Annotation &a, const Annotation &b)
{
    Annotation x = a;
    x.id = b.id;
    x.documentId = b.documentId;
    return x == b;
}

QString folded(const QString &path)
{
    return path.toCaseFolded();
}

} // namespace

QStringList ImportSummary::describe() const
{
    QStringList lines{
        QCoreApplication::translate("Dossier::BundleMerger", "%n new document(s)", nullptr, newDocuments),
        QCoreApplication::translate("Dossier::BundleMerger", "%n new tag(s)", nullptr, newTags),
        QCoreApplication::translate("Dossier::BundleMerger", "%n new annotation(s)", nullptr, newAnnotations),
        QCoreApplication::translate("Dossier::BundleMerger", "%n annotation(s) updated (newer in the bundle)", nullptr, updatedAnnotations),
        QCoreApplication::translate("Dossier::BundleMerger", "%n annotation(s) already here, unchanged", nullptr, unchangedAnnotations),
        QCoreApplication::translate("Dossier::BundleMerger", "%n annotation(s) kept as they are here (newer here)", nullptr, newerHere),
        QCoreApplication::translate("Dossier::BundleMerger", "%n annotation(s) re-anchored elsewhere in their text", nullptr, movedAnnotations),
        QCoreApplication::translate("Dossier::BundleMerger", "%n conflict(s), kept as they are here", nullptr, int(conflicts.size())),
        QCoreApplication::translate("Dossier::BundleMerger", "%n annotation(s) did not anchor (imported as orphaned)", nullptr, int(unanchored.size())),
    };
    if (recolouredTags)
        lines.insert(2, QCoreApplication::translate("Dossier::BundleMerger", "%n tag colour(s) taken from the bundle", nullptr, recolouredTags));
    if (newDocumentTags)
        lines.insert(2, QCoreApplication::translate("Dossier::BundleMerger", "%n document tag(s) added", nullptr, newDocumentTags));
    for (const ImportItem &c : conflicts)
        lines.append(QCoreApplication::translate("Dossier::BundleMerger", "conflict: urn:uuid:%1 “%2” in “%3”: %4").arg(c.uuid, c.quote, c.documentTitle, c.reason));
    for (const ImportItem &u : unanchored)
        lines.append(QCoreApplication::translate("Dossier::BundleMerger", "did not anchor: urn:uuid:%1 “%2” in “%3”").arg(u.uuid, u.quote, u.documentTitle));
    return lines;
}

BundleMerger::BundleMerger(Database &database)
    : m_database(database)
{
}

Expected<ImportSummary> BundleMerger::plan(const Bundle &bundle) const
{
    const Expected<Plan> p = makePlan(bundle);
    if (!p)
        return Result::failure(p.error());
    return p->summary;
}

Expected<BundleMerger::Plan> BundleMerger::makePlan(const Bundle &bundle) const
{
    Plan plan;
    const Expected<QList<Document>> local = DocumentStore(m_database).list();
    if (!local)
        return Result::failure(tr("Cannot read the library: %1").arg(local.error()));
    for (const Document &d : *local)
        plan.documentIds.insert(d.sha256, d.id);
    for (int i = 0; i < bundle.documents.size(); ++i) {
        if (!plan.documentIds.contains(bundle.documents.at(i).document.sha256))
            plan.newDocuments.append(i);
    }
    plan.summary.newDocuments = int(plan.newDocuments.size());
    if (Result tags = planTags(bundle, plan); !tags)
        return tags;
    if (Result annotations = planAnnotations(bundle, plan); !annotations)
        return annotations;
    return plan;
}

Result BundleMerger::planTags(const Bundle &bundle, Plan &plan) const
{
    TagStore store(m_database);
    const Expected<QList<Tag>> local = store.list();
    if (!local)
        return Result::failure(tr("Cannot read the tags: %1").arg(local.error()));
    QHash<QString, Tag> byPath;
    QSet<QString> uuids;
    QSet<qint64> planned;
    qint64 nextId = 1;
    for (const Tag &t : *local) {
        byPath.insert(folded(t.path), t);
        uuids.insert(t.uuid);
        nextId = qMax(nextId, t.id + 1);
    }
    auto ensure = [&](const QString &path, const BundleTag *wanted) {
        const QStringList segments = Tag::splitPath(path);
        qint64 parent = 0;
        for (int i = 0; i < segments.size(); ++i) {
            const QString prefix = folded(segments.mid(0, i + 1).join(Tag::Separator));
            const bool last = i == segments.size() - 1;
            if (byPath.contains(prefix)) {
                Tag &here = byPath[prefix];
                if (last && wanted && here.colour.isEmpty() && !wanted->colour.isEmpty()) {
                    Tag after = here;
                    after.colour = wanted->colour;
                    if (planned.contains(here.id)) {
                        for (Tag &t : plan.tagChange.addedTags) {
                            if (t.id == here.id)
                                t.colour = after.colour;
                        }
                    } else {
                        plan.tagChange.updatedTags.append({here, after});
                        ++plan.summary.recolouredTags;
                    }
                    here = after;
                }
                parent = here.id;
                continue;
            }
            Tag t;
            t.id = nextId++;
            t.uuid = last && wanted && !uuids.contains(wanted->uuid) ? wanted->uuid : QUuid::createUuid().toString(QUuid::WithoutBraces);
            t.name = segments.at(i);
            t.parentId = parent;
            t.colour = last && wanted ? wanted->colour : QString();
            uuids.insert(t.uuid);
            byPath.insert(prefix, t);
            plan.tagChange.addedTags.append(t);
            planned.insert(t.id);
            ++plan.summary.newTags;
            parent = t.id;
        }
    };
    for (const BundleTag &t : bundle.tags)
        ensure(t.path, &t);
    for (const BundleDocument &d : bundle.documents) {
        for (const QString &path : d.tagPaths)
            ensure(path, nullptr);
    }
    for (const BundleAnnotation &a : bundle.annotations) {
        for (const QString &path : a.tagPaths)
            ensure(path, nullptr);
    }
    for (auto it = byPath.cbegin(); it != byPath.cend(); ++it)
        plan.tagIds.insert(it.key(), it->id);

    // Document tags the library lacks.
    for (const BundleDocument &d : bundle.documents) {
        QSet<qint64> present;
        if (const qint64 id = plan.documentIds.value(d.document.sha256)) {
            for (const Tag &t : store.documentTags(id))
                present.insert(t.id);
        }
        for (const QString &path : d.tagPaths) {
            const qint64 tag = plan.tagIds.value(folded(path));
            if (!present.contains(tag)) {
                present.insert(tag);
                plan.documentTags.append({d.document.sha256, tag});
            }
        }
    }
    plan.summary.newDocumentTags = int(plan.documentTags.size());
    return Result::success();
}

Result BundleMerger::planAnnotations(const Bundle &bundle, Plan &plan) const
{
    AnnotationStore store(m_database);
    QHash<QString, const BundleDocument *> documents;
    for (const BundleDocument &d : bundle.documents)
        documents.insert(d.document.sha256, &d);
    QHash<qint64, QString> hashOf;
    for (auto it = plan.documentIds.cbegin(); it != plan.documentIds.cend(); ++it)
        hashOf.insert(it.value(), it.key());
    QHash<QString, std::shared_ptr<Anchoring>> anchorings;
    QStringList uuids;
    uuids.reserve(bundle.annotations.size());
    for (const BundleAnnotation &b : bundle.annotations)
        uuids.append(b.annotation.uuid);
    const QHash<QString, Annotation> existing = store.byUuids(uuids);

    for (const BundleAnnotation &b : bundle.annotations) {
        const BundleDocument *document = documents.value(b.documentSha256);
        if (!document)
            return Result::failure(tr("The annotation urn:uuid:%1 refers to a document the bundle lacks.").arg(b.annotation.uuid));
        std::shared_ptr<Anchoring> &anchoring = anchorings[b.documentSha256];
        if (!anchoring)
            anchoring = std::make_shared<Anchoring>(document->document.text);

        Annotation placed = b.annotation;
        placed.id = 0;
        placed.documentId = plan.documentIds.value(b.documentSha256); // 0 for a new document
        placed.tagIds.clear();
        for (const QString &path : b.tagPaths)
            placed.tagIds.append(plan.tagIds.value(folded(path)));
        std::sort(placed.tagIds.begin(), placed.tagIds.end());
        const AnchorResult result = anchoring->anchor(placed);
        placed = anchoring->applied(placed, result);
        const ImportItem item{b.annotation.uuid, document->document.title, b.annotation.exact, QString()};

        const Annotation here = existing.value(b.annotation.uuid);
        if (here.id == 0) {
            plan.inserts.append({b.documentSha256, placed});
            ++plan.summary.newAnnotations;
            if (result.state == AnchorResult::Orphaned)
                plan.summary.unanchored.append(item);
            else if (result.state != AnchorResult::Kept)
                ++plan.summary.movedAnnotations;
            continue;
        }
        if (hashOf.value(here.documentId) != b.documentSha256) {
            plan.summary.conflicts.append({item.uuid, item.documentTitle, item.quote, tr("it belongs to another document here")});
            continue;
        }
        placed.id = here.id;
        placed.documentId = here.documentId;
        if (sameContent(placed, here)) {
            ++plan.summary.unchangedAnnotations;
        } else if (b.annotation.modified > here.modified) {
            plan.updates.append(placed);
            ++plan.summary.updatedAnnotations;
            if (result.state == AnchorResult::Orphaned)
                plan.summary.unanchored.append(item);
            else if (result.state != AnchorResult::Kept)
                ++plan.summary.movedAnnotations;
        } else if (b.annotation.modified < here.modified) {
            ++plan.summary.newerHere;
        } else {
            plan.summary.conflicts.append({item.uuid, item.documentTitle, item.quote, tr("changed both here and in the bundle at the same time")});
        }
    }
    return Result::success();
}

Expected<ImportSummary> BundleMerger::merge(const Bundle &bundle)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return Result::failure(transaction.begun().error());
    // Planned inside the transaction, which holds the write lock: nothing
    // can change between the plan and its execution.
    Expected<Plan> planned = makePlan(bundle);
    if (!planned)
        return Result::failure(planned.error());
    Plan &plan = planned.value();
    if (!plan.summary.hasChanges())
        return plan.summary; // nothing to write: the library stays as it was, byte for byte

    TagStore tags(m_database);
    if (Result r = tags.apply(plan.tagChange); !r)
        return Result::failure(r.error());
    DocumentStore documents(m_database);
    for (int index : std::as_const(plan.newDocuments)) {
        Document d = bundle.documents.at(index).document;
        d.id = 0;
        d.importedAt = QDateTime();
        if (documents.idForUuid(d.uuid) != 0)
            d.uuid.clear(); // another text has this uuid here: the new one gets its own
        const Expected<qint64> id = documents.add(d);
        if (!id)
            return Result::failure(id.error());
        plan.documentIds.insert(d.sha256, *id);
    }
    TagChange links;
    for (const auto &[sha, tag] : std::as_const(plan.documentTags))
        links.addedDocumentLinks.append({plan.documentIds.value(sha), tag});
    if (Result r = tags.apply(links); !r)
        return Result::failure(r.error());
    AnnotationStore annotations(m_database);
    QList<Annotation> inserts;
    inserts.reserve(plan.inserts.size());
    for (auto &[sha, a] : plan.inserts) {
        a.documentId = plan.documentIds.value(sha);
        inserts.append(a);
    }
    if (const Expected<QList<qint64>> ids = annotations.addAll(std::move(inserts)); !ids)
        return Result::failure(ids.error());
    if (Result r = annotations.updateAll(plan.updates); !r)
        return Result::failure(r.error());
    if (Result r = transaction.commit(); !r)
        return Result::failure(r.error());
    return plan.summary;
}

} // namespace Dossier
