#include "tokenizer.h"

#include "textscan.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>

#include <algorithm>

namespace Dossier {

Tokenizer::Tokenizer(const KSyntaxHighlighting::Definition &definition)
    : m_listed(listedWords(definition))
{
    setDefinition(definition);
}

const Tokenizer::ListedWords &Tokenizer::listedWords(const KSyntaxHighlighting::Definition &definition)
{
    // (Built once per thread and definition: a tokenizer is made for every text.)
    thread_local struct {
        QString file;
        int version = -1;
        ListedWords words;
    } cache;
    if (cache.version != definition.version() || cache.file != definition.filePath()) {
        cache.words = {};
        const QStringList cues = definition.keywordList(QStringLiteral("cues"));
        for (const QString &cue : cues)
            cache.words.cues.insert(cue);
        const QStringList bodyWords = definition.keywordList(QStringLiteral("body words"));
        for (const QString &word : bodyWords)
            cache.words.bodyWords.insert(word);
        cache.version = definition.version();
        cache.file = definition.filePath();
    }
    return cache.words;
}

Token::Kind Tokenizer::kindOf(const QString &name)
{
    static const QHash<QString, Token::Kind> kinds = {
        {QStringLiteral("Body"), Token::Body},
        {QStringLiteral("Body Start"), Token::BodyStart},
        {QStringLiteral("Body Pattern"), Token::BodyPattern},
        {QStringLiteral("Statistic"), Token::Statistic},
        {QStringLiteral("Multiplier"), Token::Multiplier},
        {QStringLiteral("Number Word"), Token::NumberWord},
        {QStringLiteral("Listed Word"), Token::NumberWord}, // or a cue or a name's first word: see applyFormat
        {QStringLiteral("Date"), Token::Date},
        {QStringLiteral("Duration"), Token::Duration},
        {QStringLiteral("Identifier"), Token::Identifier},
        {QStringLiteral("Furniture Count"), Token::FurnitureCount},
        {QStringLiteral("Cue"), Token::Cue},
        {QStringLiteral("Speaker Label"), Token::SpeakerLabel},
        {QStringLiteral("Quote"), Token::Quote},
    };
    return kinds.value(name, Token::Other);
}

QList<Token> Tokenizer::tokenize(const QString &text, const QList<TextSpan> &skipLines)
{
    QList<Token> tokens;
    m_out = &tokens;
    m_lines.clear();
    m_lineStates.clear();
    KSyntaxHighlighting::State state;
    auto skip = skipLines.cbegin();
    for (const TextSpan &line : TextScan::lines(text)) {
        while (skip != skipLines.cend() && skip->end < line.end)
            ++skip;
        if (skip != skipLines.cend() && skip->start <= line.start && line.end <= skip->end && line.length() > 0)
            continue;
        m_lineStart = line.start;
        m_lines.append(line);
        m_lineStates.append(state);
        m_line = QStringView(text).mid(line.start, line.length());
        state = highlightLine(m_line, state);
    }
    m_out = nullptr;
    return tokens;
}

QList<Token> Tokenizer::tokensAfter(const QString &text, const TextSpan &masked, int *lineEnd, qint64 *budget)
{
    *lineEnd = -1;
    const auto line = std::upper_bound(m_lines.cbegin(), m_lines.cend(), masked.start,
                                       [](int pos, const TextSpan &l) { return pos < l.start; });
    if (line == m_lines.cbegin() || masked.end > (line - 1)->end)
        return {};
    const TextSpan &span = *(line - 1);
    if (span.length() > *budget)
        return {};
    *budget -= span.length();
    *lineEnd = span.end;
    // The line up to the name's end as one word, of a letter no rule
    // starts a match with inside a word, but for the quotation marks, which
    // open and close the definition's contexts: the rules run from the
    // name's end in the context they ran in, at little cost before it.
    QString copy = text.mid(span.start, span.length());
    for (int i = span.start; i < masked.end; ++i) {
        const QChar c = copy.at(i - span.start);
        if (c != u'"' && c != u'\u201C' && c != u'\u201D')
            copy[i - span.start] = u'x';
    }
    QList<Token> tokens;
    m_out = &tokens;
    m_lineStart = span.start;
    m_line = copy;
    highlightLine(copy, m_lineStates.at(line - 1 - m_lines.cbegin()));
    m_out = nullptr;
    tokens.removeIf([&masked](const Token &t) { return t.span.start < masked.end; });
    return tokens;
}

void Tokenizer::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length <= 0 || !m_out)
        return;
    auto it = m_kinds.constFind(format.id());
    if (it == m_kinds.constEnd()) {
        it = m_kinds.insert(format.id(), kindOf(format.name()));
        if (format.name() == QLatin1String("Listed Word"))
            m_listedWord = format.id();
    }
    Token::Kind kind = it.value();
    if (kind == Token::Other)
        return;
    if (format.id() == m_listedWord) {
        const QStringView word = m_line.mid(offset, length);
        if (m_listed.cues.contains(word))
            kind = Token::Cue;
        else if (m_listed.bodyWords.contains(word))
            kind = Token::BodyStart;
    }
    const int start = m_lineStart + offset;
    // The engine may report one span in pieces; join adjacent pieces.
    if (!m_out->isEmpty()) {
        Token &last = m_out->last();
        if (last.kind == kind && last.span.end == start && kind != Token::Body && kind != Token::BodyStart && kind != Token::Statistic) {
            last.span.end = start + length;
            return;
        }
    }
    m_out->append(Token{{start, start + length}, kind});
}

} // namespace Dossier
