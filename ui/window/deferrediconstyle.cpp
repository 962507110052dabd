#include "window/deferrediconstyle.h"

#include <QIconEngine>
#include <QPainter>
#include <QPointer>

#include <functional>
#include <utility>

namespace reviewdesk::ui {
namespace {

// An icon made on first use: every question about its images asks the real
// icon, made then. Whether it is null is answered without making it (a
// standard icon never is), since buttons ask that as they are laid out.
class DeferredIconEngine : public QIconEngine
{
public:
    explicit DeferredIconEngine(std::function<QIcon()> make) : m_make(std::move(make)) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        real().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return real().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        return real().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return real().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return real().availableSizes(mode, state);
    }
    QString iconName() override { return real().name(); }
    bool isNull() override { return m_made && m_icon.isNull(); }
    QString key() const override { return QStringLiteral("DeferredIconEngine"); }
    QIconEngine* clone() const override { return new DeferredIconEngine(*this); }

private:
    const QIcon& real()
    {
        if (!m_made) {
            m_icon = m_make();
            m_made = true;
        }
        return m_icon;
    }

    std::function<QIcon()> m_make;
    QIcon m_icon;
    bool m_made = false;
};

} // namespace

QIcon DeferredIconStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption* option,
                                      const QWidget* widget) const
{
    if (option) // describes a moment's drawing, which cannot wait
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    const QPointer<const QStyle> style = baseStyle();
    const QPointer<const QWidget> forWidget = widget;
    return QIcon(new DeferredIconEngine([style, standardIcon, forWidget] {
        return style ? style->standardIcon(standardIcon, nullptr, forWidget) : QIcon();
    }));
}

} // namespace reviewdesk::ui
