// Full-text search latency in process, as the search panel runs it
// (SearchIndex::search with the panel's limit): one figure per query, in
// milliseconds, in the order of the queries file (one query a line).
#include "store/database.h"
#include "store/searchindex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Dossier;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("queries"), QStringLiteral("Queries, one a line."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("Hits per query."), QStringLiteral("n"), QStringLiteral("100")});
    parser.process(app);
    QFile file(parser.value(QStringLiteral("queries")));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_search: cannot read the queries\n");
        return 1;
    }
    const QStringList queries = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    Database database;
    if (const Result opened = database.open(parser.value(QStringLiteral("db"))); !opened) {
        std::fprintf(stderr, "bench_search: %s\n", qPrintable(opened.error()));
        return 1;
    }
    SearchIndex index(database);
    const int limit = parser.value(QStringLiteral("limit")).toInt();
    QJsonArray latencies;
    QJsonArray hits;
    for (const QString &query : queries) {
        QElapsedTimer timer;
        timer.start();
        const auto result = index.search(query, limit);
        latencies.append(double(timer.nsecsElapsed()) / 1e6);
        if (!result) {
            std::fprintf(stderr, "bench_search: %s: %s\n", qPrintable(query), qPrintable(result.error()));
            return 1;
        }
        hits.append(int(result->size()));
    }
    std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("ms"), latencies}, {QStringLiteral("hits"), hits}})
                            .toJson(QJsonDocument::Compact).constData());
    return 0;
}
