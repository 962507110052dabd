// DeferredIconStyle: the application's style, except that its standard icons
// are read when first drawn rather than when asked for. Qt's menu bar asks
// for one as it is made (for the button it shows only when the menus do not
// fit), and reading any image loads every Qt image-format plugin: tens of
// milliseconds before the window's first paint, for an icon seldom seen.
#pragma once

#include <QProxyStyle>

namespace reviewdesk::ui {

class DeferredIconStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
};

} // namespace reviewdesk::ui
