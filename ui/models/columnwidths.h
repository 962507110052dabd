// Widths for list columns that must fit values the measured rows may not
// hold. A column sized to its contents measures only the first rows, so a
// date wider than theirs (a Wednesday in May) or a stage none of them is at
// would be cut short.
#pragma once

#include <QStringList>

class QAbstractItemView;

namespace reviewdesk::ui {

// The width a cell needs to show the widest of these texts whole.
int widestTextWidth(const QAbstractItemView* view, const QStringList& texts);

// The same for any date as the lists show them ("Wed 28 May 2025").
int widestDateWidth(const QAbstractItemView* view);

} // namespace reviewdesk::ui
