#include "documentstore.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Dossier {

namespace {

const QString kColumns = QStringLiteral(
    "id, uuid, title, publisher, published_on, language, kind, source_name, sha256, imported_at");

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QString nonNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

Document fromQuery(const QSqlQuery &query)
{
    Document d;
    d.id = query.value(0).toLongLong();
    d.uuid = query.value(1).toString();
    d.title = query.value(2).toString();
    d.publisher = query.value(3).toString();
    d.publishedOn = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    d.language = query.value(5).toString();
    d.kind = query.value(6).toString();
    d.sourceName = query.value(7).toString();
    d.sha256 = query.value(8).toString();
    d.importedAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODate);
    return d;
}

} // namespace

DocumentStore::DocumentStore(Database &database)
    : m_database(database)
{
}

Expected<qint64> DocumentStore::add(Document document)
{
    if (document.uuid.isEmpty())
        document.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (document.sha256.isEmpty())
        document.sha256 = Document::hashText(document.text);
    if (!document.importedAt.isValid())
        document.importedAt = QDateTime::currentDateTimeUtc();
    if (idForHash(document.sha256) != 0)
        return Result::failure(QCoreApplication::translate("Dossier::DocumentStore", "The same text is already in the library."));

    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO documents (uuid, title, publisher, published_on, language, kind, source_name, sha256, text, imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(document.uuid);
    query.addBindValue(nonNull(document.title));
    query.addBindValue(nonNull(document.publisher));
    query.addBindValue(document.publishedOn.isValid() ? QVariant(document.publishedOn.toString(Qt::ISODate)) : QVariant());
    query.addBindValue(nonNull(document.language));
    query.addBindValue(nonNull(document.kind));
    query.addBindValue(nonNull(document.sourceName));
    query.addBindValue(document.sha256);
    query.addBindValue(document.text);
    query.addBindValue(document.importedAt.toString(Qt::ISODateWithMs));
    if (!query.exec())
        return Result::failure(QCoreApplication::translate("Dossier::DocumentStore", "Cannot store the document: %1").arg(query.lastError().text()));
    return query.lastInsertId().toLongLong();
}

Expected<QList<Document>> DocumentStore::list() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM documents ORDER BY id").arg(kColumns)))
        return Result::failure(query.lastError().text());
    QList<Document> result;
    while (query.next())
        result.append(fromQuery(query));
    return result;
}

Document DocumentStore::byId(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1, text FROM documents WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    Document d = fromQuery(query);
    d.text = query.value(10).toString();
    return d;
}

qint64 DocumentStore::idForHash(const QString &sha256) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM documents WHERE sha256 = ?"));
    query.addBindValue(sha256);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

int DocumentStore::count() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM documents")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace Dossier
