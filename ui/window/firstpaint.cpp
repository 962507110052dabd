#include "window/firstpaint.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace reviewdesk::ui {
namespace {

// Watches every paint in the application, since a window whose children cover
// it entirely never receives a paint event of its own.
class PaintWatcher : public QObject
{
public:
    PaintWatcher(QWidget* widget, std::function<void()> then)
        : QObject(qApp), m_widget(widget), m_then(std::move(then))
    {}

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Paint || m_fired)
            return false;
        if (!m_widget) { // gone before it was ever painted
            deleteLater();
            return false;
        }
        auto* painted = qobject_cast<QWidget*>(watched);
        if (painted && (painted == m_widget || m_widget->isAncestorOf(painted))) {
            m_fired = true;
            qApp->removeEventFilter(this);
            // Queued: the whole window finishes painting and reaches the screen first.
            QTimer::singleShot(0, m_widget.data(), m_then);
            deleteLater();
        }
        return false;
    }

private:
    QPointer<QWidget> m_widget;
    std::function<void()> m_then;
    bool m_fired = false;
};

} // namespace

void whenPainted(QWidget* widget, std::function<void()> then)
{
    qApp->installEventFilter(new PaintWatcher(widget, std::move(then)));
}

} // namespace reviewdesk::ui
