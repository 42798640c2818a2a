#include "analysiswriter.h"

#include "analysisstore.h"
#include "database.h"

#include <QThread>

namespace Dossier {

AnalysisWriter::AnalysisWriter(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("AnalysisWriter"));
    m_thread->start();
}

AnalysisWriter::~AnalysisWriter()
{
    // Whatever was asked for is written before the connection closes: a
    // window closed during a write loses nothing.
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
}

quint64 AnalysisWriter::save(const QString &engineVersion, const QList<Item> &items)
{
    Request request;
    request.id = ++m_lastRequest;
    request.path = m_database.path();
    request.engineVersion = engineVersion;
    request.items = items;
    enqueue(std::move(request));
    return m_lastRequest;
}

void AnalysisWriter::enqueue(Request request)
{
    QMutexLocker lock(&m_mutex);
    m_queue.append(std::move(request));
    ++m_busy;
    m_wake.wakeAll();
}

bool AnalysisWriter::isIdle() const
{
    QMutexLocker lock(&m_mutex);
    return m_busy == 0;
}

void AnalysisWriter::waitForDone()
{
    QMutexLocker lock(&m_mutex);
    while (m_busy > 0)
        m_done.wait(&m_mutex);
}

void AnalysisWriter::releaseConnection()
{
    Request release;
    release.release = true;
    enqueue(std::move(release));
    waitForDone();
}

// The writer thread: the only one that touches its connection, which it
// opens, uses and closes itself.
void AnalysisWriter::run()
{
    std::unique_ptr<Database> database;
    for (;;) {
        Request request;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.isEmpty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_queue.isEmpty())
                break; // stopping, and everything written
            request = m_queue.takeFirst();
        }
        QString error;
        if (request.release) {
            database.reset();
        } else {
            if (database && database->path() != request.path)
                database.reset(); // the library was moved
            if (!database) {
                database = std::make_unique<Database>();
                if (const Result opened = database->openAlongside(request.path); !opened) {
                    error = opened.error();
                    database.reset();
                }
            }
            if (database) {
                if (const Result stored = AnalysisStore(*database).save(request.engineVersion, request.items); !stored)
                    error = stored.error();
            }
            // Reported on the owner's thread; dropped if the writer is gone.
            QMetaObject::invokeMethod(this, [this, id = request.id, error] { Q_EMIT saved(id, error); }, Qt::QueuedConnection);
        }
        QMutexLocker lock(&m_mutex);
        if (--m_busy == 0)
            m_done.wakeAll();
    }
    database.reset();
}

} // namespace Dossier
