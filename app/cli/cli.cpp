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
};

const Verb kVerbs[] = {
    {"list", QT_TRANSLATE_NOOP("Dossier::Cli", "List the documents of the library (--json)."), &runList},
    {"extract", QT_TRANSLATE_NOOP("Dossier::Cli", "Print the bodies, statistics, attributions and changes found in FILE (--json)."), &runExtract},
    {"annotate", QT_TRANSLATE_NOOP("Dossier::Cli", "Annotate a document (--range START:END or --quote TEXT); prints the new annotation's id."), &runAnnotate},
    {"annotations", QT_TRANSLATE_NOOP("Dossier::Cli", "List annotations (--json, --doc ID, --tag T)."), &runAnnotations},
    {"tags", QT_TRANSLATE_NOOP("Dossier::Cli", "List the tags with their use (--json)."), &runTags},
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
