// From a case's recorded events to its deadlines with status as of a date.
// "As of D" reads the recorded dates: an event dated after D has not happened
// yet, so its deadline is open on D; a clock that starts after D does not exist yet.
#pragma once

#include "calendar/workingcalendar.h"
#include "domain/casefile.h"
#include "schedule/deadline.h"

#include <QList>

namespace reviewdesk {

struct ScheduleOptions
{
    QDate asOf;
    int warningWindow = 3; // working days before due that count as "due soon"
};

class DeadlineEngine
{
public:
    DeadlineEngine(WorkingCalendar calendar, ScheduleOptions options);

    QList<Deadline> deadlinesFor(const CaseRecord& file) const;

    // The due date of the LCSPR publication after recorded extensions (as of the date).
    std::optional<QDate> publicationDue(const CaseRecord& file) const;

    // The date a clock starts from, when that event has happened by the date asked about.
    std::optional<QDate> anchorDate(const CaseRecord& file, AnchorEvent anchor) const;

    DeadlineStatus statusOf(const QDate& due, const std::optional<QDate>& done) const;
    int workingDaysFor(DeadlineStatus status, const QDate& due,
                       const std::optional<QDate>& done) const;

    // The date an offset lands on, from an anchor date.
    QDate apply(const QDate& anchor, int offset, OffsetUnit unit) const;

    const WorkingCalendar& calendar() const { return m_calendar; }
    const ScheduleOptions& options() const { return m_options; }

private:
    std::optional<QDate> happened(const std::optional<QDate>& date) const;
    Deadline make(DeadlineKind kind, const CaseRecord& file, const QDate& start, const QDate& due,
                  const std::optional<QDate>& done) const;

    WorkingCalendar m_calendar;
    ScheduleOptions m_options;
};

} // namespace reviewdesk
