#include "clicontext.h"
#include "verbs.h"

#include "corpus/importer.h"
#include "store/documentstore.h"

#include <QCoreApplication>

namespace Dossier::Cli {

// One line per file (imported / duplicate / rejected with the reason), then a
// summary. Each document is stored in its own transaction, so an interrupted
// import keeps what it finished and nothing half-written. Fails only when
// nothing could be imported (every file rejected) or the database failed.
int runImport(Context &context)
{
    context.parser().addPositionalArgument(QStringLiteral("paths"), tr("Files or folders (searched recursively) to import."),
                                           QStringLiteral("PATH..."));
    if (!context.parse())
        return context.exitCode();
    const QStringList paths = context.parser().positionalArguments();
    if (paths.isEmpty())
        return Context::fail(tr("import needs at least one PATH."));
    Database *database = context.database();
    if (!database)
        return context.exitCode();
    DocumentStore store(*database);
    if (const Expected<int> refreshed = store.refreshSearchText(); !refreshed)
        return Context::fail(refreshed.error());

    const QStringList files = Importer::expandPaths(paths);
    if (files.isEmpty())
        return Context::fail(tr("no files to import in %1 (Dossier reads %2).")
                                 .arg(paths.join(QStringLiteral(", ")), Importer::suffixes().join(QStringLiteral(", "))));
    int imported = 0;
    int duplicates = 0;
    int rejected = 0;
    for (const QString &file : files) {
        const Expected<Document> document = Importer::importFile(file);
        if (!document) {
            Context::print(tr("rejected\t%1\t%2").arg(file, document.error()));
            ++rejected;
            continue;
        }
        if (const qint64 existing = store.idForHash(document->sha256)) {
            Context::print(tr("duplicate\t%1\tthe same text is already document %2").arg(file).arg(existing));
            ++duplicates;
            continue;
        }
        const Expected<qint64> id = store.add(*document);
        if (!id) {
            Context::print(tr("failed\t%1\t%2").arg(file, id.error()));
            Context::print(tr("imported: %1, duplicates: %2, rejected: %3").arg(imported).arg(duplicates).arg(rejected));
            if (imported == 0)
                return Context::fail(tr("importing %1 failed: %2").arg(file, id.error()));
            return Context::fail(tr("importing %1 failed: %2 The %n file(s) imported before it stay in the library.", nullptr, imported)
                                     .arg(file, id.error()));
        }
        Context::print(tr("imported\t%1\tdocument %2: %3").arg(file).arg(*id).arg(document->title));
        ++imported;
    }
    Context::print(tr("imported: %1, duplicates: %2, rejected: %3").arg(imported).arg(duplicates).arg(rejected));
    if (imported == 0 && duplicates == 0)
        return Context::fail(tr("nothing could be imported."));
    return 0;
}

} // namespace Dossier::Cli
