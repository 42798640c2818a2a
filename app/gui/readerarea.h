#pragma once

#include "readerpane.h"

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

    void setLinkedScrolling(bool linked);
    bool linkedScrolling() const { return m_linked; }
    void setLayers(EntityHighlighter::Layers layers);
    void setTheme(const KSyntaxHighlighting::Theme &theme);
    void setReaderFont(const QString &family, int points);

Q_SIGNALS:
    void activePaneChanged(Dossier::ReaderPane *pane);
    void documentOpened(Dossier::ReaderPane *pane);
    // A document was dropped on a pane: the window opens it there.
    void documentDropped(Dossier::ReaderPane *pane, qint64 id);

private:
    ReaderPane *createPane();
    void setActive(ReaderPane *pane);
    void syncScroll(ReaderPane *from);

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
    bool m_linked = false;
    bool m_syncing = false;
};

} // namespace Dossier
