#include "exporttext.h"

#include <algorithm>

namespace Dossier {

ExportText::ExportText(const QString &original)
{
    m_text.reserve(original.size());
    qint64 codePoint = 0;
    for (qsizetype i = 0; i < original.size(); ++i, ++codePoint) {
        const QChar c = original.at(i);
        if (c.isHighSurrogate() && i + 1 < original.size() && original.at(i + 1).isLowSurrogate()) {
            m_text.append(c);
            m_text.append(original.at(++i));
        } else if (c.isSurrogate()) {
            m_text.append(QChar::ReplacementCharacter);
        } else if ((c == QChar(0xfeff) && codePoint == 0) || (c == QLatin1Char('\r') && i + 1 < original.size() && original.at(i + 1) == QLatin1Char('\n'))) {
            m_removed.push_back(codePoint);
        } else {
            m_text.append(c == QLatin1Char('\r') ? QLatin1Char('\n') : c);
        }
    }
    m_length = codePoint - qint64(m_removed.size());
}

qint64 ExportText::map(qint64 codePoint) const
{
    const auto removedBefore = std::lower_bound(m_removed.cbegin(), m_removed.cend(), codePoint) - m_removed.cbegin();
    return std::clamp<qint64>(codePoint - removedBefore, 0, m_length);
}

} // namespace Dossier
