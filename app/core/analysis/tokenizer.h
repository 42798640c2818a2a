#pragma once

#include "entities.h"
#include "textscan.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/State>

#include <QHash>

namespace Dossier {

// A span the syntax definition coloured, by the kind of its format.
struct Token {
    enum Kind {
        Body,
        BodyStart, // a gazetteer name's first word (see Passes::completeBodyNames)
        BodyPattern,
        Statistic,
        Multiplier,
        NumberWord,
        Date,
        Duration,
        Identifier,
        FurnitureCount,
        Cue,
        SpeakerLabel,
        Quote,
        Other,
    };
    TextSpan span;
    Kind kind = Other;
};

// Runs a KSyntaxHighlighting definition over a whole text, line by line, and
// collects the spans it formats: the extractor's view of the definition that
// also colours the reader.
class Tokenizer : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    explicit Tokenizer(const KSyntaxHighlighting::Definition &definition);

    // skipLines: spans of whole lines (sorted, as Furniture::detect gives
    // them) left out: nothing found there is wanted. Every context of the
    // definition ends at the line's end, so the other lines' tokens are the
    // same as when the whole text is run.
    QList<Token> tokenize(const QString &text, const QList<TextSpan> &skipLines = {});

    // The tokens the definition gives on the line of the last tokenize()
    // that holds masked, from masked.end to the line's end (lineEnd), when
    // the line up to masked.end is passed over as plain words: what it
    // finds after a name it had matched whole (see
    // Passes::completeBodyNames). Each call costs the line's length out of
    // budget; none when that is more than is left (lineEnd is then -1).
    QList<Token> tokensAfter(const QString &text, const TextSpan &masked, int *lineEnd, qint64 *budget);

    static Token::Kind kindOf(const QString &formatName);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    // A word of the definition's one keyword list ("listed words") is a cue
    // if it is in "cues", a name's first word if it is in "body words", else
    // a number word.
    struct ListedWords {
        TextScan::WordSet cues;
        TextScan::WordSet bodyWords;
    };
    static const ListedWords &listedWords(const KSyntaxHighlighting::Definition &definition);

    QList<Token> *m_out = nullptr;
    QStringView m_line; // the line being highlighted
    ListedWords m_listed; // (a shared copy of the thread's)
    int m_listedWord = -1; // the id of the "Listed Word" format
    QList<TextSpan> m_lines;                       // of the last tokenize()
    QList<KSyntaxHighlighting::State> m_lineStates; // the state each starts in
    int m_lineStart = 0;
    QHash<quint16, Token::Kind> m_kinds;
};

} // namespace Dossier
