// Review plans laid out from the rule set's milestone templates.
#include "calendar/workingcalendar.h"
#include "catch.h"
#include "domain/casefile.h"
#include "qtprinters.h"
#include "schedule/deadlineengine.h"
#include "schedule/milestoneplan.h"
#include "schedule/ruleset.h"
#include "testdate.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <utility>

using namespace reviewdesk;

namespace {

using reviewdesk::testing::d;

// Services lay plans out as of the end of the supported years.
DeadlineEngine planningEngine()
{
    return DeadlineEngine(WorkingCalendar(), ScheduleOptions{d(2100, 12, 31), 3});
}

CaseFile caseWithRapidReview()
{
    CaseFile file;
    file.kase.id = 2;
    file.kase.ref = QStringLiteral("SSCP-2023-042");
    file.kase.aware = d(2023, 12, 20);
    file.kase.ruleSet = QStringLiteral("england-wt2023");
    RapidReview rapid;
    rapid.id = 9;
    file.rapidReview = rapid;
    return file;
}

CaseFile caseWithLcspr()
{
    CaseFile file = caseWithRapidReview();
    file.kase.aware = d(2024, 8, 1);
    PracticeReview practice;
    practice.id = 4;
    practice.type = PracticeReviewType::Lcspr;
    practice.decided = d(2024, 8, 31);
    file.practiceReview = practice;
    return file;
}

using Planned = QList<std::pair<QString, QDate>>;

Planned namesAndDates(const QList<Milestone>& milestones)
{
    Planned result;
    for (const Milestone& milestone : milestones)
        result.append({milestone.name, milestone.due});
    return result;
}

} // namespace

TEST_CASE("Both built-in rule sets carry the Working Together timescales and the default is 2023")
{
    CHECK(defaultRuleSetName() == QStringLiteral("england-wt2023"));
    for (const QString& name :
         {QStringLiteral("england-wt2018"), QStringLiteral("england-wt2023")}) {
        const RuleSet* rules = findRuleSet(name);
        REQUIRE(rules != nullptr);
        const DeadlineRule* notification = rules->rule(DeadlineKind::Notification);
        REQUIRE(notification != nullptr);
        CHECK(notification->offset == 5);
        CHECK(notification->unit == OffsetUnit::WorkingDays);
        const DeadlineRule* rapid = rules->rule(DeadlineKind::RapidReview);
        REQUIRE(rapid != nullptr);
        CHECK(rapid->offset == 15);
        CHECK(rapid->anchor == AnchorEvent::Aware);
        const DeadlineRule* publication = rules->rule(DeadlineKind::LcsprPublication);
        REQUIRE(publication != nullptr);
        CHECK(publication->offset == 6);
        CHECK(publication->unit == OffsetUnit::CalendarMonths);
        const DeadlineRule* submission = rules->rule(DeadlineKind::NationalPanelSubmission);
        REQUIRE(submission != nullptr);
        CHECK(submission->offset == -7);
        CHECK(submission->anchor == AnchorEvent::PublicationTarget);
        CHECK(rules->rule(DeadlineKind::Action) == nullptr);
    }
    CHECK(findRuleSet(QStringLiteral("scotland-lr")) == nullptr);
}

TEST_CASE("The rapid review plan has four milestones from the aware date Wed 20 Dec 2023")
{
    const CaseFile file = caseWithRapidReview();
    const QList<Milestone> plan =
        plannedMilestones(file, MilestoneOwner::RapidReview, planningEngine());
    const Planned expected = {
        {QStringLiteral("Letters to agencies"), d(2023, 12, 21)},
        {QStringLiteral("Agency summaries received"), d(2024, 1, 8)},
        {QStringLiteral("Rapid review panel meeting"), d(2024, 1, 10)},
        {QStringLiteral("Sign-off by the three partners"), d(2024, 1, 15)},
    };
    CHECK(namesAndDates(plan) == expected);
    for (int i = 0; i < plan.size(); ++i) {
        CHECK(plan.at(i).position == i);
        CHECK(plan.at(i).owner == MilestoneOwner::RapidReview);
        CHECK(plan.at(i).reviewId == RecordId(9));
        CHECK_FALSE(plan.at(i).done.has_value());
    }
}

TEST_CASE("The LCSPR plan counts from the decision and, without a planned publication, back from "
          "the publication due date")
{
    // Decided Sat 31 Aug 2024; publication due Fri 28 Feb 2025.
    const QList<Milestone> plan =
        plannedMilestones(caseWithLcspr(), MilestoneOwner::PracticeReview, planningEngine());
    const Planned expected = {
        {QStringLiteral("Scoping and terms of reference"), d(2024, 9, 14)},
        {QStringLiteral("Agency chronologies requested"), d(2024, 9, 30)},
        {QStringLiteral("Agency chronologies received"), d(2024, 10, 31)},
        {QStringLiteral("Practitioner learning event"), d(2024, 11, 30)},
        {QStringLiteral("Family engagement"), d(2024, 11, 30)},
        {QStringLiteral("First draft"), d(2024, 12, 31)},
        {QStringLiteral("Panel sign-off"), d(2025, 1, 31)},
        {QStringLiteral("Executive sign-off"), d(2025, 2, 7)},
        {QStringLiteral("Sent to national Panel and Secretary of State"), d(2025, 2, 19)},
        {QStringLiteral("Publication"), d(2025, 2, 28)},
    };
    CHECK(namesAndDates(plan) == expected);
    REQUIRE(plan.size() == 10);
    CHECK(plan.at(9).position == 9);
    CHECK(plan.at(0).owner == MilestoneOwner::PracticeReview);
    CHECK(plan.at(0).reviewId == RecordId(4));
}

TEST_CASE("The LCSPR plan's last steps count back from the planned publication date")
{
    CaseFile file = caseWithLcspr();
    file.practiceReview->plannedPublication = d(2025, 5, 20);
    const QList<Milestone> plan =
        plannedMilestones(file, MilestoneOwner::PracticeReview, planningEngine());
    REQUIRE(plan.size() == 10);
    CHECK(plan.at(6).due == d(2025, 1, 31)); // panel sign-off still from the decision
    CHECK(plan.at(7).due == d(2025, 4, 28)); // 15 working days before Tue 20 May 2025
    CHECK(plan.at(8).due == d(2025, 5, 9));  // 7 working days before
    CHECK(plan.at(9).due == d(2025, 5, 20));
}

TEST_CASE("A case without a practice review has no LCSPR plan")
{
    CHECK(plannedMilestones(caseWithRapidReview(), MilestoneOwner::PracticeReview, planningEngine())
              .isEmpty());
}

TEST_CASE("A case with an unknown rule set has no plan")
{
    CaseFile file = caseWithRapidReview();
    file.kase.ruleSet = QStringLiteral("unknown");
    CHECK(plannedMilestones(file, MilestoneOwner::RapidReview, planningEngine()).isEmpty());
}

TEST_CASE("A legacy serious case review gets the steps counted from the decision, not those "
          "counted from the publication target")
{
    CaseFile file = caseWithLcspr();
    file.practiceReview->type = PracticeReviewType::SeriousCaseReview;
    const QList<Milestone> plan =
        plannedMilestones(file, MilestoneOwner::PracticeReview, planningEngine());
    REQUIRE(plan.size() == 7);
    CHECK(plan.last().name == QStringLiteral("Panel sign-off"));
    CHECK(plan.last().due == d(2025, 1, 31));
}
