#include "entitytagger.h"

#include "annotation.h"
#include "store/analysisstore.h"
#include "store/annotationstore.h"
#include "store/documentstore.h"
#include "store/tagstore.h"
#include "store/transaction.h"
#include "textoffsets.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace Dossier {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Dossier::EntityTagger", text);
}

bool sameName(const QString &a, const QString &b)
{
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

using Span = QPair<qint64, qint64>; // code points

// The statement: from the first to the last of speaker, cue and content.
TextSpan statementSpan(const Attribution &a)
{
    TextSpan s = a.speaker;
    for (const TextSpan &part : {a.cue, a.content}) {
        if (!part.isValid())
            continue;
        s.start = std::min(s.start, part.start);
        s.end = std::max(s.end, part.end);
    }
    return s;
}

} // namespace

bool EntityTagger::nameMatches(const QString &entity, const QString &wanted)
{
    const QString e = entity.simplified();
    const QString w = wanted.simplified();
    if (w.isEmpty())
        return false;
    if (e.compare(w, Qt::CaseInsensitive) == 0)
        return true;
    // "Fujimura" is "Osamu Fujimura": the name's last words.
    return e.endsWith(QLatin1Char(' ') + w, Qt::CaseInsensitive);
}

bool EntityTagger::typeFromName(const QString &name, Type *type)
{
    static const QHash<QString, Type> types = {
        {QStringLiteral("attr"), Type::Attribution},
        {QStringLiteral("body"), Type::Body},
        {QStringLiteral("stat"), Type::Statistic},
    };
    if (!types.contains(name))
        return false;
    *type = types.value(name);
    return true;
}

Expected<EntityTagger::Report> EntityTagger::tag(Database &database, const Request &request)
{
    if (request.tagPath.trimmed().isEmpty())
        return Result::failure(tr("A tag is needed."));
    if (request.type != Type::Statistic && request.name.trimmed().isEmpty())
        return Result::failure(tr("A name is needed: the speaker or the body to tag."));
    AnalysisStore analyses(database);
    DocumentStore documents(database);
    Report report;

    const Expected<QList<qint64>> unread = analyses.documentsToAnalyse(request.engineVersion);
    if (!unread)
        return Result::failure(unread.error());
    for (qint64 id : *unread) {
        if (request.documentIds.isEmpty() || request.documentIds.contains(id))
            ++report.notAnalysed;
    }

    const AnalysisStore::Kind kind = request.type == Type::Body ? AnalysisStore::Kind::Body
        : request.type == Type::Statistic                       ? AnalysisStore::Kind::Statistic
                                                                 : AnalysisStore::Kind::Speaker;
    const Expected<QList<AnalysisStore::Mention>> mentions = analyses.mentionsOfKind(kind, request.engineVersion, request.documentIds);
    if (!mentions)
        return Result::failure(mentions.error());

    // The spans to annotate, by document.
    QMap<qint64, QList<Span>> spans;
    QHash<qint64, Document> texts;
    auto document = [&](qint64 id) -> const Document & {
        if (!texts.contains(id))
            texts.insert(id, documents.byId(id));
        return texts[id];
    };
    for (const AnalysisStore::Mention &m : *mentions) {
        switch (request.type) {
        case Type::Body:
            if (sameName(m.entity, request.name) || sameName(m.text, request.name))
                spans[m.documentId].append({m.start, m.end});
            break;
        case Type::Statistic:
            if (request.name.trimmed().isEmpty() || sameName(m.entity, request.name))
                spans[m.documentId].append({m.start, m.end});
            break;
        case Type::Attribution:
            // The index holds the speaker; the statement is in the extraction.
            if (nameMatches(m.entity, request.name))
                spans[m.documentId].append({m.start, m.end});
            break;
        }
    }
    if (request.type == Type::Attribution) {
        for (auto it = spans.begin(); it != spans.end(); ++it) {
            const Document &d = document(it.key());
            const std::optional<Extraction> x = analyses.cached(d.sha256, request.engineVersion);
            if (!x)
                continue; // the speakers' spans, then
            const TextOffsets offsets(d.text);
            QList<Span> statements;
            for (const Attribution &a : x->attributions) {
                const QString who = a.speakerName.isEmpty() ? a.speaker.text(d.text) : a.speakerName;
                if (!nameMatches(who, request.name))
                    continue;
                const TextSpan s = statementSpan(a);
                statements.append({offsets.toCodePoint(s.start), offsets.toCodePoint(s.end)});
            }
            if (!statements.isEmpty())
                it.value() = statements;
        }
    }

    Transaction transaction(database);
    if (!transaction.begun())
        return transaction.begun();
    TagStore tags(database);
    const Expected<QList<qint64>> tagIds = tags.ensurePaths({request.tagPath});
    if (!tagIds)
        return Result::failure(tagIds.error());
    const qint64 tagId = tagIds->constFirst();
    AnnotationStore store(database);
    for (auto it = spans.begin(); it != spans.end(); ++it) {
        QList<Span> &list = it.value();
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        if (list.isEmpty())
            continue;
        ++report.documents;
        AnnotationFilter own;
        own.documentId = it.key();
        const Expected<QList<Annotation>> existing = store.find(own);
        if (!existing)
            return Result::failure(existing.error());
        QHash<Span, Annotation> bySpan;
        for (const Annotation &a : *existing)
            bySpan.insert({a.start, a.end}, a);
        const Document &d = document(it.key());
        for (const Span &s : std::as_const(list)) {
            if (bySpan.contains(s)) {
                Annotation a = bySpan.value(s);
                if (a.tagIds.contains(tagId)) {
                    ++report.skipped;
                    continue;
                }
                a.tagIds.append(tagId);
                std::sort(a.tagIds.begin(), a.tagIds.end());
                a.modified = QDateTime::currentDateTimeUtc();
                if (const Result updated = store.update(a); !updated)
                    return updated;
                ++report.tagged;
                continue;
            }
            Annotation a = Annotation::forRange(it.key(), d.text, s.first, s.second);
            if (!a.isValid())
                continue;
            a.colour = request.colour;
            a.tagIds = {tagId};
            if (const Expected<qint64> added = store.add(a); !added)
                return Result::failure(added.error());
            ++report.created;
        }
    }
    if (const Result committed = transaction.commit(); !committed)
        return committed;
    return report;
}

} // namespace Dossier
