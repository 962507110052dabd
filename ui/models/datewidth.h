// The width a list's date column needs for any date as the lists show them
// ("Wed 28 May 2025"). Columns sized to their contents measure only the first
// rows, so a date wider than theirs (a Wednesday in May) would be cut short.
#pragma once

class QAbstractItemView;

namespace reviewdesk::ui {

int widestDateWidth(const QAbstractItemView* view);

} // namespace reviewdesk::ui
