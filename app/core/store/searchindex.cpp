#include "searchindex.h"

#include "database.h"
#include "searchranking.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Dossier {

namespace {

// Markers FTS5 puts around hits; private-use characters that imported
// texts do not contain in practice.
constexpr char16_t kOpen = 0xE000;
constexpr char16_t kClose = 0xE001;

QString tr(const char *text)
{
    return QCoreApplication::translate("Dossier::SearchIndex", text);
}

bool isBareword(QStringView word)
{
    for (const QChar c : word) {
        if (!(c.isLetterOrNumber() || c == u'_' || c.unicode() > 0x7F))
            return false;
    }
    return true;
}

// Removes the markers from marked text; returns the spans they enclosed.
QList<TextSpan> unmark(QString &marked)
{
    QList<TextSpan> spans;
    QString plain;
    plain.reserve(marked.size());
    int start = -1;
    for (const QChar c : std::as_const(marked)) {
        if (c == QChar(kOpen)) {
            start = int(plain.size());
        } else if (c == QChar(kClose)) {
            if (start >= 0)
                spans.append({start, int(plain.size())});
            start = -1;
        } else {
            plain += c;
        }
    }
    marked = plain;
    return spans;
}

// Whitespace runs in a snippet (blanked furniture, line breaks) become one
// space; the hit spans move with the text.
QString tidySnippet(const QString &raw, QList<TextSpan> *spans)
{
    QString out;
    QList<int> map(raw.size() + 1, 0);
    bool space = false;
    for (int i = 0; i < raw.size(); ++i) {
        map[i] = int(out.size()) + (space && !out.isEmpty() && !raw.at(i).isSpace() ? 1 : 0);
        if (raw.at(i).isSpace()) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += QLatin1Char(' ');
        space = false;
        out += raw.at(i);
    }
    map[raw.size()] = int(out.size());
    for (TextSpan &span : *spans)
        span = {map.at(span.start), qMax(map.at(span.start), map.at(span.end - 1) + 1)};
    return out;
}

QString queryError(const QString &query, const QSqlError &error)
{
    QString detail = error.databaseText();
    detail.remove(QRegularExpression(QStringLiteral("^fts5: ")));
    return QCoreApplication::translate("Dossier::SearchIndex", "The search \u201C%1\u201D is not valid: %2.").arg(query, detail);
}

} // namespace

SearchIndex::SearchIndex(Database &database)
    : m_database(database)
{
}

int SearchIndex::codePointIndex(const QString &text, int utf16Index)
{
    int points = 0;
    for (int i = 0; i < utf16Index && i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++points;
    }
    return points;
}

Expected<QString> SearchIndex::toFtsQuery(const QString &query)
{
    QStringList parts;
    int depth = 0;
    const int n = int(query.size());
    for (int i = 0; i < n;) {
        const QChar c = query.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u'"' || c == u'\u201C' || c == u'\u201D') {
            int end = i + 1;
            while (end < n && query.at(end) != u'"' && query.at(end) != u'\u201D' && query.at(end) != u'\u201C')
                ++end;
            if (end >= n)
                return Result::failure(tr("The search \u201C%1\u201D has a quotation mark that is not closed.").arg(query));
            QString phrase = query.mid(i + 1, end - i - 1).trimmed();
            i = end + 1;
            const bool prefix = i < n && query.at(i) == u'*';
            i += prefix ? 1 : 0;
            if (!phrase.isEmpty())
                parts.append(QLatin1Char('"') + phrase + QLatin1Char('"') + (prefix ? QStringLiteral("*") : QString()));
        } else if (c == u'(' || c == u')') {
            depth += c == u'(' ? 1 : -1;
            if (depth < 0)
                return Result::failure(tr("The search \u201C%1\u201D closes a parenthesis it did not open.").arg(query));
            parts.append(c);
            ++i;
        } else {
            int end = i;
            while (end < n && !query.at(end).isSpace() && query.at(end) != u'"' && query.at(end) != u'(' && query.at(end) != u')'
                   && query.at(end) != u'\u201C' && query.at(end) != u'\u201D')
                ++end;
            QString word = query.mid(i, end - i);
            i = end;
            if (word == QLatin1String("AND") || word == QLatin1String("OR") || word == QLatin1String("NOT")) {
                parts.append(word);
                continue;
            }
            const bool prefix = word.endsWith(QLatin1Char('*'));
            while (word.endsWith(QLatin1Char('*')))
                word.chop(1);
            if (word.isEmpty())
                continue;
            const QString star = prefix ? QStringLiteral("*") : QString();
            if (isBareword(word) && word != QLatin1String("NEAR"))
                parts.append(word + star);
            else
                parts.append(QLatin1Char('"') + word.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"') + star);
        }
    }
    if (depth != 0)
        return Result::failure(tr("The search \u201C%1\u201D has a parenthesis that is not closed.").arg(query));
    return parts.join(QLatin1Char(' '));
}

Expected<QList<SearchHit>> SearchIndex::search(const QString &query, int limit) const
{
    const Expected<QString> fts = toFtsQuery(query);
    if (!fts)
        return Result::failure(fts.error());
    if (fts->isEmpty())
        return QList<SearchHit>();
    // Two statements: the best rows first, then titles and snippets for
    // those only. A snippet reads and tokenizes the text, so it must not be
    // made for every hit; FTS5's own ordering (its rank column) avoids that
    // but sorts every hit, where ORDER BY ... LIMIT keeps only the best.
    // Weights: a hit in the title counts ten times one in the text.
    const QString rank = m_database.hasSearchRanking() ? QLatin1String(SearchRanking::functionName) : QStringLiteral("bm25");
    QSqlQuery ranked(m_database.connection());
    ranked.setForwardOnly(true);
    ranked.prepare(QStringLiteral("SELECT rowid, %1(documents_fts, 10.0, 1.0) AS score FROM documents_fts "
                                  "WHERE documents_fts MATCH ? ORDER BY score, rowid LIMIT ?")
                       .arg(rank));
    ranked.addBindValue(*fts);
    ranked.addBindValue(limit);
    if (!ranked.exec())
        return Result::failure(queryError(query, ranked.lastError()));
    QList<SearchHit> hits;
    QHash<qint64, qsizetype> indexOf;
    QJsonArray ids;
    while (ranked.next()) {
        SearchHit hit;
        hit.documentId = ranked.value(0).toLongLong();
        hit.score = -ranked.value(1).toDouble();
        indexOf.insert(hit.documentId, hits.size());
        ids.append(hit.documentId);
        hits.append(hit);
    }
    if (ranked.lastError().isValid())
        return Result::failure(queryError(query, ranked.lastError()));
    if (hits.isEmpty())
        return hits;

    // "+rowid": the rows are picked from the matches as FTS5 walks them; a
    // lookup of each by rowid would seek every term's list once per row.
    QSqlQuery shown(m_database.connection());
    shown.setForwardOnly(true);
    shown.prepare(QStringLiteral(
        "SELECT d.id, d.title, snippet(documents_fts, 1, char(57344), char(57345), '\u2026', 24) "
        "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
        "WHERE documents_fts MATCH ? AND +documents_fts.rowid IN (SELECT value FROM json_each(?))"));
    shown.addBindValue(*fts);
    shown.addBindValue(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    if (!shown.exec())
        return Result::failure(queryError(query, shown.lastError()));
    QList<bool> found(hits.size(), false);
    while (shown.next()) {
        const qsizetype i = indexOf.value(shown.value(0).toLongLong(), -1);
        if (i < 0)
            continue;
        SearchHit &hit = hits[i];
        hit.title = shown.value(1).toString();
        QString snippet = shown.value(2).toString();
        QList<TextSpan> spans = unmark(snippet);
        hit.snippet = tidySnippet(snippet, &spans);
        hit.snippetMatches = spans;
        found[i] = true;
    }
    if (shown.lastError().isValid())
        return Result::failure(queryError(query, shown.lastError()));
    // A document removed between the two statements (by another window or
    // process) is no longer a hit.
    QList<SearchHit> present;
    present.reserve(hits.size());
    for (qsizetype i = 0; i < hits.size(); ++i) {
        if (found.at(i))
            present.append(std::move(hits[i]));
    }
    return present;
}

Expected<QList<TextSpan>> SearchIndex::matches(qint64 documentId, const QString &query) const
{
    const Expected<QString> fts = toFtsQuery(query);
    if (!fts)
        return Result::failure(fts.error());
    if (fts->isEmpty())
        return QList<TextSpan>();
    QSqlQuery sql(m_database.connection());
    sql.prepare(QStringLiteral(
        "SELECT highlight(documents_fts, 1, char(57344), char(57345)) FROM documents_fts "
        "WHERE documents_fts MATCH ? AND rowid = ?"));
    sql.addBindValue(*fts);
    sql.addBindValue(documentId);
    if (!sql.exec())
        return Result::failure(queryError(query, sql.lastError()));
    if (!sql.next())
        return QList<TextSpan>();
    QString marked = sql.value(0).toString();
    return unmark(marked);
}

} // namespace Dossier
