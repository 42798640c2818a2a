#pragma once

// What the GUI benchmarks share: noticing when a paint has reached the screen.
#include <QApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Dossier::Bench {

// Calls done() once a paint event reached a widget that accept() picks and
// the paint pass it belongs to has finished (a zero timer runs after it).
class PaintWatch : public QObject
{
public:
    PaintWatch(std::function<bool(QObject *)> accept, std::function<void()> done)
        : m_accept(std::move(accept))
        , m_done(std::move(done))
    {
        qApp->installEventFilter(this);
    }
    void rearm(std::function<bool(QObject *)> accept, std::function<void()> done)
    {
        m_accept = std::move(accept);
        m_done = std::move(done);
        m_fired = false;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_fired && event->type() == QEvent::Paint && m_accept && m_accept(watched)) {
            m_fired = true;
            auto done = m_done;
            QTimer::singleShot(0, this, [done] { done(); });
        }
        return false;
    }

private:
    std::function<bool(QObject *)> m_accept;
    std::function<void()> m_done;
    bool m_fired = false;
};

} // namespace Dossier::Bench
