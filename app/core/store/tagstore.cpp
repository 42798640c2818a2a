#include "tagstore.h"

#include "database.h"
#include "transaction.h"

#include <QColor>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace Dossier {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Dossier::TagStore", text);
}

Result sqlFailure(const QSqlQuery &query)
{
    return Result::failure(QCoreApplication::translate("Dossier::TagStore", "Cannot update the tags: %1").arg(Database::errorText(query.lastError())));
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

// Children of parentId, in the order of their ids.
QList<Tag> childrenOf(const QHash<qint64, Tag> &all, qint64 parentId)
{
    QList<Tag> children;
    for (const Tag &t : all) {
        if (t.parentId == parentId)
            children.append(t);
    }
    std::sort(children.begin(), children.end(), [](const Tag &a, const Tag &b) { return a.id < b.id; });
    return children;
}

// Names compare case-insensitively, so that "Deterrence" finds "deterrence".
Tag childNamed(const QHash<qint64, Tag> &all, qint64 parentId, const QString &name, qint64 except = 0)
{
    for (const Tag &t : all) {
        if (t.parentId == parentId && t.id != except && t.name.compare(name, Qt::CaseInsensitive) == 0)
            return t;
    }
    return {};
}

QList<qint64> subtree(const QHash<qint64, Tag> &all, qint64 id)
{
    QList<qint64> ids{id};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        for (const Tag &child : childrenOf(all, ids.at(i)))
            ids.append(child.id);
    }
    return ids;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

TagStore::TagStore(Database &database)
    : m_database(database)
{
}

QHash<qint64, Tag> TagStore::loadAll() const
{
    QHash<qint64, Tag> all;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, uuid, name, coalesce(parent_id, 0), colour FROM tags")))
        return all;
    while (query.next()) {
        Tag t;
        t.id = query.value(0).toLongLong();
        t.uuid = query.value(1).toString();
        t.name = query.value(2).toString();
        t.parentId = query.value(3).toLongLong();
        t.colour = query.value(4).toString();
        all.insert(t.id, t);
    }
    for (Tag &t : all) {
        QStringList segments{t.name};
        // The depth bound guards against a cycle written by another tool.
        for (qint64 p = t.parentId; p != 0 && segments.size() < 64; p = all.value(p).parentId)
            segments.prepend(all.value(p).name);
        t.path = segments.join(Tag::Separator);
    }
    return all;
}

Expected<QList<Tag>> TagStore::list() const
{
    QSqlQuery check(m_database.connection());
    if (!check.exec(QStringLiteral("SELECT count(*) FROM tags")))
        return Result::failure(Database::errorText(check.lastError()));
    QList<Tag> tags = loadAll().values();
    std::sort(tags.begin(), tags.end(), [](const Tag &a, const Tag &b) {
        const int c = a.path.compare(b.path, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    return tags;
}

Tag TagStore::byId(qint64 id) const
{
    return loadAll().value(id);
}

Tag TagStore::byPath(const QString &path) const
{
    const QStringList segments = Tag::splitPath(path);
    if (segments.isEmpty())
        return {};
    const QHash<qint64, Tag> all = loadAll();
    Tag tag;
    for (const QString &segment : segments) {
        tag = childNamed(all, tag.id, segment);
        if (!tag.isValid())
            return {};
    }
    return tag;
}

QList<qint64> TagStore::subtreeIds(qint64 id) const
{
    const QHash<qint64, Tag> all = loadAll();
    return all.contains(id) ? subtree(all, id) : QList<qint64>();
}

TagUsage TagStore::usage(qint64 id) const
{
    TagUsage usage;
    const QList<qint64> ids = subtreeIds(id);
    if (ids.isEmpty())
        return usage;
    usage.tags = int(ids.size());
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT count(DISTINCT annotation_id) FROM annotation_tags WHERE tag_id IN (%1)").arg(idList(ids))) && query.next())
        usage.annotations = query.value(0).toInt();
    if (query.exec(QStringLiteral("SELECT count(DISTINCT document_id) FROM document_tags WHERE tag_id IN (%1)").arg(idList(ids))) && query.next())
        usage.documents = query.value(0).toInt();
    return usage;
}

template<typename Plan>
Expected<TagChange> TagStore::edit(Plan plan)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    Expected<TagChange> change = plan(loadAll());
    if (!change)
        return change;
    Result result = applyRows(*change);
    if (result)
        result = transaction.commit();
    if (!result)
        return result;
    return change;
}

Expected<QList<qint64>> TagStore::ensurePaths(const QStringList &paths, TagChange *change)
{
    QList<qint64> ids;
    const Expected<TagChange> made = edit([&](QHash<qint64, Tag> all) -> Expected<TagChange> {
        TagChange c;
        qint64 nextId = 1;
        for (const Tag &t : all)
            nextId = qMax(nextId, t.id + 1);
        for (const QString &path : paths) {
            const QStringList segments = Tag::splitPath(path);
            if (segments.isEmpty())
                return Result::failure(tr("“%1” is not a tag name.").arg(path));
            Tag tag;
            for (const QString &segment : segments) {
                Tag child = childNamed(all, tag.id, segment);
                if (!child.isValid()) {
                    child.id = nextId++;
                    child.uuid = newUuid();
                    child.name = segment;
                    child.parentId = tag.id;
                    all.insert(child.id, child);
                    c.addedTags.append(child);
                }
                tag = child;
            }
            ids.append(tag.id);
        }
        return c;
    });
    if (!made)
        return Result::failure(made.error());
    if (change)
        *change = *made;
    return ids;
}

Expected<TagChange> TagStore::rename(qint64 id, const QString &name)
{
    return edit([&](const QHash<qint64, Tag> &all) -> Expected<TagChange> {
        const QString simplified = name.simplified();
        if (!all.contains(id))
            return Result::failure(tr("There is no such tag."));
        if (!Tag::isValidName(simplified))
            return Result::failure(tr("“%1” is not a tag name (it must not be empty or contain “/”).").arg(name));
        const Tag before = all.value(id);
        if (childNamed(all, before.parentId, simplified, id).isValid())
            return Result::failure(tr("A tag named “%1” already exists there; merge the two instead.").arg(simplified));
        TagChange c;
        if (before.name != simplified) {
            Tag after = before;
            after.name = simplified;
            c.updatedTags.append({before, after});
        }
        return c;
    });
}

Expected<TagChange> TagStore::move(qint64 id, qint64 newParentId)
{
    return edit([&](const QHash<qint64, Tag> &all) -> Expected<TagChange> {
        if (!all.contains(id) || (newParentId != 0 && !all.contains(newParentId)))
            return Result::failure(tr("There is no such tag."));
        if (subtree(all, id).contains(newParentId))
            return Result::failure(tr("A tag cannot be moved into itself or one of its own tags."));
        const Tag before = all.value(id);
        if (childNamed(all, newParentId, before.name, id).isValid())
            return Result::failure(tr("A tag named “%1” already exists there; merge the two instead.").arg(before.name));
        TagChange c;
        if (before.parentId != newParentId) {
            Tag after = before;
            after.parentId = newParentId;
            c.updatedTags.append({before, after});
        }
        return c;
    });
}

namespace {

// Ids of the annotations (or documents) carrying tagId.
QList<qint64> carriers(const QSqlDatabase &db, bool documents, qint64 tagId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(documents ? QStringLiteral("SELECT document_id FROM document_tags WHERE tag_id = ? ORDER BY document_id")
                            : QStringLiteral("SELECT annotation_id FROM annotation_tags WHERE tag_id = ? ORDER BY annotation_id"));
    query.addBindValue(tagId);
    QList<qint64> ids;
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}

void planMerge(const QSqlDatabase &db, const QHash<qint64, Tag> &all, const Tag &source, const Tag &target, TagChange &c)
{
    for (bool documents : {false, true}) {
        const QList<qint64> onTarget = carriers(db, documents, target.id);
        for (qint64 carrier : carriers(db, documents, source.id)) {
            (documents ? c.removedDocumentLinks : c.removedAnnotationLinks).append({carrier, source.id});
            if (!onTarget.contains(carrier))
                (documents ? c.addedDocumentLinks : c.addedAnnotationLinks).append({carrier, target.id});
        }
    }
    c.removedTags.append(source);
    for (const Tag &child : childrenOf(all, source.id)) {
        const Tag twin = childNamed(all, target.id, child.name);
        if (twin.isValid()) {
            planMerge(db, all, child, twin, c);
        } else {
            Tag moved = child;
            moved.parentId = target.id;
            c.updatedTags.append({child, moved});
        }
    }
}

} // namespace

Expected<TagChange> TagStore::merge(qint64 sourceId, qint64 targetId)
{
    return edit([&](const QHash<qint64, Tag> &all) -> Expected<TagChange> {
        if (!all.contains(sourceId) || !all.contains(targetId))
            return Result::failure(tr("There is no such tag."));
        if (subtree(all, sourceId).contains(targetId))
            return Result::failure(tr("A tag cannot be merged into itself or one of its own tags."));
        TagChange c;
        planMerge(m_database.connection(), all, all.value(sourceId), all.value(targetId), c);
        return c;
    });
}

Expected<TagChange> TagStore::remove(qint64 id)
{
    return edit([&](const QHash<qint64, Tag> &all) -> Expected<TagChange> {
        if (!all.contains(id))
            return Result::failure(tr("There is no such tag."));
        TagChange c;
        const QSqlDatabase db = m_database.connection();
        for (qint64 tagId : subtree(all, id)) {
            c.removedTags.append(all.value(tagId));
            for (qint64 carrier : carriers(db, false, tagId))
                c.removedAnnotationLinks.append({carrier, tagId});
            for (qint64 carrier : carriers(db, true, tagId))
                c.removedDocumentLinks.append({carrier, tagId});
        }
        return c;
    });
}

Expected<TagChange> TagStore::setColour(qint64 id, const QString &colour)
{
    return edit([&](const QHash<qint64, Tag> &all) -> Expected<TagChange> {
        if (!all.contains(id))
            return Result::failure(tr("There is no such tag."));
        const QColor parsed = QColor::fromString(colour);
        if (!colour.isEmpty() && !parsed.isValid())
            return Result::failure(tr("“%1” is not a colour.").arg(colour));
        const Tag before = all.value(id);
        Tag after = before;
        after.colour = colour.isEmpty() ? QString() : parsed.name();
        TagChange c;
        if (after.colour != before.colour)
            c.updatedTags.append({before, after});
        return c;
    });
}

Expected<TagChange> TagStore::tagDocuments(const QList<qint64> &documentIds, qint64 tagId)
{
    return edit([&](const QHash<qint64, Tag> &all) -> Expected<TagChange> {
        if (!all.contains(tagId))
            return Result::failure(tr("There is no such tag."));
        const QList<qint64> tagged = carriers(m_database.connection(), true, tagId);
        TagChange c;
        for (qint64 document : documentIds) {
            if (!tagged.contains(document) && !c.addedDocumentLinks.contains({document, tagId}))
                c.addedDocumentLinks.append({document, tagId});
        }
        return c;
    });
}

Expected<TagChange> TagStore::untagDocuments(const QList<qint64> &documentIds, qint64 tagId)
{
    return edit([&](const QHash<qint64, Tag> &) -> Expected<TagChange> {
        const QList<qint64> tagged = carriers(m_database.connection(), true, tagId);
        TagChange c;
        for (qint64 document : documentIds) {
            if (tagged.contains(document) && !c.removedDocumentLinks.contains({document, tagId}))
                c.removedDocumentLinks.append({document, tagId});
        }
        return c;
    });
}

QList<Tag> TagStore::documentTags(qint64 documentId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT tag_id FROM document_tags WHERE document_id = ?"));
    query.addBindValue(documentId);
    QList<Tag> tags;
    if (!query.exec())
        return tags;
    const QHash<qint64, Tag> all = loadAll();
    while (query.next())
        tags.append(all.value(query.value(0).toLongLong()));
    std::sort(tags.begin(), tags.end(), [](const Tag &a, const Tag &b) { return a.path.compare(b.path, Qt::CaseInsensitive) < 0; });
    return tags;
}

QList<qint64> TagStore::documentsWithTag(qint64 tagId) const
{
    const QList<qint64> ids = subtreeIds(tagId);
    QList<qint64> documents;
    if (ids.isEmpty())
        return documents;
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT DISTINCT document_id FROM document_tags WHERE tag_id IN (%1) ORDER BY document_id").arg(idList(ids)))) {
        while (query.next())
            documents.append(query.value(0).toLongLong());
    }
    return documents;
}

Result TagStore::apply(const TagChange &change)
{
    const Expected<TagChange> applied = edit([&](const QHash<qint64, Tag> &) -> Expected<TagChange> { return change; });
    return applied ? Result::success() : Result::failure(applied.error());
}

Result TagStore::applyRows(const TagChange &c)
{
    QSqlQuery query(m_database.connection());
    // A row that is not where the change expects it means the library was
    // changed elsewhere (another window, the command line): fail rather than
    // replay half of it.
    auto run = [&query](bool mustTouchOneRow) {
        return query.exec() && (!mustTouchOneRow || query.numRowsAffected() == 1);
    };
    for (const Tag &t : c.addedTags) {
        query.prepare(QStringLiteral("INSERT INTO tags (id, uuid, name, colour, parent_id) VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(t.id);
        query.addBindValue(t.uuid);
        query.addBindValue(t.name);
        query.addBindValue(t.colour.isNull() ? QStringLiteral("") : t.colour);
        query.addBindValue(t.parentId ? QVariant(t.parentId) : QVariant());
        if (!run(true))
            return sqlFailure(query);
    }
    for (const auto &[before, after] : c.updatedTags) {
        query.prepare(QStringLiteral("UPDATE tags SET name = ?, colour = ?, parent_id = ? WHERE id = ? AND name = ? AND colour = ? AND coalesce(parent_id, 0) = ?"));
        query.addBindValue(after.name);
        query.addBindValue(after.colour.isNull() ? QStringLiteral("") : after.colour);
        query.addBindValue(after.parentId ? QVariant(after.parentId) : QVariant());
        query.addBindValue(before.id);
        query.addBindValue(before.name);
        query.addBindValue(before.colour.isNull() ? QStringLiteral("") : before.colour);
        query.addBindValue(before.parentId);
        if (!run(true))
            return sqlFailure(query);
    }
    const QList<QPair<const QList<TagChange::Link> *, QString>> linkSteps = {
        {&c.addedAnnotationLinks, QStringLiteral("INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)")},
        {&c.addedDocumentLinks, QStringLiteral("INSERT INTO document_tags (document_id, tag_id) VALUES (?, ?)")},
        {&c.removedAnnotationLinks, QStringLiteral("DELETE FROM annotation_tags WHERE annotation_id = ? AND tag_id = ?")},
        {&c.removedDocumentLinks, QStringLiteral("DELETE FROM document_tags WHERE document_id = ? AND tag_id = ?")},
    };
    for (const auto &[links, statement] : linkSteps) {
        for (const TagChange::Link &link : *links) {
            query.prepare(statement);
            query.addBindValue(link.first);
            query.addBindValue(link.second);
            if (!run(true))
                return sqlFailure(query);
        }
    }
    for (auto it = c.removedTags.crbegin(); it != c.removedTags.crend(); ++it) {
        query.prepare(QStringLiteral("DELETE FROM tags WHERE id = ?"));
        query.addBindValue(it->id);
        if (!run(true))
            return sqlFailure(query);
    }
    return Result::success();
}

} // namespace Dossier
