// Where a case stands, as of a date, from its recorded events.
#include "catch.h"
#include "domain/casefile.h"
#include "qtprinters.h"
#include "schedule/casestage.h"
#include "testdate.h"

#include <QDate>

using namespace reviewdesk;

namespace {

using reviewdesk::testing::d;

CaseFile openCase()
{
    CaseFile file;
    file.kase.id = 1;
    file.kase.ref = QStringLiteral("SSCP-2024-001");
    file.kase.aware = d(2024, 3, 4);
    file.kase.ruleSet = QStringLiteral("england-wt2023");
    return file;
}

CaseFile notifiedCase()
{
    CaseFile file = openCase();
    file.kase.notified = d(2024, 3, 6);
    return file;
}

CaseFile rapidReviewCompleted(std::optional<RapidReviewDecision> decision)
{
    CaseFile file = notifiedCase();
    RapidReview rapid;
    rapid.started = d(2024, 3, 5);
    rapid.completed = d(2024, 3, 22);
    rapid.decision = decision;
    file.rapidReview = rapid;
    return file;
}

CaseFile withPracticeReview(PracticeReviewType type)
{
    CaseFile file = rapidReviewCompleted(RapidReviewDecision::Lcspr);
    PracticeReview practice;
    practice.type = type;
    practice.decided = d(2024, 4, 2);
    file.practiceReview = practice;
    return file;
}

const QDate kLater = d(2025, 12, 31);

} // namespace

TEST_CASE("A case not yet notified is at the notification stage")
{
    CHECK(stageOf(openCase(), kLater) == CaseStage::Notification);
}

TEST_CASE("A notification dated after the as-of date leaves the case at the notification stage")
{
    CHECK(stageOf(notifiedCase(), d(2024, 3, 5)) == CaseStage::Notification);
    CHECK(stageOf(notifiedCase(), d(2024, 3, 6)) == CaseStage::RapidReview);
}

TEST_CASE("A notified case whose rapid review is not complete is at the rapid review stage")
{
    CaseFile file = notifiedCase();
    CHECK(stageOf(file, kLater) == CaseStage::RapidReview);
    RapidReview rapid;
    rapid.started = d(2024, 3, 5);
    file.rapidReview = rapid;
    CHECK(stageOf(file, kLater) == CaseStage::RapidReview);
}

TEST_CASE("A rapid review completed after the as-of date is still at the rapid review stage")
{
    CHECK(stageOf(rapidReviewCompleted(RapidReviewDecision::NoLcspr), d(2024, 3, 21)) ==
          CaseStage::RapidReview);
}

TEST_CASE("A completed rapid review without a decision is at the decision stage")
{
    CHECK(stageOf(rapidReviewCompleted(std::nullopt), kLater) == CaseStage::Decision);
}

TEST_CASE("The rapid review decision sets the stage until a practice review is recorded")
{
    CHECK(stageOf(rapidReviewCompleted(RapidReviewDecision::Lcspr), kLater) == CaseStage::Lcspr);
    CHECK(stageOf(rapidReviewCompleted(RapidReviewDecision::NationalReview), kLater) ==
          CaseStage::NationalReview);
    CHECK(stageOf(rapidReviewCompleted(RapidReviewDecision::NoLcspr), kLater) ==
          CaseStage::Learning);
}

TEST_CASE("A decided LCSPR is at the LCSPR stage until published")
{
    CaseFile file = withPracticeReview(PracticeReviewType::Lcspr);
    CHECK(stageOf(file, d(2024, 4, 2)) == CaseStage::Lcspr);
    file.practiceReview->published = d(2024, 10, 1);
    CHECK(stageOf(file, d(2024, 9, 30)) == CaseStage::Lcspr);
    CHECK(stageOf(file, d(2024, 10, 1)) == CaseStage::Published);
}

TEST_CASE("A national review in which the partnership takes part is at the national review "
          "stage")
{
    CaseFile file = withPracticeReview(PracticeReviewType::NationalReview);
    file.rapidReview->decision = RapidReviewDecision::NationalReview;
    CHECK(stageOf(file, kLater) == CaseStage::NationalReview);
    file.practiceReview->published = d(2025, 1, 15);
    CHECK(stageOf(file, kLater) == CaseStage::Published);
}

TEST_CASE("A practice review decided after the as-of date does not set the stage yet")
{
    CaseFile file = withPracticeReview(PracticeReviewType::NationalReview);
    file.rapidReview->decision = RapidReviewDecision::NoLcspr;
    CHECK(stageOf(file, d(2024, 4, 1)) == CaseStage::Learning);
    CHECK(stageOf(file, d(2024, 4, 2)) == CaseStage::NationalReview);
}

TEST_CASE("A closed case is at the closed stage whatever else is recorded")
{
    CaseFile file = withPracticeReview(PracticeReviewType::Lcspr);
    file.practiceReview->published = d(2024, 10, 1);
    file.kase.status = CaseStatus::Closed;
    CHECK(stageOf(file, kLater) == CaseStage::Closed);
    CaseFile fresh = openCase();
    fresh.kase.status = CaseStatus::Closed;
    CHECK(stageOf(fresh, kLater) == CaseStage::Closed);
}
