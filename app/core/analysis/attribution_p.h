#pragma once

// The attribution pass's parts, shared by its source files only
// (attributionpass.cpp, attributionlexicon.cpp, speakerresolution.cpp).

#include "entities.h"
#include "textscan.h"

#include <QList>
#include <QString>

namespace Dossier {

class Gazetteer;

namespace Passes {

// Word lists the pass reads speakers and cues with.
namespace Lexicon {

const TextScan::WordSet &pronouns();
// Lower-case words that can be part of a speaker's noun phrase.
const TextScan::WordSet &sourceWords();
const TextScan::WordSet &determiners();
// Capitalised words that open a clause and are never part of a name.
const TextScan::WordSet &clauseOpeners();
// Words between a subject and its cue that are not part of either.
const TextScan::WordSet &cueModifiers();
// Plural or anonymous sources that name no one ("reports", "critics").
const TextScan::WordSet &vagueSources();
// Plural nouns that, alone, name no one in particular ("officials").
const TextScan::WordSet &bareGroups();
// People named by what they are, as a group: "officials", "police",
// "researchers" ("German police", "Privacy commissioners").
const TextScan::WordSet &peopleGroups();
// Capitals that stand for their governments in headlines ("Tokyo orders
// checks", "Beijing denies …").
const TextScan::WordSet &capitalCities();
// Classes of institutions: "local governments reported" names none of them.
const TextScan::WordSet &institutionClasses();
// Who a lower-case headline source can be besides a job title ("…: police").
const TextScan::WordSet &roleNouns();
// Words of a transcript's speaker label in capitals ("CHIEF CABINET
// SECRETARY FUJIMURA", "REPORTER", "MR CALLOWAY"), unlike a crosshead's.
const TextScan::WordSet &labelRoles();
// Lower-case particles inside a person's name ("van", "von der", "da").
const TextScan::WordSet &nameParticles();
// Verbs whose object is what they judge, so they never invert ("welcomed").
const TextScan::WordSet &judgingVerbs();
// Cue words that are also plural nouns ("federal reports", "its claims").
const TextScan::WordSet &pluralNounCues();
// Verbs after which a plural cue word is a noun ("Phishing reports fell").
const TextScan::WordSet &verbsAfterNoun();
// Words that open whom a cue is addressed to ("said to reporters").
const TextScan::WordSet &listeners();
// Words that open a clause in lower case ("…, although investigators").
const TextScan::WordSet &clauseLinks();
// Documents that speak for their authors ("the report shows").
const TextScan::WordSet &documentNouns();
// How a document was put out: "new guidance issued by …", "a statement,
// dated 10 October, said".
const TextScan::WordSet &issuingVerbs();
// Inquiries that speak for those who made them ("a forensic investigation
// by … found").
const TextScan::WordSet &inquiryNouns();
// Lower-case words that mark a clause, not a noun phrase: auxiliaries and
// relatives ("the review that GAO was asked for").
const TextScan::WordSet &clauseWords();
// A court's proceedings, which dismissing ends without a statement
// ("dismissed the case").
const TextScan::WordSet &proceedings();
// Occasions and media of saying ("said in a statement", "told a news
// conference").
const TextScan::WordSet &channelNouns();
// Pronouns a statement is told to ("tell me …", "told us that …"; not
// "her", which may own what follows).
const TextScan::WordSet &toldPronouns();
// Prepositions that take a noun phrase as their object ("the data in IG
// reports": no statement by the IG).
const TextScan::WordSet &objectPrepositions();
// Prepositions of where and when after such an occasion ("in Seoul").
const TextScan::WordSet &placeOrTime();
// When, as a noun after "this", "the same": "this year", "the same day".
const TextScan::WordSet &timeNouns();
// Words that hedge a figure: "nearly 94,000", "about 867 billion won".
const TextScan::WordSet &approximators();
// The days of the week ("said on Tuesday").
const TextScan::WordSet &weekdays();
// The months, capitalised ("In September 2025 it told").
const TextScan::WordSet &months();

} // namespace Lexicon

// Sets each attribution's speakerName to whom its speaker span refers to.
void resolveSpeakers(const QString &text, QList<Attribution> &attributions, const Gazetteer &gazetteer);

} // namespace Passes
} // namespace Dossier
