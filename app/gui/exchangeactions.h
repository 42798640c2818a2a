#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QMenu;
class QWidget;

namespace Dossier {

class Database;

// File menu entries for sharing annotations: export a bundle (optionally of
// the selected documents), REFI-QDA or CSV; import a bundle after showing
// what merging it would do.
class ExchangeActions : public QObject
{
    Q_OBJECT
public:
    // selection gives the documents selected in the library (may be empty).
    ExchangeActions(Database &database, std::function<QList<qint64>()> selection, QWidget *window);

    void addTo(QMenu *menu);
    // The author exports name (Preferences); empty for the login name.
    void setAuthorName(const QString &name) { m_author = name; }
    // Shows the dry run of a bundle and merges it when the user agrees;
    // true when it was merged.
    bool importBundle(const QString &path);

Q_SIGNALS:
    void imported(); // the library changed

private:
    enum class Format { Bundle, Qdpx, Csv };
    void exportTo(Format format);

    Database &m_database;
    std::function<QList<qint64>()> m_selection;
    QWidget *m_window;
    QString m_author;
};

} // namespace Dossier
