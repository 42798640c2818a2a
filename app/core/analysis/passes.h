#pragma once

#include "entities.h"
#include "tokenizer.h"

#include <QList>
#include <QString>

namespace Dossier {

class Gazetteer;

// The C++ passes that turn the definition's tokens into entities. Each takes
// the text, the tokens and the page-furniture lines, and returns entities
// outside the furniture, sorted by position.
namespace Passes {

QList<BodyMention> bodies(const QString &text, const QList<Token> &tokens,
                          const QList<TextSpan> &furniture, const Gazetteer &gazetteer);

QList<Statistic> statistics(const QString &text, const QList<Token> &tokens,
                            const QList<TextSpan> &furniture);

QList<Attribution> attributions(const QString &text, const QList<Token> &tokens,
                                const QList<TextSpan> &furniture, const Gazetteer &gazetteer);

QList<Change> changes(const QString &text, const QList<Statistic> &statistics);

// Whether a name holds a head noun of a body's name ("Ministry", "Command",
// "Working Party"; the definition's body pattern ends in the same words).
bool hasHeadNoun(QStringView name);

} // namespace Passes
} // namespace Dossier
