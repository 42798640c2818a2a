#include "readerpane.h"

#include "annotationmargin.h"

#include "annotations/highlightcolour.h"
#include "models/entitytreemodel.h"
#include "models/librarymodel.h"
#include "textoffsets.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace Dossier {

ReaderPane::ReaderPane(const KSyntaxHighlighting::Definition &definition, const KSyntaxHighlighting::Theme &theme, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("paneTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_meta = new QLabel(this);
    m_meta->setObjectName(QStringLiteral("paneMeta"));
    m_meta->setTextFormat(Qt::PlainText);
    // (A long publisher's name wraps: unwrapped, its width was the pane's
    // least, and in a comparison the other pane was left a sliver.)
    m_meta->setWordWrap(true);
    m_meta->setForegroundRole(QPalette::PlaceholderText);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("readerText"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleName(tr("Document text"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setReaderFont(QString(), 0);
    m_text->document()->setDocumentMargin(18);
    m_text->viewport()->installEventFilter(this);
    // Documents dragged from the library; text drops are refused (read-only).
    m_text->viewport()->setAcceptDrops(true);
    m_text->installEventFilter(this);

    m_highlighter = new EntityHighlighter(m_text->document(), definition);
    m_highlighter->setTheme(theme);
    // What is on screen is coloured first; the highlighter does the rest
    // from the event loop.
    connect(m_text, &QPlainTextEdit::updateRequest, this, &ReaderPane::highlightVisible);
    connect(m_text->verticalScrollBar(), &QScrollBar::valueChanged, this, &ReaderPane::highlightVisible);
    connect(m_highlighter, &EntityHighlighter::completed, this, &ReaderPane::highlightingFinished);

    // Find bar (Ctrl+F), hidden until asked for.
    m_findBar = new QWidget(this);
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    m_findEdit = new QLineEdit(m_findBar);
    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_findEdit->setPlaceholderText(tr("Find in document"));
    m_findEdit->setAccessibleName(tr("Find in document"));
    m_findEdit->setClearButtonEnabled(true);
    m_findCount = new QLabel(m_findBar);
    m_findCount->setObjectName(QStringLiteral("findCount"));
    auto *previous = new QToolButton(m_findBar);
    previous->setText(tr("Previous"));
    previous->setAccessibleName(tr("Previous match"));
    auto *next = new QToolButton(m_findBar);
    next->setText(tr("Next"));
    next->setAccessibleName(tr("Next match"));
    auto *close = new QToolButton(m_findBar);
    close->setText(tr("Close"));
    close->setAccessibleName(tr("Close the find bar"));
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(m_findCount);
    findLayout->addWidget(previous);
    findLayout->addWidget(next);
    findLayout->addWidget(close);
    m_findBar->hide();
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { find(m_findEdit->text(), !(QApplication::keyboardModifiers() & Qt::ShiftModifier)); });
    connect(m_findEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        QTextCursor c = m_text->textCursor();
        c.setPosition(c.selectionStart());
        m_text->setTextCursor(c);
        find(text, true);
    });
    connect(previous, &QToolButton::clicked, this, [this] { find(m_findEdit->text(), false); });
    connect(next, &QToolButton::clicked, this, [this] { find(m_findEdit->text(), true); });
    connect(close, &QToolButton::clicked, this, [this] {
        m_findBar->hide();
        m_text->setFocus();
    });

    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    m_margin = new AnnotationMargin(m_text, this);
    connect(m_margin, &AnnotationMargin::markerClicked, this, [this](qint64 id) {
        showSpan(paintedAnnotations().value(id));
        Q_EMIT annotationClicked(id);
    });
    auto *textRow = new QHBoxLayout;
    textRow->setContentsMargins(0, 0, 0, 0);
    textRow->setSpacing(0);
    textRow->addWidget(m_text, 1);
    textRow->addWidget(m_margin);
    layout->addLayout(textRow, 1);
    layout->addWidget(m_findBar);
}

ReaderPane::~ReaderPane()
{
    // QWidget's destructor closes the window after this one has run, and the
    // text view repaints as it loses focus: no child's signal may reach the
    // slots of a pane that is already gone (UBSan found this).
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
}

void ReaderPane::setDocument(const Document &document)
{
    m_document = document;
    m_extraction = {};
    m_analysed = false;
    setMetadata(document);
    // Nothing to colour until the engine's findings arrive. An attached
    // highlighter would start over on the new text before the first screen
    // is painted (benchmarked by tests/bench, "open N MB document").
    m_highlighter->setDocument(nullptr);
    m_highlighter->setExtraction({});
    // The old document's annotations would land on the wrong text.
    m_annotations.clear();
    m_flash.clear();
    m_text->setPlainText(document.text);
    updateExtraSelections();
}

void ReaderPane::highlightVisible()
{
    if (!m_highlighter->document() || m_highlighter->isComplete())
        return;
    const QRect area = m_text->viewport()->rect();
    const int first = m_text->cursorForPosition(area.topLeft()).blockNumber();
    const int last = m_text->cursorForPosition(area.bottomRight()).blockNumber();
    m_highlighter->highlightNow(first, last);
}

bool ReaderPane::isFullyHighlighted() const
{
    return m_analysed && m_highlighter->isComplete();
}

void ReaderPane::setAnnotations(const QList<Annotation> &annotations)
{
    m_annotations.clear();
    const QString &text = m_document.text;
    const TextOffsets offsets(text);
    for (const Annotation &a : annotations) {
        if (a.documentId != m_document.id || a.anchor == Annotation::Anchor::Orphaned)
            continue;
        const qsizetype from = offsets.toUtf16(a.start);
        const qsizetype to = offsets.toUtf16(a.end);
        if (from < 0 || to <= from || QStringView(text).mid(from, to - from) != a.exact)
            continue;
        m_annotations.append({a.id, {int(from), int(to)}, a.colour, a.note, a.anchor == Annotation::Anchor::NeedsReview});
    }
    // Longer first, so that an annotation inside another is painted over it.
    std::stable_sort(m_annotations.begin(), m_annotations.end(),
                     [](const PaintedAnnotation &x, const PaintedAnnotation &y) { return x.span.length() > y.span.length(); });
    updateExtraSelections();
}

void ReaderPane::setAnnotationsVisible(bool visible)
{
    m_annotationsVisible = visible;
    updateExtraSelections();
}

QHash<qint64, TextSpan> ReaderPane::paintedAnnotations() const
{
    QHash<qint64, TextSpan> spans;
    for (const PaintedAnnotation &p : m_annotations)
        spans.insert(p.id, p.span);
    return spans;
}

qint64 ReaderPane::annotationAt(int position) const
{
    if (!m_annotationsVisible)
        return 0;
    for (auto it = m_annotations.crbegin(); it != m_annotations.crend(); ++it) {
        if (it->span.contains(position))
            return it->id;
    }
    return 0;
}

void ReaderPane::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QList<AnnotationMargin::Marker> markers;
    const bool dark = m_text->palette().color(QPalette::Base).lightness() < 128;
    if (m_annotationsVisible) {
        for (const PaintedAnnotation &p : std::as_const(m_annotations)) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(m_text->document());
            selection.cursor.setPosition(p.span.start);
            selection.cursor.setPosition(p.span.end, QTextCursor::KeepAnchor);
            // Only a background (and a line): the engine's text colours show through.
            QColor colour = m_text->palette().color(QPalette::PlaceholderText);
            if (const HighlightColour *c = HighlightColour::find(p.colour)) {
                colour = c->colour(dark);
                selection.format.setBackground(colour);
            } else {
                selection.format.setUnderlineStyle(QTextCharFormat::DotLine);
                selection.format.setUnderlineColor(colour);
            }
            if (p.needsReview) {
                selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
                selection.format.setUnderlineColor(m_text->palette().color(QPalette::Text));
            }
            selections.append(selection);
            markers.append({p.id, p.span.start, colour, p.note});
        }
    }
    std::sort(markers.begin(), markers.end(), [](const auto &x, const auto &y) { return x.position < y.position; });
    m_margin->setMarkers(markers);
    m_text->setExtraSelections(selections + m_flash);
}

void ReaderPane::setMetadata(const Document &metadata)
{
    m_document.title = metadata.title;
    m_document.publisher = metadata.publisher;
    m_document.publishedOn = metadata.publishedOn;
    m_document.language = metadata.language;
    m_document.kind = metadata.kind;
    m_title->setText(m_document.title.isEmpty() ? m_document.sourceName : m_document.title);
    QStringList meta;
    if (!m_document.publisher.isEmpty())
        meta.append(m_document.publisher);
    if (m_document.publishedOn.isValid())
        meta.append(QLocale().toString(m_document.publishedOn, QLocale::LongFormat));
    if (!m_document.kind.isEmpty())
        meta.append(LibraryModel::kindLabel(m_document.kind));
    m_meta->setText(meta.join(QStringLiteral(" \u00B7 ")));
}

void ReaderPane::setExtraction(const Extraction &extraction)
{
    m_extraction = extraction;
    m_analysed = true;
    if (!m_highlighter->document())
        m_highlighter->setDocument(m_text->document());
    m_highlighter->setExtraction(extraction);
    highlightVisible();
}

void ReaderPane::setLayers(EntityHighlighter::Layers layers)
{
    m_highlighter->setLayers(layers);
    highlightVisible();
}

void ReaderPane::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    m_highlighter->setTheme(theme);
    highlightVisible();
}

void ReaderPane::setReaderFont(const QString &family, int points)
{
    // A comfortable reading face and measure unless the user chose one.
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    if (!family.isEmpty())
        font.setFamilies({family});
    font.setPointSizeF(points > 0 ? qreal(points) : qMax(11.0, font.pointSizeF() * 1.15));
    m_text->setFont(font);
    // setFont undoes the zoom: step back in to where the reader was.
    const int steps = m_zoom;
    m_zoom = 0;
    setZoom(steps);
}

QFont ReaderPane::readerFont() const
{
    return m_text->font();
}

void ReaderPane::setEmphasis(const QList<TextSpan> &spans)
{
    m_highlighter->setEmphasis(spans);
    highlightVisible();
}

void ReaderPane::showSpan(const TextSpan &span)
{
    if (!span.isValid() || span.end > m_text->document()->characterCount())
        return;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(span.start);
    cursor.setPosition(span.end, QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
    // Flash: a brief extra selection over the span.
    QTextEdit::ExtraSelection flash;
    flash.cursor = cursor;
    flash.format.setBackground(palette().color(QPalette::Highlight).lighter(150));
    m_flash = {flash};
    updateExtraSelections();
    QTimer::singleShot(700, this, [this] {
        m_flash.clear();
        updateExtraSelections();
    });
}

TextSpan ReaderPane::selectedSpan() const
{
    const QTextCursor c = m_text->textCursor();
    return {c.selectionStart(), c.selectionEnd()};
}

bool ReaderPane::goToEntity(EntityKind kind, bool forward)
{
    QList<TextSpan> spans;
    switch (kind) {
    case EntityKind::Body:
        for (const BodyMention &b : std::as_const(m_extraction.bodies))
            spans.append(b.span);
        break;
    case EntityKind::Statistic:
        for (const Statistic &s : std::as_const(m_extraction.statistics))
            spans.append(s.span);
        break;
    case EntityKind::Attribution:
        for (const Attribution &a : std::as_const(m_extraction.attributions))
            spans.append(a.speaker);
        break;
    case EntityKind::Change:
        for (const Change &c : std::as_const(m_extraction.changes))
            spans.append(m_extraction.statistics.at(c.from).span);
        break;
    case EntityKind::Annotation:
        spans = paintedAnnotations().values();
        break;
    }
    std::sort(spans.begin(), spans.end(), [](const TextSpan &a, const TextSpan &b) { return a.start < b.start; });
    const QTextCursor c = m_text->textCursor();
    const int here = forward ? c.selectionEnd() : c.selectionStart();
    if (forward) {
        for (const TextSpan &s : std::as_const(spans)) {
            if (s.start >= here) {
                showSpan(s);
                return true;
            }
        }
    } else {
        for (auto it = spans.crbegin(); it != spans.crend(); ++it) {
            if (it->end <= here && it->start < here) {
                showSpan(*it);
                return true;
            }
        }
    }
    return false;
}

void ReaderPane::showFindBar()
{
    m_findBar->show();
    m_findEdit->setFocus();
    m_findEdit->selectAll();
}

int ReaderPane::find(const QString &text, bool forward)
{
    if (text.isEmpty()) {
        m_findCount->clear();
        return 0;
    }
    QTextDocument::FindFlags flags;
    if (!forward)
        flags |= QTextDocument::FindBackward;
    if (!m_text->find(text, flags)) {
        // Wrap around.
        QTextCursor c = m_text->textCursor();
        c.movePosition(forward ? QTextCursor::Start : QTextCursor::End);
        m_text->setTextCursor(c);
        m_text->find(text, flags);
    }
    int count = 0;
    QTextCursor c(m_text->document());
    while (!(c = m_text->document()->find(text, c)).isNull())
        ++count;
    m_findCount->setText(count == 0 ? tr("Not found") : tr("%n match(es)", nullptr, count));
    return count;
}

void ReaderPane::zoomIn()
{
    setZoom(m_zoom + 1);
}

void ReaderPane::zoomOut()
{
    setZoom(m_zoom - 1);
}

void ReaderPane::resetZoom()
{
    setZoom(0);
}

void ReaderPane::setZoom(int steps)
{
    steps = qBound(-6, steps, 12);
    if (steps > m_zoom)
        m_text->zoomIn(steps - m_zoom);
    else if (steps < m_zoom)
        m_text->zoomOut(m_zoom - steps);
    m_zoom = steps;
}

int ReaderPane::scrollPosition() const
{
    return m_text->verticalScrollBar()->value();
}

void ReaderPane::setScrollPosition(int value)
{
    m_text->verticalScrollBar()->setValue(value);
}

QString ReaderPane::toolTipAt(int position) const
{
    QString note;
    for (auto it = m_annotations.crbegin(); m_annotationsVisible && it != m_annotations.crend(); ++it) {
        if (it->span.contains(position) && !it->note.isEmpty()) {
            note = it->note;
            break;
        }
    }
    const QString found = describeAt(position);
    if (note.isEmpty() || found.isEmpty())
        return note.isEmpty() ? found : note;
    return tr("%1\n\n%2", "a note, then what the engine found there").arg(note, found);
}

QString ReaderPane::describeAt(int position) const
{
    for (const BodyMention &b : m_extraction.bodies) {
        if (b.span.contains(position))
            return b.canonical.isEmpty() ? tr("Government body") : tr("Government body: %1").arg(b.canonical);
    }
    for (const Change &c : m_extraction.changes) {
        if (m_extraction.statistics.at(c.from).span.contains(position) || m_extraction.statistics.at(c.to).span.contains(position)) {
            QString line = EntityTreeModel::describeChange(m_document.text, m_extraction, c);
            if (c.disagrees)
                line += QLatin1Char('\n') + tr("The stated multiplier disagrees with the figures.");
            return line;
        }
    }
    for (const Statistic &s : m_extraction.statistics) {
        if (s.span.contains(position)) {
            // A range shows both ends: "50,000–2,600,000".
            QString value = QLocale().toString(s.value, 'g', 12);
            if (s.high != 0)
                value += QChar(0x2013) + QLocale().toString(s.high, 'g', 12);
            return s.period.isEmpty() ? tr("Statistic: %1 (%2)").arg(value, unitName(s.unit))
                                      : tr("Statistic: %1 (%2), %3").arg(value, unitName(s.unit), s.period);
        }
    }
    for (const Attribution &a : m_extraction.attributions) {
        if (a.speaker.contains(position) || a.cue.contains(position) || a.content.contains(position)) {
            const QString said = a.content.isValid() ? a.content.text(m_document.text).simplified() : tr("(no words quoted)");
            return tr("%1 %2:\n%3").arg(a.speakerName.isEmpty() ? a.speaker.text(m_document.text) : a.speakerName, a.cue.text(m_document.text), said);
        }
    }
    return {};
}

bool ReaderPane::dropDocuments(const QMimeData *mime)
{
    const QList<qint64> ids = LibraryModel::documentIds(mime);
    if (ids.isEmpty())
        return false;
    Q_EMIT documentDropped(ids.first());
    return true;
}

bool ReaderPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport() && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &ReaderPane::highlightVisible);
    if (watched == m_text->viewport() && (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove || event->type() == QEvent::Drop)) {
        auto *drag = static_cast<QDropEvent *>(event);
        if (!LibraryModel::documentIds(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            if (event->type() == QEvent::Drop)
                dropDocuments(drag->mimeData());
            return true;
        }
    }
    if (watched == m_text->viewport() && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int position = m_text->cursorForPosition(help->pos()).position();
        QString tip = toolTipAt(position);
        // A note is plain text, whatever it looks like.
        if (Qt::mightBeRichText(tip))
            tip = Qt::convertFromPlainText(tip, Qt::WhiteSpaceNormal);
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, m_text->viewport());
        return true;
    }
    if (watched == m_text->viewport() && event->type() == QEvent::ContextMenu) {
        auto *context = static_cast<QContextMenuEvent *>(event);
        m_text->setFocus(Qt::PopupFocusReason);
        // Right-clicking outside the selection moves the cursor there, so
        // that the menu's actions apply to what was clicked.
        const int position = m_text->cursorForPosition(context->pos()).position();
        QTextCursor cursor = m_text->textCursor();
        if (!cursor.hasSelection() || position < cursor.selectionStart() || position > cursor.selectionEnd()) {
            cursor.setPosition(position);
            m_text->setTextCursor(cursor);
        }
        QMenu *menu = m_text->createStandardContextMenu(context->pos());
        menu->setAttribute(Qt::WA_DeleteOnClose);
        Q_EMIT contextMenuAboutToShow(menu, position);
        menu->popup(context->globalPos());
        return true;
    }
    if (watched == m_text && event->type() == QEvent::FocusIn)
        Q_EMIT activated();
    if (watched == m_text->viewport() && event->type() == QEvent::MouseButtonRelease) {
        const QTextCursor cursor = m_text->textCursor();
        Q_EMIT spanClicked(cursor.position());
        if (!cursor.hasSelection()) {
            if (const qint64 id = annotationAt(cursor.position()))
                Q_EMIT annotationClicked(id);
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Dossier
