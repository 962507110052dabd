// The look shared by every report page: device units per point, fonts and
// colours. Reports are printed, so they stay light whatever the desktop theme.
#pragma once

#include <QColor>
#include <QFont>

namespace reviewdesk::reports {

// The PDF is written at 720 dpi: ten device units to a point, fine enough
// that glyph advances are never rounded visibly.
inline constexpr int kResolution = 720;
inline constexpr double kUnitsPerPoint = kResolution / 72.0;

inline double pt(double points)
{
    return points * kUnitsPerPoint;
}

QFont reportFont(double points, bool bold = false);

struct ReportColors
{
    QColor text{0x1f, 0x23, 0x2b};
    QColor muted{0x4f, 0x56, 0x63};
    QColor rule{0x9a, 0xa1, 0xad};
    QColor marking{0x1f, 0x23, 0x2b};
    QColor headerFill{0xe4, 0xe8, 0xee};
    QColor alternateRow{0xf5, 0xf6, 0xf8};
    QColor grid{0xd5, 0xd9, 0xe0};
    QColor accent{0x15, 0x65, 0xc0};
    QColor series[4] = {QColor(0x2e, 0x7d, 0x32), QColor(0xc6, 0x28, 0x28),
                        QColor(0x15, 0x65, 0xc0), QColor(0xef, 0x8f, 0x00)};
};

const ReportColors& reportColors();

} // namespace reviewdesk::reports
