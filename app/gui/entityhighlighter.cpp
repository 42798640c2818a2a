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
    m_painted.clear();
    m_firstOfBlock.clear();
    m_formats.clear();
    QTextDocument *doc = m_document.data();
    if (!doc) {
        restart();
        return;
    }
    const Extraction &x = m_extraction;
    std::vector<Painted> all;
    all.reserve(size_t(x.furniture.size() + 3 * x.attributions.size() + x.bodies.size() + x.statistics.size() + 2 * x.changes.size()
                       + m_emphasis.size()));
    auto add = [&](const TextSpan &span, Layer layer, int format) {
        if (span.isValid() && span.length() > 0)
            all.push_back({span, layer, format, int(all.size())});
    };
    auto format = [this](const QTextCharFormat &f) {
        m_formats.append(f);
        return int(m_formats.size()) - 1;
    };
    const QTextCharFormat statFormat = formatFor(QStringLiteral("Statistic"));
    const int body = format(formatFor(QStringLiteral("Body")));
    const int stat = format(statFormat);
    QTextCharFormat speakerFormat = formatFor(QStringLiteral("Speaker Label"));
    speakerFormat.setFontUnderline(true);
    const int speaker = format(speakerFormat);
    const int cue = format(formatFor(QStringLiteral("Cue")));
    QTextCharFormat contentFormat;
    contentFormat.setBackground(QColor(m_theme.editorColor(KSyntaxHighlighting::Theme::CurrentLine)));
    const int content = format(contentFormat);
    QTextCharFormat furnitureFormat = formatFor(QStringLiteral("Furniture Count"));
    if (!furnitureFormat.hasProperty(QTextFormat::ForegroundBrush))
        furnitureFormat.setForeground(QColor(0x90, 0x90, 0x90));
    furnitureFormat.setFontItalic(false);
    const int furniture = format(furnitureFormat);
    QTextCharFormat changeFormat;
    changeFormat.setUnderlineStyle(QTextCharFormat::DashUnderline);
    changeFormat.setUnderlineColor(statFormat.foreground().color());
    const int change = format(changeFormat);
    QTextCharFormat emphasisFormat;
    emphasisFormat.setBackground(QColor(m_theme.editorColor(KSyntaxHighlighting::Theme::SearchHighlight)));
    const int emphasis = format(emphasisFormat);

    // Order matters: later spans are painted over earlier ones.
    for (const TextSpan &f : std::as_const(x.furniture))
        add(f, Furniture, furniture);
    for (const Attribution &a : std::as_const(x.attributions)) {
        add(a.content, Attributions, content);
        add(a.speaker, Attributions, speaker);
        add(a.cue, Attributions, cue);
    }
    for (const BodyMention &b : std::as_const(x.bodies))
        add(b.span, Bodies, body);
    for (const Statistic &s : std::as_const(x.statistics))
        add(s.span, Statistics, stat);
    for (const Change &c : std::as_const(x.changes)) {
        add(x.statistics.at(c.from).span, Changes, change);
        add(x.statistics.at(c.to).span, Changes, change);
    }
    for (const TextSpan &e : std::as_const(m_emphasis))
        add(e, Bodies, emphasis);

    // Spans to blocks in one walk through both, in text order (a search for
    // the block of every span cost a tenth of a second on a 5 MB text).
    std::stable_sort(all.begin(), all.end(), [](const Painted &a, const Painted &b) { return a.span.start < b.span.start; });
    std::vector<int> starts; // of every block, and the end of the last
    starts.reserve(size_t(doc->blockCount()) + 1);
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        starts.push_back(block.position());
        if (!block.next().isValid())
            starts.push_back(block.position() + block.length());
    }
    const size_t blocks = starts.empty() ? 0 : starts.size() - 1;
    // Each span goes to the blocks it touches: counted, then placed.
    auto forEachBlock = [&](auto &&touch) {
        size_t number = 0;
        for (size_t i = 0; i < all.size(); ++i) {
            const TextSpan &span = all[i].span;
            while (number < blocks && starts[number + 1] <= span.start)
                ++number;
            for (size_t n = number; n < blocks && starts[n] < span.end; ++n)
                touch(n, i);
        }
    };
    m_firstOfBlock.assign(blocks + 1, 0);
    forEachBlock([this](size_t n, size_t) { ++m_firstOfBlock[n + 1]; });
    for (size_t n = 1; n <= blocks; ++n)
        m_firstOfBlock[n] += m_firstOfBlock[n - 1];
    m_painted.resize(size_t(m_firstOfBlock[blocks]));
    std::vector<int> next(m_firstOfBlock.begin(), m_firstOfBlock.end() - 1);
    forEachBlock([&](size_t n, size_t i) { m_painted[size_t(next[n]++)] = all[i]; });
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
    if (number + 1 < m_firstOfBlock.size() && m_firstOfBlock[number] < m_firstOfBlock[number + 1]) {
        // Painted in the order they were added: later layers win.
        QList<Painted> spans(m_painted.begin() + m_firstOfBlock[number], m_painted.begin() + m_firstOfBlock[number + 1]);
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
            clips.append({from, to, &m_formats.at(p.format)});
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
