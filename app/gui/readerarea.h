#pragma once

#include "readerpane.h"

#include "corpus/passagealignment.h"

#include <QFutureWatcher>
#include <QWidget>

class QSplitter;
class QStackedLayout;
class QLabel;

namespace Dossier {

// The reader: one document, or two side by side. Keeps track of the active
// pane, swaps and closes sides, and links the panes' scrolling.
class ReaderArea : public QWidget
{
    Q_OBJECT
public:
    ReaderArea(const KSyntaxHighlighting::Definition &definition, const KSyntaxHighlighting::Theme &theme, QWidget *parent = nullptr);

    // The pane shown on the left (0) or right (1); null when that side is closed.
    ReaderPane *pane(int side) const;
    ReaderPane *activePane() const;
    int paneCount() const;
    bool isComparing() const { return paneCount() == 2; }

    // Opens a document in the active pane (the left one when none is open).
    ReaderPane *open(const Document &document);
    // Opens a document in a given pane.
    ReaderPane *openIn(ReaderPane *pane, const Document &document);
    // Opens a document on the right, beside the active one.
    ReaderPane *compare(const Document &document);
    void swapSides();
    void closeSide(int side);

    // How the two panes scroll together: not at all, at the same fraction
    // of each text, or keeping the passages they share level (proportional
    // between and around them).
    enum class Link { Off, Proportional, MatchingPassages };
    void setLinkMode(Link mode);
    Link linkMode() const { return m_link; }
    // The passages the two open documents share, once found (in the
    // background, when linking by passages): left is the document whose id
    // alignedIds().first is.
    const PassageAlignment &alignment() const { return m_alignment; }
    QPair<qint64, qint64> alignedIds() const { return m_alignedIds; }
    bool isAligning() const { return m_aligning != nullptr; }
    void setLayers(EntityHighlighter::Layers layers);
    void setTheme(const KSyntaxHighlighting::Theme &theme);
    void setReaderFont(const QString &family, int points);

Q_SIGNALS:
    void activePaneChanged(Dossier::ReaderPane *pane);
    void documentOpened(Dossier::ReaderPane *pane);
    // A document was dropped on a pane: the window opens it there.
    void documentDropped(Dossier::ReaderPane *pane, qint64 id);
    // The shared passages of the two open documents were found.
    void alignmentChanged();

private:
    ReaderPane *createPane();
    void setActive(ReaderPane *pane);
    void syncScroll(ReaderPane *from);
    void syncByPassages(ReaderPane *from, ReaderPane *to);
    void updateAlignment();

    KSyntaxHighlighting::Definition m_definition;
    KSyntaxHighlighting::Theme m_theme;
    EntityHighlighter::Layers m_layers = EntityHighlighter::Layers(EntityHighlighter::Bodies | EntityHighlighter::Statistics
                                                                     | EntityHighlighter::Attributions | EntityHighlighter::Changes
                                                                     | EntityHighlighter::Furniture);
    QSplitter *m_splitter = nullptr;
    QLabel *m_placeholder = nullptr;
    QStackedLayout *m_stack = nullptr;
    ReaderPane *m_active = nullptr;
    QString m_fontFamily;
    int m_fontSize = 0;
    Link m_link = Link::Off;
    bool m_syncing = false;
    PassageAlignment m_alignment;
    QPair<qint64, qint64> m_alignedIds{0, 0};
    QPair<qint64, qint64> m_aligningIds{0, 0};
    QFutureWatcher<PassageAlignment> *m_aligning = nullptr;
};

} // namespace Dossier
