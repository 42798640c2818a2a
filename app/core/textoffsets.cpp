#include "textoffsets.h"

namespace Dossier {

CodePointMap::CodePointMap(const QString &text)
    : m_toCodePoint(size_t(text.size()) + 1)
{
    m_toUtf16.reserve(size_t(text.size()) + 1);
    int cp = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool secondHalf = text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate();
        if (secondHalf) {
            m_toCodePoint[size_t(i)] = cp - 1;
            continue;
        }
        m_toCodePoint[size_t(i)] = cp;
        m_toUtf16.push_back(int(i));
        ++cp;
    }
    m_toCodePoint[size_t(text.size())] = cp;
    m_toUtf16.push_back(int(text.size()));
}

int CodePointMap::toUtf16(int codePoint) const
{
    if (codePoint < 0 || size_t(codePoint) >= m_toUtf16.size())
        return -1;
    return m_toUtf16[size_t(codePoint)];
}

} // namespace Dossier
