// Importing learning actions: checked against their cases, repeats refused,
// owner agencies found or created, all in one transaction.
#include "../services/servicefixture.h"
#include "catch.h"
#include "io/actionimport.h"
#include "io/registerexport.h"
#include "qtprinters.h"
#include "services/actionservice.h"
#include "services/caseservice.h"

using namespace reviewdesk;
using namespace reviewdesk::io;
using namespace reviewdesk::testing;

namespace {

QStringList describeAll(const ActionImportPlan& plan)
{
    QStringList lines;
    for (const ImportProblem& problem : plan.problems)
        lines << describe(problem);
    return lines;
}

} // namespace

TEST_CASE("Actions exported from one register import into a copy of its cases unchanged")
{
    ServiceFixture source;
    REQUIRE(CaseService(*source.workspace).addCase(draftCase(QStringLiteral("A-1"))).ok());
    Action action;
    action.recommendation = QStringLiteral("Brief GPs, then \"audit\"");
    action.ownerAgency = QStringLiteral("Integrated Care Board");
    action.officer = QStringLiteral("R. Okafor");
    action.due = d(2024, 9, 2);
    REQUIRE(ActionService(*source.workspace).addAction(QStringLiteral("A-1"), action).ok());
    action.recommendation = QStringLiteral("=Train staff");
    action.status = ActionStatus::Complete;
    action.closed = d(2024, 8, 1);
    action.evidence = QStringLiteral("Attendance list");
    REQUIRE(ActionService(*source.workspace).addAction(QStringLiteral("A-1"), action).ok());
    const QByteArray csv = actionsCsv(*source.workspace->loadRegisterRecords());

    ServiceFixture target;
    REQUIRE(CaseService(*target.workspace).addCase(draftCase(QStringLiteral("A-1"))).ok());
    auto plan = planActionImport(*target.workspace, csv);
    REQUIRE(plan.ok());
    CHECK(describeAll(*plan) == QStringList{});
    auto imported = importActions(*target.workspace, *plan, QStringLiteral("actions.csv"));
    REQUIRE(imported.ok());
    CHECK(*imported == 2);
    CHECK(target.count("agencies") == 1);
    const QList<CaseRecord> copy = *target.workspace->loadRegisterRecords();
    REQUIRE(copy.at(0).actions.size() == 2);
    CHECK(copy.at(0).actions.at(1).recommendation == QStringLiteral("=Train staff"));
    CHECK(copy.at(0).actions.at(1).status == ActionStatus::Complete);
    CHECK(copy.at(0).actions.at(1).closed == d(2024, 8, 1));
    CHECK(actionsCsv(copy) == csv);

    // The same file again: every row is already there; nothing is written.
    const QList<int> before = target.footprint();
    auto again = planActionImport(*target.workspace, csv);
    REQUIRE(again.ok());
    CHECK(describeAll(*again) ==
          QStringList{QStringLiteral("line 2: column text: case A-1 already has this action (same "
                                     "text, owner and due date)"),
                      QStringLiteral("line 3: column text: case A-1 already has this action (same "
                                     "text, owner and due date)")});
    CHECK_FALSE(importActions(*target.workspace, *again, QStringLiteral("actions.csv")).ok());
    CHECK(target.footprint() == before);
}

TEST_CASE("Action rows are checked against their case, and repeats within the file are refused")
{
    Case kase = draftCase(QStringLiteral("B-1"), d(2024, 3, 4));
    const QHash<QString, Case> cases{{QStringLiteral("b-1"), kase}};
    const QByteArray file = "case,text,owner,due\r\n"
                            "B-1,Audit,Police,2024-03-01\r\n"
                            "B-1,Audit,Police,2024-05-01\r\n"
                            "b-1,audit,police,2024-05-01\r\n"
                            "B-1,,Police,2024-05-01\r\n";
    CHECK(describeAll(planActionImport(file, cases)) ==
          QStringList{QStringLiteral("line 2: column due: the action due date 2024-03-01 is "
                                     "before the aware date 2024-03-04"),
                      QStringLiteral("line 4: column text: the same action is also on line 3"),
                      QStringLiteral("line 5: column text: the action's text is required")});
    CHECK(describeAll(planActionImport(QByteArray("case,text,due\r\n"), cases)) ==
          QStringList{QStringLiteral("line 1: column owner: the file has no \"owner\" column")});
}
