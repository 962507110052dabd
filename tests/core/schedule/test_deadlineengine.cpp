// The deadline engine on case files built in memory. Expected dates were
// worked out by hand (and checked against the government's bank holiday list),
// never by calling the code under test.
#include "calendar/workingcalendar.h"
#include "catch.h"
#include "domain/casefile.h"
#include "qtprinters.h"
#include "schedule/deadlineengine.h"
#include "testdate.h"

#include <QDate>
#include <QList>

#include <optional>

using namespace reviewdesk;

namespace {

using reviewdesk::testing::d;

// Aware Wed 20 Dec 2023: notification due Fri 29 Dec 2023 (25, 26 Dec are bank
// holidays), rapid review due Mon 15 Jan 2024 (1 Jan too).
const QDate kAware = d(2023, 12, 20);
const QDate kNotificationDue = d(2023, 12, 29);
const QDate kRapidReviewDue = d(2024, 1, 15);

CaseFile caseAwareOn(const QDate& aware)
{
    CaseFile file;
    file.kase.id = 7;
    file.kase.ref = QStringLiteral("SSCP-2023-042");
    file.kase.aware = aware;
    file.kase.ruleSet = QStringLiteral("england-wt2023");
    return file;
}

DeadlineEngine engineAsOf(const QDate& asOf, int warningWindow = 3)
{
    return DeadlineEngine(WorkingCalendar(), ScheduleOptions{asOf, warningWindow});
}

std::optional<Deadline> find(const QList<Deadline>& deadlines, DeadlineKind kind)
{
    for (const Deadline& deadline : deadlines)
        if (deadline.kind == kind)
            return deadline;
    return std::nullopt;
}

Deadline only(const CaseFile& file, DeadlineKind kind, const QDate& asOf, int window = 3)
{
    const auto deadline = find(engineAsOf(asOf, window).deadlinesFor(file), kind);
    REQUIRE(deadline.has_value());
    return *deadline;
}

// An LCSPR decided on Sat 31 Aug 2024: six months later clamps to Fri 28 Feb 2025.
CaseFile lcsprCase()
{
    CaseFile file = caseAwareOn(d(2024, 8, 1));
    file.kase.notified = d(2024, 8, 2);
    RapidReview rapid;
    rapid.id = 3;
    rapid.completed = d(2024, 8, 20);
    rapid.decision = RapidReviewDecision::Lcspr;
    file.rapidReview = rapid;
    PracticeReview practice;
    practice.id = 5;
    practice.type = PracticeReviewType::Lcspr;
    practice.decided = d(2024, 8, 31);
    file.practiceReview = practice;
    return file;
}

Extension extensionTo(const QDate& newDue, const std::optional<QDate>& agreedOn)
{
    Extension extension;
    extension.newDue = newDue;
    extension.reason = QStringLiteral("criminal proceedings");
    extension.agreedOn = agreedOn;
    return extension;
}

} // namespace

TEST_CASE("The notification is due 5 working days after the aware date, skipping Christmas")
{
    const Deadline deadline =
        only(caseAwareOn(kAware), DeadlineKind::Notification, d(2023, 12, 21));
    CHECK(deadline.start == kAware);
    CHECK(deadline.due == kNotificationDue);
    CHECK(deadline.caseRef == QStringLiteral("SSCP-2023-042"));
    CHECK(deadline.caseId == 7);
    CHECK_FALSE(deadline.provisional);
}

TEST_CASE("An aware date on a Saturday counts day 1 as the following Monday")
{
    // Sat 2 Mar 2024: Mon 4 .. Fri 8 Mar are working days 1..5.
    const Deadline deadline =
        only(caseAwareOn(d(2024, 3, 2)), DeadlineKind::Notification, d(2024, 3, 4));
    CHECK(deadline.due == d(2024, 3, 8));
}

TEST_CASE("The rapid review is due 15 working days after aware: Wed 20 Dec 2023 gives Mon 15 Jan "
          "2024")
{
    const Deadline deadline = only(caseAwareOn(kAware), DeadlineKind::RapidReview, d(2023, 12, 21));
    CHECK(deadline.start == kAware);
    CHECK(deadline.due == kRapidReviewDue);
    CHECK(deadline.status == DeadlineStatus::Due);
}

TEST_CASE("The rapid review is done when it is complete and sent to the national Panel")
{
    CaseFile file = caseAwareOn(kAware);
    RapidReview rapid;
    rapid.started = d(2023, 12, 21);
    rapid.meeting = d(2024, 1, 10);
    rapid.completed = d(2024, 1, 11);

    SECTION("sent before the due date is met on the day it was sent")
    {
        rapid.sent = d(2024, 1, 12);
        file.rapidReview = rapid;
        const Deadline deadline = only(file, DeadlineKind::RapidReview, d(2024, 2, 1));
        CHECK(deadline.done == d(2024, 1, 12));
        CHECK(deadline.status == DeadlineStatus::Met);
        CHECK(deadline.workingDays == 0);
    }
    SECTION("sent on the due date itself is met")
    {
        rapid.sent = kRapidReviewDue;
        file.rapidReview = rapid;
        CHECK(only(file, DeadlineKind::RapidReview, d(2024, 2, 1)).status == DeadlineStatus::Met);
    }
    SECTION("completed in time but sent Wed 17 Jan 2024 is 2 working days late")
    {
        rapid.sent = d(2024, 1, 17);
        file.rapidReview = rapid;
        const Deadline deadline = only(file, DeadlineKind::RapidReview, d(2024, 2, 1));
        CHECK(deadline.done == d(2024, 1, 17));
        CHECK(deadline.status == DeadlineStatus::Late);
        CHECK(deadline.workingDays == 2);
    }
    SECTION("completed but not yet sent is open, and overdue once past the due date")
    {
        file.rapidReview = rapid;
        const Deadline deadline = only(file, DeadlineKind::RapidReview, d(2024, 1, 17));
        CHECK_FALSE(deadline.done.has_value());
        CHECK(deadline.status == DeadlineStatus::Overdue);
        CHECK(deadline.workingDays == 2);
    }
    SECTION("sent after the date asked about is still open on that date")
    {
        rapid.sent = d(2024, 1, 12);
        file.rapidReview = rapid;
        const Deadline deadline = only(file, DeadlineKind::RapidReview, d(2024, 1, 11));
        CHECK_FALSE(deadline.done.has_value());
        CHECK(deadline.status == DeadlineStatus::DueSoon);
    }
    SECTION("a rapid review with neither date is open")
    {
        rapid.completed.reset();
        file.rapidReview = rapid;
        const Deadline deadline = only(file, DeadlineKind::RapidReview, d(2024, 1, 17));
        CHECK_FALSE(deadline.done.has_value());
        CHECK(deadline.status == DeadlineStatus::Overdue);
    }
}

TEST_CASE("Each deadline status of the notification, with its working days")
{
    CaseFile file = caseAwareOn(kAware);

    SECTION("notified before the due date: met, 0 days")
    {
        file.kase.notified = d(2023, 12, 28);
        const Deadline deadline = only(file, DeadlineKind::Notification, d(2024, 1, 31));
        CHECK(deadline.status == DeadlineStatus::Met);
        CHECK(deadline.done == d(2023, 12, 28));
        CHECK(deadline.workingDays == 0);
    }
    SECTION("notified on the due date: met")
    {
        file.kase.notified = kNotificationDue;
        CHECK(only(file, DeadlineKind::Notification, d(2024, 1, 31)).status == DeadlineStatus::Met);
    }
    SECTION("notified Wed 3 Jan 2024: late by 2 working days (1 Jan is a bank holiday)")
    {
        file.kase.notified = d(2024, 1, 3);
        const Deadline deadline = only(file, DeadlineKind::Notification, d(2024, 1, 31));
        CHECK(deadline.status == DeadlineStatus::Late);
        CHECK(deadline.workingDays == 2);
    }
    SECTION("open with 4 working days left: due")
    {
        const Deadline deadline = only(file, DeadlineKind::Notification, d(2023, 12, 21));
        CHECK(deadline.status == DeadlineStatus::Due);
        CHECK(deadline.workingDays == 4);
    }
    SECTION("open with 3 working days left: due soon")
    {
        const Deadline deadline = only(file, DeadlineKind::Notification, d(2023, 12, 22));
        CHECK(deadline.status == DeadlineStatus::DueSoon);
        CHECK(deadline.workingDays == 3);
    }
    SECTION("open and due today: due soon, 0 days left")
    {
        const Deadline deadline = only(file, DeadlineKind::Notification, kNotificationDue);
        CHECK(deadline.status == DeadlineStatus::DueSoon);
        CHECK(deadline.workingDays == 0);
    }
    SECTION("open on Thu 4 Jan 2024: overdue by 3 working days")
    {
        const Deadline deadline = only(file, DeadlineKind::Notification, d(2024, 1, 4));
        CHECK(deadline.status == DeadlineStatus::Overdue);
        CHECK(deadline.workingDays == 3);
    }
}

TEST_CASE("The warning window decides where due-soon begins")
{
    const CaseFile file = caseAwareOn(kAware);
    // On Thu 21 Dec 2023 the notification has 4 working days left.
    CHECK(only(file, DeadlineKind::Notification, d(2023, 12, 21), 3).status == DeadlineStatus::Due);
    CHECK(only(file, DeadlineKind::Notification, d(2023, 12, 21), 4).status ==
          DeadlineStatus::DueSoon);
    // A window of 0: only the due day itself is due soon.
    CHECK(only(file, DeadlineKind::Notification, d(2023, 12, 28), 0).status == DeadlineStatus::Due);
    CHECK(only(file, DeadlineKind::Notification, kNotificationDue, 0).status ==
          DeadlineStatus::DueSoon);
}

TEST_CASE("As of a date, events dated after it have not happened yet")
{
    CaseFile file = caseAwareOn(kAware);
    file.kase.notified = d(2024, 1, 3);
    RapidReview rapid;
    rapid.completed = d(2024, 1, 12);
    file.rapidReview = rapid;

    // On Tue 2 Jan 2024 the notification of 3 Jan has not been sent.
    const QList<Deadline> deadlines = engineAsOf(d(2024, 1, 2)).deadlinesFor(file);
    const auto notification = find(deadlines, DeadlineKind::Notification);
    REQUIRE(notification.has_value());
    CHECK_FALSE(notification->done.has_value());
    CHECK(notification->status == DeadlineStatus::Overdue);
    CHECK(notification->workingDays == 1);
    const auto rapidReview = find(deadlines, DeadlineKind::RapidReview);
    REQUIRE(rapidReview.has_value());
    CHECK_FALSE(rapidReview->done.has_value());
    CHECK(rapidReview->status == DeadlineStatus::Due);
    CHECK(rapidReview->workingDays == 9); // 2 Jan excluded: 3,4,5,8,9,10,11,12,15 Jan

    // On the day itself it has.
    const auto sent = only(file, DeadlineKind::Notification, d(2024, 1, 3));
    CHECK(sent.done == d(2024, 1, 3));
    CHECK(sent.status == DeadlineStatus::Late);
}

TEST_CASE("A case whose aware date is after the as-of date has no deadlines")
{
    CHECK(engineAsOf(d(2023, 12, 19)).deadlinesFor(caseAwareOn(kAware)).isEmpty());
    CHECK(engineAsOf(kAware).deadlinesFor(caseAwareOn(kAware)).size() == 2);
}

TEST_CASE("A case with an unknown rule set has no deadlines")
{
    CaseFile file = caseAwareOn(kAware);
    file.kase.ruleSet = QStringLiteral("wales-cpr");
    CHECK(engineAsOf(d(2024, 6, 1)).deadlinesFor(file).isEmpty());
}

TEST_CASE("A case without a practice review has only the notification and rapid review "
          "deadlines")
{
    const QList<Deadline> deadlines = engineAsOf(d(2024, 6, 1)).deadlinesFor(caseAwareOn(kAware));
    REQUIRE(deadlines.size() == 2);
    CHECK(deadlines.at(0).kind == DeadlineKind::Notification);
    CHECK(deadlines.at(1).kind == DeadlineKind::RapidReview);
}

TEST_CASE("LCSPR publication is due six calendar months after the decision, clamped to the "
          "month's end")
{
    // Decided Sat 31 Aug 2024 + 6 months = Fri 28 Feb 2025.
    const Deadline deadline = only(lcsprCase(), DeadlineKind::LcsprPublication, d(2024, 12, 2));
    CHECK(deadline.start == d(2024, 8, 31));
    CHECK(deadline.due == d(2025, 2, 28));
    CHECK_FALSE(deadline.extended);
    CHECK(deadline.status == DeadlineStatus::Due);
}

TEST_CASE("LCSPR publication is done on the published date")
{
    CaseFile file = lcsprCase();
    SECTION("published on time is met")
    {
        file.practiceReview->published = d(2025, 2, 28);
        CHECK(only(file, DeadlineKind::LcsprPublication, d(2025, 6, 30)).status ==
              DeadlineStatus::Met);
    }
    SECTION("published Wed 5 Mar 2025 is 3 working days late")
    {
        file.practiceReview->published = d(2025, 3, 5);
        const Deadline deadline = only(file, DeadlineKind::LcsprPublication, d(2025, 6, 30));
        CHECK(deadline.status == DeadlineStatus::Late);
        CHECK(deadline.workingDays == 3);
    }
    SECTION("published after the as-of date is still open")
    {
        file.practiceReview->published = d(2025, 3, 5);
        const Deadline deadline = only(file, DeadlineKind::LcsprPublication, d(2025, 3, 4));
        CHECK_FALSE(deadline.done.has_value());
        CHECK(deadline.status == DeadlineStatus::Overdue);
        CHECK(deadline.workingDays == 2); // Mon 3, Tue 4 Mar
    }
}

TEST_CASE("Extensions move the LCSPR publication due date; the latest agreed by the as-of date "
          "wins")
{
    CaseFile file = lcsprCase();
    file.extensions = {extensionTo(d(2025, 4, 30), d(2025, 1, 10)),
                       extensionTo(d(2025, 5, 30), d(2025, 2, 20))};

    SECTION("after both were agreed, the later one applies")
    {
        const Deadline deadline = only(file, DeadlineKind::LcsprPublication, d(2025, 3, 3));
        CHECK(deadline.due == d(2025, 5, 30));
        CHECK(deadline.extended);
        CHECK(deadline.start == d(2024, 8, 31));
        CHECK(engineAsOf(d(2025, 3, 3)).publicationDue(file) == d(2025, 5, 30));
    }
    SECTION("an extension agreed after the as-of date does not count yet")
    {
        const Deadline deadline = only(file, DeadlineKind::LcsprPublication, d(2025, 2, 3));
        CHECK(deadline.due == d(2025, 4, 30));
        CHECK(deadline.extended);
    }
    SECTION("before any extension was agreed, the six-month date applies")
    {
        const Deadline deadline = only(file, DeadlineKind::LcsprPublication, d(2025, 1, 6));
        CHECK(deadline.due == d(2025, 2, 28));
        CHECK_FALSE(deadline.extended);
    }
    SECTION("the latest recorded extension wins even when it moves the date less far")
    {
        file.extensions = {extensionTo(d(2025, 5, 30), d(2025, 1, 10)),
                           extensionTo(d(2025, 4, 30), d(2025, 2, 20))};
        CHECK(only(file, DeadlineKind::LcsprPublication, d(2025, 3, 3)).due == d(2025, 4, 30));
    }
}

TEST_CASE("The national Panel submission is due 7 working days before the planned publication")
{
    CaseFile file = lcsprCase();
    // Tue 20 May 2025, 7 working days back (20 May excluded): Fri 9 May 2025.
    file.practiceReview->plannedPublication = d(2025, 5, 20);
    const Deadline deadline = only(file, DeadlineKind::NationalPanelSubmission, d(2025, 4, 1));
    CHECK(deadline.start == d(2025, 5, 20));
    CHECK(deadline.due == d(2025, 5, 9));
    CHECK(deadline.status == DeadlineStatus::Due);

    SECTION("done on the sent date: sent Wed 14 May 2025 is 3 working days late")
    {
        file.practiceReview->sent = d(2025, 5, 14);
        const Deadline late = only(file, DeadlineKind::NationalPanelSubmission, d(2025, 6, 2));
        CHECK(late.done == d(2025, 5, 14));
        CHECK(late.status == DeadlineStatus::Late);
        CHECK(late.workingDays == 3);
    }
    SECTION("sent on time is met")
    {
        file.practiceReview->sent = d(2025, 5, 8);
        CHECK(only(file, DeadlineKind::NationalPanelSubmission, d(2025, 6, 2)).status ==
              DeadlineStatus::Met);
    }
}

TEST_CASE("Without a planned publication, the submission counts back from the publication due "
          "date")
{
    CaseFile file = lcsprCase();
    SECTION("from the six-month date Fri 28 Feb 2025: Wed 19 Feb 2025")
    {
        const Deadline deadline = only(file, DeadlineKind::NationalPanelSubmission, d(2025, 1, 6));
        CHECK(deadline.start == d(2025, 2, 28));
        CHECK(deadline.due == d(2025, 2, 19));
    }
    SECTION("from an extended due date Fri 30 May 2025, skipping the spring bank holiday: Tue 20 "
            "May 2025")
    {
        file.extensions = {extensionTo(d(2025, 5, 30), d(2025, 1, 10))};
        const Deadline deadline = only(file, DeadlineKind::NationalPanelSubmission, d(2025, 3, 3));
        CHECK(deadline.due == d(2025, 5, 20));
    }
}

TEST_CASE("Once published, the submission counts back from the day it was published")
{
    CaseFile file = lcsprCase();
    SECTION("published Thu 15 May 2025, before the planned Tue 20 May: due Tue 6 May 2025")
    {
        file.practiceReview->plannedPublication = d(2025, 5, 20);
        file.practiceReview->published = d(2025, 5, 15);
        file.practiceReview->sent = d(2025, 5, 9); // on time for the planned date
        const Deadline deadline = only(file, DeadlineKind::NationalPanelSubmission, d(2025, 6, 2));
        CHECK(deadline.start == d(2025, 5, 15));
        CHECK(deadline.due == d(2025, 5, 6));
        CHECK(deadline.status == DeadlineStatus::Late);
        CHECK(deadline.workingDays == 3); // 7, 8, 9 May

        // The day before publication, the plan is all there is: sent 9 May was on time.
        const Deadline before = only(file, DeadlineKind::NationalPanelSubmission, d(2025, 5, 14));
        CHECK(before.start == d(2025, 5, 20));
        CHECK(before.due == d(2025, 5, 9));
        CHECK(before.status == DeadlineStatus::Met);
    }
    SECTION("sent after publication is late, never met against the six-month date")
    {
        file.practiceReview->published = d(2025, 2, 14); // Fri
        file.practiceReview->sent = d(2025, 2, 17);      // Mon, after publication
        const Deadline deadline = only(file, DeadlineKind::NationalPanelSubmission, d(2025, 3, 3));
        CHECK(deadline.due == d(2025, 2, 5));
        CHECK(deadline.status == DeadlineStatus::Late);
        CHECK(deadline.workingDays == 8); // 6, 7, 10..14, 17 Feb
    }
}

TEST_CASE("An LCSPR decided after the as-of date has no publication or submission deadline yet")
{
    const QList<Deadline> deadlines = engineAsOf(d(2024, 8, 30)).deadlinesFor(lcsprCase());
    CHECK_FALSE(find(deadlines, DeadlineKind::LcsprPublication).has_value());
    CHECK_FALSE(find(deadlines, DeadlineKind::NationalPanelSubmission).has_value());
    CHECK(find(deadlines, DeadlineKind::Notification).has_value());
    CHECK(find(deadlines, DeadlineKind::RapidReview).has_value());
}

TEST_CASE("Practice reviews other than an LCSPR have no publication deadline")
{
    for (const PracticeReviewType type :
         {PracticeReviewType::SeriousCaseReview, PracticeReviewType::LocalLearningReview,
          PracticeReviewType::NationalReview}) {
        CAPTURE(nameOf(type).toStdString());
        CaseFile file = lcsprCase();
        file.practiceReview->type = type;
        file.practiceReview->plannedPublication = d(2025, 5, 20);
        const DeadlineEngine engine = engineAsOf(d(2025, 3, 3));
        const QList<Deadline> deadlines = engine.deadlinesFor(file);
        CHECK_FALSE(find(deadlines, DeadlineKind::LcsprPublication).has_value());
        CHECK_FALSE(find(deadlines, DeadlineKind::NationalPanelSubmission).has_value());
        CHECK_FALSE(engine.publicationDue(file).has_value());
    }
}

TEST_CASE("An action is due on its own date and done on its closed date when complete")
{
    CaseFile file = caseAwareOn(kAware);
    Action action;
    action.id = 11;
    action.recommendation = QStringLiteral("Refresh neglect training");
    action.due = d(2024, 3, 1); // Fri

    auto actionDeadline = [&](const QDate& asOf) {
        file.actions = {action};
        const auto deadline = find(engineAsOf(asOf).deadlinesFor(file), DeadlineKind::Action);
        REQUIRE(deadline.has_value());
        return *deadline;
    };

    SECTION("open and past due on Tue 5 Mar 2024: overdue by 2 working days")
    {
        const Deadline deadline = actionDeadline(d(2024, 3, 5));
        CHECK(deadline.actionId == RecordId(11));
        CHECK(deadline.start == d(2024, 3, 1));
        CHECK(deadline.due == d(2024, 3, 1));
        CHECK(deadline.status == DeadlineStatus::Overdue);
        CHECK(deadline.workingDays == 2);
    }
    SECTION("complete before due: met")
    {
        action.status = ActionStatus::Complete;
        action.closed = d(2024, 2, 28);
        const Deadline deadline = actionDeadline(d(2024, 3, 5));
        CHECK(deadline.status == DeadlineStatus::Met);
        CHECK(deadline.done == d(2024, 2, 28));
    }
    SECTION("impact evidenced on Wed 6 Mar 2024: late by 3 working days")
    {
        action.status = ActionStatus::ImpactEvidenced;
        action.closed = d(2024, 3, 6);
        const Deadline deadline = actionDeadline(d(2024, 4, 1));
        CHECK(deadline.status == DeadlineStatus::Late);
        CHECK(deadline.workingDays == 3);
    }
    SECTION("a closed date on an action still in progress does not count as done")
    {
        action.status = ActionStatus::InProgress;
        action.closed = d(2024, 2, 28);
        const Deadline deadline = actionDeadline(d(2024, 2, 29));
        CHECK_FALSE(deadline.done.has_value());
        CHECK(deadline.status == DeadlineStatus::DueSoon);
        CHECK(deadline.workingDays == 1);
    }
    SECTION("completed after the as-of date is still open")
    {
        action.status = ActionStatus::Complete;
        action.closed = d(2024, 3, 6);
        const Deadline deadline = actionDeadline(d(2024, 3, 5));
        CHECK_FALSE(deadline.done.has_value());
        CHECK(deadline.status == DeadlineStatus::Overdue);
    }
    SECTION("due weeks away: due")
    {
        const Deadline deadline = actionDeadline(d(2024, 2, 1));
        CHECK(deadline.status == DeadlineStatus::Due);
        CHECK(deadline.workingDays == 21); // 20 in Feb 2024 after the 1st, and Fri 1 Mar
    }
}

TEST_CASE("A due date beyond the official holiday list is provisional")
{
    CaseFile file = caseAwareOn(d(2028, 1, 10));
    const Deadline deadline = only(file, DeadlineKind::Notification, d(2028, 1, 10));
    CHECK(deadline.provisional);
    CHECK(deadline.due == d(2028, 1, 17)); // Mon 10 Jan 2028 + 5 working days
}
