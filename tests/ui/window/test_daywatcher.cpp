// DayWatcher and the main window: a register left open overnight is shown as
// of the new day.
#include "catch.h"
#include "qtprinters.h"
#include "schedule/deadline.h"
#include "services/caseservice.h"
#include "services/workspace.h"
#include "session/appsession.h"
#include "tempdir.h"
#include "window/daywatcher.h"
#include "window/mainwindow.h"

#include <QStandardPaths>
#include <QTimeZone>

using namespace reviewdesk;
using namespace reviewdesk::ui;
using namespace reviewdesk::testing;

TEST_CASE("the day watcher tells once when the day has turned, and looks just after midnight")
{
    QDateTime now(QDate(2024, 3, 7), QTime(23, 59, 30));
    DayWatcher watcher([&now] { return now; }, nullptr);
    QList<QDate> turned;
    QObject::connect(&watcher, &DayWatcher::dayChanged,
                     [&turned](const QDate& day) { turned << day; });
    CHECK(watcher.day() == QDate(2024, 3, 7));
    CHECK(watcher.nextLookInMs() == 31'000); // 00:00:01

    now = now.addSecs(20);
    watcher.check();
    CHECK(turned.isEmpty());

    now = QDateTime(QDate(2024, 3, 8), QTime(0, 0, 1));
    watcher.check();
    watcher.check();
    CHECK(turned == QList<QDate>{QDate(2024, 3, 8)});
    CHECK(watcher.day() == QDate(2024, 3, 8));
    // Mid-morning: the next look is an hour away, not a day.
    now = QDateTime(QDate(2024, 3, 8), QTime(10, 0));
    watcher.check();
    CHECK(watcher.nextLookInMs() == 3'600'000);

    // A machine asleep over a weekend wakes to one change, to the day it is.
    now = QDateTime(QDate(2024, 3, 11), QTime(8, 30));
    watcher.check();
    CHECK(turned == QList<QDate>{QDate(2024, 3, 8), QDate(2024, 3, 11)});
}

TEST_CASE("where the clocks go forward at midnight, the day watcher looks at 01:00:01")
{
    // Chile: Saturday 7 September 2024 ended at 24:00, and Sunday began at 01:00.
    const QTimeZone santiago("America/Santiago");
    REQUIRE(santiago.isValid()); // the tzdata package
    QDateTime now(QDate(2024, 9, 7), QTime(23, 30), santiago);
    DayWatcher watcher([&now] { return now; }, nullptr);
    CHECK(watcher.nextLookInMs() == 1'801'000); // half an hour and a second
}

TEST_CASE("the window shows the register as of a new day when the day turns")
{
    QStandardPaths::setTestModeEnabled(true);
    TempDir dir;
    const QString path = dir.path(QStringLiteral("register.sqlite"));
    {
        auto workspace = Workspace::open(path, QStringLiteral("tester"));
        REQUIRE(workspace.ok());
        Case draft;
        draft.ref = QStringLiteral("DAY-1");
        draft.aware = QDate(2024, 3, 1); // Friday: notify by Fri 8 Mar
        REQUIRE(CaseService(**workspace).addCase(draft).ok());
    }
    MainWindow window;
    REQUIRE(window.openDatabase(path));
    const auto notification = [&window] {
        for (const Deadline& deadline : window.session()->snapshot().entries().first().deadlines)
            if (deadline.kind == DeadlineKind::Notification)
                return deadline;
        FAIL("no notification deadline");
        return Deadline{};
    };
    int resets = 0;
    QObject::connect(window.session(), &AppSession::registerReset, [&resets] { ++resets; });

    window.showDay(QDate(2024, 3, 8));
    CHECK(window.session()->today() == QDate(2024, 3, 8));
    CHECK(notification().status == DeadlineStatus::DueSoon);
    CHECK(notification().workingDays == 0);

    window.showDay(QDate(2024, 3, 11)); // Monday
    CHECK(window.session()->today() == QDate(2024, 3, 11));
    CHECK(notification().status == DeadlineStatus::Overdue);
    CHECK(notification().workingDays == 1);
    CHECK(resets == 2);

    window.showDay(QDate(2024, 3, 11)); // the same day again: nothing re-read
    CHECK(resets == 2);
}
