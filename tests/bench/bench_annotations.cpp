// Annotation figures through the core stores and models:
//   fixture --db DB [--total N] [--heavy N] [--brief-docs N] [--brief-annotations N]
//       adds N annotations (default 100,000) over the library's documents, in
//       one transaction through AnnotationStore: the first document gets
//       --heavy (2,000), the next --brief-docs (500) documents share
//       --brief-annotations (5,000), the rest share what is left. Tags, notes
//       and colours vary. Prints the ids it used as JSON.
//   panel --db DB --doc ID
//       what the annotations panel does when a document with many annotations
//       opens (AnnotationStore::find, AnnotationModel with tags and titles,
//       AnnotationFilterModel), then text, tag and colour filters over it.
#include "annotations/annotation.h"
#include "annotations/highlightcolour.h"
#include "models/annotationfiltermodel.h"
#include "models/annotationmodel.h"
#include "store/annotationstore.h"
#include "store/database.h"
#include "store/documentstore.h"
#include "store/tagstore.h"
#include "store/transaction.h"
#include "textoffsets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <cstdio>

using namespace Dossier;

namespace {

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_annotations: %s\n", qPrintable(message));
    return 1;
}

const QStringList kTagPaths = {
    QStringLiteral("policy/deterrence"), QStringLiteral("policy/active-defence"), QStringLiteral("policy/legislation"),
    QStringLiteral("attribution/china"), QStringLiteral("attribution/north-korea"), QStringLiteral("attribution/russia"),
    QStringLiteral("figures/incidents"), QStringLiteral("figures/budget"), QStringLiteral("figures/staff"),
    QStringLiteral("bodies/nisc"), QStringLiteral("bodies/npa"), QStringLiteral("bodies/mod"),
    QStringLiteral("cooperation/us"), QStringLiteral("cooperation/eu"), QStringLiteral("cooperation/asean"),
    QStringLiteral("follow-up"), QStringLiteral("quote"), QStringLiteral("contradiction"),
};

const QStringList kNoteWords = {
    QStringLiteral("check"), QStringLiteral("figure"), QStringLiteral("compare"), QStringLiteral("earlier"),
    QStringLiteral("statement"), QStringLiteral("ministry"), QStringLiteral("budget"), QStringLiteral("attack"),
    QStringLiteral("source"), QStringLiteral("unclear"), QStringLiteral("briefing"), QStringLiteral("quote"),
    QStringLiteral("NISC"), QStringLiteral("deterrence"), QStringLiteral("China"), QStringLiteral("increase"),
};

int fixture(Database &database, int total, int heavy, int briefDocs, int briefAnnotations)
{
    DocumentStore documents(database);
    const auto list = documents.list();
    if (!list || list->isEmpty())
        return fail(QStringLiteral("the library has no documents"));
    QList<qint64> ids;
    for (const Document &d : *list)
        ids.append(d.id);
    std::sort(ids.begin(), ids.end());
    briefDocs = qMin(briefDocs, int(ids.size()) - 1);

    QRandomGenerator random(20240601);
    QElapsedTimer timer;
    timer.start();
    Transaction transaction(database);
    if (!transaction.begun())
        return fail(transaction.begun().error());
    TagStore tags(database);
    const auto tagIds = tags.ensurePaths(kTagPaths);
    if (!tagIds)
        return fail(tagIds.error());
    AnnotationStore store(database);
    const auto &palette = HighlightColour::palette();

    // How many annotations each document gets.
    QList<QPair<qint64, int>> plan{{ids.first(), heavy}};
    for (int i = 1; i <= briefDocs; ++i)
        plan.append({ids.at(i), briefAnnotations / briefDocs + (i <= briefAnnotations % briefDocs ? 1 : 0)});
    const int rest = int(ids.size()) - 1 - briefDocs;
    const int left = total - heavy - briefAnnotations;
    for (int i = 0; rest > 0 && i < rest; ++i)
        plan.append({ids.at(1 + briefDocs + i), left / rest + (i < left % rest ? 1 : 0)});

    int added = 0;
    QHash<qint64, int> addedTo;
    for (const auto &[documentId, count] : std::as_const(plan)) {
        if (count <= 0)
            continue;
        const Document document = documents.byId(documentId);
        const qint64 length = TextOffsets::codePointLength(document.text);
        if (length < 40)
            continue;
        for (int n = 0; n < count; ++n) {
            const qint64 span = 12 + random.bounded(qMin<qint64>(200, length / 4));
            const qint64 start = random.bounded(qMax<qint64>(1, length - span));
            Annotation a = Annotation::forRange(documentId, document.text, start, start + span);
            if (!a.isValid())
                continue;
            QStringList note;
            for (int w = random.bounded(0, 12); w > 0; --w)
                note.append(kNoteWords.at(random.bounded(kNoteWords.size())));
            a.note = note.join(QLatin1Char(' '));
            a.colour = palette.at(random.bounded(palette.size())).keyString();
            a.isPrivate = random.bounded(10) == 0;
            for (int t = random.bounded(0, 3); t > 0; --t) {
                const qint64 tag = tagIds->at(random.bounded(tagIds->size()));
                if (!a.tagIds.contains(tag))
                    a.tagIds.append(tag);
            }
            std::sort(a.tagIds.begin(), a.tagIds.end());
            const auto id = store.add(a);
            if (!id)
                return fail(id.error());
            ++added;
            ++addedTo[documentId];
        }
    }
    if (const Result committed = transaction.commit(); !committed)
        return fail(committed.error());
    QJsonArray briefIds;
    for (int i = 1; i <= briefDocs; ++i)
        briefIds.append(ids.at(i));
    // The bundle: the briefing's documents and the next ones, up to 10,000
    // annotations.
    QJsonArray bundleIds;
    int bundleAnnotations = 0;
    for (int i = 1; i < ids.size() && bundleAnnotations < 10000; ++i) {
        bundleIds.append(ids.at(i));
        bundleAnnotations += addedTo.value(ids.at(i));
    }
    const QJsonObject out{{QStringLiteral("annotations"), added},
                          {QStringLiteral("heavy_document"), ids.first()},
                          {QStringLiteral("brief_documents"), briefIds},
                          {QStringLiteral("bundle_documents"), bundleIds},
                          {QStringLiteral("bundle_annotations"), bundleAnnotations},
                          {QStringLiteral("seconds"), ms(timer) / 1000.0}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

int panel(Database &database, qint64 documentId)
{
    QJsonObject out;
    QElapsedTimer timer;
    timer.start();
    AnnotationStore store(database);
    TagStore tagStore(database);
    AnnotationFilter filter;
    filter.documentId = documentId;
    const auto annotations = store.find(filter);
    if (!annotations)
        return fail(annotations.error());
    out.insert(QStringLiteral("find_ms"), ms(timer));
    const auto tags = tagStore.list();
    if (!tags)
        return fail(tags.error());
    AnnotationModel model;
    model.setTags(*tags);
    model.setDocumentTitles({{documentId, DocumentStore(database).byId(documentId).title}});
    model.setAnnotations(*annotations);
    AnnotationFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(AnnotationModel::QuoteColumn);
    int visible = proxy.rowCount();
    out.insert(QStringLiteral("open_ms"), ms(timer));
    out.insert(QStringLiteral("annotations"), int(annotations->size()));

    // Typing in the filter box: one figure per keystroke state.
    QJsonArray filters;
    const QStringList typed = {QStringLiteral("c"), QStringLiteral("ch"), QStringLiteral("che"), QStringLiteral("chec"),
                               QStringLiteral("check"), QStringLiteral("nisc"), QStringLiteral("deterrence"),
                               QStringLiteral("policy"), QStringLiteral("zzzz"), QString()};
    for (const QString &text : typed) {
        QElapsedTimer t;
        t.start();
        proxy.setTextFilter(text);
        visible = proxy.rowCount();
        filters.append(ms(t));
    }
    QSet<qint64> someTags;
    for (int i = 0; i < tags->size(); i += 3)
        someTags.insert(tags->at(i).id);
    QElapsedTimer t;
    t.start();
    proxy.setTagFilter(someTags);
    proxy.setColourFilter(HighlightColour::palette().first().keyString());
    visible = proxy.rowCount();
    filters.append(ms(t));
    out.insert(QStringLiteral("filter_ms"), filters);
    out.insert(QStringLiteral("visible"), visible);
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("fixture or panel"));
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("doc"), QStringLiteral("Document id."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("total"), QStringLiteral("Annotations."), QStringLiteral("n"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("heavy"), QStringLiteral("On the first document."), QStringLiteral("n"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("brief-docs"), QStringLiteral("Documents for the briefing."), QStringLiteral("n"), QStringLiteral("500")});
    parser.addOption({QStringLiteral("brief-annotations"), QStringLiteral("Their annotations."), QStringLiteral("n"), QStringLiteral("5000")});
    parser.process(app);
    Database database;
    if (const Result opened = database.open(parser.value(QStringLiteral("db"))); !opened)
        return fail(opened.error());
    const QString mode = parser.positionalArguments().value(0);
    if (mode == QLatin1String("fixture"))
        return fixture(database, parser.value(QStringLiteral("total")).toInt(), parser.value(QStringLiteral("heavy")).toInt(),
                       parser.value(QStringLiteral("brief-docs")).toInt(), parser.value(QStringLiteral("brief-annotations")).toInt());
    if (mode == QLatin1String("panel"))
        return panel(database, parser.value(QStringLiteral("doc")).toLongLong());
    return fail(QStringLiteral("unknown mode '%1'").arg(mode));
}
