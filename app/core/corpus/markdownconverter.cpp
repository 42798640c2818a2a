#include "markdownconverter.h"

#include "htmlconverter.h"

#include <QRegularExpression>
#include <QStringList>

namespace Dossier {

namespace {

QString replaceAll(QString s, const QRegularExpression &re, const QString &with)
{
    return s.replace(re, with);
}

} // namespace

QString MarkdownConverter::stripInline(const QString &line)
{
    // Code spans first: nothing inside them is markup.
    static const QRegularExpression code(QStringLiteral("`+([^`]+)`+"));
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]+)\\]\\([^)]*\\)"));
    static const QRegularExpression refLink(QStringLiteral("\\[([^\\]]+)\\]\\[[^\\]]*\\]"));
    static const QRegularExpression autolink(QStringLiteral("<((?:https?|mailto|ftp|file):[^>\\s]+)>"));
    static const QRegularExpression tag(QStringLiteral("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>"));
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"));
    static const QRegularExpression strike(QStringLiteral("~~(?=\\S)(.+?)(?<=\\S)~~"));
    static const QRegularExpression emStar(QStringLiteral("\\*(?=\\S)([^*]+?)(?<=\\S)\\*"));
    static const QRegularExpression emUnderscore(QStringLiteral("(?<![\\w])_(?=\\S)([^_]+?)(?<=\\S)_(?![\\w])"));
    static const QRegularExpression escape(QStringLiteral("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~])"));
    static const QRegularExpression entity(QStringLiteral("&(#?[A-Za-z0-9]{1,10});"));

    QStringList codeSpans;
    QString s = line;
    // Park code spans behind placeholders so emphasis rules cannot touch them.
    QRegularExpressionMatch m;
    while ((m = code.match(s)).hasMatch()) {
        codeSpans.append(m.captured(1));
        s.replace(m.capturedStart(), m.capturedLength(), QChar(char16_t(0xE000 + codeSpans.size() - 1)));
    }
    s = replaceAll(s, image, QStringLiteral("\\1"));
    s = replaceAll(s, link, QStringLiteral("\\1"));
    s = replaceAll(s, refLink, QStringLiteral("\\1"));
    s = replaceAll(s, autolink, QStringLiteral("\\1"));
    s = replaceAll(s, tag, QString());
    s = replaceAll(s, strong, QStringLiteral("\\2"));
    s = replaceAll(s, strike, QStringLiteral("\\1"));
    s = replaceAll(s, emStar, QStringLiteral("\\1"));
    s = replaceAll(s, emUnderscore, QStringLiteral("\\1"));
    s = replaceAll(s, escape, QStringLiteral("\\1"));
    QString out;
    qsizetype last = 0;
    auto it = entity.globalMatch(s);
    while (it.hasNext()) {
        const QRegularExpressionMatch e = it.next();
        const QString value = HtmlConverter::decodeEntity(e.capturedView(1));
        out += QStringView(s).mid(last, e.capturedStart() - last);
        out += value.isNull() ? e.captured() : value;
        last = e.capturedEnd();
    }
    out += QStringView(s).mid(last);
    for (int k = 0; k < codeSpans.size(); ++k)
        out.replace(QChar(char16_t(0xE000 + k)), codeSpans.at(k));
    return out;
}

MarkdownConverter::MarkdownConverter(const QString &markdown)
{
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(```|~~~)"));
    static const QRegularExpression atx(QStringLiteral("^ {0,3}#{1,6}(?:\\s+(.*?))?(?:\\s+#+)?\\s*$"));
    static const QRegularExpression setext(QStringLiteral("^ {0,3}(=+|-+)\\s*$"));
    static const QRegularExpression rule(QStringLiteral("^ {0,3}([-*_])(?:\\s*\\1){2,}\\s*$"));
    static const QRegularExpression quote(QStringLiteral("^ {0,3}>\\s?"));
    static const QRegularExpression bullet(QStringLiteral("^(\\s*)[-*+]\\s+"));
    static const QRegularExpression refDefinition(QStringLiteral("^ {0,3}\\[[^\\]]+\\]:\\s*\\S+.*$"));
    static const QRegularExpression tableRule(QStringLiteral("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$"));

    QString source = markdown;
    source.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = source.split(QLatin1Char('\n'));
    QStringList out;
    bool inCode = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (fence.match(line).hasMatch()) {
            inCode = !inCode;
            continue;
        }
        if (inCode) {
            out.append(line);
            continue;
        }
        if (refDefinition.match(line).hasMatch() || tableRule.match(line).hasMatch())
            continue;
        // A setext underline makes the line before it a heading.
        if (!out.isEmpty() && !out.last().trimmed().isEmpty() && setext.match(line).hasMatch()
            && !lines.at(i - 1).trimmed().isEmpty()) {
            if (m_title.isEmpty() && line.trimmed().startsWith(QLatin1Char('=')))
                m_title = out.last().trimmed();
            continue;
        }
        if (rule.match(line).hasMatch()) {
            out.append(QString());
            continue;
        }
        while (quote.match(line).hasMatch())
            line.remove(quote);
        if (const QRegularExpressionMatch h = atx.match(line); h.hasMatch()) {
            line = stripInline(h.captured(1));
            if (m_title.isEmpty())
                m_title = line.trimmed();
            out.append(line);
            continue;
        }
        line.replace(bullet, QStringLiteral("\\1\u2022 "));
        if (line.trimmed().startsWith(QLatin1Char('|'))) {
            QStringList cells = line.trimmed().split(QLatin1Char('|'));
            if (!cells.isEmpty() && cells.first().trimmed().isEmpty())
                cells.removeFirst();
            if (!cells.isEmpty() && cells.last().trimmed().isEmpty())
                cells.removeLast();
            for (QString &cell : cells)
                cell = cell.trimmed();
            line = cells.join(QLatin1Char('\t'));
        }
        // A hard break (two trailing spaces or a backslash) is a line end anyway.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        if (line.endsWith(QLatin1Char('\\')))
            line.chop(1);
        out.append(stripInline(line));
    }
    m_text = out.join(QLatin1Char('\n')).trimmed();
}

} // namespace Dossier
