#include "readerpane.h"

#include "models/entitytreemodel.h"
#include "models/librarymodel.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
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
    m_meta->setForegroundRole(QPalette::PlaceholderText);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("readerText"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleName(tr("Document text"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // A comfortable reading face and measure.
    QFont readerFont = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    readerFont.setPointSizeF(qMax(11.0, readerFont.pointSizeF() * 1.15));
    m_text->setFont(readerFont);
    m_text->document()->setDocumentMargin(18);
    m_text->viewport()->installEventFilter(this);
    m_text->installEventFilter(this);

    m_highlighter = new EntityHighlighter(m_text->document(), definition);
    m_highlighter->setTheme(theme);

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
    layout->addWidget(m_text, 1);
    layout->addWidget(m_findBar);
}

void ReaderPane::setDocument(const Document &document)
{
    m_document = document;
    m_extraction = {};
    m_analysed = false;
    setMetadata(document);
    // Nothing to colour until the engine's findings arrive. An attached
    // highlighter would walk every block of the old text and then of the new
    // one before the first screen is painted: most of the time to open a
    // large text (benchmarked by tests/bench, "open N MB document").
    m_highlighter->setDocument(nullptr);
    m_highlighter->setExtraction({});
    m_text->setPlainText(document.text);
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
}

void ReaderPane::setLayers(EntityHighlighter::Layers layers)
{
    m_highlighter->setLayers(layers);
}

void ReaderPane::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    m_highlighter->setTheme(theme);
}

void ReaderPane::setEmphasis(const QList<TextSpan> &spans)
{
    m_highlighter->setEmphasis(spans);
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
    m_text->setExtraSelections({flash});
    QTimer::singleShot(700, m_text, [text = m_text] { text->setExtraSelections({}); });
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
            const QString value = QLocale().toString(s.value, 'g', 12);
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

bool ReaderPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport() && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int position = m_text->cursorForPosition(help->pos()).position();
        const QString tip = describeAt(position);
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, m_text->viewport());
        return true;
    }
    if (watched == m_text && event->type() == QEvent::FocusIn)
        Q_EMIT activated();
    if (watched == m_text->viewport() && event->type() == QEvent::MouseButtonRelease)
        Q_EMIT spanClicked(m_text->textCursor().position());
    return QWidget::eventFilter(watched, event);
}

} // namespace Dossier
