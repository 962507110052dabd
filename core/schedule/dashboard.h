// Dashboard: what the chair looks at first — what is overdue, what falls due
// in the next couple of weeks, what was just done — and the headline counts.
// Computed from a register snapshot, so it follows the snapshot's "as of" date.
#pragma once

#include "schedule/deadline.h"

#include <QList>

namespace reviewdesk {

class RegisterSnapshot;

struct DashboardItem
{
    Deadline deadline;
    QString caseRef;
    RecordId caseId = 0;
    // Recently completed items only: working days from completion to the as-of
    // date (0 = done that day). Counted here so views never do calendar arithmetic.
    int workingDaysSinceDone = 0;
};

struct Dashboard
{
    QList<DashboardItem> overdue; // most late first
    QList<DashboardItem> dueSoon; // open, due within the horizon incl. today; by due date
    QList<DashboardItem>
        recentlyCompleted; // done within the recent window up to asOf; newest first
    int openCases = 0;
    int openRapidReviews = 0; // cases whose rapid review deadline is open
    int lcsprsInProgress = 0; // cases at stage lcspr
    int actionsOverdue = 0;
};

// The dashboard of a snapshot. "The next N working days" counts the as-of date
// itself when it is a working day; likewise "the last N working days". Closed
// cases contribute completed deadlines only: an unrecorded step of a case closed
// without a review is not work the chair can still do.
Dashboard dashboardFor(const RegisterSnapshot& snapshot, int horizonWorkingDays = 10,
                       int recentWorkingDays = 10);

} // namespace reviewdesk
