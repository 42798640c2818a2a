#pragma once

#include <QString>

#include <vector>

namespace Dossier {

// Converts QString (UTF-16) indexes of one text to Unicode code-point
// offsets and back: code points are what the database, bundles and
// `dossier extract` speak, so other tools agree on positions.
class CodePointMap
{
public:
    explicit CodePointMap(const QString &text);

    int toCodePoint(int utf16) const { return m_toCodePoint[size_t(utf16)]; }
    // The UTF-16 index of a code-point offset; -1 when out of range.
    int toUtf16(int codePoint) const;
    int codePointCount() const { return m_toCodePoint.back(); }

private:
    std::vector<int> m_toCodePoint; // size = text.size() + 1
    std::vector<int> m_toUtf16;     // size = code points + 1
};

} // namespace Dossier
