#include "analysisstore.h"

#include "database.h"
#include "transaction.h"

#include "analysis/extractioncodec.h"
#include "textoffsets.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Dossier {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Dossier::AnalysisStore", text);
}
} // namespace

AnalysisStore::AnalysisStore(Database &database)
    : m_database(database)
{
}

QString AnalysisStore::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Body:
        return QStringLiteral("body");
    case Kind::Speaker:
        return QStringLiteral("speaker");
    case Kind::Statistic:
        return QStringLiteral("stat");
    }
    return {};
}

std::optional<AnalysisStore::Kind> AnalysisStore::kindFromName(const QString &name)
{
    for (Kind k : {Kind::Body, Kind::Speaker, Kind::Statistic}) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

std::optional<Extraction> AnalysisStore::cached(const QString &sha256, const QString &engineVersion) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT data FROM extractions WHERE sha256 = ? AND engine_version = ?"));
    query.addBindValue(sha256);
    query.addBindValue(engineVersion);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return ExtractionCodec::decode(query.value(0).toByteArray());
}

QHash<QString, Extraction> AnalysisStore::cached(const QStringList &sha256s, const QString &engineVersion) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT sha256, data FROM extractions WHERE engine_version = ? AND sha256 IN (SELECT value FROM json_each(?))"));
    query.addBindValue(engineVersion);
    query.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(sha256s)).toJson(QJsonDocument::Compact)));
    QHash<QString, Extraction> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        if (std::optional<Extraction> x = ExtractionCodec::decode(query.value(1).toByteArray()))
            result.insert(query.value(0).toString(), std::move(*x));
    }
    return result;
}

Result AnalysisStore::save(const Document &document, const QString &engineVersion, const Extraction &extraction)
{
    return save(engineVersion, {{document, extraction}});
}

namespace {

// Appends text as a JSON string literal.
void appendJsonString(QString &out, QStringView text)
{
    out.append(QLatin1Char('"'));
    qsizetype clean = 0; // text before this is appended
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out.append(text.mid(clean, i - clean));
        if (c < 0x20)
            out.append(QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0')));
        else
            out.append(QLatin1Char('\\') + QChar(c));
        clean = i + 1;
    }
    out.append(text.mid(clean));
    out.append(QLatin1Char('"'));
}

// A document's index entries as one JSON array of [kind, entity, start, end,
// text] rows (offsets in code points), which a single statement inserts
// through json_each: one statement per document instead of one per mention,
// whose binding cost Qt more than the insert costs SQLite. Bound as UTF-8
// bytes and cast to text (SQLite's own conversion from UTF-16 is slower than
// Qt's); written by hand (building it with QJsonArray cost seven times as
// much).
// A document without entities gets a row of kind 'none', so that it still
// counts as analysed.
QString mentionRows(const Document &document, const Extraction &x)
{
    const TextOffsets cp(document.text);
    const QStringView text(document.text);
    QString rows;
    rows.reserve(64 * (x.bodies.size() + x.attributions.size() + x.statistics.size() + 1));
    rows.append(QLatin1Char('['));
    auto spanText = [&](const TextSpan &span) { return span.isValid() ? text.mid(span.start, span.length()) : QStringView(); };
    auto row = [&](const QString &kind, QStringView entity, const TextSpan &span) {
        if (rows.size() > 1)
            rows.append(QLatin1Char(','));
        rows.append(QLatin1Char('['));
        appendJsonString(rows, kind);
        rows.append(QLatin1Char(','));
        appendJsonString(rows, entity);
        rows.append(QLatin1Char(','));
        rows.append(QString::number(cp.toCodePoint(span.start)));
        rows.append(QLatin1Char(','));
        rows.append(QString::number(cp.toCodePoint(span.end)));
        rows.append(QLatin1Char(','));
        appendJsonString(rows, spanText(span));
        rows.append(QLatin1Char(']'));
    };
    const QString body = AnalysisStore::kindName(AnalysisStore::Kind::Body);
    const QString speaker = AnalysisStore::kindName(AnalysisStore::Kind::Speaker);
    const QString statistic = AnalysisStore::kindName(AnalysisStore::Kind::Statistic);
    for (const BodyMention &b : x.bodies)
        row(body, b.canonical.isEmpty() ? spanText(b.span) : QStringView(b.canonical), b.span);
    for (const Attribution &a : x.attributions)
        row(speaker, a.speakerName.isEmpty() ? spanText(a.speaker) : QStringView(a.speakerName), a.speaker);
    for (const Statistic &s : x.statistics)
        row(statistic, unitName(s.unit), s.span);
    if (rows.size() == 1)
        rows.append(QStringLiteral(R"(["none","",0,0,""])"));
    rows.append(QLatin1Char(']'));
    return rows;
}

} // namespace

Result AnalysisStore::save(const QString &engineVersion, const QList<Analysed> &analysed)
{
    // The encodings and the code point offsets are worked out before the
    // write lock is taken, so that the other connection's writers wait for
    // as short a time as can be.
    struct Prepared {
        qint64 documentId;
        QString sha256;
        QByteArray data;
        QByteArray mentions; // UTF-8
    };
    QList<Prepared> prepared;
    prepared.reserve(analysed.size());
    for (const Analysed &a : analysed)
        prepared.append({a.document.id, a.document.sha256, ExtractionCodec::encode(a.extraction), mentionRows(a.document, a.extraction).toUtf8()});

    QSqlDatabase db = m_database.connection();
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    auto fail = [&](const QSqlQuery &q) {
        // The transaction rolls back when it goes out of scope.
        return Result::failure(tr("Cannot store the analysis: %1").arg(Database::errorText(q.lastError())));
    };
    QSqlQuery store(db);
    QSqlQuery current(db);
    QSqlQuery clear(db);
    QSqlQuery index(db);
    if (!store.prepare(QStringLiteral("INSERT OR REPLACE INTO extractions (sha256, engine_version, data) VALUES (?, ?, ?)")))
        return fail(store);
    if (!current.prepare(QStringLiteral("SELECT 1 FROM documents WHERE id = ? AND sha256 = ?")))
        return fail(current);
    if (!clear.prepare(QStringLiteral("DELETE FROM mentions WHERE document_id = ?")))
        return fail(clear);
    if (!index.prepare(QStringLiteral("INSERT INTO mentions (document_id, engine_version, kind, entity, start, \"end\", text) "
                                      "SELECT ?, ?, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM json_each(CAST(? AS TEXT))")))
        return fail(index);
    for (const Prepared &p : std::as_const(prepared)) {
        store.bindValue(0, p.sha256);
        store.bindValue(1, engineVersion);
        store.bindValue(2, p.data);
        if (!store.exec())
            return fail(store);
        // A document removed, or given another text, while it was analysed:
        // the cache keeps the analysis (an undo brings the text back), the
        // index leaves it out.
        current.bindValue(0, p.documentId);
        current.bindValue(1, p.sha256);
        if (!current.exec())
            return fail(current);
        const bool stillThere = current.next();
        current.finish();
        if (!stillThere)
            continue;
        clear.bindValue(0, p.documentId);
        if (!clear.exec())
            return fail(clear);
        index.bindValue(0, p.documentId);
        index.bindValue(1, engineVersion);
        index.bindValue(2, p.mentions);
        if (!index.exec())
            return fail(index);
    }
    return transaction.commit();
}

Expected<QList<qint64>> AnalysisStore::documentsToAnalyse(const QString &engineVersion) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM documents d WHERE NOT EXISTS "
                                 "(SELECT 1 FROM mentions m WHERE m.document_id = d.id AND m.engine_version = ?) ORDER BY id"));
    query.addBindValue(engineVersion);
    if (!query.exec())
        return Result::failure(Database::errorText(query.lastError()));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Expected<QList<AnalysisStore::Mention>> AnalysisStore::mentions(Kind kind, const QString &entity, const QString &engineVersion) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT m.document_id, d.title, d.published_on, m.entity, m.start, m.\"end\", m.text FROM mentions m "
        "JOIN documents d ON d.id = m.document_id WHERE m.kind = ? AND m.entity = ? AND m.engine_version = ? "
        "ORDER BY d.published_on IS NULL, d.published_on, d.id, m.start"));
    query.addBindValue(kindName(kind));
    query.addBindValue(entity);
    query.addBindValue(engineVersion);
    if (!query.exec())
        return Result::failure(Database::errorText(query.lastError()));
    QList<Mention> result;
    while (query.next()) {
        Mention m;
        m.documentId = query.value(0).toLongLong();
        m.documentTitle = query.value(1).toString();
        m.documentDate = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        m.kind = kind;
        m.entity = query.value(3).toString();
        m.start = query.value(4).toInt();
        m.end = query.value(5).toInt();
        m.text = query.value(6).toString();
        result.append(m);
    }
    return result;
}

Expected<QList<AnalysisStore::Mention>> AnalysisStore::mentionsOfKind(Kind kind, const QString &engineVersion,
                                                                     const QList<qint64> &documentIds) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT document_id, entity, start, \"end\", text FROM mentions WHERE kind = ? AND engine_version = ?");
    if (!documentIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : documentIds)
            ids.append(QString::number(id));
        sql += QStringLiteral(" AND document_id IN (%1)").arg(ids.join(QLatin1Char(',')));
    }
    query.prepare(sql + QStringLiteral(" ORDER BY document_id, start"));
    query.addBindValue(kindName(kind));
    query.addBindValue(engineVersion);
    if (!query.exec())
        return Result::failure(query.lastError().text());
    QList<Mention> result;
    while (query.next()) {
        Mention m;
        m.documentId = query.value(0).toLongLong();
        m.kind = kind;
        m.entity = query.value(1).toString();
        m.start = query.value(2).toInt();
        m.end = query.value(3).toInt();
        m.text = query.value(4).toString();
        result.append(m);
    }
    return result;
}

Expected<QList<AnalysisStore::EntityCount>> AnalysisStore::entities(Kind kind, const QString &engineVersion) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT entity, count(*), count(DISTINCT document_id) FROM mentions "
                                 "WHERE kind = ? AND engine_version = ? GROUP BY entity ORDER BY count(*) DESC, entity"));
    query.addBindValue(kindName(kind));
    query.addBindValue(engineVersion);
    if (!query.exec())
        return Result::failure(Database::errorText(query.lastError()));
    QList<EntityCount> result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt()});
    return result;
}

} // namespace Dossier
