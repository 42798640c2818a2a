#include "analysisstore.h"

#include "database.h"
#include "transaction.h"

#include "analysis/extractioncodec.h"
#include "textoffsets.h"

#include <QCoreApplication>
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

Result AnalysisStore::save(const Document &document, const QString &engineVersion, const Extraction &x)
{
    // The encoding and the code point offsets are worked out before the
    // write lock is taken, so that the other connection's writers wait for
    // as short a time as can be; the texts are made one row at a time, not
    // held all at once (a large document has hundreds of thousands).
    struct Row {
        Kind kind;
        int item; // in the extraction's list of that kind
        qint64 start;
        qint64 end;
    };
    const QByteArray data = ExtractionCodec::encode(x);
    QList<Row> rows;
    {
        const TextOffsets cp(document.text);
        rows.reserve(x.bodies.size() + x.attributions.size() + x.statistics.size());
        auto row = [&](Kind kind, int item, const TextSpan &span) { rows.append({kind, item, cp.toCodePoint(span.start), cp.toCodePoint(span.end)}); };
        for (int i = 0; i < x.bodies.size(); ++i)
            row(Kind::Body, i, x.bodies.at(i).span);
        for (int i = 0; i < x.attributions.size(); ++i)
            row(Kind::Speaker, i, x.attributions.at(i).speaker);
        for (int i = 0; i < x.statistics.size(); ++i)
            row(Kind::Statistic, i, x.statistics.at(i).span);
    }

    QSqlDatabase db = m_database.connection();
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    auto fail = [&](const QSqlQuery &q) {
        // The transaction rolls back when it goes out of scope.
        return Result::failure(tr("Cannot store the analysis: %1").arg(Database::errorText(q.lastError())));
    };
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO extractions (sha256, engine_version, data) VALUES (?, ?, ?)"));
    query.addBindValue(document.sha256);
    query.addBindValue(engineVersion);
    query.addBindValue(data);
    if (!query.exec())
        return fail(query);
    query.prepare(QStringLiteral("DELETE FROM mentions WHERE document_id = ?"));
    query.addBindValue(document.id);
    if (!query.exec())
        return fail(query);

    query.prepare(QStringLiteral("INSERT INTO mentions (document_id, engine_version, kind, entity, start, \"end\", text) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QString kindNames[] = {kindName(Kind::Body), kindName(Kind::Speaker), kindName(Kind::Statistic)};
    for (const Row &r : std::as_const(rows)) {
        QString entity;
        TextSpan span;
        switch (r.kind) {
        case Kind::Body: {
            const BodyMention &b = x.bodies.at(r.item);
            span = b.span;
            entity = b.canonical.isEmpty() ? span.text(document.text) : b.canonical;
            break;
        }
        case Kind::Speaker: {
            const Attribution &a = x.attributions.at(r.item);
            span = a.speaker;
            entity = a.speakerName.isEmpty() ? span.text(document.text) : a.speakerName;
            break;
        }
        case Kind::Statistic: {
            const Statistic &s = x.statistics.at(r.item);
            span = s.span;
            entity = unitName(s.unit);
            break;
        }
        }
        query.bindValue(0, document.id);
        query.bindValue(1, engineVersion);
        query.bindValue(2, kindNames[int(r.kind)]);
        query.bindValue(3, entity);
        query.bindValue(4, r.start);
        query.bindValue(5, r.end);
        query.bindValue(6, span.text(document.text));
        if (!query.exec())
            return fail(query);
    }
    // A document without entities still counts as analysed.
    if (rows.isEmpty()) {
        query.prepare(QStringLiteral("INSERT INTO mentions (document_id, engine_version, kind, entity, start, \"end\", text) VALUES (?, ?, 'none', '', 0, 0, '')"));
        query.addBindValue(document.id);
        query.addBindValue(engineVersion);
        if (!query.exec())
            return fail(query);
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
