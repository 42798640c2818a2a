#pragma once

#include <QString>

#include <vector>

namespace Dossier {

// Converts between QString's UTF-16 indexes and Unicode code-point offsets,
// the coordinates Dossier stores and exchanges (database, JSON, bundles), so
// that other tools agree on them. The one place where that conversion lives.
class TextOffsets
{
public:
    explicit TextOffsets(const QString &text);

    qsizetype utf16Length() const { return m_utf16Length; }
    qsizetype codePointLength() const { return m_codePointLength; }

    // The code point at a UTF-16 index; an index inside a surrogate pair maps
    // to that pair's code point; the text's length maps to its code-point
    // length. -1 when out of range.
    qsizetype toCodePoint(qsizetype utf16) const;
    // The UTF-16 index of a code-point offset (codePointLength() maps to
    // utf16Length()); -1 when out of range.
    qsizetype toUtf16(qsizetype codePoint) const;

    // Number of code points in text (a lone surrogate counts as one).
    static qsizetype codePointLength(const QString &text);

private:
    qsizetype m_utf16Length = 0;
    qsizetype m_codePointLength = 0;
    // Empty when the text has no surrogate pairs: both offsets are equal.
    std::vector<qsizetype> m_codePointAt;
    std::vector<qsizetype> m_utf16At;
};

} // namespace Dossier
