#include "htmlconverter.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <cctype>

namespace Dossier {

namespace {

// Elements whose whole content is not article text.
bool isDropped(QStringView name)
{
    static const QStringList names = {
        QStringLiteral("nav"), QStringLiteral("header"), QStringLiteral("footer"), QStringLiteral("aside"),
        QStringLiteral("form"), QStringLiteral("template"), QStringLiteral("noscript"), QStringLiteral("svg"),
        QStringLiteral("iframe"), QStringLiteral("object"), QStringLiteral("head"), QStringLiteral("button"),
        QStringLiteral("select"), QStringLiteral("canvas"), QStringLiteral("video"), QStringLiteral("audio"),
        QStringLiteral("map"), QStringLiteral("dialog"), QStringLiteral("menu")};
    return names.contains(name);
}

// Elements whose content is raw text up to their end tag.
bool isRawText(QStringView name)
{
    return name == u"script" || name == u"style" || name == u"title" || name == u"textarea" || name == u"xmp";
}

bool isVoid(QStringView name)
{
    static const QStringList names = {
        QStringLiteral("br"), QStringLiteral("img"), QStringLiteral("hr"), QStringLiteral("input"),
        QStringLiteral("meta"), QStringLiteral("link"), QStringLiteral("area"), QStringLiteral("base"),
        QStringLiteral("col"), QStringLiteral("embed"), QStringLiteral("source"), QStringLiteral("track"),
        QStringLiteral("wbr"), QStringLiteral("param")};
    return names.contains(name);
}

// 2: a paragraph-like block, set off by a blank line; 1: a line of its own.
int blockBreak(QStringView name)
{
    static const QStringList paragraphs = {
        QStringLiteral("p"), QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"),
        QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("blockquote"),
        QStringLiteral("pre"), QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("dl"),
        QStringLiteral("table"), QStringLiteral("figure"), QStringLiteral("hr"), QStringLiteral("address"),
        QStringLiteral("article"), QStringLiteral("section"), QStringLiteral("main")};
    static const QStringList lines = {
        QStringLiteral("div"), QStringLiteral("li"), QStringLiteral("dt"), QStringLiteral("dd"),
        QStringLiteral("tr"), QStringLiteral("figcaption"), QStringLiteral("caption"), QStringLiteral("center"),
        QStringLiteral("details"), QStringLiteral("summary"), QStringLiteral("fieldset"), QStringLiteral("body")};
    if (paragraphs.contains(name))
        return 2;
    return lines.contains(name) ? 1 : 0;
}

QString collapse(const QString &s)
{
    static const QRegularExpression space(QStringLiteral("[ \\t\\r\\n\\f]+"));
    return QString(s).replace(space, QStringLiteral(" ")).trimmed();
}

} // namespace

QString HtmlConverter::decodeEntity(QStringView name)
{
    if (name.startsWith(u'#')) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
        const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return ok ? QString(QChar(0xFFFD)) : QString();
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")}, {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")}, {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")}, {QStringLiteral("nbsp"), QStringLiteral("\u00A0")},
        {QStringLiteral("ndash"), QStringLiteral("\u2013")}, {QStringLiteral("mdash"), QStringLiteral("\u2014")},
        {QStringLiteral("hellip"), QStringLiteral("\u2026")}, {QStringLiteral("lsquo"), QStringLiteral("\u2018")},
        {QStringLiteral("rsquo"), QStringLiteral("\u2019")}, {QStringLiteral("sbquo"), QStringLiteral("\u201A")},
        {QStringLiteral("ldquo"), QStringLiteral("\u201C")}, {QStringLiteral("rdquo"), QStringLiteral("\u201D")},
        {QStringLiteral("bdquo"), QStringLiteral("\u201E")}, {QStringLiteral("laquo"), QStringLiteral("\u00AB")},
        {QStringLiteral("raquo"), QStringLiteral("\u00BB")}, {QStringLiteral("copy"), QStringLiteral("\u00A9")},
        {QStringLiteral("reg"), QStringLiteral("\u00AE")}, {QStringLiteral("trade"), QStringLiteral("\u2122")},
        {QStringLiteral("deg"), QStringLiteral("\u00B0")}, {QStringLiteral("middot"), QStringLiteral("\u00B7")},
        {QStringLiteral("bull"), QStringLiteral("\u2022")}, {QStringLiteral("euro"), QStringLiteral("\u20AC")},
        {QStringLiteral("pound"), QStringLiteral("\u00A3")}, {QStringLiteral("yen"), QStringLiteral("\u00A5")},
        {QStringLiteral("cent"), QStringLiteral("\u00A2")}, {QStringLiteral("sect"), QStringLiteral("\u00A7")},
        {QStringLiteral("para"), QStringLiteral("\u00B6")}, {QStringLiteral("times"), QStringLiteral("\u00D7")},
        {QStringLiteral("divide"), QStringLiteral("\u00F7")}, {QStringLiteral("plusmn"), QStringLiteral("\u00B1")},
        {QStringLiteral("shy"), QStringLiteral("\u00AD")}, {QStringLiteral("thinsp"), QStringLiteral("\u2009")},
        {QStringLiteral("ensp"), QStringLiteral("\u2002")}, {QStringLiteral("emsp"), QStringLiteral("\u2003")},
        {QStringLiteral("aacute"), QStringLiteral("\u00E1")}, {QStringLiteral("eacute"), QStringLiteral("\u00E9")},
        {QStringLiteral("iacute"), QStringLiteral("\u00ED")}, {QStringLiteral("oacute"), QStringLiteral("\u00F3")},
        {QStringLiteral("uacute"), QStringLiteral("\u00FA")}, {QStringLiteral("agrave"), QStringLiteral("\u00E0")},
        {QStringLiteral("egrave"), QStringLiteral("\u00E8")}, {QStringLiteral("ecirc"), QStringLiteral("\u00EA")},
        {QStringLiteral("ocirc"), QStringLiteral("\u00F4")}, {QStringLiteral("auml"), QStringLiteral("\u00E4")},
        {QStringLiteral("ouml"), QStringLiteral("\u00F6")}, {QStringLiteral("uuml"), QStringLiteral("\u00FC")},
        {QStringLiteral("Auml"), QStringLiteral("\u00C4")}, {QStringLiteral("Ouml"), QStringLiteral("\u00D6")},
        {QStringLiteral("Uuml"), QStringLiteral("\u00DC")}, {QStringLiteral("Eacute"), QStringLiteral("\u00C9")},
        {QStringLiteral("szlig"), QStringLiteral("\u00DF")}, {QStringLiteral("ccedil"), QStringLiteral("\u00E7")},
        {QStringLiteral("ntilde"), QStringLiteral("\u00F1")}, {QStringLiteral("oslash"), QStringLiteral("\u00F8")},
        {QStringLiteral("aring"), QStringLiteral("\u00E5")}, {QStringLiteral("aelig"), QStringLiteral("\u00E6")},
    };
    return named.value(name.toString());
}

QByteArray HtmlConverter::declaredCharset(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(4096).toLower();
    qsizetype at = head.indexOf("charset");
    while (at >= 0) {
        qsizetype i = at + 7;
        while (i < head.size() && (head.at(i) == ' ' || head.at(i) == '=' || head.at(i) == '"' || head.at(i) == '\''))
            ++i;
        qsizetype end = i;
        while (end < head.size() && (std::isalnum(uchar(head.at(end))) || head.at(end) == '-' || head.at(end) == '_' || head.at(end) == ':'))
            ++end;
        if (end > i)
            return head.mid(i, end - i);
        at = head.indexOf("charset", at + 7);
    }
    return {};
}

HtmlConverter::HtmlConverter(const QString &html)
{
    convert(html);
    // One blank line at most between blocks, no trailing spaces on lines.
    static const QRegularExpression trailing(QStringLiteral("[ \\t]+\n"));
    static const QRegularExpression blank(QStringLiteral("\n{3,}"));
    m_text.replace(trailing, QStringLiteral("\n"));
    m_text.replace(blank, QStringLiteral("\n\n"));
    while (m_text.startsWith(QLatin1Char('\n')))
        m_text.remove(0, 1);
    while (m_text.endsWith(QLatin1Char('\n')) || m_text.endsWith(QLatin1Char(' ')))
        m_text.chop(1);
}

void HtmlConverter::breakLine(int newlines)
{
    m_pendingSpace = false;
    if (m_text.isEmpty())
        return;
    while (m_text.endsWith(QLatin1Char(' ')))
        m_text.chop(1);
    int have = 0;
    for (qsizetype i = m_text.size() - 1; i >= 0 && m_text.at(i) == QLatin1Char('\n'); --i)
        ++have;
    for (; have < newlines; ++have)
        m_text.append(QLatin1Char('\n'));
}

void HtmlConverter::appendText(QStringView raw)
{
    if (m_skipDepth > 0)
        return;
    QString decoded;
    decoded.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) == u'&') {
            const qsizetype semi = raw.indexOf(u';', i + 1);
            if (semi > i + 1 && semi - i <= 32) {
                const QString value = decodeEntity(raw.mid(i + 1, semi - i - 1));
                if (!value.isNull()) {
                    decoded += value;
                    i = semi;
                    continue;
                }
            }
        }
        decoded += raw.at(i);
    }
    if (m_preDepth > 0) {
        m_text += decoded;
        return;
    }
    for (const QChar c : std::as_const(decoded)) {
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f') {
            m_pendingSpace = true;
            continue;
        }
        if (m_pendingSpace && !m_text.isEmpty() && !m_text.endsWith(QLatin1Char('\n')) && !m_text.endsWith(QLatin1Char('\t')))
            m_text += QLatin1Char(' ');
        m_pendingSpace = false;
        m_text += c;
    }
}

void HtmlConverter::convert(const QString &html)
{
    QStringList dropped; // open elements whose content is dropped
    QList<int> lists;    // open lists: -1 unordered, else the next number
    int articleDepth = 0;
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype lt = html.indexOf(QLatin1Char('<'), i);
        if (lt < 0) {
            appendText(QStringView(html).mid(i));
            break;
        }
        appendText(QStringView(html).mid(i, lt - i));
        i = lt;
        if (QStringView(html).mid(i, 4) == u"<!--") {
            const qsizetype end = html.indexOf(QStringLiteral("-->"), i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        if (i + 1 < n && (html.at(i + 1) == u'!' || html.at(i + 1) == u'?')) {
            const qsizetype end = html.indexOf(QLatin1Char('>'), i);
            i = end < 0 ? n : end + 1;
            continue;
        }
        qsizetype j = i + 1;
        const bool closing = j < n && html.at(j) == u'/';
        if (closing)
            ++j;
        const qsizetype nameStart = j;
        while (j < n && (html.at(j).isLetterOrNumber() || html.at(j) == u'-' || html.at(j) == u':'))
            ++j;
        if (j == nameStart || !html.at(nameStart).isLetter()) {
            appendText(u"<");
            i = lt + 1;
            continue;
        }
        const QString name = html.mid(nameStart, j - nameStart).toLower();
        // Attributes: a '>' inside a quoted value does not end the tag.
        QChar quote;
        while (j < n) {
            const QChar c = html.at(j);
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'>') {
                break;
            }
            ++j;
        }
        const bool selfClosing = j > 0 && j < n && html.at(j - 1) == u'/';
        i = j < n ? j + 1 : n;

        if (!closing && isRawText(name)) {
            const qsizetype end = html.indexOf(QStringLiteral("</") + name, i, Qt::CaseInsensitive);
            const qsizetype contentEnd = end < 0 ? n : end;
            if (name == u"title" && m_title.isEmpty())
                m_title = collapse(HtmlConverter(html.mid(i, contentEnd - i)).text());
            else if (name == u"textarea" || name == u"xmp")
                appendText(QStringView(html).mid(i, contentEnd - i));
            const qsizetype close = end < 0 ? -1 : html.indexOf(QLatin1Char('>'), end);
            i = close < 0 ? n : close + 1;
            continue;
        }

        if (name == u"article" || name == u"main")
            articleDepth += closing ? (articleDepth > 0 ? -1 : 0) : 1;
        if (name == u"body" && !closing) {
            dropped.clear(); // a page that never closed its head
            m_skipDepth = 0;
        }
        // A header or footer inside an article is the article's own.
        const bool drops = isDropped(name) && !((name == u"header" || name == u"footer") && articleDepth > 0);
        if (drops && !isVoid(name)) {
            if (!closing && !selfClosing) {
                dropped.append(name);
            } else if (closing) {
                const qsizetype open = dropped.lastIndexOf(name);
                if (open >= 0)
                    dropped.resize(open);
            }
            m_skipDepth = int(dropped.size());
            continue;
        }
        if (m_skipDepth > 0)
            continue;

        if (name == u"br") {
            m_text += QLatin1Char('\n');
            m_pendingSpace = false;
            continue;
        }
        if (name == u"pre")
            m_preDepth = qMax(0, m_preDepth + (closing ? -1 : 1));
        if (name == u"td" || name == u"th") {
            if (!closing && !m_text.isEmpty() && !m_text.endsWith(QLatin1Char('\n'))) {
                m_text += QLatin1Char('\t');
                m_pendingSpace = false;
            }
            continue;
        }
        if (name == u"ul" || name == u"ol") {
            if (closing && !lists.isEmpty())
                lists.removeLast();
            else if (!closing)
                lists.append(name == u"ol" ? 1 : -1);
        }
        if (const int lines = blockBreak(name))
            breakLine(lines);
        if (name == u"li" && !closing) {
            if (lists.isEmpty() || lists.last() < 0) {
                m_text += QStringLiteral("\u2022 ");
            } else {
                m_text += QStringLiteral("%1. ").arg(lists.last());
                ++lists.last();
            }
        }
    }
}

} // namespace Dossier
