// How deadlines, stages and statuses read in the desktop views: words, never
// the storage names, and never colour alone. Shared by every model so the
// register, the dashboard and the actions list say the same thing the same way.
#pragma once

#include "schedule/wording.h"

#include <QDate>
#include <QString>

namespace reviewdesk::ui {

// The plain words (stageText, kindText, statusText...) are the core's: schedule/wording.h.

// "Overdue (3 WD late)", "Due soon (2 WD left)", "Due today", "Met", "Late (2 WD)",
// as of `asOf`, the date the deadline's status was computed for.
QString statusSummary(const Deadline& deadline, const QDate& asOf);

// A sentence for a tooltip: "Rapid review due Mon 15 Jan 2024: overdue by 3
// working days", with extension and provisional notes. For an action's
// deadline, given the action (actionOf, schedule/wording.h), a first line
// says which action it is: its recommendation and owner.
QString statusToolTip(const Deadline& deadline, const QDate& asOf, const Action* action = nullptr);

} // namespace reviewdesk::ui
