#pragma once

#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace Dossier::Cli {

// The command line's user-visible text, in the "Dossier::Cli" context.
inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Dossier::Cli", text, disambiguation, n);
}

// What every verb needs: its arguments, the common options (--db, --json),
// the database when it asks for one, and one way to fail.
class Context
{
public:
    Context(QStringList arguments, QString description);

    QCommandLineParser &parser() { return m_parser; }
    // Parses the arguments; on --help or an error prints and returns false,
    // with exitCode() set.
    bool parse();
    int exitCode() const { return m_exitCode; }

    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    // Opens the database (--db or the per-user default); null on failure,
    // after printing why.
    Database *database();

    static void print(const QString &text);
    static void printJson(const class QJsonValue &value);
    // A line on stderr (progress, notes), not a failure.
    static void printError(const QString &text);
    // Prints "dossier: message" on stderr and returns the failure exit code.
    static int fail(const QString &message);

private:
    QStringList m_arguments;
    QCommandLineParser m_parser;
    std::unique_ptr<Database> m_database;
    int m_exitCode = 0;
};

} // namespace Dossier::Cli
