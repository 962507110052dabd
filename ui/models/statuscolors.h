// StatusColors: the colours of a deadline status (met green, late amber-brown,
// due neutral, due soon amber, overdue red) as a soft tint behind readable
// text, chosen for the palette in use so they read on light and dark themes.
// Colour only reinforces the status: the words are always shown beside it.
#pragma once

#include "schedule/deadline.h"

#include <QColor>
#include <QPalette>

namespace reviewdesk::ui {

struct StatusColors
{
    QColor background;
    QColor foreground;
    QColor border;

    static StatusColors forStatus(DeadlineStatus status, const QPalette& palette);
    // A palette whose item background is dark (a dark theme).
    static bool isDark(const QPalette& palette);
};

} // namespace reviewdesk::ui
