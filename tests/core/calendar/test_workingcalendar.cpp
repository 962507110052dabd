#include "calendar/workingcalendar.h"

#include "catch.h"

using reviewdesk::WorkingCalendar;

TEST_CASE("15 working days from Wed 20 Dec 2023 skip Christmas and New Year")
{
    const WorkingCalendar calendar;
    CHECK(calendar.addWorkingDays(QDate(2023, 12, 20), 15) == QDate(2024, 1, 15));
}
