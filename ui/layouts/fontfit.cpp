#include "layouts/fontfit.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace reviewdesk::ui {
namespace {

class FontFollower : public QObject
{
public:
    FontFollower(QWidget* widget, std::function<void()> fit)
        : QObject(widget), m_fit(std::move(fit))
    {
        m_pending.setSingleShot(true);
        m_pending.setInterval(0);
        connect(&m_pending, &QTimer::timeout, this, [this] { m_fit(); });
        widget->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
            m_pending.start();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_fit;
    QTimer m_pending;
};

} // namespace

void refitOnFontChange(QWidget* widget, std::function<void()> fit)
{
    fit();
    new FontFollower(widget, std::move(fit));
}

} // namespace reviewdesk::ui
