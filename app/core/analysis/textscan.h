#pragma once

#include "entities.h"

#include <QList>
#include <QString>

namespace Dossier::TextScan {

// A word or a punctuation mark of a text, with its span.
struct Word {
    TextSpan span;
    QString text;
    bool punctuation = false;

    bool is(const char *s) const { return text == QLatin1String(s); }
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

bool isAbbreviation(const QString &word);

} // namespace Dossier::TextScan
