#pragma once

#include "result.h"

#include <QList>
#include <QString>

namespace Dossier {

class Database;

// Bulk tagging of what the engine found: one annotation per matching
// mention, with a tag, in one transaction. The quote is the mention's span;
// for an attribution, the whole statement (speaker, cue and the words said).
// Idempotent: a mention that already has an annotation on exactly its span
// gets the tag added to that one, or is skipped when it has it already.
class EntityTagger
{
public:
    enum class Type { Attribution, Body, Statistic };

    struct Request {
        Type type = Type::Body;
        // attr: the speaker as resolved (a full name, or its surname: "he"
        // resolved to Osamu Fujimura matches Fujimura); body: the canonical
        // name or the name as written; stat: the unit (count, percent,
        // money, multiplier...), empty for every figure. Case-insensitive.
        QString name;
        QList<qint64> documentIds; // empty: the whole library
        QString tagPath;
        QString colour;
        QString engineVersion;
    };

    struct Report {
        int created = 0; // new annotations
        int tagged = 0; // annotations on the same span that got the tag
        int skipped = 0; // annotations on the same span that had it already
        int documents = 0; // documents with a match
        int notAnalysed = 0; // documents asked for that the engine has not read yet
    };

    static Expected<Report> tag(Database &database, const Request &request);

    // Whether an entity (a resolved speaker, a body's name) is the one asked
    // for: the same words, or (for people) its last words.
    static bool nameMatches(const QString &entity, const QString &wanted);
    static bool typeFromName(const QString &name, Type *type);
};

} // namespace Dossier
