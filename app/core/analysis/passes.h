#pragma once

#include "entities.h"
#include "textscan.h"
#include "tokenizer.h"

#include <QList>
#include <QString>

namespace Dossier {

class Gazetteer;

// The C++ passes that turn the definition's tokens into entities. Each takes
// the text's layout (the text, its lines and sentences), the tokens and the
// page-furniture lines, and returns entities outside the furniture, sorted
// by position.
namespace Passes {

// Completes the gazetteer's names that the definition found by their first
// word ("Body Start" tokens): each becomes a "Body" token over the longest
// name written there, or goes. So does a match of another rule that opens
// with a gazetteer name ("Cyber Security Agency of Singapore"); where a
// match runs on past the name, the rest of its line is read again as the
// definition reads it after the name. The tokens are then those of a
// definition that tried every whole name first (see
// DefinitionWriter::bodyRules). Runs before the other passes.
void completeBodyNames(const QString &text, QList<Token> &tokens, const Gazetteer &gazetteer, Tokenizer &tokenizer);

// Completes the number phrases the definition leaves to its list of number
// words, from their first word: a multiple ("sevenfold", "three times the")
// becomes a Multiplier token, a sum in words ("two million", "half a
// billion") a Statistic token, over the whole phrase; a duration in words
// ("five business days") and a word the list holds only to open a phrase
// ("one", "a", "several") leave no token. Runs after completeBodyNames.
void completeNumberPhrases(const QString &text, QList<Token> &tokens);

QList<BodyMention> bodies(const TextScan::Layout &layout, const QList<Token> &tokens,
                          const QList<TextSpan> &furniture, const Gazetteer &gazetteer);

QList<Statistic> statistics(const TextScan::Layout &layout, const QList<Token> &tokens,
                            const QList<TextSpan> &furniture);

QList<Attribution> attributions(const TextScan::Layout &layout, const QList<Token> &tokens,
                                const QList<TextSpan> &furniture, const Gazetteer &gazetteer);

QList<Change> changes(const TextScan::Layout &layout, const QList<Statistic> &statistics);

// A body that speaks is shown by the gazetteer's name for it, however the
// text writes it ("NISC", "The NISC", "NISC officials", "the National center
// of … (NISC)"), and so are the pronouns resolved to it: one speaker. Only
// where the text names it (its name or acronym, not "the interior
// ministry") and no other body of the gazetteer has that name (not
// "Ministry of Foreign Affairs").
void nameBodySpeakers(const QString &text, QList<Attribution> &attributions, const QList<BodyMention> &bodies, const Gazetteer &gazetteer);

// The ISO code of a country or territory by its English name ("Ukraine" →
// "UA", "Britain" → "GB"), or empty; and whether it is one.
QString countryCode(const QString &name);
bool isCountry(const QString &name);

// Whether a name holds a head noun of a body's name ("Ministry", "Command",
// "Working Party"; the definition's body pattern ends in the same words).
bool hasHeadNoun(QStringView name);

} // namespace Passes
} // namespace Dossier
