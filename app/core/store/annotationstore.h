#pragma once

#include "annotations/annotation.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace Dossier {

class Database;

// Which annotations a query returns; empty fields do not filter.
struct AnnotationFilter {
    qint64 documentId = 0;
    QList<qint64> documentIds; // any of these (none: every document)
    QList<qint64> tagIds; // any of these (pass TagStore::subtreeIds for a tag and its descendants)
    QString colour;
    QString text; // in the quote or the note, case-insensitive (ASCII letters)
    QDateTime createdFrom; // inclusive
    QDateTime createdUntil; // exclusive
    std::optional<Annotation::Anchor> anchor;
};

// Reads and writes annotations and their tags. Each call is one transaction.
class AnnotationStore
{
public:
    explicit AnnotationStore(Database &database);

    // Stores a new annotation with its tags and returns its id. An id, uuid
    // or times already set are kept (undo puts an annotation back as it
    // was); missing ones are filled in.
    Expected<qint64> add(Annotation annotation);
    // Stores new annotations as add() does, all or none; their ids in order.
    Expected<QList<qint64>> addAll(QList<Annotation> annotations);
    // Writes every field of the annotation with this id, tags included.
    Result update(const Annotation &annotation);
    Result updateAll(const QList<Annotation> &annotations);
    Result remove(const QList<qint64> &ids);

    Annotation byId(qint64 id) const; // invalid when there is none
    Annotation byUuid(const QString &uuid) const; // invalid when there is none
    // The annotations with these uuids that there are, by uuid.
    QHash<QString, Annotation> byUuids(const QStringList &uuids) const;
    QList<Annotation> byIds(const QList<qint64> &ids) const;
    // Ordered by document, start, id.
    Expected<QList<Annotation>> find(const AnnotationFilter &filter = {}) const;
    int count(const AnnotationFilter &filter = {}) const;

private:
    Result write(const Annotation &annotation);

    Database &m_database;
};

} // namespace Dossier
