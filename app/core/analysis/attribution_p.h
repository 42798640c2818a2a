#pragma once

// The attribution pass's parts, shared by its source files only
// (attributionpass.cpp, attributionlexicon.cpp, speakerresolution.cpp).

#include "entities.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Dossier {

class Gazetteer;

namespace Passes {

// Word lists the pass reads speakers and cues with.
namespace Lexicon {

const QSet<QString> &pronouns();
// Lower-case words that can be part of a speaker's noun phrase.
const QSet<QString> &sourceWords();
const QSet<QString> &determiners();
// Capitalised words that open a clause and are never part of a name.
const QSet<QString> &clauseOpeners();
// Words between a subject and its cue that are not part of either.
const QSet<QString> &cueModifiers();
// Plural or anonymous sources that name no one ("reports", "critics").
const QSet<QString> &vagueSources();

} // namespace Lexicon

// Sets each attribution's speakerName to whom its speaker span refers to.
void resolveSpeakers(const QString &text, QList<Attribution> &attributions, const Gazetteer &gazetteer);

} // namespace Passes
} // namespace Dossier
