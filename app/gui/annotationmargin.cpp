#include "annotationmargin.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

namespace Dossier {

namespace {
constexpr int MarkerHeight = 4;
constexpr int HitDistance = 5;
} // namespace

AnnotationMargin::AnnotationMargin(QPlainTextEdit *text, QWidget *parent)
    : QWidget(parent)
    , m_text(text)
{
    setObjectName(QStringLiteral("annotationMargin"));
    setAccessibleName(tr("Annotation marks"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setMouseTracking(true);
    auto repaint = [this] { update(); };
    connect(m_text->verticalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(m_text->verticalScrollBar(), &QScrollBar::rangeChanged, this, repaint);
}

QSize AnnotationMargin::sizeHint() const
{
    return {12, 0};
}

void AnnotationMargin::setMarkers(const QList<Marker> &markers)
{
    m_markers = markers;
    update();
}

double AnnotationMargin::fractionOf(int position) const
{
    // Line numbers follow wrapping once blocks are laid out; before that,
    // characters are a fair guess.
    const QTextDocument *doc = m_text->document();
    const QTextBlock block = doc->findBlock(position);
    const int lines = doc->lineCount();
    if (block.isValid() && lines > 0) {
        int line = block.firstLineNumber();
        if (const QTextLayout *layout = block.layout(); layout && layout->lineCount() > 0)
            line += layout->lineForTextPosition(position - block.position()).lineNumber();
        return qBound(0.0, double(line) / lines, 1.0);
    }
    return doc->characterCount() > 0 ? double(position) / doc->characterCount() : 0.0;
}

int AnnotationMargin::markerY(int position) const
{
    const int usable = qMax(1, height() - MarkerHeight);
    return MarkerHeight / 2 + int(fractionOf(position) * usable);
}

qint64 AnnotationMargin::markerAt(int y) const
{
    qint64 best = 0;
    int bestDistance = HitDistance + 1;
    for (const Marker &m : m_markers) {
        const int distance = qAbs(markerY(m.position) - y);
        if (distance < bestDistance) {
            best = m.id;
            bestDistance = distance;
        }
    }
    return best;
}

void AnnotationMargin::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    // The part of the document in view.
    const QScrollBar *bar = m_text->verticalScrollBar();
    const int total = bar->maximum() - bar->minimum() + bar->pageStep();
    if (total > 0 && bar->maximum() > 0) {
        const int top = int(double(bar->value() - bar->minimum()) / total * height());
        const int span = qMax(2, int(double(bar->pageStep()) / total * height()));
        QColor shade = palette().color(QPalette::Text);
        shade.setAlpha(28);
        painter.fillRect(QRect(0, top, width(), span), shade);
    }
    const QColor outline = palette().color(QPalette::Text);
    for (const Marker &m : std::as_const(m_markers)) {
        const QRect mark(2, markerY(m.position) - MarkerHeight / 2, width() - 4, MarkerHeight);
        painter.fillRect(mark, m.colour.isValid() ? m.colour : outline);
    }
}

void AnnotationMargin::mousePressEvent(QMouseEvent *event)
{
    if (const qint64 id = markerAt(event->position().toPoint().y()); id > 0 && event->button() == Qt::LeftButton) {
        Q_EMIT markerClicked(id);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

bool AnnotationMargin::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qint64 id = markerAt(help->pos().y());
        QString tip;
        for (const Marker &m : std::as_const(m_markers)) {
            if (m.id == id)
                tip = m.toolTip;
        }
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Dossier
