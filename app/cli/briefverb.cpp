#include "clicontext.h"
#include "verbs.h"

#include "analysis/entityengine.h"
#include "briefing/briefingcomposer.h"
#include "briefing/briefingmaterial.h"
#include "briefing/briefingwriter.h"
#include "store/analysisstore.h"
#include "store/annotationstore.h"
#include "store/documentstore.h"
#include "store/tagstore.h"

#include <QCoreApplication>
#include <QFile>

namespace Dossier::Cli {

int runBrief(Context &context)
{
    QCommandLineParser &parser = context.parser();
    parser.addOption({QStringLiteral("out"), tr("Write the briefing to <file> (PDF)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("title"), tr("The briefing's title."), QStringLiteral("text")});
    parser.addOption({QStringLiteral("subtitle"), tr("Its subtitle."), QStringLiteral("text")});
    parser.addOption({QStringLiteral("author"), tr("Its author."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("classification"), tr("A classification line, e.g. \"For internal use\"."), QStringLiteral("text")});
    parser.addOption({QStringLiteral("summary-file"), tr("The executive summary, from a UTF-8 text file."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("doc"), tr("Include the document with <id> (repeatable; default: all)."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("tag"), tr("Brief on what carries the tag <path> or a tag below it (repeatable)."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("paper"), tr("a4 or letter (default: a4)."), QStringLiteral("size"), QStringLiteral("a4")});
    parser.addOption({QStringLiteral("include-private"), tr("Include private notes.")});
    if (!context.parse())
        return context.exitCode();
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return Context::fail(tr("brief needs --out FILE."));
    BriefingOptions options;
    options.title = parser.isSet(QStringLiteral("title")) ? parser.value(QStringLiteral("title")) : tr("Briefing");
    options.subtitle = parser.value(QStringLiteral("subtitle"));
    options.author = parser.value(QStringLiteral("author"));
    options.classification = parser.value(QStringLiteral("classification"));
    options.includePrivate = parser.isSet(QStringLiteral("include-private"));
    const QString paper = parser.value(QStringLiteral("paper")).toLower();
    if (paper == QLatin1String("letter"))
        options.paper = QPageSize::Letter;
    else if (paper != QLatin1String("a4"))
        return Context::fail(tr("unknown --paper %1: use a4 or letter.").arg(paper));
    if (parser.isSet(QStringLiteral("summary-file"))) {
        QFile summary(parser.value(QStringLiteral("summary-file")));
        if (!summary.open(QIODevice::ReadOnly))
            return Context::fail(tr("cannot read %1: %2").arg(summary.fileName(), summary.errorString()));
        options.summary = QString::fromUtf8(summary.readAll());
    }
    QList<qint64> ids;
    for (const QString &value : parser.values(QStringLiteral("doc"))) {
        bool ok = false;
        ids.append(value.toLongLong(&ok));
        if (!ok)
            return Context::fail(tr("--doc takes a document id, not \"%1\".").arg(value));
    }

    Database *database = context.database();
    if (!database)
        return context.exitCode();
    EntityEngine engine;
    if (!engine.isValid())
        return Context::fail(engine.errorString());
    DocumentStore documents(*database);
    AnalysisStore analyses(*database);
    AnnotationStore annotations(*database);
    TagStore tags(*database);
    QList<qint64> tagIds;
    const QStringList tagPaths = parser.values(QStringLiteral("tag"));
    if (!tagPaths.isEmpty()) {
        const auto subtrees = tagSubtrees(tags, tagPaths);
        if (!subtrees)
            return Context::fail(subtrees.error());
        tagIds = *subtrees;
        const auto tagged = documentsWithTags(annotations, tags, tagIds);
        if (!tagged)
            return Context::fail(tagged.error());
        for (qint64 id : *tagged) {
            if (!ids.contains(id))
                ids.append(id);
        }
        if (ids.isEmpty())
            return Context::fail(tr("nothing in the library carries these tags."));
    }
    Expected<BriefingMaterial> material = collectBriefingMaterial(documents, analyses, engine, ids);
    if (!material)
        return Context::fail(material.error());
    if (material->sources.isEmpty())
        return Context::fail(tr("the library has no documents to brief on."));
    QList<qint64> sourceIds;
    for (const BriefingSource &source : std::as_const(material->sources))
        sourceIds.append(source.document.id);
    const auto passages = collectBriefingPassages(annotations, tags, sourceIds, tagIds);
    if (!passages)
        return Context::fail(passages.error());
    material.value().passages = *passages;
    if (!tagPaths.isEmpty())
        options.scope = tr("Tagged %1").arg(tagPaths.join(QStringLiteral(", ")));
    else
        options.scope = ids.isEmpty() ? tr("the whole library") : QCoreApplication::translate("Dossier::Cli", "%n chosen document(s)", nullptr, int(ids.size()));

    const auto document = BriefingComposer(options, *material).compose();
    const Result written = BriefingWriter::writePdf(out, options, *document);
    if (!written)
        return Context::fail(written.error());
    Context::print(tr("Wrote %1 (%2 pages).").arg(out).arg(document->pageCount()));
    return 0;
}

} // namespace Dossier::Cli
