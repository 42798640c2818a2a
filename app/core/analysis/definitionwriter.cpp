#include "definitionwriter.h"

#include "gazetteer.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <map>
#include <memory>

namespace Dossier::DefinitionWriter {

namespace {

struct TrieNode {
    bool terminal = false;
    std::map<QChar, std::unique_ptr<TrieNode>> children;
};

// In a first word's trie: the word ends where a space follows.
constexpr QChar SpaceFollows(0x1);

QString escapeChar(QChar c)
{
    if (c == SpaceFollows)
        return QStringLiteral("(?=\\s)");
    static const QString special = QStringLiteral("\\^$.|?*+()[]{}-/#");
    if (special.contains(c))
        return QLatin1Char('\\') + c;
    if (c == QLatin1Char(' '))
        return QStringLiteral("\\s");
    return QString(c);
}

QString emit(const TrieNode &node)
{
    // Collapse chains of single children into a literal run.
    QStringList branches;
    for (const auto &[c, next] : node.children) {
        QString literal = escapeChar(c);
        const TrieNode *child = next.get();
        while (!child->terminal && child->children.size() == 1) {
            literal += escapeChar(child->children.begin()->first);
            child = child->children.begin()->second.get();
        }
        branches.append(literal + emit(*child));
    }
    if (branches.isEmpty())
        return {};
    const QString group = branches.size() == 1 ? branches.first() : QStringLiteral("(?:%1)").arg(branches.join(QLatin1Char('|')));
    if (node.terminal)
        return branches.size() == 1 ? QStringLiteral("(?:%1)?").arg(group) : group + QLatin1Char('?');
    return group;
}

} // namespace

QString trieRegex(const QStringList &names)
{
    TrieNode root;
    for (const QString &name : names) {
        if (name.isEmpty())
            continue;
        TrieNode *node = &root;
        for (QChar c : name) {
            auto &child = node->children[c];
            if (!child)
                child = std::make_unique<TrieNode>();
            node = child.get();
        }
        node->terminal = true;
    }
    const QString regex = emit(root);
    // Nothing to match: a pattern that never matches.
    return regex.isEmpty() ? QStringLiteral("(?!)") : regex;
}

namespace {

QString xmlEscape(QString s)
{
    s.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    s.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    s.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    s.replace(QLatin1Char('"'), QLatin1String("&quot;"));
    return s;
}

QString wrapped(const QString &trie)
{
    // ASCII \\w, as every rule of the definition (see its header comment).
    // A name joined by a hyphen is still the name: "Japan-EU Cyber
    // Dialogue", "a Europol-coordinated operation", "NBTC-linked"; not
    // after capitals or digits and a hyphen, as in "1-800-CALL-FBI".
    return QStringLiteral("(?aW)(?<!\\w)(?<![A-Z\\d]-)(?:%1)(?!\\w|\\.\\w)").arg(trie);
}

bool compiles(const QString &pattern)
{
    // PCRE2 caps a compiled pattern's size; check with the options the
    // highlighter may use.
    return QRegularExpression(pattern).isValid()
        && QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption).isValid();
}

// Splits names into as few tries as compile within PCRE2's size limit.
void chunk(const QStringList &names, QStringList &out)
{
    if (names.isEmpty())
        return;
    const QString pattern = wrapped(trieRegex(names));
    if (compiles(pattern) || names.size() == 1) {
        out.append(pattern);
        return;
    }
    // Split where no name of the first half begins a name of the second:
    // a name and its longer forms ("Singapore Police", "Singapore Police
    // Force") stay in one trie, or the rule tried first would match the
    // shorter (names are sorted, so the longer forms follow their stem).
    const auto continues = [&names](qsizetype at) {
        for (qsizetype k = at - 1; k >= 0 && names.at(k).at(0) == names.at(at).at(0); --k) {
            if (names.at(at).startsWith(names.at(k)))
                return true;
        }
        return false;
    };
    qsizetype half = names.size() / 2;
    while (half < names.size() - 1 && continues(half))
        ++half;
    chunk(names.mid(0, half), out);
    chunk(names.mid(half), out);
}

} // namespace

namespace {

QStringList packedRegexes(QStringList names)
{
    // Names sharing a first character stay in one regex, so that a name and
    // its longer forms ("Cabinet", "Cabinet Secretariat") are one trie and
    // the longest wins.
    names.sort();
    QList<QStringList> buckets;
    for (const QString &name : std::as_const(names)) {
        if (buckets.isEmpty() || buckets.constLast().constFirst().at(0) != name.at(0))
            buckets.append(QStringList());
        buckets.last().append(name);
    }
    QStringList out;
    QStringList current;
    for (const QStringList &bucket : std::as_const(buckets)) {
        const QStringList merged = current + bucket;
        if (current.isEmpty() || compiles(wrapped(trieRegex(merged)))) {
            current = merged;
            continue;
        }
        chunk(current, out);
        current = bucket;
    }
    chunk(current, out);
    return out;
}

} // namespace

QStringList bodyRegexes(QStringList names)
{
    // Names written in lower case ("trade ministry", "upper house") go in
    // expressions of their own. A regex is searched character by character
    // for a possible first letter; with lower-case first letters among
    // capitals, almost every letter of running text is one, and every try
    // enters the whole trie. Apart, the capitals' tries are searched fast and
    // the lower-case one is small: less work for the whole definition on
    // news text (−4%: callgrind, ksyntaxhighlighter6 over 1 MB). Names in the two
    // groups never start at the same character, so the order of the rules
    // changes no match.
    QStringList lower;
    QStringList other;
    for (const QString &name : std::as_const(names)) {
        if (!name.isEmpty())
            (name.at(0).isLower() ? lower : other).append(name);
    }
    return packedRegexes(other) + packedRegexes(lower);
}

QStringList firstWordRegexes(const QStringList &words)
{
    // Not the space itself: the engine would join two first words in a row
    // ("An SEC spokesperson") into one span.
    QStringList names;
    for (const QString &word : words)
        names.append(word.endsWith(QLatin1Char(' ')) ? word.chopped(1) + SpaceFollows : word);
    return packedRegexes(names);
}

BodyRules bodyRules(const QStringList &names)
{
    BodyRules rules;
    QSet<QString> words;
    QSet<QString> wholeWords; // first words that are whole names too ("Europol")
    QSet<QString> lowerWords;
    for (const QString &name : names) {
        if (name.isEmpty())
            continue;
        const QChar first = name.at(0);
        const qsizetype space = name.indexOf(QLatin1Char(' '));
        const QString word = space < 0 ? name : name.left(space);
        if (first.isLower()) {
            // (The keyword engine's delimiters end the word; "-" does not.)
            static const QString delimiters = QStringLiteral(" \t.():!+,<=>%&*/;?[]^{|}~\\$\"\u201C\u201D'\u2019\u2018");
            qsizetype end = 0;
            while (end < name.size() && !delimiters.contains(name.at(end)))
                ++end;
            lowerWords.insert(name.left(end));
        } else if (first < u'A' || first > u'Z') {
            rules.whole.append(name);
        } else if (space < 0) {
            wholeWords.insert(word);
        } else {
            words.insert(word);
        }
    }
    // A word that only opens longer names is found with the space after it
    // (not "US" in "US$5 million", nor "National" in "National-level").
    for (const QString &word : std::as_const(wholeWords))
        rules.firstWords.append(word);
    for (const QString &word : std::as_const(words))
        rules.firstWords.append(word + QLatin1Char(' '));
    rules.firstWords.sort();
    rules.lowerWords = QStringList(lowerWords.cbegin(), lowerWords.cend());
    rules.lowerWords.sort();
    return rules;
}

QString fill(const QString &templ, const QStringList &names, int version)
{
    // One RegExpr rule per chunk, indented like the placeholder's line.
    const auto rulesAt = [&templ](QLatin1StringView placeholder, const QString &attribute, const QStringList &regexes) {
        const qsizetype at = templ.indexOf(placeholder);
        const qsizetype lineStart = at < 0 ? 0 : templ.lastIndexOf(QLatin1Char('\n'), at) + 1;
        const QString indent = at < 0 ? QString() : templ.mid(lineStart, at - lineStart);
        QStringList rules;
        for (const QString &regex : regexes)
            rules.append(QStringLiteral("<RegExpr attribute=\"%1\" String=\"%2\"/>").arg(attribute, xmlEscape(regex)));
        return rules.join(QLatin1Char('\n') + indent);
    };
    const BodyRules split = bodyRules(names);
    const QString whole = rulesAt(QLatin1StringView("@BODY_RULES@"), QStringLiteral("Body"), bodyRegexes(split.whole));
    const QString starts = rulesAt(QLatin1StringView("@BODY_START_RULES@"), QStringLiteral("Body Start"), firstWordRegexes(split.firstWords));
    QStringList items;
    for (const QString &word : split.lowerWords)
        items.append(QStringLiteral("<item>%1</item>").arg(xmlEscape(word)));
    QString out = templ;
    out.replace(QLatin1String("@BODY_RULES@"), whole);
    out.replace(QLatin1String("@BODY_START_RULES@"), starts);
    out.replace(QLatin1String("@BODY_WORDS@"), items.join(QString()));
    out.replace(QLatin1String("@DEFINITION_VERSION@"), QString::number(version));
    return out;
}

Result writeDefinition(const QString &templatePath, const QString &gazetteerDir, const QString &outputPath, int version)
{
    QFile templ(templatePath);
    if (!templ.open(QIODevice::ReadOnly))
        return Result::failure(QStringLiteral("cannot read %1").arg(templatePath));
    QStringList errors;
    const Gazetteer gazetteer = Gazetteer::load(gazetteerDir, &errors);
    if (!errors.isEmpty())
        return Result::failure(errors.join(QLatin1Char('\n')));
    // Every generated rule must compile, or the definition would silently
    // match nothing.
    const BodyRules split = bodyRules(gazetteer.matchForms());
    for (const QString &regex : bodyRegexes(split.whole) + firstWordRegexes(split.firstWords)) {
        if (!compiles(regex))
            return Result::failure(QStringLiteral("a gazetteer name does not compile as a regular expression: %1").arg(regex.left(200)));
    }
    const QString xml = fill(QString::fromUtf8(templ.readAll()), gazetteer.matchForms(), version);
    QSaveFile out(outputPath);
    if (!out.open(QIODevice::WriteOnly))
        return Result::failure(QStringLiteral("cannot write %1").arg(outputPath));
    out.write(xml.toUtf8());
    if (!out.commit())
        return Result::failure(QStringLiteral("cannot write %1").arg(outputPath));
    return Result::success();
}

} // namespace Dossier::DefinitionWriter
