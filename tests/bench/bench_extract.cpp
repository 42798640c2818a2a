// Extraction throughput: EntityEngine::extract over a set of texts on one
// thread and on every core (QtConcurrent, one engine per worker thread, as
// CorpusAnalyzer runs it), plus the syntax definition alone (Tokenizer), so
// that a slow figure says whether the definition or the C++ passes cost it.
// Prints one JSON object; run_bench.py turns it into figures.
#include "analysis/entityengine.h"
#include "analysis/tokenizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <cstdio>

using namespace Dossier;

namespace {

// Seconds for one pass of work over every text.
template<typename Work>
double timed(Work work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("UTF-8 text files"));
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Passes per mode."), QStringLiteral("n"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Worker threads (default: all cores)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("modes"), QStringLiteral("Comma-separated: tokenize,single,multi."), QStringLiteral("list"),
                      QStringLiteral("tokenize,single,multi")});
    parser.addHelpOption();
    parser.process(app);

    QList<QString> texts;
    qint64 bytes = 0;
    for (const QString &path : parser.positionalArguments()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench_extract: cannot read %s\n", qPrintable(path));
            return 1;
        }
        const QByteArray data = file.readAll();
        bytes += data.size();
        texts.append(QString::fromUtf8(data));
    }
    const int repeat = qMax(1, parser.value(QStringLiteral("repeat")).toInt());
    const int threads = parser.isSet(QStringLiteral("threads")) ? parser.value(QStringLiteral("threads")).toInt()
                                                                : QThread::idealThreadCount();
    const QStringList modes = parser.value(QStringLiteral("modes")).split(QLatin1Char(','));

    QElapsedTimer load;
    load.start();
    EntityEngine engine;
    if (!engine.isValid()) {
        std::fprintf(stderr, "bench_extract: %s\n", qPrintable(engine.errorString()));
        return 1;
    }
    // KSyntaxHighlighting compiles a rule's expression the first time the
    // rule is tried (the gazetteer's tries take about 0.15 s to JIT-compile):
    // a line that reaches every rule counts that as loading, not as the first
    // text's extraction.
    engine.extract(QStringLiteral("x \u201Cx\u201D \"x\""));
    const double loadSeconds = double(load.nsecsElapsed()) / 1e9;

    std::atomic<qint64> sink{0}; // keeps the work from being optimised away
    QJsonObject out{{QStringLiteral("bytes"), bytes},
                    {QStringLiteral("texts"), int(texts.size())},
                    {QStringLiteral("threads"), threads},
                    {QStringLiteral("engine_load_seconds"), loadSeconds}};

    if (modes.contains(QStringLiteral("tokenize"))) {
        QJsonArray runs;
        for (int r = 0; r < repeat; ++r) {
            runs.append(timed([&] {
                Tokenizer tokenizer(engine.definition());
                for (const QString &text : std::as_const(texts))
                    sink += tokenizer.tokenize(text).size();
            }));
        }
        out.insert(QStringLiteral("tokenize_seconds"), runs);
    }
    if (modes.contains(QStringLiteral("single"))) {
        QJsonArray runs;
        for (int r = 0; r < repeat; ++r) {
            runs.append(timed([&] {
                for (const QString &text : std::as_const(texts))
                    sink += engine.extract(text).bodies.size();
            }));
        }
        out.insert(QStringLiteral("single_seconds"), runs);
    }
    if (modes.contains(QStringLiteral("multi"))) {
        QThreadPool::globalInstance()->setMaxThreadCount(threads);
        // The first pass builds each worker's engine (as the first batch of
        // CorpusAnalyzer does); it is reported apart.
        QJsonArray runs;
        double warmup = 0;
        for (int r = 0; r <= repeat; ++r) {
            const double s = timed([&] {
                QtConcurrent::blockingMap(texts, [&sink](const QString &text) {
                    sink += EntityEngine::forThisThread().extract(text).bodies.size();
                });
            });
            if (r == 0)
                warmup = s;
            else
                runs.append(s);
        }
        out.insert(QStringLiteral("multi_seconds"), runs);
        out.insert(QStringLiteral("multi_warmup_seconds"), warmup);
    }
    out.insert(QStringLiteral("sink"), qint64(sink));
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
