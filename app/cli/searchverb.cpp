#include "clicontext.h"
#include "verbs.h"

#include "store/documentstore.h"
#include "store/searchindex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Dossier::Cli {

namespace {


QJsonArray codePointSpans(const QString &text, const QList<TextSpan> &spans)
{
    QJsonArray array;
    for (const TextSpan &span : spans) {
        array.append(QJsonObject{{QStringLiteral("start"), SearchIndex::codePointIndex(text, span.start)},
                                 {QStringLiteral("end"), SearchIndex::codePointIndex(text, span.end)}});
    }
    return array;
}

QString marked(const SearchHit &hit)
{
    QString out = hit.snippet;
    for (auto it = hit.snippetMatches.crbegin(); it != hit.snippetMatches.crend(); ++it) {
        out.insert(it->end, QLatin1Char(']'));
        out.insert(it->start, QLatin1Char('['));
    }
    return out;
}

} // namespace

int runSearch(Context &context)
{
    context.parser().addPositionalArgument(QStringLiteral("query"),
                                           tr("Words, \"phrases\", AND, OR, NOT, parentheses, prefix*."), QStringLiteral("QUERY"));
    context.parser().addOption({QStringLiteral("limit"), tr("Show at most <n> documents (default 50)."), QStringLiteral("n"), QStringLiteral("50")});
    if (!context.parse())
        return context.exitCode();
    const QString query = context.parser().positionalArguments().join(QLatin1Char(' '));
    if (query.trimmed().isEmpty())
        return Context::fail(tr("search needs a QUERY."));
    bool ok = false;
    const int limit = context.parser().value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        return Context::fail(tr("--limit needs a positive number."));
    Database *database = context.database();
    if (!database)
        return context.exitCode();
    DocumentStore store(*database);
    if (const Expected<int> refreshed = store.refreshSearchText(); !refreshed)
        return Context::fail(refreshed.error());

    const SearchIndex index(*database);
    const Expected<QList<SearchHit>> hits = index.search(query, limit);
    if (!hits)
        return Context::fail(hits.error());
    if (!context.json()) {
        for (int i = 0; i < hits->size(); ++i) {
            const SearchHit &hit = hits->at(i);
            Context::print(QStringLiteral("%1\t%2\t%3\n\t%4").arg(i + 1).arg(hit.documentId).arg(hit.title, marked(hit)));
        }
        return 0;
    }
    QJsonArray array;
    for (int i = 0; i < hits->size(); ++i) {
        const SearchHit &hit = hits->at(i);
        const Expected<QList<TextSpan>> matches = index.matches(hit.documentId, query);
        if (!matches)
            return Context::fail(matches.error());
        const QString text = store.byId(hit.documentId).text;
        array.append(QJsonObject{
            {QStringLiteral("id"), hit.documentId},
            {QStringLiteral("title"), hit.title},
            {QStringLiteral("rank"), i + 1},
            {QStringLiteral("score"), hit.score},
            {QStringLiteral("snippet"), hit.snippet},
            {QStringLiteral("snippet_matches"), codePointSpans(hit.snippet, hit.snippetMatches)},
            {QStringLiteral("matches"), codePointSpans(text, *matches)},
        });
    }
    Context::printJson(array);
    return 0;
}

} // namespace Dossier::Cli
