// Learning actions through the service: owner agencies by name, completion.
#include "catch.h"
#include "qtprinters.h"
#include "servicefixture.h"
#include "services/actionservice.h"
#include "services/caseservice.h"
#include "storage/actionrepository.h"
#include "storage/auditlog.h"

using namespace reviewdesk;
using namespace reviewdesk::testing;

namespace {

const QString kActionCaseRef = QStringLiteral("SSCP-2024-001");

struct ActionFixture : ServiceFixture
{
    ActionFixture() { REQUIRE(CaseService(*workspace).addCase(draftCase(kActionCaseRef)).ok()); }

    Action add(const QString& owner, const QDate& due = QDate(2024, 9, 30))
    {
        Action action;
        action.recommendation = QStringLiteral("  Refresh neglect training  ");
        action.ownerAgency = owner;
        action.officer = QStringLiteral("K. Farrow");
        action.due = due;
        auto added = ActionService(*workspace).addAction(kActionCaseRef, action);
        if (!added)
            FAIL(added.error().message.toStdString());
        return *added;
    }
};

int agencyEvents(Database& database)
{
    auto events = AuditLog(database).events();
    REQUIRE(events.ok());
    int count = 0;
    for (const AuditEvent& event : *events)
        if (event.entity == QStringLiteral("agency"))
            ++count;
    return count;
}

} // namespace

TEST_CASE("A first action creates its owner agency; a later one reuses it ignoring case")
{
    ActionFixture fixture;
    const Action first = fixture.add(QStringLiteral("Police"));
    CHECK(first.id > 0);
    CHECK(first.version == 1);
    CHECK(first.status == ActionStatus::Open);
    CHECK(first.recommendation == QStringLiteral("Refresh neglect training"));
    CHECK(first.ownerAgency == QStringLiteral("Police"));
    CHECK(fixture.count("agencies") == 1);
    CHECK(agencyEvents(fixture.workspace->database()) == 1);

    const Action second = fixture.add(QStringLiteral("police"));
    CHECK(second.ownerAgencyId == first.ownerAgencyId);
    CHECK(second.ownerAgency == QStringLiteral("Police"));
    CHECK(fixture.count("agencies") == 1);
    CHECK(agencyEvents(fixture.workspace->database()) == 1);

    auto agencies = ActionRepository(fixture.workspace->database()).agencies();
    REQUIRE(agencies.ok());
    REQUIRE(agencies->size() == 1);
    CHECK(agencies->first().name == QStringLiteral("Police"));
    CHECK(fixture.count("actions") == 2);

    auto events = AuditLog(fixture.workspace->database()).events(kActionCaseRef);
    REQUIRE(events.ok());
    CHECK(events->size() == 3); // the case and two actions
    CHECK(events->last().entity == QStringLiteral("action"));
    CHECK(events->last().actor == QStringLiteral("tester"));
}

TEST_CASE("Invalid actions are refused and no agency is created")
{
    ActionFixture fixture;
    const QList<int> before = fixture.footprint();
    Action action;
    action.recommendation = QStringLiteral("Audit attendance");
    action.ownerAgency = QStringLiteral("Education");
    action.due = d(2024, 9, 30);
    ErrorKind kind = ErrorKind::Invalid;
    QString ref = kActionCaseRef;
    SECTION("due before the aware date")
    {
        action.due = d(2024, 3, 1);
    }
    SECTION("no owner")
    {
        action.ownerAgency = QStringLiteral(" ");
    }
    SECTION("no text")
    {
        action.recommendation = QString();
    }
    SECTION("a closed date on an open action")
    {
        action.closed = d(2024, 9, 1);
    }
    SECTION("an unknown case")
    {
        ref = QStringLiteral("SSCP-2024-404");
        kind = ErrorKind::NotFound;
    }
    auto refused = ActionService(*fixture.workspace).addAction(ref, action);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == kind);
    CHECK(fixture.footprint() == before);
}

TEST_CASE("Completing an action sets it complete with its closed date, and only once")
{
    ActionFixture fixture;
    const Action action = fixture.add(QStringLiteral("Education"));
    ActionService service(*fixture.workspace);

    auto completed =
        service.completeAction(action.id, d(2024, 9, 20), QStringLiteral(" Training delivered "));
    REQUIRE(completed.ok());
    CHECK(completed->status == ActionStatus::Complete);
    CHECK(completed->closed == d(2024, 9, 20));
    CHECK(completed->evidence == QStringLiteral("Training delivered"));
    CHECK(completed->version == 2);

    auto stored = ActionRepository(fixture.workspace->database()).findById(action.id);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->status == ActionStatus::Complete);
    CHECK((*stored)->closed == d(2024, 9, 20));

    const QList<int> before = fixture.footprint();
    auto again = service.completeAction(action.id, d(2024, 9, 25));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ErrorKind::Invalid);
    CHECK(again.error().message.contains(QStringLiteral("already complete")));
    CHECK(again.error().message.contains(QStringLiteral("2024-09-20")));
    CHECK(fixture.footprint() == before);
    stored = ActionRepository(fixture.workspace->database()).findById(action.id);
    REQUIRE(stored.ok());
    CHECK((*stored)->closed == d(2024, 9, 20));
}

TEST_CASE("Completing an action before the case's aware date is refused")
{
    ActionFixture fixture;
    const Action action = fixture.add(QStringLiteral("Education"));
    const QList<int> before = fixture.footprint();
    auto refused = ActionService(*fixture.workspace).completeAction(action.id, d(2024, 3, 1));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("closed"));
    CHECK(fixture.footprint() == before);
}

TEST_CASE("Completing an unknown action is refused as not found")
{
    ActionFixture fixture;
    auto refused = ActionService(*fixture.workspace).completeAction(4242, d(2024, 9, 20));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::NotFound);
}
