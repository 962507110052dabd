// The partnership's own non-working days and warning window, as they reach
// the deadlines.
#include "catch.h"
#include "qtprinters.h"
#include "servicefixture.h"
#include "services/calendarservice.h"
#include "services/caseservice.h"

using namespace reviewdesk;
using namespace reviewdesk::testing;

namespace {

// Aware Mon 4 Mar 2024: notification due Mon 11 Mar 2024.
const QString kCalendarCaseRef = QStringLiteral("SSCP-2024-001");

struct CalendarFixture : ServiceFixture
{
    CalendarFixture()
    {
        REQUIRE(CaseService(*workspace).addCase(draftCase(kCalendarCaseRef)).ok());
    }

    Deadline notification(const DeadlineEngine& engine)
    {
        auto file = workspace->caseFile(kCalendarCaseRef);
        REQUIRE(file.ok());
        for (const Deadline& deadline : engine.deadlinesFor(*file))
            if (deadline.kind == DeadlineKind::Notification)
                return deadline;
        FAIL("no notification deadline");
        return {};
    }

    Deadline notificationAsOf(const QDate& asOf)
    {
        auto engine = workspace->engine(asOf);
        REQUIRE(engine.ok());
        return notification(*engine);
    }
};

} // namespace

TEST_CASE("A closure day moves a due date by one working day")
{
    CalendarFixture fixture;
    CHECK(fixture.notificationAsOf(d(2024, 3, 5)).due == d(2024, 3, 11));

    REQUIRE(CalendarService(*fixture.workspace)
                .addNonWorkingDay(d(2024, 3, 7), QStringLiteral("Council closure day"),
                                  NonWorkingDayKind::Closure)
                .ok());

    auto calendar = fixture.workspace->calendar();
    REQUIRE(calendar.ok());
    CHECK_FALSE(calendar->isWorkingDay(d(2024, 3, 7)));
    CHECK(calendar->nonWorkingReason(d(2024, 3, 7)) == QStringLiteral("Council closure day"));
    const DeadlineEngine engine(*calendar, ScheduleOptions{d(2024, 3, 5), 3});
    CHECK(fixture.notification(engine).due == d(2024, 3, 12));
    CHECK(fixture.notificationAsOf(d(2024, 3, 5)).due == d(2024, 3, 12));
    CHECK(fixture.count("non_working_days") == 1);
    CHECK(fixture.count("audit_events") == 2);
}

TEST_CASE("A closure day is kept in the file and counts after reopening")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("register.rdk"));
    {
        auto workspace = Workspace::open(path, QStringLiteral("tester"));
        REQUIRE(workspace.ok());
        REQUIRE(CalendarService(**workspace)
                    .addNonWorkingDay(d(2024, 3, 7), QStringLiteral("Council closure day"),
                                      NonWorkingDayKind::Closure)
                    .ok());
    }
    auto reopened = Workspace::open(path, QStringLiteral("tester"));
    REQUIRE(reopened.ok());
    auto calendar = (*reopened)->calendar();
    REQUIRE(calendar.ok());
    CHECK(calendar->addWorkingDays(d(2024, 3, 4), 5) == d(2024, 3, 12));
}

TEST_CASE("A day that is already a bank holiday or a weekend cannot be added")
{
    CalendarFixture fixture;
    const QList<int> before = fixture.footprint();
    CalendarService service(*fixture.workspace);

    const Status christmas = service.addNonWorkingDay(
        d(2024, 12, 25), QStringLiteral("Office closed"), NonWorkingDayKind::Closure);
    REQUIRE_FALSE(christmas.ok());
    CHECK(christmas.error().kind == ErrorKind::Invalid);
    CHECK(christmas.error().message.contains(QStringLiteral("Christmas Day")));

    const Status saturday = service.addNonWorkingDay(d(2024, 3, 9), QStringLiteral("Office closed"),
                                                     NonWorkingDayKind::Closure);
    REQUIRE_FALSE(saturday.ok());
    CHECK(saturday.error().message.contains(QStringLiteral("Saturday")));

    const Status unnamed =
        service.addNonWorkingDay(d(2024, 3, 7), QStringLiteral(" "), NonWorkingDayKind::Closure);
    REQUIRE_FALSE(unnamed.ok());
    CHECK(unnamed.error().field == QStringLiteral("name"));
    CHECK(fixture.footprint() == before);
}

TEST_CASE("The same closure day cannot be added twice")
{
    CalendarFixture fixture;
    CalendarService service(*fixture.workspace);
    REQUIRE(service
                .addNonWorkingDay(d(2024, 3, 7), QStringLiteral("Council closure day"),
                                  NonWorkingDayKind::Closure)
                .ok());
    const QList<int> before = fixture.footprint();
    const Status again = service.addNonWorkingDay(d(2024, 3, 7), QStringLiteral("Another name"),
                                                  NonWorkingDayKind::Closure);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("Council closure day")));
    CHECK(fixture.footprint() == before);
}

TEST_CASE("The warning window setting moves the due-soon boundary")
{
    CalendarFixture fixture;
    // On Tue 5 Mar 2024 the notification (due Mon 11 Mar) has 4 working days left.
    CHECK(*fixture.workspace->warningWindow() == 3);
    const Deadline before = fixture.notificationAsOf(d(2024, 3, 5));
    CHECK(before.status == DeadlineStatus::Due);
    CHECK(before.workingDays == 4);

    REQUIRE(fixture.workspace->setWarningWindow(4).ok());
    CHECK(*fixture.workspace->warningWindow() == 4);
    CHECK(fixture.notificationAsOf(d(2024, 3, 5)).status == DeadlineStatus::DueSoon);

    REQUIRE(fixture.workspace->setWarningWindow(0).ok());
    CHECK(fixture.notificationAsOf(d(2024, 3, 8)).status == DeadlineStatus::Due);
    CHECK(fixture.notificationAsOf(d(2024, 3, 11)).status == DeadlineStatus::DueSoon);
}

TEST_CASE("A warning window outside 0 to 60 working days is refused")
{
    CalendarFixture fixture;
    const QList<int> before = fixture.footprint();
    for (const int window : {-1, 61}) {
        const Status refused = fixture.workspace->setWarningWindow(window);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("warning-window"));
    }
    CHECK(fixture.footprint() == before);
    CHECK(*fixture.workspace->warningWindow() == 3);
}
