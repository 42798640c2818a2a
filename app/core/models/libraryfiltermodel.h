#pragma once

#include <QSortFilterProxyModel>

namespace Dossier {

// Narrows and sorts a LibraryModel: words typed by the user (each must occur
// in the title or the publisher, case-insensitively), a year, a publisher
// and a tag. Sorts by LibraryModel::SortRole.
class LibraryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LibraryFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_words.join(QLatin1Char(' ')); }
    // 0: any year.
    void setYear(int year);
    int year() const { return m_year; }
    // Empty: any publisher.
    void setPublisher(const QString &publisher);
    QString publisher() const { return m_publisher; }
    // Empty: any tag.
    void setTag(const QString &tag);
    QString tag() const { return m_tag; }

    bool isFiltering() const { return !m_words.isEmpty() || m_year != 0 || !m_publisher.isEmpty() || !m_tag.isEmpty(); }

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QStringList m_words;
    int m_year = 0;
    QString m_publisher;
    QString m_tag;
};

} // namespace Dossier
