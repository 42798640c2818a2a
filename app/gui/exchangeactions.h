#pragma once

#include <QObject>

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
    ExchangeActions(Database &database, QWidget *window);

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
    QWidget *m_window;
    QString m_author;
};

} // namespace Dossier
