#include "textoffsets.h"

namespace Dossier {

namespace {
bool startsPair(const QString &text, qsizetype i)
{
    return text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
}
} // namespace

TextOffsets::TextOffsets(const QString &text)
    : m_utf16Length(text.size())
    , m_codePointLength(codePointLength(text))
{
    if (m_codePointLength == m_utf16Length)
        return;
    m_codePointAt.resize(size_t(m_utf16Length) + 1);
    m_utf16At.reserve(size_t(m_codePointLength) + 1);
    qsizetype cp = 0;
    for (qsizetype i = 0; i < m_utf16Length; ++i, ++cp) {
        m_utf16At.push_back(i);
        m_codePointAt[size_t(i)] = cp;
        if (startsPair(text, i)) {
            ++i;
            m_codePointAt[size_t(i)] = cp;
        }
    }
    m_codePointAt[size_t(m_utf16Length)] = cp;
    m_utf16At.push_back(m_utf16Length);
}

qsizetype TextOffsets::toCodePoint(qsizetype utf16) const
{
    if (utf16 < 0 || utf16 > m_utf16Length)
        return -1;
    return m_codePointAt.empty() ? utf16 : m_codePointAt[size_t(utf16)];
}

qsizetype TextOffsets::toUtf16(qsizetype codePoint) const
{
    if (codePoint < 0 || codePoint > m_codePointLength)
        return -1;
    return m_utf16At.empty() ? codePoint : m_utf16At[size_t(codePoint)];
}

qsizetype TextOffsets::codePointLength(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i, ++count) {
        if (startsPair(text, i))
            ++i;
    }
    return count;
}

} // namespace Dossier
