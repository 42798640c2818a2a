#include "clicontext.h"
#include "verbs.h"

#include "analysis/corpusanalyzer.h"
#include "analysis/entityengine.h"
#include "store/analysisstore.h"
#include "store/analysiswriter.h"
#include "store/documentstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

namespace Dossier::Cli {

int runAnalyze(Context &context)
{
    if (!context.parse())
        return context.exitCode();
    Database *database = context.database();
    if (!database)
        return context.exitCode();
    EntityEngine engine;
    if (!engine.isValid())
        return Context::fail(engine.errorString());
    DocumentStore documents(*database);
    AnalysisStore analyses(*database);
    // Destroyed before the database closes, after the analyzer: every write
    // has landed by then (finished() waits for them anyway).
    AnalysisWriter writer(*database);
    CorpusAnalyzer analyzer(documents, analyses, writer, engine);
    QEventLoop loop;
    QString error;
    int total = 0;
    QObject::connect(&analyzer, &CorpusAnalyzer::progress, &loop, [&](int done, int all) {
        total = all;
        Context::printError(tr("analysed %1 of %2").arg(done).arg(all));
    });
    QObject::connect(&analyzer, &CorpusAnalyzer::finished, &loop, [&](const QString &e) {
        error = e;
        loop.quit();
    });
    analyzer.start();
    if (analyzer.isRunning())
        loop.exec();
    if (!error.isEmpty())
        return Context::fail(error);
    Context::print(QCoreApplication::translate("Dossier::Cli", "%n document(s) analysed.", nullptr, total));
    return 0;
}

int runMentions(Context &context)
{
    QCommandLineParser &parser = context.parser();
    parser.addPositionalArgument(QStringLiteral("entity"), tr("A body's canonical name, a speaker, or a statistic unit."));
    parser.addOption({QStringLiteral("type"), tr("body, speaker or stat (default: body)."), QStringLiteral("type"), QStringLiteral("body")});
    if (!context.parse())
        return context.exitCode();
    const auto kind = AnalysisStore::kindFromName(parser.value(QStringLiteral("type")));
    if (!kind)
        return Context::fail(tr("unknown --type %1: use body, speaker or stat.").arg(parser.value(QStringLiteral("type"))));
    Database *database = context.database();
    if (!database)
        return context.exitCode();
    EntityEngine engine;
    if (!engine.isValid())
        return Context::fail(engine.errorString());
    AnalysisStore analyses(*database);
    const QString version = CorpusAnalyzer::engineVersion(engine);
    const QStringList args = parser.positionalArguments();

    if (args.isEmpty()) {
        // Without an entity: the entities of that type with their counts.
        const auto entities = analyses.entities(*kind, version);
        if (!entities)
            return Context::fail(entities.error());
        QJsonArray array;
        for (const auto &e : *entities) {
            if (context.json())
                array.append(QJsonObject{{QStringLiteral("entity"), e.entity}, {QStringLiteral("mentions"), e.mentions}, {QStringLiteral("documents"), e.documents}});
            else
                Context::print(QStringLiteral("%1\t%2\t%3").arg(e.mentions).arg(e.documents).arg(e.entity));
        }
        if (context.json())
            Context::printJson(array);
        return 0;
    }
    const auto mentions = analyses.mentions(*kind, args.join(QLatin1Char(' ')), version);
    if (!mentions)
        return Context::fail(mentions.error());
    QJsonArray array;
    for (const auto &m : *mentions) {
        if (context.json()) {
            array.append(QJsonObject{{QStringLiteral("document"), m.documentId},
                                     {QStringLiteral("title"), m.documentTitle},
                                     {QStringLiteral("date"), m.documentDate.isValid() ? m.documentDate.toString(Qt::ISODate) : QString()},
                                     {QStringLiteral("start"), m.start},
                                     {QStringLiteral("end"), m.end},
                                     {QStringLiteral("text"), m.text}});
        } else {
            Context::print(QStringLiteral("%1\t%2\t%3:%4\t%5").arg(m.documentDate.toString(Qt::ISODate)).arg(m.documentId).arg(m.start).arg(m.end).arg(m.text));
        }
    }
    if (context.json())
        Context::printJson(array);
    return 0;
}

} // namespace Dossier::Cli

namespace Dossier::Cli {

int runMarkBody(Context &context)
{
    QCommandLineParser &parser = context.parser();
    parser.addPositionalArgument(QStringLiteral("name"), tr("The body's name as texts write it."));
    parser.addOption({QStringLiteral("canonical"), tr("Its canonical name (default: the name)."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("jurisdiction"), tr("Its country code or INT."), QStringLiteral("code")});
    if (!context.parse())
        return context.exitCode();
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return Context::fail(tr("mark-body needs the body's NAME."));
    EntityEngine engine;
    const Result added = engine.addUserBody(args.join(QLatin1Char(' ')), parser.value(QStringLiteral("canonical")),
                                            parser.value(QStringLiteral("jurisdiction")));
    if (!added)
        return Context::fail(added.error());
    Context::print(tr("Marked \"%1\" as a government body.").arg(args.join(QLatin1Char(' '))));
    return 0;
}

} // namespace Dossier::Cli
