#pragma once

#include "corpus/document.h"

#include <QAbstractTableModel>
#include <QList>

namespace Dossier {

// The documents of the library as a table: title, publisher, date, kind.
class LibraryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, PublisherColumn, DateColumn, KindColumn, ColumnCount };
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
        SortRole,
    };

    explicit LibraryModel(QObject *parent = nullptr);

    void setDocuments(QList<Document> documents);
    const Document &document(int row) const { return m_documents.at(row); }
    int rowOfDocument(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The user-visible name of a document kind key (e.g. "news-article").
    static QString kindLabel(const QString &kind);

private:
    QList<Document> m_documents;
};

} // namespace Dossier
