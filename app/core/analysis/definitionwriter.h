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

// Fills a syntax-definition template: @BODY_RULES@ becomes one RegExpr rule
// per regex of bodyRegexes(), @DEFINITION_VERSION@ the version.
QString fill(const QString &templ, const QStringList &names, int version);

// Reads a template and a gazetteer folder and writes the definition.
Result writeDefinition(const QString &templatePath, const QString &gazetteerDir,
                       const QString &outputPath, int version);

} // namespace Dossier::DefinitionWriter
