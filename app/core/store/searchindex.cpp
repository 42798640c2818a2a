#include "searchindex.h"

#include "database.h"

#include <QCoreApplication>
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
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    // bm25 weights: a hit in the title counts ten times one in the text.
    // Ranked by FTS5's rank column, FTS5 sorts the hits itself and the
    // snippet (a read and tokenizing of the text) is made for the rows
    // returned only; ORDER BY bm25(...) made one for every hit before
    // sorting (at 10,000 documents, most of a common word's search).
    sql.prepare(QStringLiteral(
        "SELECT d.id, d.title, documents_fts.rank, "
        "snippet(documents_fts, 1, char(57344), char(57345), '\u2026', 24) "
        "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
        "WHERE documents_fts MATCH ? AND documents_fts.rank MATCH 'bm25(10.0, 1.0)' "
        "ORDER BY documents_fts.rank LIMIT ?"));
    sql.addBindValue(*fts);
    sql.addBindValue(limit);
    if (!sql.exec())
        return Result::failure(queryError(query, sql.lastError()));
    QList<SearchHit> hits;
    while (sql.next()) {
        SearchHit hit;
        hit.documentId = sql.value(0).toLongLong();
        hit.title = sql.value(1).toString();
        hit.score = -sql.value(2).toDouble();
        QString snippet = sql.value(3).toString();
        QList<TextSpan> spans = unmark(snippet);
        hit.snippet = tidySnippet(snippet, &spans);
        hit.snippetMatches = spans;
        hits.append(hit);
    }
    if (sql.lastError().isValid())
        return Result::failure(queryError(query, sql.lastError()));
    return hits;
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
