// Rapid reviews, practice reviews and extensions through the service.
#include "catch.h"
#include "qtprinters.h"
#include "servicefixture.h"
#include "services/caseservice.h"
#include "services/reviewservice.h"
#include "storage/auditlog.h"

#include <utility>

using namespace reviewdesk;
using namespace reviewdesk::testing;

namespace {

// Aware Wed 20 Dec 2023: rapid review due Mon 15 Jan 2024.
const QString kReviewedCaseRef = QStringLiteral("SSCP-2023-042");

struct ReviewFixture : ServiceFixture
{
    ReviewFixture()
    {
        Case draft = draftCase(kReviewedCaseRef, d(2023, 12, 20));
        draft.notified = d(2023, 12, 22);
        REQUIRE(CaseService(*workspace).addCase(draft).ok());
    }

    RapidReview completedRapidReview()
    {
        RapidReview rapid;
        rapid.started = d(2023, 12, 21);
        rapid.completed = d(2024, 1, 12);
        rapid.decision = RapidReviewDecision::Lcspr;
        auto saved = ReviewService(*workspace).saveRapidReview(kReviewedCaseRef, rapid);
        REQUIRE(saved.ok());
        return *saved;
    }

    // An LCSPR decided Fri 2 Feb 2024: publication due Fri 2 Aug 2024.
    PracticeReview lcspr(PracticeReviewType type = PracticeReviewType::Lcspr)
    {
        completedRapidReview();
        PracticeReview practice;
        practice.type = type;
        practice.decided = d(2024, 2, 2);
        auto saved = ReviewService(*workspace).savePracticeReview(kReviewedCaseRef, practice);
        REQUIRE(saved.ok());
        return *saved;
    }

    std::optional<Deadline> publicationDeadline(const QDate& asOf)
    {
        auto file = workspace->caseFile(kReviewedCaseRef);
        REQUIRE(file.ok());
        auto engine = workspace->engine(asOf);
        REQUIRE(engine.ok());
        for (const Deadline& deadline : engine->deadlinesFor(*file))
            if (deadline.kind == DeadlineKind::LcsprPublication)
                return deadline;
        return std::nullopt;
    }
};

Extension extensionTo(const QDate& newDue)
{
    Extension extension;
    extension.newDue = newDue;
    extension.reason = QStringLiteral("criminal trial delayed family engagement");
    extension.agreedBy = QStringLiteral("Panel chair");
    extension.agreedOn = d(2024, 6, 3);
    return extension;
}

using Planned = QList<std::pair<QString, QDate>>;

Planned plannedOf(const QList<Milestone>& milestones, MilestoneOwner owner)
{
    Planned result;
    for (const Milestone& milestone : milestones)
        if (milestone.owner == owner)
            result.append({milestone.name, milestone.due});
    return result;
}

} // namespace

TEST_CASE("Recording a rapid review adds the rapid review plan's four milestones")
{
    ReviewFixture fixture;
    RapidReview rapid;
    rapid.started = d(2023, 12, 21);
    auto saved = ReviewService(*fixture.workspace).saveRapidReview(kReviewedCaseRef, rapid);
    REQUIRE(saved.ok());
    CHECK(saved->id > 0);
    CHECK(saved->version == 1);

    auto file = fixture.workspace->caseFile(kReviewedCaseRef);
    REQUIRE(file.ok());
    REQUIRE(file->rapidReview.has_value());
    CHECK(file->rapidReview->started == d(2023, 12, 21));
    const Planned expected = {
        {QStringLiteral("Letters to agencies"), d(2023, 12, 21)},
        {QStringLiteral("Agency summaries received"), d(2024, 1, 8)},
        {QStringLiteral("Rapid review panel meeting"), d(2024, 1, 10)},
        {QStringLiteral("Sign-off by the three partners"), d(2024, 1, 15)},
    };
    CHECK(file->milestones.size() == 4);
    CHECK(plannedOf(file->milestones, MilestoneOwner::RapidReview) == expected);
    for (const Milestone& milestone : file->milestones)
        CHECK(milestone.reviewId == saved->id);

    auto events = AuditLog(fixture.workspace->database()).events(kReviewedCaseRef);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 2);
    CHECK(events->last().entity == QStringLiteral("rapid-review"));
    CHECK(events->last().operation == QStringLiteral("create"));
}

TEST_CASE("Updating the rapid review keeps its plan and refuses a stale version")
{
    ReviewFixture fixture;
    ReviewService service(*fixture.workspace);
    RapidReview rapid;
    rapid.started = d(2023, 12, 21);
    auto created = service.saveRapidReview(kReviewedCaseRef, rapid);
    REQUIRE(created.ok());

    RapidReview first = *created;
    first.completed = d(2024, 1, 12);
    auto updated = service.saveRapidReview(kReviewedCaseRef, first);
    REQUIRE(updated.ok());
    CHECK(updated->version == 2);
    CHECK(fixture.count("milestones") == 4);

    const QList<int> before = fixture.footprint();
    RapidReview stale = *created;
    stale.completed = d(2024, 1, 15);
    auto refused = service.saveRapidReview(kReviewedCaseRef, stale);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Conflict);
    CHECK(fixture.footprint() == before);
    auto file = fixture.workspace->caseFile(kReviewedCaseRef);
    REQUIRE(file.ok());
    CHECK(file->rapidReview->completed == d(2024, 1, 12));
}

TEST_CASE("A second new rapid review never replaces one someone else recorded meanwhile")
{
    ReviewFixture fixture;
    ReviewService service(*fixture.workspace);
    RapidReview theirs;
    theirs.started = d(2023, 12, 21);
    theirs.rationale = QStringLiteral("recorded by a colleague");
    REQUIRE(service.saveRapidReview(kReviewedCaseRef, theirs).ok());

    // Mine was begun before theirs existed, so it carries no id.
    const QList<int> before = fixture.footprint();
    RapidReview mine;
    mine.started = d(2023, 12, 27);
    auto refused = service.saveRapidReview(kReviewedCaseRef, mine);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Conflict);
    CHECK(refused.error().message ==
          QStringLiteral("the rapid review of SSCP-2023-042 was recorded by someone else since you "
                         "opened it; reload the case and make your change again"));
    CHECK(fixture.footprint() == before);
    auto file = fixture.workspace->caseFile(kReviewedCaseRef);
    REQUIRE(file.ok());
    CHECK(file->rapidReview->started == d(2023, 12, 21));
    CHECK(file->rapidReview->rationale == QStringLiteral("recorded by a colleague"));
}

TEST_CASE("Impossible rapid review dates are refused and nothing is written")
{
    ReviewFixture fixture;
    const QList<int> before = fixture.footprint();
    RapidReview rapid;
    QString field;
    SECTION("completed before it started")
    {
        rapid.started = d(2024, 1, 3);
        rapid.completed = d(2024, 1, 2);
        field = QStringLiteral("completed");
    }
    SECTION("completed before the aware date")
    {
        rapid.completed = d(2023, 12, 19);
        field = QStringLiteral("completed");
    }
    SECTION("started before the aware date")
    {
        rapid.started = d(2023, 12, 18);
        field = QStringLiteral("started");
    }
    SECTION("a decision without a completion date")
    {
        rapid.started = d(2023, 12, 21);
        rapid.decision = RapidReviewDecision::NoLcspr;
        field = QStringLiteral("completed");
    }
    auto refused = ReviewService(*fixture.workspace).saveRapidReview(kReviewedCaseRef, rapid);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Invalid);
    CHECK(refused.error().field == field);
    CHECK(fixture.footprint() == before);
}

TEST_CASE("Commissioning an LCSPR adds its plan; publication is due six months after the decision")
{
    ReviewFixture fixture;
    const PracticeReview practice = fixture.lcspr();
    auto file = fixture.workspace->caseFile(kReviewedCaseRef);
    REQUIRE(file.ok());
    const Planned planned = plannedOf(file->milestones, MilestoneOwner::PracticeReview);
    REQUIRE(planned.size() == 10);
    CHECK(planned.first() ==
          std::pair{QStringLiteral("Scoping and terms of reference"), d(2024, 2, 16)});
    CHECK(planned.last() == std::pair{QStringLiteral("Publication"), d(2024, 8, 2)});

    const auto deadline = fixture.publicationDeadline(d(2024, 3, 1));
    REQUIRE(deadline.has_value());
    CHECK(deadline->due == d(2024, 8, 2));
    CHECK(practice.version == 1);
}

TEST_CASE("Impossible practice review dates are refused and nothing is written")
{
    ReviewFixture fixture;
    fixture.completedRapidReview();
    const QList<int> before = fixture.footprint();
    PracticeReview practice;
    practice.type = PracticeReviewType::Lcspr;
    QString field;
    SECTION("an LCSPR decided before the aware date")
    {
        practice.decided = d(2023, 12, 19);
        field = QStringLiteral("decided");
    }
    SECTION("published before the decision")
    {
        practice.decided = d(2024, 2, 2);
        practice.published = d(2024, 2, 1);
        field = QStringLiteral("published");
    }
    SECTION("no decision date")
    {
        field = QStringLiteral("decided");
    }
    auto refused = ReviewService(*fixture.workspace).savePracticeReview(kReviewedCaseRef, practice);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Invalid);
    CHECK(refused.error().field == field);
    CHECK(fixture.footprint() == before);
}

TEST_CASE("A rapid review cannot be sent before the case was known, completed or not")
{
    ReviewFixture fixture; // aware Wed 20 Dec 2023
    const QList<int> before = fixture.footprint();
    RapidReview rapid;
    rapid.sent = d(2023, 12, 19);
    auto refused = ReviewService(*fixture.workspace).saveRapidReview(kReviewedCaseRef, rapid);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("sent"));
    CHECK(refused.error().message.contains(QStringLiteral("2023-12-20")));
    CHECK(fixture.footprint() == before);
    rapid.sent = d(2023, 12, 20);
    CHECK(ReviewService(*fixture.workspace).saveRapidReview(kReviewedCaseRef, rapid).ok());
}

TEST_CASE("An extension is refused for a case without an LCSPR")
{
    ReviewFixture fixture;
    SECTION("no practice review at all")
    {
        fixture.completedRapidReview();
    }
    SECTION("a local learning review")
    {
        fixture.lcspr(PracticeReviewType::LocalLearningReview);
    }
    const QList<int> before = fixture.footprint();
    auto refused =
        ReviewService(*fixture.workspace).extend(kReviewedCaseRef, extensionTo(d(2024, 10, 31)));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Invalid);
    CHECK(refused.error().message.contains(QStringLiteral("no LCSPR")));
    CHECK(fixture.footprint() == before);
}

TEST_CASE("An extension must move the publication due date later")
{
    ReviewFixture fixture;
    fixture.lcspr();
    const QList<int> before = fixture.footprint();
    for (const QDate& newDue : {d(2024, 8, 2), d(2024, 8, 1), d(2024, 3, 1)}) {
        CAPTURE(newDue);
        auto refused =
            ReviewService(*fixture.workspace).extend(kReviewedCaseRef, extensionTo(newDue));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Invalid);
        CHECK(refused.error().message.contains(QStringLiteral("2024-08-02")));
    }
    Extension noReason = extensionTo(d(2024, 10, 31));
    noReason.reason = QStringLiteral("  ");
    auto refused = ReviewService(*fixture.workspace).extend(kReviewedCaseRef, noReason);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("reason"));
    CHECK(fixture.footprint() == before);
}

TEST_CASE("An extension's agreed date lies between the decision and the publication")
{
    ReviewFixture fixture;
    PracticeReview review = fixture.lcspr(); // decided Fri 2 Feb 2024
    ReviewService service(*fixture.workspace);
    const QList<int> before = fixture.footprint();

    Extension early = extensionTo(d(2024, 10, 31));
    early.agreedOn = d(2024, 2, 1);
    auto refused = service.extend(kReviewedCaseRef, early);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message ==
          QStringLiteral("an extension cannot be agreed before the decision to initiate the "
                         "LCSPR (2024-02-02)"));
    CHECK(refused.error().field == QStringLiteral("agreed-on"));
    CHECK(fixture.footprint() == before);

    review.published = d(2024, 7, 31);
    REQUIRE(service.savePracticeReview(kReviewedCaseRef, review).ok());
    const QList<int> published = fixture.footprint();
    Extension late = extensionTo(d(2024, 10, 31));
    late.agreedOn = d(2024, 8, 1);
    refused = service.extend(kReviewedCaseRef, late);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message ==
          QStringLiteral("the LCSPR was published on 2024-07-31; an extension agreed after that "
                         "cannot move its due date"));
    CHECK(fixture.footprint() == published);
    CHECK(published != before); // the publication itself was saved

    // Agreed on the decision day itself, before publication: recorded.
    Extension onTheDay = extensionTo(d(2024, 10, 31));
    onTheDay.agreedOn = d(2024, 2, 2);
    CHECK(service.extend(kReviewedCaseRef, onTheDay).ok());
}

TEST_CASE("An accepted extension moves the publication deadline and is audited")
{
    ReviewFixture fixture;
    fixture.lcspr();
    ReviewService service(*fixture.workspace);
    auto extended = service.extend(kReviewedCaseRef, extensionTo(d(2024, 10, 31)));
    REQUIRE(extended.ok());
    CHECK(extended->id > 0);

    const auto deadline = fixture.publicationDeadline(d(2024, 7, 1));
    REQUIRE(deadline.has_value());
    CHECK(deadline->due == d(2024, 10, 31));
    CHECK(deadline->extended);
    // Before the extension was agreed the six-month date still applied.
    const auto earlier = fixture.publicationDeadline(d(2024, 5, 31));
    REQUIRE(earlier.has_value());
    CHECK(earlier->due == d(2024, 8, 2));

    // A second extension must go beyond the first.
    auto notLater = service.extend(kReviewedCaseRef, extensionTo(d(2024, 10, 31)));
    REQUIRE_FALSE(notLater.ok());
    CHECK(notLater.error().message.contains(QStringLiteral("2024-10-31")));

    auto events = AuditLog(fixture.workspace->database()).events(kReviewedCaseRef);
    REQUIRE(events.ok());
    CHECK(events->last().entity == QStringLiteral("extension"));
    CHECK(events->last().summary.contains(QStringLiteral("2024-08-02")));
    CHECK(events->last().summary.contains(QStringLiteral("2024-10-31")));
}

TEST_CASE("Reviews of an unknown case are refused as not found")
{
    ReviewFixture fixture;
    auto refused =
        ReviewService(*fixture.workspace).saveRapidReview(QStringLiteral("SSCP-1999-001"), {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::NotFound);
}
