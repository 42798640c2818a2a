#include "clicontext.h"
#include "verbs.h"

#include "exchange/bundleimport.h"
#include "exchange/bundlereader.h"

#include <QCoreApplication>

namespace Dossier::Cli {

namespace {


} // namespace

int runImportBundle(Context &context)
{
    QCommandLineParser &parser = context.parser();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The annotation bundle (.dossier)."), QStringLiteral("FILE"));
    parser.addOption({QStringLiteral("dry-run"), tr("Only say what importing would do; change nothing.")});
    if (!context.parse())
        return context.exitCode();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return Context::fail(tr("import-bundle needs one FILE, an annotation bundle."));

    // The bundle is checked before the library is even opened.
    Expected<Bundle> checked = BundleReader::read(positional.first());
    if (!checked)
        return Context::fail(checked.error());
    Database *database = context.database();
    if (!database)
        return context.exitCode();
    BundleImport import(*database);
    Expected<ImportSummary> summary = import.prepare(std::move(checked.value()));
    if (summary && !parser.isSet(QStringLiteral("dry-run")))
        summary = import.commit();
    if (!summary)
        return Context::fail(summary.error());
    for (const QString &line : summary->describe())
        Context::print(line);
    Context::print(parser.isSet(QStringLiteral("dry-run")) ? tr("Dry run: nothing was changed.")
                   : summary->hasChanges()              ? tr("Merged into the library.")
                                                        : tr("Nothing new: the library was left as it was."));
    return 0;
}

} // namespace Dossier::Cli
