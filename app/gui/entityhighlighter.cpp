#include "entityhighlighter.h"

#include <KSyntaxHighlighting/Format>

#include <QElapsedTimer>
#include <QPalette>
#include <QTextLayout>

#include <algorithm>
#include <climits>

namespace Dossier {

EntityHighlighter::EntityHighlighter(QTextDocument *document, const KSyntaxHighlighting::Definition &definition)
    : QObject(document)
    , m_definition(definition)
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &EntityHighlighter::slice);
    setDocument(document);
}

void EntityHighlighter::setDocument(QTextDocument *document)
{
    if (document == m_document)
        return;
    if (m_document)
        disconnect(m_document.data(), nullptr, this, nullptr);
    m_document = document;
    m_hidden.clear();
    if (document) {
        // The spans belong to the text they were found in: a new text (the
        // reader is read-only) starts over.
        connect(document, &QTextDocument::contentsChange, this, [this](int, int removed, int added) {
            if (removed != added)
                rebuild();
        });
    }
    rebuild();
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
    QTextDocument *doc = m_document.data();
    if (!doc) {
        restart();
        return;
    }
    QList<Painted> all;
    auto add = [&](const TextSpan &span, Layer layer, const QTextCharFormat &format) {
        if (span.isValid() && span.length() > 0)
            all.append({span, layer, format, int(all.size())});
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

    // Spans to blocks in one walk through both, in text order (a search for
    // the block of every span cost a tenth of a second on a 5 MB text).
    std::stable_sort(all.begin(), all.end(), [](const Painted &a, const Painted &b) { return a.span.start < b.span.start; });
    m_byBlock.assign(size_t(doc->blockCount()), {});
    QTextBlock block = doc->begin();
    size_t number = 0;
    for (const Painted &p : std::as_const(all)) {
        while (block.isValid() && block.position() + block.length() <= p.span.start) {
            block = block.next();
            ++number;
        }
        QTextBlock inside = block;
        for (size_t n = number; inside.isValid() && inside.position() < p.span.end && n < m_byBlock.size(); ++n) {
            m_byBlock[n].append(p);
            inside = inside.next();
        }
    }
    applyFurnitureVisibility();
    restart();
}

void EntityHighlighter::applyFurnitureVisibility()
{
    QTextDocument *doc = m_document;
    // Only the blocks a furniture span covers whole, found from the spans
    // (not by testing every block against every span).
    QSet<int> hidden;
    if (m_layers.testFlag(HideFurniture)) {
        for (const TextSpan &f : std::as_const(m_extraction.furniture)) {
            for (QTextBlock block = doc->findBlock(f.start); block.isValid() && block.position() < f.end; block = block.next()) {
                const TextSpan range{block.position(), block.position() + block.length() - 1};
                if (f.start <= range.start && f.end >= range.end && range.length() > 0)
                    hidden.insert(block.blockNumber());
            }
        }
    }
    int from = INT_MAX;
    int to = -1;
    auto show = [&](int number, bool visible) {
        QTextBlock block = doc->findBlockByNumber(number);
        if (!block.isValid() || block.isVisible() == visible)
            return;
        block.setVisible(visible);
        from = qMin(from, block.position());
        to = qMax(to, block.position() + block.length());
    };
    for (int number : std::as_const(m_hidden)) {
        if (!hidden.contains(number))
            show(number, true);
    }
    for (int number : std::as_const(hidden))
        show(number, false);
    m_hidden = hidden;
    markDirty(from, to);
}

void EntityHighlighter::markDirty(int from, int to)
{
    if (m_document && to > from)
        m_document->markContentsDirty(from, qMin(to, m_document->characterCount()) - from);
}

void EntityHighlighter::restart()
{
    m_timer.stop();
    m_next = {};
    if (!m_document) {
        m_done.clear();
        m_remaining = 0;
        return;
    }
    const int count = m_document->blockCount();
    m_done.assign(size_t(count), false);
    m_remaining = count;
    m_next = m_document->begin();
    // What is on screen at once; the rest from the event loop.
    highlightNow(m_firstVisible, m_lastVisible);
    if (m_remaining > 0)
        m_timer.start();
}

void EntityHighlighter::highlightNow(int firstBlock, int lastBlock)
{
    m_firstVisible = firstBlock;
    m_lastVisible = lastBlock;
    if (!m_document || m_remaining == 0 || firstBlock > lastBlock)
        return;
    if (size_t(m_document->blockCount()) != m_done.size())
        return restart();
    int from = INT_MAX;
    int to = -1;
    QTextBlock block = m_document->findBlockByNumber(qMax(0, firstBlock));
    for (int number = qMax(0, firstBlock); block.isValid() && number <= lastBlock; ++number, block = block.next()) {
        if (m_done[size_t(number)])
            continue;
        m_done[size_t(number)] = true;
        --m_remaining;
        if (paint(block)) {
            from = qMin(from, block.position());
            to = qMax(to, block.position() + block.length());
        }
    }
    markDirty(from, to);
    if (m_remaining == 0) {
        m_timer.stop();
        Q_EMIT completed();
    }
}

void EntityHighlighter::slice()
{
    if (!m_document || m_remaining == 0) {
        m_timer.stop();
        return;
    }
    if (size_t(m_document->blockCount()) != m_done.size())
        return restart();
    QElapsedTimer clock;
    clock.start();
    const qint64 budget = qint64(m_budgetMs) * 1000000;
    int from = INT_MAX;
    int to = -1;
    // Blocks before m_next are all done: the pass goes through in order,
    // skipping those coloured because they were on screen.
    while (m_remaining > 0 && m_next.isValid()) {
        const QTextBlock block = m_next;
        m_next = m_next.next();
        const size_t number = size_t(block.blockNumber());
        if (number < m_done.size() && !m_done[number]) {
            m_done[number] = true;
            --m_remaining;
            if (paint(block)) {
                from = qMin(from, block.position());
                to = qMax(to, block.position() + block.length());
            }
        }
        if (clock.nsecsElapsed() >= budget)
            break;
    }
    // One relayout notice for the slice: blocks off screen are laid out
    // only when they are shown.
    markDirty(from, to);
    if (!m_next.isValid())
        m_remaining = 0;
    if (m_remaining == 0) {
        m_timer.stop();
        Q_EMIT completed();
    }
}

bool EntityHighlighter::paint(QTextBlock block)
{
    QList<QTextLayout::FormatRange> ranges;
    const size_t number = size_t(block.blockNumber());
    if (number < m_byBlock.size() && !m_byBlock[number].isEmpty()) {
        // Painted in the order they were added: later layers win.
        QList<Painted> spans = m_byBlock[number];
        std::stable_sort(spans.begin(), spans.end(), [](const Painted &a, const Painted &b) { return a.order < b.order; });
        const int base = block.position();
        const int length = block.length() - 1;
        struct Clip {
            int from;
            int to;
            const QTextCharFormat *format;
        };
        QList<Clip> clips;
        QList<int> cuts{0, length};
        for (const Painted &p : std::as_const(spans)) {
            const bool furniture = p.layer == Furniture;
            if (furniture ? !m_layers.testFlag(Furniture) : !m_layers.testFlag(p.layer))
                continue;
            const int from = qMax(0, p.span.start - base);
            const int to = qMin(length, p.span.end - base);
            if (to <= from)
                continue;
            clips.append({from, to, &p.format});
            cuts.append(from);
            cuts.append(to);
        }
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        // Between two cuts the same spans apply: their formats merged in
        // order, so that layers combine and later ones win.
        for (qsizetype c = 0; c + 1 < cuts.size(); ++c) {
            const int a = cuts.at(c);
            const int b = cuts.at(c + 1);
            QTextCharFormat merged;
            bool any = false;
            for (const Clip &clip : std::as_const(clips)) {
                if (clip.from <= a && clip.to >= b) {
                    merged.merge(*clip.format);
                    any = true;
                }
            }
            if (!any)
                continue;
            if (!ranges.isEmpty() && ranges.last().start + ranges.last().length == a && ranges.last().format == merged)
                ranges.last().length += b - a;
            else
                ranges.append({a, b - a, merged});
        }
    }
    QTextLayout *layout = block.layout();
    if (!layout || layout->formats() == ranges)
        return false;
    layout->setFormats(ranges);
    return true;
}

} // namespace Dossier
