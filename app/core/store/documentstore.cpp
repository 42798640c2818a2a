#include "documentstore.h"

#include "database.h"
#include "documentinserter_p.h"
#include "schema.h"
#include "transaction.h"

#include "corpus/furniture.h"
#include "furniturehash.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
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

QString tr(const char *text)
{
    return QCoreApplication::translate("Dossier::DocumentStore", text);
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

// Runs body inside a transaction (a savepoint when one is open already):
// committed when it succeeds, rolled back otherwise, so the database never
// keeps half of a change.
template<typename Body>
Result inTransaction(Database &database, Body body)
{
    Transaction transaction(database);
    if (!transaction.begun())
        return transaction.begun();
    const Result result = body();
    return result ? transaction.commit() : result;
}

} // namespace

const int DocumentStore::kSearchTextVersion = DOSSIER_FURNITURE_HASH_NUMBER;

QString DocumentStore::searchTextOf(const QString &text)
{
    return searchTextOf(text, Furniture::detect(text));
}

QString DocumentStore::searchTextOf(const QString &text, const QList<TextSpan> &furniture)
{
    QString blanked = text;
    QChar *data = blanked.data();
    const int size = int(blanked.size());
    for (const TextSpan &span : furniture) {
        for (int i = qMax(span.start, 0); i < qMin(span.end, size); ++i)
            data[i] = QLatin1Char(' ');
    }
    return blanked;
}

// DocumentInserter's messages are the store's (translation context
// Dossier::DocumentStore): it is the store's insertion, shared with
// DocumentBatch.
DocumentInserter::DocumentInserter(Database &database)
    : m_connection(database.connection())
    , m_hash(database.connection())
    , m_overrides(database.connection())
    , m_insert(database.connection())
{
    const bool prepared = m_hash.prepare(QStringLiteral("SELECT id FROM documents WHERE sha256 = ?"))
        && m_overrides.prepare(QStringLiteral(
            "SELECT title, publisher, published_on, language, kind FROM metadata_overrides WHERE sha256 = ?"))
        && m_insert.prepare(QStringLiteral(
            "INSERT INTO documents (id, uuid, title, publisher, published_on, language, kind, source_name, sha256, text, "
            "imported_at, search_text, search_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!prepared) {
        const QSqlError error = m_hash.lastError().isValid() ? m_hash.lastError()
            : m_overrides.lastError().isValid()               ? m_overrides.lastError()
                                                              : m_insert.lastError();
        m_prepareError = QCoreApplication::translate("Dossier::DocumentStore", "Cannot store the document: %1").arg(Database::errorText(error));
    }
}

qint64 DocumentInserter::idForHash(const QString &sha256)
{
    m_hash.bindValue(0, sha256);
    const qint64 id = m_prepareError.isEmpty() && m_hash.exec() && m_hash.next() ? m_hash.value(0).toLongLong() : 0;
    m_hash.finish();
    return id;
}

void DocumentInserter::prepare(Document &document, const QList<TextSpan> **furniture)
{
    // A leading U+FEFF is a byte-order mark, not text (SQLite drops it from
    // UTF-16 input anyway): drop it first, so the hash matches what is stored.
    if (document.text.startsWith(QChar(0xFEFF))) {
        document.text.remove(0, 1);
        document.sha256.clear();
        *furniture = nullptr;
    }
    if (document.uuid.isEmpty())
        document.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (document.sha256.isEmpty())
        document.sha256 = Document::hashText(document.text);
    if (!document.importedAt.isValid())
        document.importedAt = QDateTime::currentDateTimeUtc();

    m_overrides.bindValue(0, document.sha256);
    if (m_prepareError.isEmpty() && m_overrides.exec() && m_overrides.next()) {
        QString *fields[] = {&document.title, &document.publisher, nullptr, &document.language, &document.kind};
        for (int i = 0; i < 5; ++i) {
            if (m_overrides.value(i).isNull())
                continue;
            if (fields[i])
                *fields[i] = m_overrides.value(i).toString();
            else
                document.publishedOn = QDate::fromString(m_overrides.value(i).toString(), Qt::ISODate);
        }
    }
    m_overrides.finish();
}

namespace {

constexpr int kColumnsPerRow = 13;

void bindRow(QSqlQuery &query, const Document &document, const QList<TextSpan> *furniture)
{
    const QVariant values[kColumnsPerRow] = {
        document.id > 0 ? QVariant(document.id) : QVariant(),
        document.uuid,
        nonNull(document.title),
        nonNull(document.publisher),
        dateValue(document.publishedOn),
        nonNull(document.language),
        nonNull(document.kind),
        nonNull(document.sourceName),
        document.sha256,
        document.text,
        document.importedAt.toString(Qt::ISODateWithMs),
        furniture ? DocumentStore::searchTextOf(document.text, *furniture) : DocumentStore::searchTextOf(document.text),
        DocumentStore::kSearchTextVersion,
    };
    for (int i = 0; i < kColumnsPerRow; ++i)
        query.bindValue(i, values[i]);
}

} // namespace

Expected<qint64> DocumentInserter::insert(Document document, const QList<TextSpan> *furniture)
{
    if (!m_prepareError.isEmpty())
        return Result::failure(m_prepareError);
    prepare(document, &furniture);
    if (idForHash(document.sha256) != 0)
        return Result::failure(QCoreApplication::translate("Dossier::DocumentStore", "The same text is already in the library."));
    bindRow(m_insert, document, furniture);
    // One statement: the row and its index entry (by trigger) are written
    // together or not at all.
    if (!m_insert.exec())
        return Result::failure(QCoreApplication::translate("Dossier::DocumentStore", "Cannot store the document: %1").arg(Database::errorText(m_insert.lastError())));
    const qint64 id = m_insert.lastInsertId().toLongLong();
    m_insert.finish();
    return id;
}

Expected<QList<qint64>> DocumentInserter::insertAll(const QList<Document> &documents, const QList<const QList<TextSpan> *> &furniture)
{
    if (!m_prepareError.isEmpty())
        return Result::failure(m_prepareError);
    const auto failure = [](const QSqlQuery &query) {
        return Result::failure(QCoreApplication::translate("Dossier::DocumentStore", "Cannot store the document: %1").arg(Database::errorText(query.lastError())));
    };
    // One statement with a row of parameters per document would do, but Qt
    // turns positional parameters into named ones, which SQLite looks up in
    // a list: quadratic in their number. Staged rows copied in one
    // statement cost a copy.
    QSqlQuery query(m_connection);
    if (!query.exec(Schema::importStagingTable()) || !query.exec(QStringLiteral("DELETE FROM temp.import_staging")))
        return failure(query);
    if (!query.prepare(QStringLiteral("INSERT INTO temp.import_staging (id, uuid, title, publisher, published_on, language, kind, "
                                      "source_name, sha256, text, imported_at, search_text, search_version) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return failure(query);
    for (qsizetype i = 0; i < documents.size(); ++i) {
        bindRow(query, documents.at(i), furniture.at(i));
        if (!query.exec())
            return failure(query);
    }
    const QString columns = QStringLiteral(
        "id, uuid, title, publisher, published_on, language, kind, source_name, sha256, text, imported_at, search_text, search_version");
    // The row and its index entry (by trigger) are written together.
    if (!query.exec(QStringLiteral("INSERT INTO documents (%1) SELECT %1 FROM temp.import_staging ORDER BY seq").arg(columns))
        || !query.exec(QStringLiteral("DELETE FROM temp.import_staging")))
        return failure(query);
    // The ids by text hash (unique), not by assuming consecutive ones.
    QList<qint64> ids;
    ids.reserve(documents.size());
    for (const Document &document : documents) {
        const qint64 id = idForHash(document.sha256);
        if (id == 0)
            return Result::failure(QCoreApplication::translate("Dossier::DocumentStore", "Cannot store the document: %1").arg(document.sourceName));
        ids.append(id);
    }
    return ids;
}

DocumentStore::DocumentStore(Database &database)
    : m_database(database)
{
}

Expected<qint64> DocumentStore::add(Document document)
{
    return DocumentInserter(m_database).insert(std::move(document));
}

Result DocumentStore::updateMetadata(const Document &edited)
{
    QSqlDatabase db = m_database.connection();
    return inTransaction(m_database, [&]() -> Result {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE documents SET title = ?, publisher = ?, published_on = ?, language = ?, kind = ? WHERE id = ?"));
        query.addBindValue(nonNull(edited.title));
        query.addBindValue(nonNull(edited.publisher));
        query.addBindValue(dateValue(edited.publishedOn));
        query.addBindValue(nonNull(edited.language));
        query.addBindValue(nonNull(edited.kind));
        query.addBindValue(edited.id);
        if (!query.exec())
            return Result::failure(tr("Cannot save the metadata: %1").arg(Database::errorText(query.lastError())));
        if (query.numRowsAffected() != 1)
            return Result::failure(tr("There is no document with id %1.").arg(edited.id));
        QSqlQuery keep(db);
        keep.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO metadata_overrides (sha256, title, publisher, published_on, language, kind, modified) "
            "SELECT sha256, title, publisher, published_on, language, kind, ? FROM documents WHERE id = ?"));
        keep.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        keep.addBindValue(edited.id);
        if (!keep.exec())
            return Result::failure(tr("Cannot save the metadata: %1").arg(Database::errorText(keep.lastError())));
        return Result::success();
    });
}

Result DocumentStore::replaceText(const Document &document)
{
    QString text = document.text;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QString sha256 = Document::hashText(text);
    if (const qint64 other = idForHash(sha256); other != 0 && other != document.id)
        return Result::failure(tr("The same text is already in the library, as document %1.").arg(other));
    QSqlDatabase db = m_database.connection();
    return inTransaction(m_database, [&]() -> Result {
        QSqlQuery query(db);
        // The user's metadata corrections follow the text they were made for.
        query.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO metadata_overrides (sha256, title, publisher, published_on, language, kind, modified) "
            "SELECT ?, o.title, o.publisher, o.published_on, o.language, o.kind, o.modified FROM metadata_overrides o "
            "JOIN documents d ON d.sha256 = o.sha256 WHERE d.id = ? AND d.sha256 <> ?"));
        query.addBindValue(sha256);
        query.addBindValue(document.id);
        query.addBindValue(sha256);
        if (!query.exec())
            return Result::failure(tr("Cannot replace the text: %1").arg(query.lastError().text()));
        // One statement: the row and its full-text entry (by trigger).
        query.prepare(QStringLiteral(
            "UPDATE documents SET title = ?, publisher = ?, published_on = ?, language = ?, kind = ?, source_name = ?, "
            "sha256 = ?, text = ?, search_text = ?, search_version = ? WHERE id = ?"));
        query.addBindValue(nonNull(document.title));
        query.addBindValue(nonNull(document.publisher));
        query.addBindValue(dateValue(document.publishedOn));
        query.addBindValue(nonNull(document.language));
        query.addBindValue(nonNull(document.kind));
        query.addBindValue(nonNull(document.sourceName));
        query.addBindValue(sha256);
        query.addBindValue(text);
        query.addBindValue(searchTextOf(text));
        query.addBindValue(kSearchTextVersion);
        query.addBindValue(document.id);
        if (!query.exec())
            return Result::failure(tr("Cannot replace the text: %1").arg(query.lastError().text()));
        if (query.numRowsAffected() != 1)
            return Result::failure(tr("There is no document with id %1.").arg(document.id));
        // What the engine found is kept by text hash (the old text's stays in
        // the cache, for undo); the per-document index must go.
        query.prepare(QStringLiteral("DELETE FROM mentions WHERE document_id = ?"));
        query.addBindValue(document.id);
        if (!query.exec())
            return Result::failure(tr("Cannot replace the text: %1").arg(query.lastError().text()));
        return Result::success();
    });
}

Expected<Document> DocumentStore::remove(qint64 id)
{
    const Document document = byId(id);
    if (!document.isValid())
        return Result::failure(tr("There is no document with id %1.").arg(id));
    QSqlDatabase db = m_database.connection();
    const Result removed = inTransaction(m_database, [&]() -> Result {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM documents WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return Result::failure(tr("Cannot remove the document: %1").arg(Database::errorText(query.lastError())));
        return Result::success();
    });
    if (!removed)
        return removed;
    return document;
}

int DocumentStore::annotationCount(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM annotations WHERE document_id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

Expected<QHash<qint64, int>> DocumentStore::annotationCounts() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT document_id, count(*) FROM annotations GROUP BY document_id")))
        return Result::failure(tr("Cannot count the annotations: %1").arg(Database::errorText(query.lastError())));
    QHash<qint64, int> counts;
    while (query.next())
        counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    return counts;
}

Expected<int> DocumentStore::refreshSearchText(const std::function<void(int, int)> &progress)
{
    QSqlDatabase db = m_database.connection();
    // Most of the time there is nothing to redo: then no write lock is
    // taken, so that reading a read-only or busy library still works.
    int total = 0;
    {
        QSqlQuery any(db);
        any.prepare(QStringLiteral("SELECT count(*) FROM documents WHERE search_version <> ?"));
        any.addBindValue(kSearchTextVersion);
        if (!any.exec() || !any.next())
            return Result::failure(Database::errorText(any.lastError()));
        total = any.value(0).toInt();
        if (total == 0)
            return 0;
    }
    int seen = 0;
    int done = 0;
    const Result result = inTransaction(m_database, [&]() -> Result {
        QSqlQuery stale(db);
        stale.setForwardOnly(true);
        stale.prepare(QStringLiteral("SELECT id, text, search_text FROM documents WHERE search_version <> ?"));
        stale.addBindValue(kSearchTextVersion);
        if (!stale.exec())
            return Result::failure(Database::errorText(stale.lastError()));
        // Writing search_text re-indexes the document (trigger documents_au);
        // most texts come out alike, and only their version is written.
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE documents SET search_text = ?, search_version = ? WHERE id = ?"));
        QSqlQuery stamp(db);
        stamp.prepare(QStringLiteral("UPDATE documents SET search_version = ? WHERE id = ?"));
        while (stale.next()) {
            const QString searchText = searchTextOf(stale.value(1).toString());
            const bool changed = searchText != stale.value(2).toString();
            QSqlQuery &write = changed ? update : stamp;
            if (changed)
                write.addBindValue(searchText);
            write.addBindValue(kSearchTextVersion);
            write.addBindValue(stale.value(0).toLongLong());
            if (!write.exec())
                return Result::failure(tr("Cannot update the search index: %1").arg(Database::errorText(write.lastError())));
            done += changed ? 1 : 0;
            if (progress && ++seen % 64 == 0)
                progress(seen, total);
        }
        if (progress)
            progress(total, total);
        return Result::success();
    });
    if (!result)
        return result;
    return done;
}

Expected<QList<Document>> DocumentStore::list() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM documents ORDER BY id").arg(kColumns)))
        return Result::failure(Database::errorText(query.lastError()));
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

Expected<QList<Document>> DocumentStore::byIds(const QList<qint64> &ids) const
{
    QJsonArray list;
    for (qint64 id : ids)
        list.append(id);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, text FROM documents WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id").arg(kColumns));
    query.addBindValue(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return Result::failure(Database::errorText(query.lastError()));
    QList<Document> result;
    result.reserve(ids.size());
    while (query.next()) {
        Document d = fromQuery(query);
        d.text = query.value(10).toString();
        result.append(std::move(d));
    }
    return result;
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

qint64 DocumentStore::idForUuid(const QString &uuid) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM documents WHERE uuid = ?"));
    query.addBindValue(uuid);
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
