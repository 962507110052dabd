// StatusColors and StatusDelegate: readable tints on light and dark palettes,
// a pill only where a cell carries a status, and the status in words.
#include "catch.h"
#include "models/modelroles.h"
#include "models/statuscolors.h"
#include "models/statusdelegate.h"

#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>

#include <algorithm>
#include <cmath>

using namespace reviewdesk;
using namespace reviewdesk::ui;

namespace {

QPalette paletteWith(const QColor& base, const QColor& text)
{
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, text);
    return palette;
}

// WCAG relative luminance contrast between two colours.
double contrast(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

TEST_CASE("status colours keep text readable on light and dark palettes")
{
    const QPalette light = paletteWith(Qt::white, Qt::black);
    const QPalette dark = paletteWith(QColor(0x20, 0x20, 0x20), QColor(0xee, 0xee, 0xee));
    CHECK_FALSE(StatusColors::isDark(light));
    CHECK(StatusColors::isDark(dark));
    for (auto status : {DeadlineStatus::Met, DeadlineStatus::Late, DeadlineStatus::Due,
                        DeadlineStatus::DueSoon, DeadlineStatus::Overdue}) {
        const StatusColors onLight = StatusColors::forStatus(status, light);
        const StatusColors onDark = StatusColors::forStatus(status, dark);
        CHECK(contrast(onLight.foreground, onLight.background) >= 4.5);
        CHECK(contrast(onDark.foreground, onDark.background) >= 4.5);
        // The tint stays on the palette's side: light tints on light, dark on dark.
        CHECK(onLight.background.lightness() > 180);
        CHECK(onDark.background.lightness() < 100);
    }
    CHECK(StatusColors::forStatus(DeadlineStatus::Overdue, light).background !=
          StatusColors::forStatus(DeadlineStatus::Met, light).background);
}

TEST_CASE("the status delegate paints a pill only for cells with a status")
{
    QStandardItemModel model(1, 2);
    model.setData(model.index(0, 0), QStringLiteral("SSCP-2024-001"));
    model.setData(model.index(0, 1), QStringLiteral("Overdue (3 WD late)"));
    model.setData(model.index(0, 1), int(DeadlineStatus::Overdue), StatusRole);

    StatusDelegate delegate;
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, 200, 24);
    option.palette = paletteWith(Qt::white, Qt::black);
    option.font = QFont();

    QImage image(200, 24, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(0, 1));
    }
    // The pill's tint fills its middle-left, clear of the text.
    const QColor tint = StatusColors::forStatus(DeadlineStatus::Overdue, option.palette).background;
    CHECK(image.pixelColor(6, 12) == tint);

    CHECK(delegate.sizeHint(option, model.index(0, 1)).width() >
          QStyledItemDelegate().sizeHint(option, model.index(0, 1)).width());
    CHECK(delegate.sizeHint(option, model.index(0, 0)) ==
          QStyledItemDelegate().sizeHint(option, model.index(0, 0)));
}

TEST_CASE("the status delegate's accessible text names the status in words")
{
    QStandardItemModel model(1, 2);
    model.setData(model.index(0, 0), QStringLiteral("Complete"));
    model.setData(model.index(0, 0), int(DeadlineStatus::Met), StatusRole);
    model.setData(model.index(0, 1), QStringLiteral("Overdue (3 WD late)"));
    model.setData(model.index(0, 1), int(DeadlineStatus::Overdue), StatusRole);
    CHECK(StatusDelegate::accessibleText(model.index(0, 0)) == QStringLiteral("Met: Complete"));
    CHECK(StatusDelegate::accessibleText(model.index(0, 1)) ==
          QStringLiteral("Overdue (3 WD late)"));
}
