#include "clicontext.h"

#include "settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cstdio>

namespace Dossier::Cli {

Context::Context(QStringList arguments, QString description)
    : m_arguments(std::move(arguments))
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption({QStringLiteral("db"),
                        QCoreApplication::translate("Dossier::Cli", "Use the database at <path> instead of the per-user one."),
                        QStringLiteral("path")});
    m_parser.addOption({QStringLiteral("json"), QCoreApplication::translate("Dossier::Cli", "Print JSON.")});
}

bool Context::parse()
{
    QStringList arguments = m_arguments;
    arguments.first() = QStringLiteral("dossier ") + arguments.first();
    if (!m_parser.parse(arguments)) {
        m_exitCode = fail(m_parser.errorText());
        return false;
    }
    // --help-all (added with --help) has no generic Qt options to add here.
    if (m_parser.isSet(QStringLiteral("help")) || m_parser.isSet(QStringLiteral("help-all"))) {
        print(m_parser.helpText());
        m_exitCode = 0;
        return false;
    }
    return true;
}

Database *Context::database()
{
    if (m_database)
        return m_database.get();
    // --db, else where Preferences moved the database, else the default.
    QString path = m_parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = Settings().databasePath();
    if (path.isEmpty())
        path = Database::defaultPath();
    auto database = std::make_unique<Database>();
    const Result opened = database->open(path);
    if (!opened) {
        m_exitCode = fail(opened.error());
        return nullptr;
    }
    m_database = std::move(database);
    return m_database.get();
}

void Context::print(const QString &text)
{
    QFile out;
    if (out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered))
        out.write(text.toUtf8() + (text.endsWith(QLatin1Char('\n')) ? QByteArray() : QByteArrayLiteral("\n")));
}

void Context::printJson(const QJsonValue &value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    QFile out;
    if (out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered))
        out.write(doc.toJson(QJsonDocument::Indented));
}

void Context::printError(const QString &text)
{
    QFile err;
    if (err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
        err.write(text.toUtf8() + '\n');
}

int Context::fail(const QString &message)
{
    QFile err;
    if (err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
        err.write(QStringLiteral("dossier: %1\n").arg(message).toUtf8());
    return 1;
}

} // namespace Dossier::Cli
