#include "schedule/dashboard.h"

#include "services/registersnapshot.h"

#include <algorithm>

namespace reviewdesk {
namespace {

// The last day of a window of `days` working days that starts on `asOf`
// (counted as the first when it is a working day).
QDate windowEnd(const WorkingCalendar& calendar, const QDate& asOf, int days)
{
    const int ahead = calendar.isWorkingDay(asOf) ? days - 1 : days;
    return ahead <= 0 ? asOf : calendar.addWorkingDays(asOf, ahead);
}

// The first day of a window of `days` working days that ends on `asOf`.
QDate windowStart(const WorkingCalendar& calendar, const QDate& asOf, int days)
{
    const int back = calendar.isWorkingDay(asOf) ? days - 1 : days;
    return back <= 0 ? asOf : calendar.addWorkingDays(asOf, -back);
}

DashboardItem itemFor(const Deadline& deadline)
{
    return DashboardItem{deadline, deadline.caseRef, deadline.caseId, 0};
}

// Ties broken by reference then kind, so the order never depends on load order.
bool sameDayOrder(const DashboardItem& a, const DashboardItem& b)
{
    if (a.caseRef != b.caseRef)
        return a.caseRef < b.caseRef;
    if (a.deadline.kind != b.deadline.kind)
        return a.deadline.kind < b.deadline.kind;
    return a.deadline.actionId.value_or(0) < b.deadline.actionId.value_or(0);
}

} // namespace

Dashboard dashboardFor(const RegisterSnapshot& snapshot, int horizonWorkingDays,
                       int recentWorkingDays)
{
    Dashboard dashboard;
    const WorkingCalendar& calendar = snapshot.engine().calendar();
    const QDate asOf = snapshot.asOf();
    const QDate horizonEnd = windowEnd(calendar, asOf, horizonWorkingDays);
    const QDate recentStart = windowStart(calendar, asOf, recentWorkingDays);

    for (const CaseEntry& entry : snapshot.entries()) {
        // A case the register learns of after the as-of date did not exist yet.
        if (entry.file.kase.aware > asOf)
            continue;
        const bool open = entry.stage != CaseStage::Closed;
        if (open)
            ++dashboard.openCases;
        if (entry.stage == CaseStage::Lcspr)
            ++dashboard.lcsprsInProgress;
        for (const Deadline& deadline : entry.deadlines) {
            if (deadline.done) {
                if (recentWorkingDays > 0 && *deadline.done >= recentStart &&
                    *deadline.done <= asOf) {
                    DashboardItem item = itemFor(deadline);
                    item.workingDaysSinceDone = calendar.workingDaysBetween(*deadline.done, asOf);
                    dashboard.recentlyCompleted.append(item);
                }
                continue;
            }
            if (!open)
                continue;
            if (deadline.kind == DeadlineKind::RapidReview)
                ++dashboard.openRapidReviews;
            if (deadline.status == DeadlineStatus::Overdue) {
                dashboard.overdue.append(itemFor(deadline));
                if (deadline.kind == DeadlineKind::Action)
                    ++dashboard.actionsOverdue;
            } else if (horizonWorkingDays > 0 && deadline.due >= asOf &&
                       deadline.due <= horizonEnd) {
                dashboard.dueSoon.append(itemFor(deadline));
            }
        }
    }

    std::sort(dashboard.overdue.begin(), dashboard.overdue.end(),
              [](const DashboardItem& a, const DashboardItem& b) {
                  if (a.deadline.workingDays != b.deadline.workingDays)
                      return a.deadline.workingDays > b.deadline.workingDays;
                  if (a.deadline.due != b.deadline.due)
                      return a.deadline.due < b.deadline.due;
                  return sameDayOrder(a, b);
              });
    std::sort(dashboard.dueSoon.begin(), dashboard.dueSoon.end(),
              [](const DashboardItem& a, const DashboardItem& b) {
                  if (a.deadline.due != b.deadline.due)
                      return a.deadline.due < b.deadline.due;
                  return sameDayOrder(a, b);
              });
    std::sort(dashboard.recentlyCompleted.begin(), dashboard.recentlyCompleted.end(),
              [](const DashboardItem& a, const DashboardItem& b) {
                  if (*a.deadline.done != *b.deadline.done)
                      return *a.deadline.done > *b.deadline.done;
                  return sameDayOrder(a, b);
              });
    return dashboard;
}

} // namespace reviewdesk
