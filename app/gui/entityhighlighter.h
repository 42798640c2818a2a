#pragma once

#include "analysis/entities.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextDocument>

#include <vector>
#include <QTimer>

#include <vector>

namespace Dossier {

// Colours a reader's text from what the engine found in it: the output of
// the same syntax definition that feeds the extractor (one engine, several
// outputs, as KSyntaxHighlighting's own HTML and ANSI highlighters), with
// the definition's styles in a KSyntaxHighlighting theme. Only entities the
// engine confirmed are coloured; page furniture is dimmed or hidden.
//
// Works block by block from precomputed spans, and never the whole text at
// once: the blocks on screen are coloured first (highlightNow), the others
// in slices of a few milliseconds from the event loop, so that a text of
// many megabytes leaves the window responsive. (QSyntaxHighlighter colours
// every block in one pass whenever anything changes, which froze the window
// for seconds on a 5 MB text.) Formats go where QSyntaxHighlighter puts
// them: in each block's layout.
class EntityHighlighter : public QObject
{
    Q_OBJECT
public:
    enum Layer {
        Bodies = 0x1,
        Statistics = 0x2,
        Attributions = 0x4,
        Changes = 0x8,
        Furniture = 0x10,      // dimmed when on
        HideFurniture = 0x20,  // furniture lines hidden
    };
    Q_DECLARE_FLAGS(Layers, Layer)

    EntityHighlighter(QTextDocument *document, const KSyntaxHighlighting::Definition &definition);

    // Null detaches (the old document keeps the colours it had).
    void setDocument(QTextDocument *document);
    QTextDocument *document() const { return m_document; }

    void setTheme(const KSyntaxHighlighting::Theme &theme);
    void setExtraction(const Extraction &extraction);
    void setLayers(Layers layers);
    Layers layers() const { return m_layers; }
    // Spans to stand out (the mentions of an entity selected elsewhere).
    void setEmphasis(const QList<TextSpan> &spans);

    // Colours blocks first..last (block numbers) now if they are not yet:
    // what the reader shows. They stay first in line until the next call.
    void highlightNow(int firstBlock, int lastBlock);
    // Every block has its colours for the current spans, layers and theme.
    bool isComplete() const { return m_remaining == 0; }
    int remainingBlocks() const { return m_remaining; }
    // Milliseconds of colouring per turn of the event loop.
    void setSliceBudget(int milliseconds) { m_budgetMs = qMax(1, milliseconds); }

Q_SIGNALS:
    // Every block has been coloured (after a change of spans, layers or theme).
    void completed();

private:
    struct Painted {
        TextSpan span;
        Layer layer;
        int format = 0; // in m_formats
        int order = 0;  // later ones are painted over earlier ones
    };
    void rebuild();
    void restart();
    void slice();
    // Colours one block; false when its formats did not change.
    bool paint(QTextBlock block);
    void markDirty(int from, int to);
    void applyFurnitureVisibility();
    QTextCharFormat formatFor(const QString &itemData) const;

    QPointer<QTextDocument> m_document;
    KSyntaxHighlighting::Definition m_definition;
    KSyntaxHighlighting::Theme m_theme;
    Extraction m_extraction;
    QList<TextSpan> m_emphasis;
    Layers m_layers = Layers(Bodies | Statistics | Attributions | Changes | Furniture);
    // The spans by block, flat (a list per block cost a third of a second
    // for a 20 MB text when its analysis arrived): those in block n are
    // m_painted[m_firstOfBlock[n]] up to m_painted[m_firstOfBlock[n + 1]].
    std::vector<Painted> m_painted;
    std::vector<int> m_firstOfBlock;
    QList<QTextCharFormat> m_formats; // by Painted::format
    QSet<int> m_hidden;                   // block numbers hidden as furniture

    // The pass in progress: which blocks have their colours, where the
    // background pass goes on, and what the reader shows.
    std::vector<bool> m_done;
    int m_remaining = 0;
    QTextBlock m_next;
    int m_firstVisible = 0;
    int m_lastVisible = -1;
    int m_budgetMs = 4;
    QTimer m_timer;
};

} // namespace Dossier

Q_DECLARE_OPERATORS_FOR_FLAGS(Dossier::EntityHighlighter::Layers)
