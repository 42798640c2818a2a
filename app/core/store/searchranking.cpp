#include "searchranking.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <cmath>
#include <memory>
#include <unordered_map>
#include <vector>

namespace Dossier::SearchRanking {

namespace {

// BM25's constants, as FTS5's bm25() has them.
constexpr double k1 = 1.2;
constexpr double b = 0.75;

// What one connection remembers between searches: each row's size in tokens
// (all columns), valid while the file's data version is the one read.
struct RowSizes {
    sqlite3 *db = nullptr;
    unsigned int dataVersion = 0;
    bool valid = false;
    std::unordered_map<sqlite3_int64, int> tokens;
};

// What one search needs for every row it scores, worked out at its first.
struct QueryStatistics {
    double averageTokens = 1;
    std::vector<double> idf; // per phrase
    std::vector<double> frequency; // per phrase, for the current row
};

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *userData)
{
    ++*static_cast<sqlite3_int64 *>(userData);
    return SQLITE_OK;
}

// The rows, the average size and each phrase's inverse document frequency,
// as FTS5's documentation defines them for bm25().
int queryStatistics(const Fts5ExtensionApi *api, Fts5Context *fts, QueryStatistics *stats)
{
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rc != SQLITE_OK)
        return rc;
    stats->averageTokens = rows > 0 ? double(tokens) / double(rows) : 1;
    const int phrases = api->xPhraseCount(fts);
    stats->idf.assign(phrases, 0);
    stats->frequency.assign(phrases, 0);
    for (int i = 0; i < phrases; ++i) {
        sqlite3_int64 hits = 0;
        rc = api->xQueryPhrase(fts, i, &hits, countRow);
        if (rc != SQLITE_OK)
            return rc;
        const double idf = std::log((double(rows) - double(hits) + 0.5) / (double(hits) + 0.5));
        stats->idf[i] = idf > 0 ? idf : 1e-6;
    }
    return SQLITE_OK;
}

// The current row's size in tokens: remembered, or asked of FTS5 once.
int rowTokens(const Fts5ExtensionApi *api, Fts5Context *fts, RowSizes *sizes, int *tokens)
{
    const sqlite3_int64 row = api->xRowid(fts);
    const auto known = sizes->tokens.find(row);
    if (known != sizes->tokens.end()) {
        *tokens = known->second;
        return SQLITE_OK;
    }
    const int rc = api->xColumnSize(fts, -1, tokens);
    if (rc == SQLITE_OK)
        sizes->tokens.emplace(row, *tokens);
    return rc;
}

void bm25(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argumentCount, sqlite3_value **arguments)
{
    auto *sizes = static_cast<RowSizes *>(api->xUserData(fts));
    auto *stats = static_cast<QueryStatistics *>(api->xGetAuxdata(fts, 0));
    if (!stats) {
        // The first row of a search: forget the sizes if the file changed
        // since they were read (a write by this connection or another).
        unsigned int version = 0;
        if (sqlite3_file_control(sizes->db, "main", SQLITE_FCNTL_DATA_VERSION, &version) != SQLITE_OK || !sizes->valid
            || version != sizes->dataVersion) {
            sizes->tokens.clear();
            sizes->dataVersion = version;
            sizes->valid = true;
        }
        auto fresh = std::make_unique<QueryStatistics>();
        if (const int rc = queryStatistics(api, fts, fresh.get()); rc != SQLITE_OK) {
            sqlite3_result_error_code(context, rc);
            return;
        }
        stats = fresh.get();
        const int rc = api->xSetAuxdata(fts, fresh.release(), [](void *p) { delete static_cast<QueryStatistics *>(p); });
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(context, rc);
            return;
        }
    }
    std::fill(stats->frequency.begin(), stats->frequency.end(), 0.0);
    int instances = 0;
    int rc = api->xInstCount(fts, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase >= 0 && phrase < int(stats->frequency.size()))
            stats->frequency[phrase] += column < argumentCount ? sqlite3_value_double(arguments[column]) : 1.0;
    }
    int tokens = 0;
    if (rc == SQLITE_OK)
        rc = rowTokens(api, fts, sizes, &tokens);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    const double lengthNorm = k1 * (1 - b + b * double(tokens) / stats->averageTokens);
    double score = 0;
    for (size_t i = 0; i < stats->frequency.size(); ++i) {
        const double f = stats->frequency[i];
        score += stats->idf[i] * (f * (k1 + 1.0)) / (f + lengthNorm);
    }
    sqlite3_result_double(context, -score);
}

// FTS5's extension interface of a connection, as its documentation says to
// obtain it.
fts5_api *fts5Of(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

} // namespace

bool install(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    // The handle is only ours to use if Qt's driver runs the SQLite library
    // this program is linked with, not a copy of its own.
    QSqlQuery source(connection);
    if (!source.exec(QStringLiteral("SELECT sqlite_source_id()")) || !source.next()
        || source.value(0).toString() != QString::fromLatin1(sqlite3_sourceid()))
        return false;
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    fts5_api *api = db ? fts5Of(db) : nullptr;
    if (!api || api->iVersion < 2)
        return false;
    auto sizes = std::make_unique<RowSizes>();
    sizes->db = db;
    const int rc = api->xCreateFunction(api, functionName, sizes.get(), bm25,
                                        [](void *p) { delete static_cast<RowSizes *>(p); });
    if (rc != SQLITE_OK)
        return false;
    sizes.release(); // FTS5 owns it now and deletes it with the connection
    return true;
}

} // namespace Dossier::SearchRanking
