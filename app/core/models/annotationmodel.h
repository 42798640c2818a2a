#pragma once

#include "annotations/annotation.h"
#include "annotations/tag.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Dossier {

// Annotations as a table (the annotations panel): of one document or of the
// whole corpus, as the caller loads them from AnnotationStore::find().
class AnnotationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        QuoteColumn,
        NoteColumn,
        TagsColumn,
        ColourColumn,
        DocumentColumn,
        CreatedColumn,
        ModifiedColumn,
        StatusColumn, // after a text change: needs review, orphaned (empty when in place)
        ColumnCount
    };
    enum Role {
        AnnotationIdRole = Qt::UserRole + 1,
        DocumentIdRole,
        ColourKeyRole, // the HighlightColour key
        TagIdsRole, // QList<qint64>
        CreatedRole, // QDateTime
        ModifiedRole,
        AnchorRole, // int(Annotation::Anchor)
        PrivateRole,
        SearchTextRole, // quote, note and tag paths, case-folded
        SortRole,
    };

    explicit AnnotationModel(QObject *parent = nullptr);

    void setAnnotations(QList<Annotation> annotations);
    // Tag paths and document titles, for display.
    void setTags(const QList<Tag> &tags);
    void setDocumentTitles(QHash<qint64, QString> titles);
    // Keeps the model in step with an edit without reloading everything.
    void upsert(const Annotation &annotation);
    void remove(const QList<qint64> &ids);

    const Annotation &annotation(int row) const { return m_annotations.at(row); }
    int rowOfAnnotation(qint64 id) const { return m_rows.value(id, -1); }
    QStringList tagPaths(const Annotation &annotation) const;
    QString documentTitle(qint64 documentId) const { return m_titles.value(documentId); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void reindex();
    QString searchText(const Annotation &annotation) const;

    QList<Annotation> m_annotations;
    QList<QString> m_searchText; // per row, built once: filtering stays fast
    QHash<qint64, int> m_rows;
    QHash<qint64, QString> m_tagPaths;
    QHash<qint64, QString> m_titles;
};

} // namespace Dossier
