#include "tokenizer.h"

#include "textscan.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>

namespace Dossier {

Tokenizer::Tokenizer(const KSyntaxHighlighting::Definition &definition)
{
    setDefinition(definition);
}

Token::Kind Tokenizer::kindOf(const QString &name)
{
    static const QHash<QString, Token::Kind> kinds = {
        {QStringLiteral("Body"), Token::Body},
        {QStringLiteral("Body Pattern"), Token::BodyPattern},
        {QStringLiteral("Statistic"), Token::Statistic},
        {QStringLiteral("Multiplier"), Token::Multiplier},
        {QStringLiteral("Number Word"), Token::NumberWord},
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
    KSyntaxHighlighting::State state;
    auto skip = skipLines.cbegin();
    for (const TextSpan &line : TextScan::lines(text)) {
        while (skip != skipLines.cend() && skip->end < line.end)
            ++skip;
        if (skip != skipLines.cend() && skip->start <= line.start && line.end <= skip->end && line.length() > 0)
            continue;
        m_lineStart = line.start;
        state = highlightLine(QStringView(text).mid(line.start, line.length()), state);
    }
    m_out = nullptr;
    return tokens;
}

void Tokenizer::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length <= 0 || !m_out)
        return;
    auto it = m_kinds.constFind(format.id());
    if (it == m_kinds.constEnd())
        it = m_kinds.insert(format.id(), kindOf(format.name()));
    if (it.value() == Token::Other)
        return;
    const int start = m_lineStart + offset;
    // The engine may report one span in pieces; join adjacent pieces.
    if (!m_out->isEmpty()) {
        Token &last = m_out->last();
        if (last.kind == it.value() && last.span.end == start && it.value() != Token::Body && it.value() != Token::Statistic) {
            last.span.end = start + length;
            return;
        }
    }
    m_out->append(Token{{start, start + length}, it.value()});
}

} // namespace Dossier
