#pragma once

#include "entities.h"

#include <QHash>
#include <QList>
#include <QString>

#include <initializer_list>
#include <optional>
#include <vector>

namespace Dossier::TextScan {

// A word or a punctuation mark of a text, with its span.
struct Word {
    TextSpan span;
    QStringView text; // into the text words() was given
    bool punctuation = false;

    bool is(const char *s) const { return text == QLatin1StringView(s); }
    bool isCapitalised() const { return !punctuation && !text.isEmpty() && text.at(0).isUpper(); }
};

// Splits text[range] into words and punctuation. Words keep inner dots,
// hyphens and apostrophes ("U.S.", "Ki-moon", "Ministry's"); a final dot
// stays only on abbreviations.
QList<Word> words(const QString &text, TextSpan range);

// Sentence spans of one line (paragraph): split at . ? ! followed by a space
// and a capital or a quotation mark, but not after abbreviations and not
// inside quotation marks.
QList<TextSpan> sentences(const QString &text, TextSpan line);

// Line spans (without the line break) of a text.
QList<TextSpan> lines(const QString &text);

bool isAbbreviation(QStringView word);

// What \s matches in an expression without Unicode properties: a gate
// before such an expression tests the same characters.
inline bool isAsciiSpace(QChar c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

// A text's lines, and each line's sentences once asked for: split once for
// all the passes that read them. Holds a reference to the text.
class Layout
{
public:
    explicit Layout(const QString &text);

    const QString &text() const { return m_text; }
    const QList<TextSpan> &lines() const { return m_lines; }
    // The sentences of one of lines(), as sentences() gives them.
    const QList<TextSpan> &sentencesOf(const TextSpan &line) const;

private:
    const QString &m_text;
    QList<TextSpan> m_lines;
    mutable std::vector<std::optional<QList<TextSpan>>> m_sentences; // by line, once asked for
};

// A set of words looked up with views into a text, without a copy of each.
class WordSet
{
public:
    WordSet() = default;
    WordSet(std::initializer_list<QString> words)
    {
        for (const QString &word : words)
            insert(word);
    }
    void insert(const QString &word) { m_words.insert(word, true); }
    bool contains(QStringView word) const { return m_words.contains(word); }

private:
    QHash<QString, bool> m_words; // QSet has no lookup by view
};

} // namespace Dossier::TextScan
