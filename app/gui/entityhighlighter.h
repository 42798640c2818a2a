#pragma once

#include "analysis/entities.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

#include <QHash>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Dossier {

// Colours a reader's text from what the engine found in it: the output of
// the same syntax definition that feeds the extractor (one engine, several
// outputs, as KSyntaxHighlighting's own HTML and ANSI highlighters), with
// the definition's styles in a KSyntaxHighlighting theme. Only entities the
// engine confirmed are coloured; page furniture is dimmed or hidden. Works
// block by block from precomputed spans, so large texts colour quickly.
class EntityHighlighter : public QSyntaxHighlighter
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

    void setTheme(const KSyntaxHighlighting::Theme &theme);
    void setExtraction(const Extraction &extraction);
    void setLayers(Layers layers);
    Layers layers() const { return m_layers; }
    // Spans to stand out (the mentions of an entity selected elsewhere).
    void setEmphasis(const QList<TextSpan> &spans);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Painted {
        TextSpan span;
        Layer layer;
        QTextCharFormat format;
    };
    void rebuild();
    void applyFurnitureVisibility();
    QTextCharFormat formatFor(const QString &itemData) const;

    KSyntaxHighlighting::Definition m_definition;
    KSyntaxHighlighting::Theme m_theme;
    Extraction m_extraction;
    QList<TextSpan> m_emphasis;
    Layers m_layers = Layers(Bodies | Statistics | Attributions | Changes | Furniture);
    QHash<int, QList<Painted>> m_byBlock; // block number -> spans in it
};

} // namespace Dossier

Q_DECLARE_OPERATORS_FOR_FLAGS(Dossier::EntityHighlighter::Layers)
