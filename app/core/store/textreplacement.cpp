#include "textreplacement.h"

#include "annotationstore.h"
#include "documentstore.h"
#include "transaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace Dossier {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Dossier::TextReplacement", text);
}

} // namespace

int TextReplacement::count(AnchorResult::State state) const
{
    return int(std::count_if(results.cbegin(), results.cend(), [state](const AnchorResult &r) { return r.state == state; }));
}

Expected<TextReplacement> TextReplacement::replace(Database &database, qint64 documentId, const Document &incoming)
{
    DocumentStore documents(database);
    AnnotationStore annotations(database);
    TextReplacement r;
    r.before = documents.byId(documentId);
    if (!r.before.isValid())
        return Result::failure(tr("There is no document with id %1.").arg(documentId));
    if (incoming.text.isEmpty())
        return Result::failure(tr("The new text is empty."));

    r.after = r.before;
    r.after.text = incoming.text;
    if (r.after.text.startsWith(QChar(0xFEFF)))
        r.after.text.remove(0, 1);
    r.after.sha256 = Document::hashText(r.after.text);
    if (!incoming.sourceName.isEmpty())
        r.after.sourceName = incoming.sourceName;
    // The user's title, publisher and date stay: it is the same document.
    auto fill = [](QString &field, const QString &value) {
        if (field.isEmpty())
            field = value;
    };
    fill(r.after.title, incoming.title);
    fill(r.after.publisher, incoming.publisher);
    fill(r.after.language, incoming.language);
    fill(r.after.kind, incoming.kind);
    if (!r.after.publishedOn.isValid())
        r.after.publishedOn = incoming.publishedOn;

    AnnotationFilter own;
    own.documentId = documentId;
    const Expected<QList<Annotation>> before = annotations.find(own);
    if (!before)
        return Result::failure(before.error());
    r.annotationsBefore = *before;
    if (r.after.sha256 == r.before.sha256) {
        r.unchanged = true;
        r.annotationsAfter = r.annotationsBefore;
        return r;
    }

    Transaction transaction(database);
    if (!transaction.begun())
        return transaction.begun();
    if (const Result replaced = documents.replaceText(r.after); !replaced)
        return replaced;
    const Expected<QList<AnchorResult>> results = Anchoring::reanchorDocument(annotations, documentId, r.after.text);
    if (!results)
        return Result::failure(results.error());
    r.results = *results;
    const Expected<QList<Annotation>> after = annotations.find(own);
    if (!after)
        return Result::failure(after.error());
    r.annotationsAfter = *after;
    if (const Result committed = transaction.commit(); !committed)
        return committed;
    return r;
}

Result TextReplacement::restore(Database &database, const Document &document, const QList<Annotation> &annotations)
{
    Transaction transaction(database);
    if (!transaction.begun())
        return transaction.begun();
    if (const Result replaced = DocumentStore(database).replaceText(document); !replaced)
        return replaced;
    // Only the annotations that were there: later ones were undone before.
    AnnotationStore store(database);
    QList<Annotation> present;
    for (const Annotation &a : annotations) {
        if (store.byId(a.id).isValid())
            present.append(a);
    }
    if (const Result written = store.updateAll(present); !written)
        return written;
    return transaction.commit();
}

} // namespace Dossier
