#pragma once

#include <QByteArray>
#include <QString>

namespace Dossier {

// Turns an HTML page into the text a reader sees: paragraphs, headings, list
// items and table rows become lines, with a blank line between blocks; the
// contents of script, style, nav, header, footer, aside, form, template,
// noscript, svg, iframe and the head (except its title) are dropped;
// character references are decoded. A small tolerant tokenizer, not a
// browser: nothing is ever fetched or opened, whatever the page refers to.
class HtmlConverter
{
public:
    explicit HtmlConverter(const QString &html);

    QString text() const { return m_text; }
    // The page's <title>, whitespace collapsed; empty when it has none.
    QString title() const { return m_title; }

    // The charset a page declares in its first bytes (<meta charset> or
    // http-equiv Content-Type), or empty.
    static QByteArray declaredCharset(const QByteArray &bytes);
    // Decodes one character reference body ("amp", "#8217", "#x2019"); a
    // null QString when unknown.
    static QString decodeEntity(QStringView name);

private:
    void convert(const QString &html);
    void appendText(QStringView raw);
    void breakLine(int newlines);

    QString m_text;
    QString m_title;
    int m_skipDepth = 0;
    int m_preDepth = 0;
    bool m_pendingSpace = false;
};

} // namespace Dossier
