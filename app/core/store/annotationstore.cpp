#include "annotationstore.h"

#include "annotations/highlightcolour.h"
#include "database.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace Dossier {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Dossier::AnnotationStore", text);
}

const QString kSelect = QStringLiteral(
    "SELECT a.id, a.uuid, a.document_id, a.start, a.\"end\", a.exact, a.prefix, a.suffix, a.note, a.colour, "
    "a.private, a.created, a.modified, a.anchor, a.previous_exact, "
    "(SELECT group_concat(t.tag_id) FROM annotation_tags t WHERE t.annotation_id = a.id) "
    "FROM annotations a");

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QString nonNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

Annotation fromQuery(const QSqlQuery &q)
{
    Annotation a;
    a.id = q.value(0).toLongLong();
    a.uuid = q.value(1).toString();
    a.documentId = q.value(2).toLongLong();
    a.start = q.value(3).toLongLong();
    a.end = q.value(4).toLongLong();
    a.exact = q.value(5).toString();
    a.prefix = q.value(6).toString();
    a.suffix = q.value(7).toString();
    a.note = q.value(8).toString();
    a.colour = q.value(9).toString();
    a.isPrivate = q.value(10).toBool();
    a.created = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    a.modified = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    a.anchor = Annotation::Anchor(q.value(13).toInt());
    a.previousExact = q.value(14).toString();
    const QString tags = q.value(15).toString();
    for (QStringView id : QStringView(tags).split(QLatin1Char(','), Qt::SkipEmptyParts))
        a.tagIds.append(id.toLongLong());
    std::sort(a.tagIds.begin(), a.tagIds.end());
    return a;
}

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

Result check(const Annotation &a)
{
    if (!a.isValid())
        return Result::failure(QCoreApplication::translate("Dossier::AnnotationStore", "An annotation needs a document and a non-empty range of its text."));
    if (!a.colour.isEmpty() && !HighlightColour::find(a.colour))
        return Result::failure(QCoreApplication::translate("Dossier::AnnotationStore", "Unknown colour “%1” (known: %2).").arg(a.colour, HighlightColour::keyList()));
    return Result::success();
}

} // namespace

AnnotationStore::AnnotationStore(Database &database)
    : m_database(database)
{
}

namespace {

// The statements that store a new annotation, prepared once for many.
struct InsertStatements {
    explicit InsertStatements(const QSqlDatabase &connection)
        : documentExists(connection)
        , annotation(connection)
        , tag(connection)
    {
        documentExists.prepare(QStringLiteral("SELECT 1 FROM documents WHERE id = ?"));
        annotation.prepare(QStringLiteral(
            "INSERT INTO annotations (id, uuid, document_id, start, \"end\", exact, prefix, suffix, note, colour, private, "
            "created, modified, anchor, previous_exact) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        tag.prepare(QStringLiteral("INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)"));
    }
    QSqlQuery documentExists;
    QSqlQuery annotation;
    QSqlQuery tag;
};

Result insert(Annotation &a, InsertStatements &sql)
{
    if (Result valid = check(a); !valid)
        return valid;
    if (a.uuid.isEmpty())
        a.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!a.created.isValid())
        a.created = QDateTime::currentDateTimeUtc();
    if (!a.modified.isValid())
        a.modified = a.created;

    sql.documentExists.bindValue(0, a.documentId);
    const bool documentExists = sql.documentExists.exec() && sql.documentExists.next();
    sql.documentExists.finish();
    if (!documentExists)
        return Result::failure(QCoreApplication::translate("Dossier::AnnotationStore", "There is no document %1.").arg(a.documentId));
    QSqlQuery &query = sql.annotation;
    query.bindValue(0, a.id > 0 ? QVariant(a.id) : QVariant());
    query.bindValue(1, a.uuid);
    query.bindValue(2, a.documentId);
    query.bindValue(3, a.start);
    query.bindValue(4, a.end);
    query.bindValue(5, a.exact);
    query.bindValue(6, nonNull(a.prefix));
    query.bindValue(7, nonNull(a.suffix));
    query.bindValue(8, nonNull(a.note));
    query.bindValue(9, nonNull(a.colour));
    query.bindValue(10, a.isPrivate ? 1 : 0);
    query.bindValue(11, timestamp(a.created));
    query.bindValue(12, timestamp(a.modified));
    query.bindValue(13, int(a.anchor));
    query.bindValue(14, nonNull(a.previousExact));
    if (!query.exec())
        return Result::failure(QCoreApplication::translate("Dossier::AnnotationStore", "Cannot store the annotation: %1").arg(Database::errorText(query.lastError())));
    a.id = query.lastInsertId().toLongLong();
    for (qint64 tag : std::as_const(a.tagIds)) {
        sql.tag.bindValue(0, a.id);
        sql.tag.bindValue(1, tag);
        if (!sql.tag.exec())
            return Result::failure(QCoreApplication::translate("Dossier::AnnotationStore", "Cannot tag the annotation: %1").arg(Database::errorText(sql.tag.lastError())));
    }
    return Result::success();
}

} // namespace

Expected<qint64> AnnotationStore::add(Annotation annotation)
{
    QList<Annotation> one{std::move(annotation)};
    const Expected<QList<qint64>> ids = addAll(std::move(one));
    if (!ids)
        return Result::failure(ids.error());
    return ids->first();
}

Expected<QList<qint64>> AnnotationStore::addAll(QList<Annotation> annotations)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return Result::failure(transaction.begun().error());
    InsertStatements statements(m_database.connection());
    QList<qint64> ids;
    ids.reserve(annotations.size());
    for (Annotation &a : annotations) {
        if (Result stored = insert(a, statements); !stored)
            return Result::failure(stored.error());
        ids.append(a.id);
    }
    if (Result committed = transaction.commit(); !committed)
        return Result::failure(committed.error());
    return ids;
}

Result AnnotationStore::update(const Annotation &annotation)
{
    return updateAll({annotation});
}

Result AnnotationStore::updateAll(const QList<Annotation> &annotations)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    for (const Annotation &a : annotations) {
        if (Result written = write(a); !written)
            return written;
    }
    return transaction.commit();
}

Result AnnotationStore::write(const Annotation &a)
{
    if (Result valid = check(a); !valid)
        return valid;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE annotations SET uuid = ?, document_id = ?, start = ?, \"end\" = ?, exact = ?, prefix = ?, suffix = ?, "
        "note = ?, colour = ?, private = ?, created = ?, modified = ?, anchor = ?, previous_exact = ? WHERE id = ?"));
    query.addBindValue(a.uuid);
    query.addBindValue(a.documentId);
    query.addBindValue(a.start);
    query.addBindValue(a.end);
    query.addBindValue(a.exact);
    query.addBindValue(nonNull(a.prefix));
    query.addBindValue(nonNull(a.suffix));
    query.addBindValue(nonNull(a.note));
    query.addBindValue(nonNull(a.colour));
    query.addBindValue(a.isPrivate ? 1 : 0);
    query.addBindValue(timestamp(a.created));
    query.addBindValue(timestamp(a.modified));
    query.addBindValue(int(a.anchor));
    query.addBindValue(nonNull(a.previousExact));
    query.addBindValue(a.id);
    if (!query.exec())
        return Result::failure(tr("Cannot update the annotation: %1").arg(Database::errorText(query.lastError())));
    if (query.numRowsAffected() != 1)
        return Result::failure(tr("The annotation no longer exists."));
    query.prepare(QStringLiteral("DELETE FROM annotation_tags WHERE annotation_id = ?"));
    query.addBindValue(a.id);
    if (!query.exec())
        return Result::failure(tr("Cannot update the annotation: %1").arg(Database::errorText(query.lastError())));
    for (qint64 tag : a.tagIds) {
        query.prepare(QStringLiteral("INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)"));
        query.addBindValue(a.id);
        query.addBindValue(tag);
        if (!query.exec())
            return Result::failure(tr("Cannot tag the annotation: %1").arg(Database::errorText(query.lastError())));
    }
    return Result::success();
}

Result AnnotationStore::remove(const QList<qint64> &ids)
{
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    QSqlQuery query(m_database.connection());
    for (qint64 id : ids) {
        query.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return Result::failure(tr("Cannot delete the annotation: %1").arg(Database::errorText(query.lastError())));
        if (query.numRowsAffected() != 1)
            return Result::failure(tr("The annotation no longer exists."));
    }
    return transaction.commit();
}

Annotation AnnotationStore::byId(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(kSelect + QStringLiteral(" WHERE a.id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    return fromQuery(query);
}

Annotation AnnotationStore::byUuid(const QString &uuid) const
{
    return byUuids({uuid}).value(uuid);
}

QHash<QString, Annotation> AnnotationStore::byUuids(const QStringList &uuids) const
{
    QHash<QString, Annotation> found;
    QSqlQuery query(m_database.connection());
    query.prepare(kSelect + QStringLiteral(" WHERE a.uuid IN (SELECT value FROM json_each(?))"));
    query.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(uuids)).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return found;
    while (query.next()) {
        Annotation a = fromQuery(query);
        found.insert(a.uuid, std::move(a));
    }
    return found;
}

QList<Annotation> AnnotationStore::byIds(const QList<qint64> &ids) const
{
    QList<Annotation> result;
    for (qint64 id : ids) {
        Annotation a = byId(id);
        if (a.isValid())
            result.append(std::move(a));
    }
    return result;
}

namespace {

void prepareFilter(QSqlQuery &query, const QString &head, const AnnotationFilter &f, const QString &tail)
{
    QStringList where;
    QVariantList values;
    if (f.documentId > 0) {
        where.append(QStringLiteral("a.document_id = ?"));
        values.append(f.documentId);
    }
    if (!f.documentIds.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : f.documentIds)
            ids.append(id);
        where.append(QStringLiteral("a.document_id IN (SELECT value FROM json_each(?))"));
        values.append(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    }
    if (!f.tagIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : f.tagIds)
            ids.append(QString::number(id));
        where.append(QStringLiteral("EXISTS (SELECT 1 FROM annotation_tags f WHERE f.annotation_id = a.id AND f.tag_id IN (%1))")
                         .arg(ids.join(QLatin1Char(','))));
    }
    if (!f.colour.isEmpty()) {
        where.append(QStringLiteral("a.colour = ?"));
        values.append(f.colour);
    }
    if (!f.text.isEmpty()) {
        where.append(QStringLiteral("(a.exact LIKE ? ESCAPE '\\' OR a.note LIKE ? ESCAPE '\\')"));
        values.append(escapeLike(f.text));
        values.append(escapeLike(f.text));
    }
    if (f.createdFrom.isValid()) {
        where.append(QStringLiteral("a.created >= ?"));
        values.append(timestamp(f.createdFrom));
    }
    if (f.createdUntil.isValid()) {
        where.append(QStringLiteral("a.created < ?"));
        values.append(timestamp(f.createdUntil));
    }
    if (f.anchor) {
        where.append(QStringLiteral("a.anchor = ?"));
        values.append(int(*f.anchor));
    }
    query.prepare(head + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) + tail);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
}

} // namespace

Expected<QList<Annotation>> AnnotationStore::find(const AnnotationFilter &filter) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    prepareFilter(query, kSelect, filter, QStringLiteral(" ORDER BY a.document_id, a.start, a.id"));
    if (!query.exec())
        return Result::failure(tr("Cannot read the annotations: %1").arg(Database::errorText(query.lastError())));
    QList<Annotation> result;
    while (query.next())
        result.append(fromQuery(query));
    return result;
}

int AnnotationStore::count(const AnnotationFilter &filter) const
{
    QSqlQuery query(m_database.connection());
    prepareFilter(query, QStringLiteral("SELECT count(*) FROM annotations a"), filter, QString());
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace Dossier
