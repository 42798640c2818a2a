#include "entityhighlighter.h"

#include <KSyntaxHighlighting/Format>

#include <QPalette>
#include <QPlainTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>

namespace Dossier {

EntityHighlighter::EntityHighlighter(QTextDocument *document, const KSyntaxHighlighting::Definition &definition)
    : QSyntaxHighlighter(document)
    , m_definition(definition)
{
}

void EntityHighlighter::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    m_theme = theme;
    rebuild();
}

void EntityHighlighter::setExtraction(const Extraction &extraction)
{
    m_extraction = extraction;
    rebuild();
}

void EntityHighlighter::setLayers(Layers layers)
{
    if (layers == m_layers)
        return;
    m_layers = layers;
    rebuild();
}

void EntityHighlighter::setEmphasis(const QList<TextSpan> &spans)
{
    m_emphasis = spans;
    rebuild();
}

QTextCharFormat EntityHighlighter::formatFor(const QString &itemData) const
{
    QTextCharFormat f;
    const auto formats = m_definition.formats();
    for (const KSyntaxHighlighting::Format &format : formats) {
        if (format.name() != itemData)
            continue;
        if (format.hasTextColor(m_theme))
            f.setForeground(format.textColor(m_theme));
        if (format.hasBackgroundColor(m_theme))
            f.setBackground(format.backgroundColor(m_theme));
        if (format.isBold(m_theme))
            f.setFontWeight(QFont::Bold);
        f.setFontItalic(format.isItalic(m_theme));
        f.setFontUnderline(format.isUnderline(m_theme));
        break;
    }
    return f;
}

void EntityHighlighter::rebuild()
{
    m_byBlock.clear();
    QTextDocument *doc = document();
    if (!doc)
        return;
    auto add = [&](const TextSpan &span, Layer layer, const QTextCharFormat &format) {
        if (!span.isValid() || span.length() == 0)
            return;
        QTextBlock block = doc->findBlock(span.start);
        while (block.isValid() && block.position() < span.end) {
            m_byBlock[block.blockNumber()].append({span, layer, format});
            block = block.next();
        }
    };
    const QTextCharFormat body = formatFor(QStringLiteral("Body"));
    const QTextCharFormat stat = formatFor(QStringLiteral("Statistic"));
    QTextCharFormat speaker = formatFor(QStringLiteral("Speaker Label"));
    speaker.setFontUnderline(true);
    const QTextCharFormat cue = formatFor(QStringLiteral("Cue"));
    QTextCharFormat content;
    content.setBackground(QColor(m_theme.editorColor(KSyntaxHighlighting::Theme::CurrentLine)));
    QTextCharFormat furniture = formatFor(QStringLiteral("Furniture Count"));
    if (!furniture.hasProperty(QTextFormat::ForegroundBrush))
        furniture.setForeground(QColor(0x90, 0x90, 0x90));
    furniture.setFontItalic(false);
    QTextCharFormat change;
    change.setUnderlineStyle(QTextCharFormat::DashUnderline);
    change.setUnderlineColor(stat.foreground().color());
    QTextCharFormat emphasis;
    emphasis.setBackground(QColor(m_theme.editorColor(KSyntaxHighlighting::Theme::SearchHighlight)));

    // Order matters: later spans are painted over earlier ones.
    for (const TextSpan &f : std::as_const(m_extraction.furniture))
        add(f, Furniture, furniture);
    for (const Attribution &a : std::as_const(m_extraction.attributions)) {
        add(a.content, Attributions, content);
        add(a.speaker, Attributions, speaker);
        add(a.cue, Attributions, cue);
    }
    for (const BodyMention &b : std::as_const(m_extraction.bodies))
        add(b.span, Bodies, body);
    for (const Statistic &s : std::as_const(m_extraction.statistics))
        add(s.span, Statistics, stat);
    for (const Change &c : std::as_const(m_extraction.changes)) {
        add(m_extraction.statistics.at(c.from).span, Changes, change);
        add(m_extraction.statistics.at(c.to).span, Changes, change);
    }
    for (const TextSpan &e : std::as_const(m_emphasis))
        add(e, Bodies, emphasis);
    applyFurnitureVisibility();
    rehighlight();
}

void EntityHighlighter::applyFurnitureVisibility()
{
    QTextDocument *doc = document();
    const bool hide = m_layers.testFlag(HideFurniture);
    bool changed = false;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        bool furniture = false;
        const TextSpan range{block.position(), block.position() + block.length() - 1};
        for (const TextSpan &f : std::as_const(m_extraction.furniture)) {
            if (f.start <= range.start && f.end >= range.end && range.length() > 0) {
                furniture = true;
                break;
            }
        }
        const bool visible = !(hide && furniture);
        if (block.isVisible() != visible) {
            block.setVisible(visible);
            changed = true;
        }
    }
    if (changed)
        doc->markContentsDirty(0, doc->characterCount());
}

void EntityHighlighter::highlightBlock(const QString &text)
{
    const QTextBlock block = currentBlock();
    const auto it = m_byBlock.constFind(block.blockNumber());
    if (it == m_byBlock.constEnd())
        return;
    const int base = block.position();
    for (const Painted &p : it.value()) {
        const bool furniture = p.layer == Furniture;
        if (furniture ? !m_layers.testFlag(Furniture) : !m_layers.testFlag(p.layer))
            continue;
        const int from = qMax(0, p.span.start - base);
        const int to = qMin(int(text.size()), p.span.end - base);
        if (to <= from)
            continue;
        // Merge with what is there, so layers combine.
        for (int i = from; i < to;) {
            QTextCharFormat merged = format(i);
            int j = i + 1;
            while (j < to && format(j) == format(i))
                ++j;
            merged.merge(p.format);
            setFormat(i, j - i, merged);
            i = j;
        }
    }
}

} // namespace Dossier
