// Opening and editing cases through the service: validation, duplicates,
// stale edits, and the audit trail written in the same transaction.
#include "catch.h"
#include "qtprinters.h"
#include "servicefixture.h"
#include "services/caseservice.h"
#include "services/validation.h"
#include "storage/auditlog.h"
#include "storage/caserepository.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace reviewdesk;
using namespace reviewdesk::testing;

namespace {

// The service refuses `draft` as invalid input about `field`, and writes nothing.
Error refusedAdding(ServiceFixture& fixture, const Case& draft, const QString& field)
{
    const QList<int> before = fixture.footprint();
    auto added = CaseService(*fixture.workspace).addCase(draft);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().kind == ErrorKind::Invalid);
    CHECK(added.error().field == field);
    CHECK_FALSE(added.error().message.isEmpty());
    CHECK(fixture.footprint() == before);
    return added.error();
}

} // namespace

TEST_CASE("Adding a case stores it and audits its creation with the actor and the new record")
{
    ServiceFixture fixture;
    auto added =
        CaseService(*fixture.workspace).addCase(draftCase(QStringLiteral(" SSCP-2024-001 ")));
    REQUIRE(added.ok());
    CHECK(added->id > 0);
    CHECK(added->version == 1);
    CHECK(added->ref == QStringLiteral("SSCP-2024-001"));
    CHECK(added->ruleSet == QStringLiteral("england-wt2023")); // the default when none is given
    CHECK(added->sex == QStringLiteral("male"));               // typed "Boy"
    CHECK(added->ageBand == QStringLiteral("5-9"));            // typed "5 to 9"
    // Typed "Neglect" and "domestic abuse": stored as the standard themes' names.
    CHECK(added->themes ==
          QStringList{QStringLiteral("neglect"), QStringLiteral("domestic-abuse")});

    auto stored =
        CaseRepository(fixture.workspace->database()).findByRef(QStringLiteral("SSCP-2024-001"));
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->aware == d(2024, 3, 4));

    auto events = AuditLog(fixture.workspace->database()).events(QStringLiteral("SSCP-2024-001"));
    REQUIRE(events.ok());
    REQUIRE(events->size() == 1);
    const AuditEvent& event = events->first();
    CHECK(event.operation == QStringLiteral("create"));
    CHECK(event.entity == QStringLiteral("case"));
    CHECK(event.entityId == added->id);
    CHECK(event.actor == QStringLiteral("tester"));
    CHECK(event.before.isEmpty());
    const QJsonObject after = QJsonDocument::fromJson(event.after.toUtf8()).object();
    CHECK(after.value(QStringLiteral("ref")).toString() == QStringLiteral("SSCP-2024-001"));
    CHECK(after.value(QStringLiteral("aware")).toString() == QStringLiteral("2024-03-04"));
    CHECK(fixture.count("audit_events") == 1);
}

TEST_CASE("A duplicate reference is refused, also when it differs only by case, and nothing is "
          "written")
{
    ServiceFixture fixture;
    REQUIRE(
        CaseService(*fixture.workspace).addCase(draftCase(QStringLiteral("SSCP-2024-001"))).ok());
    CHECK(fixture.count("cases") == 1);
    CHECK(fixture.count("audit_events") == 1);

    for (const QString& ref : {QStringLiteral("SSCP-2024-001"), QStringLiteral("sscp-2024-001"),
                               QStringLiteral("Sscp-2024-001 ")}) {
        CAPTURE(ref.toStdString());
        const Error error = refusedAdding(fixture, draftCase(ref), QStringLiteral("ref"));
        CHECK(error.message.contains(QStringLiteral("already exists")));
        CHECK(error.message.contains(ref.trimmed()));
    }
    CHECK(fixture.count("cases") == 1);
    CHECK(fixture.count("audit_events") == 1);
}

TEST_CASE("Impossible case dates are refused and nothing is written")
{
    ServiceFixture fixture;
    SECTION("an incident after the aware date")
    {
        Case draft = draftCase(QStringLiteral("SSCP-2024-002"));
        draft.incident = d(2024, 3, 5);
        const Error error = refusedAdding(fixture, draft, QStringLiteral("aware"));
        CHECK(error.message.contains(QStringLiteral("2024-03-05")));
        CHECK(error.message.contains(QStringLiteral("2024-03-04")));
    }
    SECTION("a notification before the aware date")
    {
        Case draft = draftCase(QStringLiteral("SSCP-2024-002"));
        draft.notified = d(2024, 3, 1);
        const Error error = refusedAdding(fixture, draft, QStringLiteral("notified"));
        CHECK(error.message.contains(QStringLiteral("2024-03-01")));
    }
    SECTION("an aware date outside the supported years")
    {
        Case draft = draftCase(QStringLiteral("SSCP-2024-002"), d(1969, 12, 31));
        draft.incident.reset();
        refusedAdding(fixture, draft, QStringLiteral("aware"));
    }
    SECTION("no aware date")
    {
        Case draft = draftCase(QStringLiteral("SSCP-2024-002"));
        draft.aware = QDate();
        draft.incident.reset();
        refusedAdding(fixture, draft, QStringLiteral("aware"));
        // Said once: a missing date is not also "outside the supported years".
        QStringList aboutAware;
        for (const Error& problem : problemsWith(draft))
            if (problem.field == QStringLiteral("aware"))
                aboutAware << problem.message;
        CHECK(aboutAware ==
              QStringList{QStringLiteral("the date the local authority became aware is required")});
    }
}

TEST_CASE("An unknown rule set is refused and nothing is written")
{
    ServiceFixture fixture;
    Case draft = draftCase(QStringLiteral("SSCP-2024-003"));
    draft.ruleSet = QStringLiteral("england-wt2031");
    const Error error = refusedAdding(fixture, draft, QStringLiteral("rules"));
    CHECK(error.message.contains(QStringLiteral("england-wt2031")));
}

TEST_CASE("A reference with characters other than letters, digits and - _ / . is refused")
{
    ServiceFixture fixture;
    for (const QString& ref :
         {QStringLiteral("SSCP 2024 001"), QStringLiteral("SSCP#1"), QStringLiteral("-SSCP-1"),
          QStringLiteral("SSCP;DROP"), QStringLiteral("SSCP-2024-001-%1").arg(QString(30, u'x')),
          QStringLiteral("   ")}) {
        CAPTURE(ref.toStdString());
        refusedAdding(fixture, draftCase(ref), QStringLiteral("ref"));
    }
    CHECK(fixture.count("cases") == 0);
    CHECK(fixture.count("audit_events") == 0);
}

TEST_CASE("Editing a case saves it and audits the record before and after")
{
    ServiceFixture fixture;
    CaseService service(*fixture.workspace);
    auto added = service.addCase(draftCase(QStringLiteral("SSCP-2024-001")));
    REQUIRE(added.ok());
    Case edited = *added;
    edited.leadOfficer = QStringLiteral("S. Malik");
    auto saved = service.updateCase(edited);
    REQUIRE(saved.ok());
    CHECK(saved->version == 2);

    auto events = AuditLog(fixture.workspace->database()).events(QStringLiteral("SSCP-2024-001"));
    REQUIRE(events.ok());
    REQUIRE(events->size() == 2);
    CHECK(events->at(1).operation == QStringLiteral("update"));
    const QJsonObject before = QJsonDocument::fromJson(events->at(1).before.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(events->at(1).after.toUtf8()).object();
    CHECK(before.value(QStringLiteral("lead")).toString().isEmpty());
    CHECK(after.value(QStringLiteral("lead")).toString() == QStringLiteral("S. Malik"));
}

TEST_CASE("Editing a case with a stale version is a conflict and nothing is written")
{
    ServiceFixture fixture;
    CaseService service(*fixture.workspace);
    auto added = service.addCase(draftCase(QStringLiteral("SSCP-2024-001")));
    REQUIRE(added.ok());

    Case first = *added;
    first.notes = QStringLiteral("first edit");
    REQUIRE(service.updateCase(first).ok());

    const QList<int> before = fixture.footprint();
    Case stale = *added; // still version 1
    stale.notes = QStringLiteral("second edit");
    auto refused = service.updateCase(stale);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("SSCP-2024-001")));
    CHECK(fixture.footprint() == before);

    auto stored = CaseRepository(fixture.workspace->database()).findById(added->id);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->notes == QStringLiteral("first edit"));
    CHECK((*stored)->version == 2);
}

TEST_CASE("Renaming a case to another case's reference is refused")
{
    ServiceFixture fixture;
    CaseService service(*fixture.workspace);
    REQUIRE(service.addCase(draftCase(QStringLiteral("SSCP-2024-001"))).ok());
    auto second = service.addCase(draftCase(QStringLiteral("SSCP-2024-002")));
    REQUIRE(second.ok());
    const QList<int> before = fixture.footprint();
    Case renamed = *second;
    renamed.ref = QStringLiteral("sscp-2024-001");
    auto refused = service.updateCase(renamed);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Invalid);
    CHECK(refused.error().field == QStringLiteral("ref"));
    CHECK(fixture.footprint() == before);
}

TEST_CASE("Recording the notification sets the date and the national Panel reference")
{
    ServiceFixture fixture;
    CaseService service(*fixture.workspace);
    REQUIRE(service.addCase(draftCase(QStringLiteral("SSCP-2024-001"))).ok());
    auto notified = service.recordNotification(QStringLiteral("sscp-2024-001"), d(2024, 3, 6),
                                               QStringLiteral(" NP-2024-555 "));
    REQUIRE(notified.ok());
    CHECK(notified->notified == d(2024, 3, 6));
    CHECK(notified->panelRef == QStringLiteral("NP-2024-555"));

    auto early = service.recordNotification(QStringLiteral("SSCP-2024-001"), d(2024, 3, 1), {});
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().field == QStringLiteral("notified"));
    auto unknown = service.recordNotification(QStringLiteral("SSCP-2024-404"), d(2024, 3, 6), {});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind == ErrorKind::NotFound);
}
