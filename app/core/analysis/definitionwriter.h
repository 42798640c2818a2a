#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace Dossier::DefinitionWriter {

// A regular expression matching exactly the given names, written as a trie
// so that PCRE tests one branch per character rather than every name in turn
// (a flat alternation of a thousand names is far slower), and preferring
// the longest name at each position.
QString trieRegex(const QStringList &names);

// The names as whole-word regular expressions: as few tries as compile
// within PCRE2's limit on a compiled pattern's size.
QStringList bodyRegexes(QStringList names);

// The gazetteer's names as the definition matches them. A name that opens
// with a capital letter A-Z is found by its first word alone ("National ",
// "CISA", "U.S. "), by a rule tried after every other one, and the
// extractor completes it from the gazetteer (Passes::completeBodyNames): a
// trie of a few thousand words instead of tries of every name, which took
// a third of a second to compile and were a third of the definition's
// rules. A name in lower case ("trade ministry", "cabinet") is found by its
// first word too, as an item of the keyword list "body words" (an
// expression that opens with lower-case letters is tried at most letters of
// a text). Names that open otherwise (digits, other scripts) stay whole, in
// rules tried before any other.
struct BodyRules {
    QStringList whole;      // attribute "Body"
    QStringList firstWords; // attribute "Body Start"
    QStringList lowerWords; // the list "body words", up to a keyword's delimiter ("economy" of "economy, trade and …")
};
BodyRules bodyRules(const QStringList &names);

// The first words of BodyRules as regular expressions, each found as a
// whole word or with the space after it ("National ").
QStringList firstWordRegexes(const QStringList &words);

// Fills a syntax-definition template: @BODY_RULES@ becomes one RegExpr rule
// (attribute "Body") per regex of bodyRegexes() over the whole names of
// bodyRules(), @BODY_START_RULES@ one ("Body Start") per regex of
// firstWordRegexes(), @BODY_WORDS@ the items of the lower-case first words,
// @DEFINITION_VERSION@ the version.
QString fill(const QString &templ, const QStringList &names, int version);

// Reads a template and a gazetteer folder and writes the definition.
Result writeDefinition(const QString &templatePath, const QString &gazetteerDir,
                       const QString &outputPath, int version);

} // namespace Dossier::DefinitionWriter
