#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

class QPlainTextEdit;

namespace Dossier {

// A narrow strip beside a reader's text with a mark for each annotation at
// its height in the whole document (as Kate marks its scrollbar), and the
// part in view shaded. Clicking a mark jumps to its annotation; hovering
// shows its note.
class AnnotationMargin : public QWidget
{
    Q_OBJECT
public:
    struct Marker {
        qint64 id = 0;
        int position = 0; // UTF-16, in the text view's document
        QColor colour;
        QString toolTip;
    };

    explicit AnnotationMargin(QPlainTextEdit *text, QWidget *parent = nullptr);

    void setMarkers(const QList<Marker> &markers);
    const QList<Marker> &markers() const { return m_markers; }
    // The vertical centre of a marker in this widget.
    int markerY(int position) const;
    // The marker nearest to y, within a few pixels; 0 when none.
    qint64 markerAt(int y) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void markerClicked(qint64 id);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    double fractionOf(int position) const;

    QPlainTextEdit *m_text;
    QList<Marker> m_markers;
};

} // namespace Dossier
