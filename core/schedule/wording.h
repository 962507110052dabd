// How harms, stages, deadlines and statuses read to people: words, never the
// storage names, and the same words on screen, on the timeline and in reports.
#pragma once

#include "schedule/casestage.h"
#include "schedule/deadline.h"

#include <QString>

namespace reviewdesk {

QString harmText(Harm harm);                    // "Death", "Serious harm"
QString stageText(CaseStage stage);             // "Rapid review", "LCSPR"...
QString kindText(DeadlineKind kind);            // "Rapid review", "LCSPR publication"...
QString deadlineText(const Deadline& deadline); // kindText, or "Action 12" for an action
QString statusText(DeadlineStatus status);      // "Overdue", "Due soon"...
QString actionStatusText(ActionStatus status);  // "In progress", "Impact evidenced"...

// The action a deadline is for, among the case's actions: what "Action 12"
// means to a reader. None for a deadline of another kind, or when the case
// no longer has the action.
const Action* actionOf(const Deadline& deadline, const CaseRecord& file);

// An action in words, as a tooltip or a report names it under its number:
// "Review the safe sleep advice (Health Trust)".
QString actionText(const Action& action);

} // namespace reviewdesk
