#include "clicontext.h"
#include "verbs.h"

#include "corpus/importer.h"
#include "store/documentbatch.h"
#include "store/documentstore.h"
#include "store/textreplacement.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QtConcurrent>

namespace Dossier::Cli {

namespace {

// import --replace DOC_ID FILE: the file is an edited version of the
// document's source. Its text replaces the document's in one transaction and
// every annotation is re-anchored; prints the annotations that need the
// user (review, orphaned), then the counts.
int replaceText(Context &context, const QString &idText, const QStringList &paths)
{
    bool ok = false;
    const qint64 documentId = idText.toLongLong(&ok);
    if (!ok || documentId <= 0)
        return Context::fail(tr("--replace needs a document id as listed by dossier list, not “%1”.").arg(idText));
    if (paths.size() != 1)
        return Context::fail(tr("import --replace DOC_ID needs exactly one FILE."));
    Database *database = context.database();
    if (!database)
        return context.exitCode();
    if (!DocumentStore(*database).byId(documentId).isValid())
        return Context::fail(tr("there is no document %1 (see dossier list).").arg(documentId));
    const Expected<Document> incoming = Importer::importFile(paths.first());
    if (!incoming)
        return Context::fail(tr("cannot read %1: %2").arg(paths.first(), incoming.error()));
    const Expected<TextReplacement> done = TextReplacement::replace(*database, documentId, *incoming);
    if (!done)
        return Context::fail(done.error());
    if (done->unchanged) {
        Context::print(tr("unchanged\t%1\tdocument %2 already has this text").arg(paths.first()).arg(documentId));
        return 0;
    }
    QHash<qint64, QString> quotes;
    for (const Annotation &a : done->annotationsBefore)
        quotes.insert(a.id, a.exact);
    for (const AnchorResult &r : done->results) {
        const QString quote = QString(quotes.value(r.annotationId)).replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (r.state == AnchorResult::Orphaned)
            Context::print(tr("orphaned\tannotation %1\t%2").arg(r.annotationId).arg(quote));
        else if (r.state == AnchorResult::Fuzzy)
            Context::print(tr("review\tannotation %1\t%2:%3\t%4").arg(r.annotationId).arg(r.start).arg(r.end).arg(quote));
    }
    Context::print(tr("replaced\t%1\tdocument %2: %3").arg(paths.first()).arg(documentId).arg(done->after.title.isEmpty() ? done->after.sourceName : done->after.title));
    Context::print(tr("annotations kept: %1, moved: %2, to review: %3, orphaned: %4")
                       .arg(done->count(AnchorResult::Kept))
                       .arg(done->count(AnchorResult::Moved))
                       .arg(done->count(AnchorResult::Fuzzy))
                       .arg(done->count(AnchorResult::Orphaned)));
    return 0;
}

} // namespace

// One line per file (imported / duplicate / rejected with the reason), then a
// summary. The documents are written in batches (DocumentBatch), and a
// batch's lines are printed once it is committed, so that an interrupted
// import keeps what it reported and nothing half-written. Fails only when
// nothing could be imported (every file rejected) or the database failed.
int runImport(Context &context)
{
    context.parser().addPositionalArgument(QStringLiteral("paths"), tr("Files or folders (searched recursively) to import."),
                                           QStringLiteral("PATH..."));
    context.parser().addOption({QStringLiteral("replace"),
                                tr("FILE is an edited version of this document: replace its text and re-anchor its annotations."),
                                QStringLiteral("DOC_ID")});
    if (!context.parse())
        return context.exitCode();
    const QStringList paths = context.parser().positionalArguments();
    if (context.parser().isSet(QStringLiteral("replace")))
        return replaceText(context, context.parser().value(QStringLiteral("replace")), paths);
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
    DocumentBatch batch(store);
    // The files since the last write, in order: a rejected one with its
    // reason, a read one with its title (its outcome comes from the batch).
    struct Pending {
        QString file;
        QString detail;
        bool read = false;
    };
    QList<Pending> pending;
    // Writes the batch and prints the pending lines; false when the
    // database failed (then the error is printed and returned in *code).
    const auto flush = [&](int *code) {
        const QList<DocumentBatch::Outcome> outcomes = batch.write();
        qsizetype next = 0;
        for (const Pending &p : std::as_const(pending)) {
            if (!p.read) {
                Context::print(tr("rejected\t%1\t%2").arg(p.file, p.detail));
                ++rejected;
                continue;
            }
            if (next >= outcomes.size())
                break; // after a failure: not written
            const DocumentBatch::Outcome &outcome = outcomes.at(next++);
            if (outcome.kind == DocumentBatch::Outcome::Duplicate) {
                Context::print(tr("duplicate\t%1\tthe same text is already document %2").arg(p.file).arg(outcome.documentId));
                ++duplicates;
            } else if (outcome.kind == DocumentBatch::Outcome::Added) {
                Context::print(tr("imported\t%1\tdocument %2: %3").arg(p.file).arg(outcome.documentId).arg(p.detail));
                ++imported;
            } else {
                Context::print(tr("failed\t%1\t%2").arg(p.file, outcome.error));
                Context::print(tr("imported: %1, duplicates: %2, rejected: %3").arg(imported).arg(duplicates).arg(rejected));
                if (imported == 0)
                    *code = Context::fail(tr("importing %1 failed: %2").arg(p.file, outcome.error));
                else
                    *code = Context::fail(tr("importing %1 failed: %2 The %n file(s) imported before it stay in the library.", nullptr, imported)
                                              .arg(p.file, outcome.error));
                return false;
            }
        }
        pending.clear();
        return true;
    };
    // The files are read and converted on worker threads, a chunk ahead of
    // the writing here (a database connection stays on its thread); the
    // chunk's results come in the files' order.
    constexpr qsizetype kChunk = 32;
    QFuture<Importer::ReadFile> ahead = QtConcurrent::mapped(files.mid(0, kChunk), &Importer::readFile);
    int code = 0;
    for (qsizetype at = 0; at < files.size(); at += kChunk) {
        const QList<Importer::ReadFile> chunk = ahead.results();
        if (at + kChunk < files.size())
            ahead = QtConcurrent::mapped(files.mid(at + kChunk, kChunk), &Importer::readFile);
        for (const Importer::ReadFile &r : chunk) {
            if (!r.error.isEmpty()) {
                pending.append(Pending{r.path, r.error, false});
                continue;
            }
            pending.append(Pending{r.path, r.document.title, true});
            batch.append(r.document, r.furniture);
            if (batch.isFull() && !flush(&code)) {
                ahead.cancel();
                ahead.waitForFinished();
                return code;
            }
        }
    }
    if (!flush(&code))
        return code;
    Context::print(tr("imported: %1, duplicates: %2, rejected: %3").arg(imported).arg(duplicates).arg(rejected));
    if (imported == 0 && duplicates == 0)
        return Context::fail(tr("nothing could be imported."));
    return 0;
}

} // namespace Dossier::Cli
