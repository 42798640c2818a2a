#pragma once

class QSqlDatabase;

namespace Dossier::SearchRanking {

// The name of the ranking function install() adds to a connection, used as
// FTS5's bm25(): rank MATCH 'dossier_bm25(10.0, 1.0)' or
// dossier_bm25(documents_fts, 10.0, 1.0), one weight per column.
inline constexpr char functionName[] = "dossier_bm25";

// Adds to the connection an FTS5 ranking function that scores exactly as
// FTS5's built-in bm25() (the formula of the FTS5 documentation, the same
// constants) but remembers each row's size in tokens. bm25() looks the size
// up in the index's size table for every row it scores, through a statement
// of its own, and at 10,000 documents that lookup was three quarters of
// ranking a common word. The sizes are forgotten whenever the database file
// changes (SQLite's data version), so a ranking never uses a stale one.
//
// Returns false, changing nothing, when the connection is not one of the
// SQLite library this program is linked with (a Qt built with its own copy
// of SQLite); searches then rank with bm25().
bool install(const QSqlDatabase &connection);

} // namespace Dossier::SearchRanking
