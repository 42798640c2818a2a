#pragma once

#include "result.h"

#include <QObject>
#include <QSqlDatabase>

class QSqlError;

namespace Dossier {

// The SQLite database of one Dossier library: opens it, brings its schema up
// to date (backing the file up first) and hands out the connection. One
// owner per application, passed to the stores that need it.
class Database : public QObject
{
    Q_OBJECT
public:
    explicit Database(QObject *parent = nullptr);
    ~Database() override;

    // Opens (creating when missing) the database at path. A file that is not
    // a Dossier database, is locked, read-only or from a newer version is
    // never modified; the result says why it could not be opened.
    Result open(const QString &path);
    // Opens a further connection to the database at path, which another
    // Database has open (and checked and brought up to date: none of that
    // is done again here), for one thread that writes in the background
    // (AnalysisWriter). Configured like open()'s connection: the same
    // pragmas, a write-ahead log (so that readers never wait) and the same
    // busy timeout (so that two writers wait for each other instead of
    // failing). A connection never crosses threads: call this on the thread
    // that will use it, and close or destroy this Database there too.
    Result openAlongside(const QString &path);
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    // Whether the last open() read the whole file to look for damage. It
    // does unless the file is as Dossier last closed it (same size and
    // modification time, no left-over write-ahead log): a check costs about
    // a second per 70 MB, too much for every start and every command.
    bool lastOpenChecked() const { return m_checked; }
    // Whether the connection ranks searches with SearchRanking's function
    // (otherwise with FTS5's bm25(), which gives the same order, slower).
    bool hasSearchRanking() const { return m_searchRanking; }

    // The per-user default location (QStandardPaths::AppDataLocation).
    static QString defaultPath();

    // Why a statement failed, for the user: a full disk, a read-only, locked
    // or damaged file get one clear translated sentence each (SQLite's own
    // text does not say what to do); anything else is SQLite's text.
    static QString errorText(const QSqlError &error);

private:
    friend class Transaction;

    Result addConnection(const QString &path);
    Result configure();
    Result configureConnection();
    Result migrate();

    QString m_connectionName;
    QString m_path;
    bool m_checked = false;
    bool m_searchRanking = false;
    bool m_verified = false; // opened and found sound: its state is remembered at close
    int m_transactionDepth = 0; // Transaction nests through savepoints
};

} // namespace Dossier
