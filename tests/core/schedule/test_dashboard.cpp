// dashboardFor on a small register written through the services, as of
// Sat 2 Mar 2024 unless a test says otherwise. Dates worked out by hand:
//   P-1 aware Mon 19 Feb, not notified: notification due Mon 26 Feb (4 WD late on
//       2 Mar), rapid review due Mon 11 Mar (6 WD left); action due Mon 26 Feb, open.
//   Q-1 aware Thu 15 Feb, notified Fri 16 Feb (met), rapid review due Thu 7 Mar,
//       done Fri 1 Mar (met), decision LCSPR; action due Tue 20 Feb, open (8 WD late).
//   R-1 closed, aware Thu 1 Feb, never notified.
//   S-1 aware Tue 5 Mar: after the as-of date.
#include "catch.h"
#include "qtprinters.h"
#include "schedule/dashboard.h"
#include "services/actionservice.h"
#include "services/caseservice.h"
#include "services/registersnapshot.h"
#include "services/reviewservice.h"
#include "tempdir.h"
#include "testdate.h"

#include <memory>

using namespace reviewdesk;

namespace {

using reviewdesk::testing::d;

struct DashboardFixture
{
    testing::TempDir dir;
    std::unique_ptr<Workspace> workspace;
    RecordId actionP = 0;
    RecordId actionQ = 0;

    DashboardFixture()
    {
        auto opened =
            Workspace::open(dir.path(QStringLiteral("register.rdk")), QStringLiteral("tester"));
        REQUIRE(opened.ok());
        workspace = std::move(*opened);

        addCase(QStringLiteral("P-1"), d(2024, 2, 19));
        actionP = addAction(QStringLiteral("P-1"), d(2024, 2, 26));

        addCase(QStringLiteral("Q-1"), d(2024, 2, 15), d(2024, 2, 16));
        RapidReview review;
        review.completed = d(2024, 3, 1);
        review.sent = d(2024, 3, 1);
        review.decision = RapidReviewDecision::Lcspr;
        REQUIRE(ReviewService(*workspace).saveRapidReview(QStringLiteral("Q-1"), review).ok());
        actionQ = addAction(QStringLiteral("Q-1"), d(2024, 2, 20));

        Case closed = addCase(QStringLiteral("R-1"), d(2024, 2, 1));
        closed.status = CaseStatus::Closed;
        REQUIRE(CaseService(*workspace).updateCase(closed).ok());

        addCase(QStringLiteral("S-1"), d(2024, 3, 5));
    }

    Case addCase(const QString& ref, const QDate& aware,
                 const std::optional<QDate>& notified = std::nullopt)
    {
        Case kase;
        kase.ref = ref;
        kase.childId = QStringLiteral("X.Y.");
        kase.aware = aware;
        kase.notified = notified;
        auto added = CaseService(*workspace).addCase(kase);
        REQUIRE(added.ok());
        return *added;
    }

    RecordId addAction(const QString& ref, const QDate& due)
    {
        Action action;
        action.recommendation = QStringLiteral("Share the learning");
        action.ownerAgency = QStringLiteral("Police");
        action.due = due;
        auto added = ActionService(*workspace).addAction(ref, action);
        REQUIRE(added.ok());
        return added->id;
    }

    RegisterSnapshot snapshot(const QDate& asOf)
    {
        auto loaded = RegisterSnapshot::load(*workspace, asOf);
        REQUIRE(loaded.ok());
        return *loaded;
    }
};

struct Row
{
    QString ref;
    DeadlineKind kind;
    QDate due;
    bool operator==(const Row&) const = default;
};

QList<Row> rowsOf(const QList<DashboardItem>& items)
{
    QList<Row> rows;
    for (const DashboardItem& item : items)
        rows.append({item.caseRef, item.deadline.kind, item.deadline.due});
    return rows;
}

} // namespace

namespace Catch {
template <>
struct StringMaker<Row>
{
    static std::string convert(const Row& row)
    {
        return (row.ref + QLatin1Char(' ') + nameOf(row.kind) + QLatin1Char(' ') +
                row.due.toString(Qt::ISODate))
            .toStdString();
    }
};
} // namespace Catch

TEST_CASE("the dashboard lists overdue deadlines of open cases, most late first")
{
    DashboardFixture fixture;
    const Dashboard dashboard = dashboardFor(fixture.snapshot(d(2024, 3, 2)));
    // Same lateness and due date: by reference, then notification before action.
    CHECK(rowsOf(dashboard.overdue) ==
          QList<Row>{{QStringLiteral("Q-1"), DeadlineKind::Action, d(2024, 2, 20)},
                     {QStringLiteral("P-1"), DeadlineKind::Notification, d(2024, 2, 26)},
                     {QStringLiteral("P-1"), DeadlineKind::Action, d(2024, 2, 26)}});
    REQUIRE(dashboard.overdue.size() == 3);
    CHECK(dashboard.overdue[0].deadline.workingDays == 8);
    CHECK(dashboard.overdue[0].deadline.actionId == fixture.actionQ);
    CHECK(dashboard.overdue[0].caseId == dashboard.overdue[0].deadline.caseId);
    CHECK(dashboard.overdue[1].deadline.workingDays == 4);
    CHECK(dashboard.overdue[2].deadline.actionId == fixture.actionP);
}

TEST_CASE("the dashboard's headline counts leave out closed cases and cases not yet known")
{
    DashboardFixture fixture;
    const Dashboard dashboard = dashboardFor(fixture.snapshot(d(2024, 3, 2)));
    CHECK(dashboard.openCases == 2);
    CHECK(dashboard.openRapidReviews == 1);
    CHECK(dashboard.lcsprsInProgress == 1);
    CHECK(dashboard.actionsOverdue == 2);
}

TEST_CASE("due soon counts working days from a weekend as-of date, starting on Monday")
{
    DashboardFixture fixture;
    const RegisterSnapshot snapshot = fixture.snapshot(d(2024, 3, 2));
    // From Sat 2 Mar the 5th working day is Fri 8 Mar, the 6th Mon 11 Mar.
    CHECK(dashboardFor(snapshot, 5).dueSoon.isEmpty());
    CHECK(rowsOf(dashboardFor(snapshot, 6).dueSoon) ==
          QList<Row>{{QStringLiteral("P-1"), DeadlineKind::RapidReview, d(2024, 3, 11)}});
    CHECK(rowsOf(dashboardFor(snapshot).dueSoon) ==
          QList<Row>{{QStringLiteral("P-1"), DeadlineKind::RapidReview, d(2024, 3, 11)}});
}

TEST_CASE("due soon counts a working as-of date as the first day of the window")
{
    DashboardFixture fixture;
    // Fri 8 Mar: the window of 1 is Friday alone, of 2 reaches Mon 11 Mar.
    const RegisterSnapshot friday = fixture.snapshot(d(2024, 3, 8));
    CHECK(dashboardFor(friday, 1).dueSoon.isEmpty());
    CHECK(dashboardFor(friday, 2).dueSoon.size() == 1);
    // On the due date itself the deadline is due today, still in a window of 1.
    const Dashboard monday = dashboardFor(fixture.snapshot(d(2024, 3, 11)), 1);
    REQUIRE(monday.dueSoon.size() == 1);
    CHECK(monday.dueSoon[0].deadline.due == d(2024, 3, 11));
    CHECK(monday.dueSoon[0].deadline.workingDays == 0);
}

TEST_CASE("recently completed lists deadlines done in the last working days, newest first")
{
    DashboardFixture fixture;
    const RegisterSnapshot snapshot = fixture.snapshot(d(2024, 3, 2));
    // From Sat 2 Mar, 10 working days back reach Mon 19 Feb; 11 reach Fri 16 Feb.
    const Dashboard ten = dashboardFor(snapshot, 10, 10);
    CHECK(rowsOf(ten.recentlyCompleted) ==
          QList<Row>{{QStringLiteral("Q-1"), DeadlineKind::RapidReview, d(2024, 3, 7)}});
    REQUIRE(ten.recentlyCompleted.size() == 1);
    CHECK(ten.recentlyCompleted[0].workingDaysSinceDone == 0);

    const Dashboard eleven = dashboardFor(snapshot, 10, 11);
    CHECK(rowsOf(eleven.recentlyCompleted) ==
          QList<Row>{{QStringLiteral("Q-1"), DeadlineKind::RapidReview, d(2024, 3, 7)},
                     {QStringLiteral("Q-1"), DeadlineKind::Notification, d(2024, 2, 22)}});
    REQUIRE(eleven.recentlyCompleted.size() == 2);
    CHECK(eleven.recentlyCompleted[1].workingDaysSinceDone == 10);
}

TEST_CASE("a completion dated after the as-of date is not yet recent")
{
    DashboardFixture fixture;
    // On Thu 29 Feb the rapid review of Q-1 (done 1 Mar) has not happened: it is due soon.
    const Dashboard dashboard = dashboardFor(fixture.snapshot(d(2024, 2, 29)));
    // The notification (done Fri 16 Feb) is the 10th working day back from Thu 29 Feb.
    CHECK(rowsOf(dashboard.recentlyCompleted) ==
          QList<Row>{{QStringLiteral("Q-1"), DeadlineKind::Notification, d(2024, 2, 22)}});
    CHECK(dashboard.openRapidReviews == 2);
    CHECK(rowsOf(dashboard.dueSoon) ==
          QList<Row>{{QStringLiteral("Q-1"), DeadlineKind::RapidReview, d(2024, 3, 7)},
                     {QStringLiteral("P-1"), DeadlineKind::RapidReview, d(2024, 3, 11)}});
}
