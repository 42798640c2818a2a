#pragma once

#include <QString>

#include <vector>

namespace Dossier {

// A document's text as other tools should read it from a file: LF line
// ends (CRLF becomes LF, a lone CR becomes LF), no leading byte-order mark
// (tools drop it when reading, which would shift every position), lone
// surrogates as U+FFFD. map() turns a code-point offset into the original
// text into one into this text, so positions stay on the same characters.
class ExportText
{
public:
    explicit ExportText(const QString &original);

    const QString &text() const { return m_text; }
    // Offsets past the end map to the end.
    qint64 map(qint64 codePoint) const;
    qint64 codePointLength() const { return m_length; }

private:
    QString m_text;
    qint64 m_length = 0; // of m_text, in code points
    std::vector<qint64> m_removed; // code-point offsets into the original of the dropped code points, ascending
};

} // namespace Dossier
