#pragma once

#include <QString>

namespace Dossier {

// Turns Markdown into readable plain text, line by line: heading marks,
// emphasis, code fences, quote marks and link targets go; link and image
// texts, list items (as "• " or "1. "), table cells (tab-separated) and code
// stay. Line structure is kept. Nothing a link or image names is fetched:
// this is string work only.
class MarkdownConverter
{
public:
    explicit MarkdownConverter(const QString &markdown);

    QString text() const { return m_text; }
    // The first heading (ATX "# ..." or setext "===="), or empty.
    QString title() const { return m_title; }

    // One line's inline markup removed (emphasis, code, links, images, tags).
    static QString stripInline(const QString &line);

private:
    QString m_text;
    QString m_title;
};

} // namespace Dossier
