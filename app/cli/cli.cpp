#include "cli.h"

#include "clicontext.h"
#include "verbs.h"

#include <QCoreApplication>

namespace Dossier::Cli {

namespace {

struct Verb {
    const char *name;
    const char *summary;
    int (*run)(Context &);
    bool needsGui = false; // lays out text (fonts): QGuiApplication, offscreen
};

const Verb kVerbs[] = {
    {"list", QT_TRANSLATE_NOOP("Dossier::Cli", "List the documents of the library (--json)."), &runList},
    {"import", QT_TRANSLATE_NOOP("Dossier::Cli", "Import files or folders (text, HTML, Markdown, PDF) into the library."), &runImport},
    {"search", QT_TRANSLATE_NOOP("Dossier::Cli", "Search the texts of the library (--json: ids, titles, ranks, snippets, match offsets)."), &runSearch},
    {"extract", QT_TRANSLATE_NOOP("Dossier::Cli", "Print the bodies, statistics, attributions and changes found in FILE (--json)."), &runExtract},
    {"analyze", QT_TRANSLATE_NOOP("Dossier::Cli", "Analyse every document of the library not analysed yet (all cores)."), &runAnalyze},
    {"mentions", QT_TRANSLATE_NOOP("Dossier::Cli", "List every mention of ENTITY across the library, in date order (--type body|speaker|stat)."), &runMentions},
    {"mark-body", QT_TRANSLATE_NOOP("Dossier::Cli", "Mark NAME as a government body: the engine finds it from now on."), &runMarkBody},
    {"brief", QT_TRANSLATE_NOOP("Dossier::Cli", "Write a sourced briefing PDF: key figures, who said what, bodies, annotated passages, sources."), &runBrief, true},
    {"annotate", QT_TRANSLATE_NOOP("Dossier::Cli", "Annotate a document (--range START:END or --quote TEXT); prints the new annotation's id."), &runAnnotate},
    {"annotations", QT_TRANSLATE_NOOP("Dossier::Cli", "List annotations (--json, --doc ID, --tag T)."), &runAnnotations},
    {"tag-entities", QT_TRANSLATE_NOOP("Dossier::Cli", "Annotate and tag every mention the engine found of a speaker (--type attr), a body or statistics."), &runTagEntities},
    {"tags", QT_TRANSLATE_NOOP("Dossier::Cli", "List the tags with their use (--json)."), &runTags},
    {"export", QT_TRANSLATE_NOOP("Dossier::Cli", "Export annotations: --bundle FILE (.dossier), --qdpx FILE (REFI-QDA) or --csv FILE; --tag, --doc, --include-private."), &runExport},
    {"import-bundle", QT_TRANSLATE_NOOP("Dossier::Cli", "Merge an annotation bundle into the library (--dry-run: only say what would change)."), &runImportBundle},
};

const Verb *findVerb(const QString &name)
{
    for (const Verb &verb : kVerbs) {
        if (name == QLatin1String(verb.name))
            return &verb;
    }
    return nullptr;
}

} // namespace

bool needsGuiApplication(const QString &argument)
{
    const Verb *verb = findVerb(argument);
    return verb && verb->needsGui;
}

bool isVerb(const QString &argument)
{
    return findVerb(argument) != nullptr;
}

QString verbSummary()
{
    QString text = QCoreApplication::translate("Dossier::Cli", "Commands:") + QLatin1Char('\n');
    for (const Verb &verb : kVerbs)
        text += QStringLiteral("  %1  %2\n").arg(QLatin1String(verb.name), -12).arg(QCoreApplication::translate("Dossier::Cli", verb.summary));
    return text;
}

int run(const QStringList &arguments)
{
    const Verb *verb = findVerb(arguments.value(1));
    if (!verb)
        return Context::fail(QCoreApplication::translate("Dossier::Cli", "unknown command: %1").arg(arguments.value(1)));
    Context context(arguments.mid(1), QCoreApplication::translate("Dossier::Cli", verb->summary));
    return verb->run(context);
}

} // namespace Dossier::Cli
