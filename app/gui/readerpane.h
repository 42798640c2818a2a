#pragma once

#include "entityhighlighter.h"

#include "analysis/entities.h"
#include "annotations/annotation.h"
#include "corpus/document.h"

#include <QHash>
#include <QPlainTextEdit>
#include <QFont>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

namespace Dossier {

class AnnotationMargin;

// One document in the reader: a header (title, publisher, date, kind), the
// text coloured by the engine, a find bar, zoom, and navigation between
// entities; the user's annotations over the colouring, marked in a margin.
class ReaderPane : public QWidget
{
    Q_OBJECT
public:
    enum class EntityKind { Body, Statistic, Attribution, Change, Annotation };

    ReaderPane(const KSyntaxHighlighting::Definition &definition, const KSyntaxHighlighting::Theme &theme, QWidget *parent = nullptr);
    ~ReaderPane() override;

    void setDocument(const Document &document);
    // Shows edited metadata (title, publisher, date, language, kind); the
    // text and its analysis stay.
    void setMetadata(const Document &metadata);
    const Document &document() const { return m_document; }
    bool hasDocument() const { return m_document.isValid(); }

    // The engine's findings arrive after the text (analysed in the background).
    void setExtraction(const Extraction &extraction);
    const Extraction &extraction() const { return m_extraction; }
    bool isAnalysed() const { return m_analysed; }
    // Analysed, and every block coloured (large texts are coloured from the
    // event loop, the screen first).
    bool isFullyHighlighted() const;
    EntityHighlighter *highlighter() const { return m_highlighter; }

    void setLayers(EntityHighlighter::Layers layers);
    void setTheme(const KSyntaxHighlighting::Theme &theme);
    // The reading face; an empty family or a size of 0 means the system's.
    void setReaderFont(const QString &family, int points);
    QFont readerFont() const;
    void setEmphasis(const QList<TextSpan> &spans);

    // The document's annotations, painted over the engine's colouring. An
    // orphaned one, or one whose quote is no longer at its place, is never
    // painted: it would mark the wrong text.
    void setAnnotations(const QList<Annotation> &annotations);
    void setAnnotationsVisible(bool visible);
    bool annotationsVisible() const { return m_annotationsVisible; }
    // UTF-16 spans of the annotations painted, by id.
    QHash<qint64, TextSpan> paintedAnnotations() const;
    // The innermost annotation painted at a position; 0 when none.
    qint64 annotationAt(int position) const;
    // What hovering a position shows: the note there, then what the engine
    // found there.
    QString toolTipAt(int position) const;
    AnnotationMargin *annotationMargin() const { return m_margin; }

    // Selects a span, scrolls to it and flashes it.
    void showSpan(const TextSpan &span);
    TextSpan selectedSpan() const;
    // Moves to the next (or previous) entity of a kind after the cursor.
    bool goToEntity(EntityKind kind, bool forward);

    void showFindBar();
    // Finds text from the cursor; returns the number of matches in the document.
    int find(const QString &text, bool forward);

    void zoomIn();
    void zoomOut();
    void resetZoom();
    int zoom() const { return m_zoom; }
    void setZoom(int steps);

    int scrollPosition() const;
    void setScrollPosition(int value);
    QPlainTextEdit *textView() const { return m_text; }
    // Takes documents dragged from the library (the first opens here).
    bool dropDocuments(const class QMimeData *mime);

Q_SIGNALS:
    void activated(); // the user focused this pane
    void documentDropped(qint64 id); // a document dragged from the library
    void spanClicked(int position);
    void annotationClicked(qint64 id);
    // Before the text's context menu opens: add actions to it.
    void contextMenuAboutToShow(QMenu *menu, int position);
    // Every block has its colours (after the analysis, a layer or theme change).
    void highlightingFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString describeAt(int position) const;
    void highlightVisible();
    void updateFindCount();
    void updateExtraSelections();

    struct PaintedAnnotation {
        qint64 id = 0;
        TextSpan span;
        QString colour; // a HighlightColour key; empty for a note alone
        QString note;
        bool needsReview = false;
    };

    Document m_document;
    Extraction m_extraction;
    bool m_analysed = false;
    int m_zoom = 0;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QPlainTextEdit *m_text = nullptr;
    EntityHighlighter *m_highlighter = nullptr;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QLabel *m_findCount = nullptr;
    AnnotationMargin *m_margin = nullptr;
    QList<PaintedAnnotation> m_annotations; // outer before inner
    QList<QTextEdit::ExtraSelection> m_flash;
    bool m_annotationsVisible = true;
};

} // namespace Dossier
