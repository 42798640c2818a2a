#include "clicontext.h"
#include "verbs.h"

#include "store/documentstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Dossier::Cli {

int runList(Context &context)
{
    if (!context.parse())
        return context.exitCode();
    Database *database = context.database();
    if (!database)
        return context.exitCode();
    DocumentStore store(*database);
    const Expected<QList<Document>> documents = store.list();
    if (!documents)
        return Context::fail(documents.error());
    if (context.json()) {
        QJsonArray array;
        for (const Document &d : *documents) {
            array.append(QJsonObject{
                {QStringLiteral("id"), d.id},
                {QStringLiteral("uuid"), d.uuid},
                {QStringLiteral("title"), d.title},
                {QStringLiteral("publisher"), d.publisher},
                {QStringLiteral("date"), d.publishedOn.isValid() ? d.publishedOn.toString(Qt::ISODate) : QString()},
                {QStringLiteral("language"), d.language},
                {QStringLiteral("kind"), d.kind},
                {QStringLiteral("source"), d.sourceName},
                {QStringLiteral("sha256"), d.sha256},
            });
        }
        Context::printJson(array);
        return 0;
    }
    for (const Document &d : *documents)
        Context::print(QStringLiteral("%1\t%2\t%3\t%4").arg(d.id).arg(d.publishedOn.toString(Qt::ISODate), d.publisher, d.title));
    return 0;
}

} // namespace Dossier::Cli
