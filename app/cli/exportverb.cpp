#include "clicontext.h"
#include "verbs.h"

#include "exchange/bundlecollector.h"
#include "exchange/bundlewriter.h"
#include "exchange/csvwriter.h"
#include "exchange/qdpxwriter.h"

#include <QCoreApplication>

namespace Dossier::Cli {

namespace {


} // namespace

int runExport(Context &context)
{
    QCommandLineParser &parser = context.parser();
    parser.addOption({QStringLiteral("bundle"), tr("Write an annotation bundle (.dossier) to <file>."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("qdpx"), tr("Write a REFI-QDA project (.qdpx) to <file>."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("csv"), tr("Write the annotations as CSV to <file>."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("tag"), tr("Only annotations with this tag or one below it (repeatable)."), QStringLiteral("tag")});
    parser.addOption({QStringLiteral("doc"), tr("Only this document (repeatable)."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("include-private"), tr("Include private annotations (left out by default).")});
    parser.addOption({QStringLiteral("author"), tr("The author named in the export (default: the login name)."), QStringLiteral("name")});
    if (!context.parse())
        return context.exitCode();
    if (!parser.positionalArguments().isEmpty())
        return Context::fail(tr("export takes no arguments besides its options; see dossier export --help."));
    int formats = 0;
    QString format;
    for (const QString &name : {QStringLiteral("bundle"), QStringLiteral("qdpx"), QStringLiteral("csv")}) {
        if (parser.isSet(name)) {
            ++formats;
            format = name;
        }
    }
    if (formats != 1)
        return Context::fail(tr("export needs exactly one of --bundle FILE, --qdpx FILE or --csv FILE."));
    const QString out = parser.value(format);

    ExportScope scope;
    scope.tagPaths = parser.values(QStringLiteral("tag"));
    scope.includePrivate = parser.isSet(QStringLiteral("include-private"));
    scope.author = parser.isSet(QStringLiteral("author")) ? parser.value(QStringLiteral("author"))
                                                          : qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    for (const QString &value : parser.values(QStringLiteral("doc"))) {
        bool ok = false;
        scope.documentIds.append(value.toLongLong(&ok));
        if (!ok)
            return Context::fail(tr("--doc takes a document id, not “%1”.").arg(value));
    }

    Database *database = context.database();
    if (!database)
        return context.exitCode();
    const Expected<Bundle> bundle = BundleCollector(*database).collect(scope);
    if (!bundle)
        return Context::fail(bundle.error());
    Result written = Result::success();
    if (format == QLatin1String("bundle")) {
        written = BundleWriter::write(*bundle, out);
    } else if (format == QLatin1String("csv")) {
        written = CsvWriter::write(*bundle, out);
    } else {
        const Expected<QdpxWriter::Report> report = QdpxWriter::write(*bundle, out);
        written = report ? Result::success() : Result::failure(report.error());
        if (report && report->skipped > 0)
            Context::printError(tr("%n annotation(s) left out of the project: orphaned, or only a line break.", nullptr, report->skipped));
    }
    if (!written)
        return Context::fail(written.error());
    Context::print(tr("Wrote %1 on %2 to %3.")
                       .arg(tr("%n annotation(s)", nullptr, int(bundle->annotations.size())), tr("%n document(s)", nullptr, int(bundle->documents.size())), out));
    return 0;
}

} // namespace Dossier::Cli
