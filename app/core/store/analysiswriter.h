#pragma once

#include "analysisstore.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <memory>

class QThread;

namespace Dossier {

class Database;

// Stores analyses (AnalysisStore::save) on a thread of its own, through its
// own connection to the database (Database::openAlongside()), so that the
// caller's thread never waits for them: the mentions of a 5 MB document
// take a second or more to write. Writes land in the order they were asked
// for, each document in its own transaction; saved() reports each request
// on the writer's owner thread. Destroying the writer waits for every write
// asked for, so it must be destroyed before the Database closes.
class AnalysisWriter : public QObject
{
    Q_OBJECT
public:
    using Item = AnalysisStore::Analysed;

    explicit AnalysisWriter(Database &database, QObject *parent = nullptr);
    ~AnalysisWriter() override;

    // Queues the items' analyses (for engineVersion) for writing and returns
    // at once with the request's number; saved() follows with it. A request
    // is written in one transaction, all or nothing. The database is the one
    // open at this call (its path is read now).
    quint64 save(const QString &engineVersion, const QList<Item> &items);

    // Whether nothing is queued or being written.
    bool isIdle() const;
    // Blocks until every write asked for so far has landed or failed (their
    // saved() signals are then on their way).
    void waitForDone();
    // waitForDone(), then closes the writer's connection, for a caller that
    // needs the file to itself (DatabaseMove); the next save() opens it again.
    void releaseConnection();

Q_SIGNALS:
    // A request written, or not: error says why (its first failing item;
    // the items before it are stored, the rest are not).
    void saved(quint64 request, const QString &error);

private:
    struct Request {
        quint64 id = 0;
        QString path;
        QString engineVersion;
        QList<Item> items;
        bool release = false; // no items: close the connection
    };
    void run();
    void enqueue(Request request);

    Database &m_database;
    std::unique_ptr<QThread> m_thread;
    mutable QMutex m_mutex;
    QWaitCondition m_wake; // the writer: work arrived, or stop
    QWaitCondition m_done; // waitForDone(): the queue ran empty
    QList<Request> m_queue;
    int m_busy = 0; // requests queued or being written
    bool m_stopping = false;
    quint64 m_lastRequest = 0; // the owner thread's only
};

} // namespace Dossier
