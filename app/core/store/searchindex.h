#pragma once

#include "analysis/entities.h"
#include "result.h"

#include <QList>
#include <QString>

namespace Dossier {

class Database;

// One document found by a search.
struct SearchHit {
    qint64 documentId = 0;
    QString title;
    double score = 0;               // higher is better (negated BM25)
    QString snippet;                // plain text around the best hits
    QList<TextSpan> snippetMatches; // the hits inside snippet (UTF-16)
};

// Full-text search over the library (SQLite FTS5): words, "phrases", AND, OR,
// NOT, parentheses and prefixes (cyber*). Page furniture is not indexed, so
// it neither matches nor shows in snippets. Titles weigh more than text.
class SearchIndex
{
public:
    explicit SearchIndex(Database &database);

    // The best hits first; an empty query finds nothing. A query that is not
    // valid syntax is an error with one clear message.
    Expected<QList<SearchHit>> search(const QString &query, int limit = 50) const;

    // Where the query matches in one document's text (UTF-16 spans, in text
    // order), to select the hit when the document is opened.
    Expected<QList<TextSpan>> matches(qint64 documentId, const QString &query) const;

    // The user's query as FTS5 syntax: words with hyphens, dots or
    // apostrophes ("cyber-attacks", "U.S.") become phrases, operators and
    // quotes stay. An unclosed quote or parenthesis is an error.
    static Expected<QString> toFtsQuery(const QString &query);

    // The code-point index of a UTF-16 index into text.
    static int codePointIndex(const QString &text, int utf16Index);

private:
    Database &m_database;
};

} // namespace Dossier
