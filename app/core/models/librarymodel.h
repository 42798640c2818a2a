#pragma once

#include "corpus/document.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Dossier {

// The documents of the library as a table: title, publisher, date, kind and
// the number of annotations. Tags come from outside (setDocumentTags) so
// that the model does not depend on how they are stored.
class LibraryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, PublisherColumn, DateColumn, KindColumn, AnnotationsColumn, ColumnCount };
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
        SortRole,
        DateRole,  // QDate; invalid when the document has none
        TagsRole,  // QStringList of tag names
    };

    explicit LibraryModel(QObject *parent = nullptr);

    void setDocuments(QList<Document> documents);
    const Document &document(int row) const { return m_documents.at(row); }
    int rowOfDocument(qint64 id) const;

    // Annotations per document id; a missing id has none.
    void setAnnotationCounts(const QHash<qint64, int> &counts);
    // Tag names per document id (the hook for the tag store).
    void setDocumentTags(const QHash<qint64, QStringList> &tags);

    // The distinct values present, for filters: years newest first,
    // publishers and tags sorted.
    QList<int> years() const;
    QStringList publishers() const;
    QStringList tags() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Documents drag as their ids (onto a reader side, for instance).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    static constexpr const char *DocumentIdsMimeType = "application/x-dossier-document-ids";
    static QList<qint64> documentIds(const QMimeData *mime);

    // The user-visible name of a document kind key (e.g. "news-article").
    static QString kindLabel(const QString &kind);

private:
    void columnChanged(int column, const QList<int> &roles);

    QList<Document> m_documents;
    QHash<qint64, int> m_annotationCounts;
    QHash<qint64, QStringList> m_tags;
};

} // namespace Dossier
