#include "models/statuscolors.h"

namespace reviewdesk::ui {
namespace {

QColor mix(const QColor& a, const QColor& b, double weightOfB)
{
    const double w = weightOfB;
    return QColor::fromRgbF(float(a.redF() * (1 - w) + b.redF() * w),
                            float(a.greenF() * (1 - w) + b.greenF() * w),
                            float(a.blueF() * (1 - w) + b.blueF() * w));
}

} // namespace

bool StatusColors::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

StatusColors StatusColors::forStatus(DeadlineStatus status, const QPalette& palette)
{
    const bool dark = isDark(palette);
    // Pairs picked for at least 4.5:1 contrast between text and tint (WCAG AA).
    StatusColors colors;
    switch (status) {
    case DeadlineStatus::Met:
        colors = dark ? StatusColors{QColor(0x1f, 0x3d, 0x24), QColor(0xa6, 0xdb, 0xa9), {}}
                      : StatusColors{QColor(0xdc, 0xef, 0xdc), QColor(0x1e, 0x5e, 0x20), {}};
        break;
    case DeadlineStatus::Late:
        colors = dark ? StatusColors{QColor(0x43, 0x33, 0x1f), QColor(0xe8, 0xc5, 0x9a), {}}
                      : StatusColors{QColor(0xf1, 0xe3, 0xd3), QColor(0x6b, 0x3f, 0x12), {}};
        break;
    case DeadlineStatus::Due: {
        // Neutral: a faint shade of the palette's own text on its own background.
        const QColor base = palette.color(QPalette::Base);
        const QColor text = palette.color(QPalette::Text);
        colors = StatusColors{mix(base, text, 0.10), text, {}};
        break;
    }
    case DeadlineStatus::DueSoon:
        colors = dark ? StatusColors{QColor(0x4a, 0x3d, 0x10), QColor(0xf3, 0xd2, 0x7a), {}}
                      : StatusColors{QColor(0xfd, 0xf0, 0xc8), QColor(0x6a, 0x4a, 0x00), {}};
        break;
    case DeadlineStatus::Overdue:
        colors = dark ? StatusColors{QColor(0x4d, 0x1f, 0x1d), QColor(0xf4, 0xaa, 0xa4), {}}
                      : StatusColors{QColor(0xf9, 0xd9, 0xd7), QColor(0x8c, 0x1d, 0x18), {}};
        break;
    }
    // A border a little towards the text, so the pill stands out on a selected row.
    colors.border = mix(colors.background, colors.foreground, 0.35);
    return colors;
}

} // namespace reviewdesk::ui
