#pragma once

// What the fault tests share: running the real `dossier`, killing it with
// SIGKILL at a chosen moment, and telling whether a database is intact.
#include "store/database.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <algorithm>
#include <csignal>
#include <functional>
#include <sys/types.h>
#include <unistd.h>

namespace Dossier::Test {

struct Run {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    // The exit status; -1 when it crashed or did not run to its end.
    int status() const { return crashed ? -1 : exitCode; }
};

// Runs `dossier ARGUMENTS...` to its end (environment and a set-up of the
// child, e.g. dropping privileges, optional).
inline Run runDossier(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                      const std::function<void()> &childSetup = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(DOSSIER_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForStarted() || !process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        run.err = "did not run to its end";
        return run;
    }
    run.elapsedMs = clock.elapsed();
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

struct Killed {
    QByteArray out;
    QByteArray err;
    bool finishedFirst = false; // it ended by itself before the moment came
    int exitCode = -1;
};

// Starts program in a process group of its own (so that a shell and the
// dossier it runs die together), reads its output until it has printed
// `lines` lines, lets `delayMs` more pass and kills the group with SIGKILL.
inline Killed startAndKill(const QString &program, const QStringList &arguments, int lines, int delayMs)
{
    QProcess process;
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
    process.start(program, arguments);
    Killed killed;
    if (!process.waitForStarted()) {
        killed.err = "did not start";
        return killed;
    }
    QDeadlineTimer patience(60000);
    while (killed.out.count('\n') < lines && !patience.hasExpired() && process.state() == QProcess::Running) {
        process.waitForReadyRead(int(std::max<qint64>(1, patience.remainingTime())));
        killed.out += process.readAllStandardOutput();
    }
    QDeadlineTimer moment(delayMs);
    while (!moment.hasExpired() && process.state() == QProcess::Running) {
        process.waitForReadyRead(int(std::max<qint64>(1, moment.remainingTime())));
        killed.out += process.readAllStandardOutput();
    }
    if (process.state() == QProcess::Running) {
        ::kill(-pid_t(process.processId()), SIGKILL);
        process.waitForFinished(30000);
    } else {
        killed.finishedFirst = true;
        killed.exitCode = process.exitCode();
    }
    killed.out += process.readAllStandardOutput();
    killed.err += process.readAllStandardError();
    return killed;
}

// What is wrong with an open database, or empty when nothing: SQLite's
// integrity check, dangling references and the full-text index against the
// documents it indexes.
inline QString damage(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
        return query.lastError().text();
    if (query.value(0).toString() != QLatin1String("ok"))
        return query.value(0).toString();
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return query.lastError().text();
    if (query.next())
        return QStringLiteral("dangling reference in %1").arg(query.value(0).toString());
    if (!query.exec(QStringLiteral("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")))
        return QStringLiteral("the full-text index does not match the documents: %1").arg(query.lastError().text());
    return {};
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return QByteArrayLiteral("unreadable");
    return hash.result().toHex();
}

// The rows of a query, one string each, for comparing database content.
inline QStringList rows(Database &database, const QString &sql)
{
    QStringList result;
    QSqlQuery query(database.connection());
    if (!query.exec(sql))
        return {QStringLiteral("error: ") + query.lastError().text()};
    const int columns = query.record().count();
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < columns; ++i)
            fields.append(query.value(i).isNull() ? QStringLiteral("<null>") : query.value(i).toString());
        result.append(fields.join(QLatin1Char('|')));
    }
    return result;
}

// What a user would call the content of a library, without the import
// times that differ between two imports of the same thing.
inline QStringList logicalContent(Database &database)
{
    return rows(database, QStringLiteral("SELECT uuid, sha256, title, publisher, published_on, text FROM documents ORDER BY uuid"))
        + rows(database, QStringLiteral("SELECT a.uuid, d.uuid, a.start, a.\"end\", a.exact, a.note, a.colour, a.private FROM annotations a "
                                        "JOIN documents d ON d.id = a.document_id ORDER BY a.uuid"))
        + rows(database, QStringLiteral("SELECT t.uuid, t.name, t.colour, p.uuid FROM tags t LEFT JOIN tags p ON p.id = t.parent_id ORDER BY t.uuid"))
        + rows(database, QStringLiteral("SELECT a.uuid, t.uuid FROM annotation_tags x JOIN annotations a ON a.id = x.annotation_id "
                                        "JOIN tags t ON t.id = x.tag_id ORDER BY 1, 2"))
        + rows(database, QStringLiteral("SELECT d.uuid, t.uuid FROM document_tags x JOIN documents d ON d.id = x.document_id "
                                        "JOIN tags t ON t.id = x.tag_id ORDER BY 1, 2"));
}

} // namespace Dossier::Test
