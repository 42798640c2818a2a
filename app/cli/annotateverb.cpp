#include "clicontext.h"
#include "verbs.h"

#include "annotations/annotationeditor.h"
#include "annotations/highlightcolour.h"
#include "store/documentstore.h"
#include "textoffsets.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Dossier::Cli {

namespace {


// The code-point range [start, end) of the occurrence-th (1-based) match of
// quote in text; an error when there is none.
Expected<QPair<qint64, qint64>> findQuote(const QString &text, const QString &quote, int occurrence)
{
    const TextOffsets offsets(text);
    int seen = 0;
    for (qsizetype at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
        if (++seen == occurrence)
            return qMakePair(qint64(offsets.toCodePoint(at)), qint64(offsets.toCodePoint(at + quote.size())));
    }
    if (seen == 0)
        return Result::failure(tr("the quote “%1” is not in the document.").arg(quote));
    return Result::failure(tr("occurrence %1 asked for, but the quote occurs %n time(s).", nullptr, seen).arg(occurrence));
}

Expected<QPair<qint64, qint64>> parseRange(const QString &range, qint64 length)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+):(\\d+)$"));
    const QRegularExpressionMatch m = pattern.match(range);
    bool startOk = false, endOk = false;
    const qint64 start = m.hasMatch() ? m.captured(1).toLongLong(&startOk) : 0;
    const qint64 end = m.hasMatch() ? m.captured(2).toLongLong(&endOk) : 0;
    if (!startOk || !endOk)
        return Result::failure(tr("bad range “%1”: expected START:END in code points, e.g. 10:42.").arg(range));
    if (end <= start)
        return Result::failure(tr("bad range %1: END must be greater than START.").arg(range));
    if (end > length)
        return Result::failure(tr("range %1 is outside the document, which has %n code point(s).", nullptr, int(length)).arg(range));
    return qMakePair(start, end);
}

} // namespace

int runAnnotate(Context &context)
{
    QCommandLineParser &parser = context.parser();
    parser.addPositionalArgument(QStringLiteral("doc"), tr("The id of the document (see dossier list)."), QStringLiteral("DOC_ID"));
    parser.addOption({QStringLiteral("range"), tr("Annotate code points START to END (END excluded)."), QStringLiteral("START:END")});
    parser.addOption({QStringLiteral("quote"), tr("Annotate this exact text."), QStringLiteral("text")});
    parser.addOption({QStringLiteral("occurrence"), tr("Which occurrence of --quote (default 1)."), QStringLiteral("n"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("note"), tr("The note."), QStringLiteral("text")});
    parser.addOption({QStringLiteral("tag"), tr("A tag such as policy/deterrence, created when new; repeatable."), QStringLiteral("tag")});
    parser.addOption({{QStringLiteral("colour"), QStringLiteral("color")},
                      tr("The highlight colour: %1 (default yellow).").arg(HighlightColour::keyList()),
                      QStringLiteral("name"),
                      QStringLiteral("yellow")});
    parser.addOption({QStringLiteral("private"), tr("Keep the note out of bundles and briefings.")});
    if (!context.parse())
        return context.exitCode();

    const QStringList positional = parser.positionalArguments();
    bool idOk = false;
    const qint64 documentId = positional.size() == 1 ? positional.first().toLongLong(&idOk) : 0;
    if (!idOk || documentId <= 0)
        return Context::fail(tr("annotate needs one DOC_ID, a document id as listed by dossier list."));
    const bool byRange = parser.isSet(QStringLiteral("range"));
    if (byRange == parser.isSet(QStringLiteral("quote")))
        return Context::fail(tr("annotate needs either --range START:END or --quote TEXT."));
    bool occurrenceOk = false;
    const int occurrence = parser.value(QStringLiteral("occurrence")).toInt(&occurrenceOk);
    if (!occurrenceOk || occurrence < 1)
        return Context::fail(tr("--occurrence must be a number from 1."));
    const QString colour = parser.value(QStringLiteral("colour"));
    if (!HighlightColour::find(colour))
        return Context::fail(tr("unknown colour “%1” (known: %2).").arg(colour, HighlightColour::keyList()));

    Database *database = context.database();
    if (!database)
        return context.exitCode();
    const Document document = DocumentStore(*database).byId(documentId);
    if (!document.isValid())
        return Context::fail(tr("there is no document %1 (see dossier list).").arg(documentId));

    const Expected<QPair<qint64, qint64>> range = byRange
        ? parseRange(parser.value(QStringLiteral("range")), TextOffsets::codePointLength(document.text))
        : findQuote(document.text, parser.value(QStringLiteral("quote")), occurrence);
    if (!range)
        return Context::fail(range.error());
    Annotation annotation = Annotation::forRange(documentId, document.text, range->first, range->second);
    annotation.note = parser.value(QStringLiteral("note"));
    annotation.colour = colour;
    annotation.isPrivate = parser.isSet(QStringLiteral("private"));

    AnnotationEditor editor(*database);
    const Expected<qint64> id = editor.addAnnotation(annotation, parser.values(QStringLiteral("tag")));
    if (!id)
        return Context::fail(id.error());
    Context::print(QString::number(*id));
    return 0;
}

} // namespace Dossier::Cli
