#pragma once

#include "entityhighlighter.h"

#include "analysis/entities.h"
#include "corpus/document.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace Dossier {

// One document in the reader: a header (title, publisher, date, kind), the
// text coloured by the engine, a find bar, zoom, and navigation between
// entities.
class ReaderPane : public QWidget
{
    Q_OBJECT
public:
    enum class EntityKind { Body, Statistic, Attribution, Change };

    ReaderPane(const KSyntaxHighlighting::Definition &definition, const KSyntaxHighlighting::Theme &theme, QWidget *parent = nullptr);

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

    void setLayers(EntityHighlighter::Layers layers);
    void setTheme(const KSyntaxHighlighting::Theme &theme);
    void setEmphasis(const QList<TextSpan> &spans);

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

Q_SIGNALS:
    void activated(); // the user focused this pane
    void spanClicked(int position);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString describeAt(int position) const;
    void updateFindCount();

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
};

} // namespace Dossier
