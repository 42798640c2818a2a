#include "clicontext.h"
#include "verbs.h"

#include "analysis/corpusanalyzer.h"
#include "analysis/entityengine.h"
#include "annotations/entitytagger.h"
#include "annotations/highlightcolour.h"
#include "store/documentstore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Dossier::Cli {

// tag-entities --type attr --speaker Fujimura --tag T: one annotation per
// statement (or mention) the analysis index holds, all in one transaction;
// running it again creates nothing new.
int runTagEntities(Context &context)
{
    QCommandLineParser &parser = context.parser();
    parser.addOption({QStringLiteral("type"), tr("attr (statements of a speaker), body or stat."), QStringLiteral("type")});
    parser.addOption({{QStringLiteral("name"), QStringLiteral("speaker")},
                      tr("The speaker (a full name or a surname: “he” resolved to that person counts), the body's name, or the "
                         "statistics' unit (count, percent, money, multiplier; default every figure)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("tag"), tr("The tag to give, such as actors/fujimura; created when new."), QStringLiteral("tag")});
    parser.addOption({QStringLiteral("doc"), tr("Only this document (see dossier list); repeatable."), QStringLiteral("id")});
    parser.addOption({{QStringLiteral("colour"), QStringLiteral("color")},
                      tr("The highlight colour of new annotations: %1 (default yellow).").arg(HighlightColour::keyList()),
                      QStringLiteral("name"),
                      QStringLiteral("yellow")});
    if (!context.parse())
        return context.exitCode();

    EntityTagger::Request request;
    if (!EntityTagger::typeFromName(parser.value(QStringLiteral("type")), &request.type))
        return Context::fail(tr("tag-entities needs --type attr, body or stat."));
    request.name = parser.value(QStringLiteral("name"));
    if (request.type != EntityTagger::Type::Statistic && request.name.trimmed().isEmpty())
        return Context::fail(tr("tag-entities --type %1 needs --speaker or --name.").arg(parser.value(QStringLiteral("type"))));
    request.tagPath = parser.value(QStringLiteral("tag"));
    if (request.tagPath.trimmed().isEmpty())
        return Context::fail(tr("tag-entities needs --tag."));
    request.colour = parser.value(QStringLiteral("colour"));
    if (!HighlightColour::find(request.colour))
        return Context::fail(tr("unknown colour “%1” (known: %2).").arg(request.colour, HighlightColour::keyList()));

    Database *database = context.database();
    if (!database)
        return context.exitCode();
    const DocumentStore documents(*database);
    for (const QString &value : parser.values(QStringLiteral("doc"))) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || !documents.byId(id).isValid())
            return Context::fail(tr("there is no document %1 (see dossier list).").arg(value));
        request.documentIds.append(id);
    }
    EntityEngine engine;
    if (!engine.isValid())
        return Context::fail(engine.errorString());
    request.engineVersion = CorpusAnalyzer::engineVersion(engine);

    const Expected<EntityTagger::Report> report = EntityTagger::tag(*database, request);
    if (!report)
        return Context::fail(report.error());
    if (report->notAnalysed > 0)
        Context::printError(tr("%n document(s) not analysed yet and left out: run dossier analyze first.", nullptr, report->notAnalysed));
    if (context.json()) {
        Context::printJson(QJsonObject{{QStringLiteral("created"), report->created},
                                       {QStringLiteral("tagged"), report->tagged},
                                       {QStringLiteral("skipped"), report->skipped},
                                       {QStringLiteral("documents"), report->documents},
                                       {QStringLiteral("not_analysed"), report->notAnalysed}});
        return 0;
    }
    Context::print(tr("created: %1, tagged: %2, skipped: %3 (already tagged), in %n document(s)", nullptr, report->documents)
                       .arg(report->created)
                       .arg(report->tagged)
                       .arg(report->skipped));
    return 0;
}

} // namespace Dossier::Cli
