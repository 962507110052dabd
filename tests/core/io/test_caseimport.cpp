// The case register import: column mapping, the pure planning step with every
// kind of problem at its line and column, the all-or-nothing write, and the
// round trip export -> import into an empty file.
#include "../services/servicefixture.h"
#include "catch.h"
#include "io/caseimporter.h"
#include "io/registerexport.h"
#include "qtprinters.h"
#include "services/caseservice.h"
#include "services/reviewservice.h"
#include "storage/auditlog.h"

using namespace reviewdesk;
using namespace reviewdesk::io;
using namespace reviewdesk::testing;

namespace {

const QByteArray kHeader = "ref,harm,aware,incident,notified,child,themes\r\n";

QStringList describeAll(const CaseImportPlan& plan)
{
    QStringList lines;
    for (const ImportProblem& problem : plan.problems)
        lines << describe(problem);
    return lines;
}

// A register with a case at every stage, plus an extension and a done milestone.
void fillRegister(Workspace& workspace)
{
    CaseService cases(workspace);
    ReviewService reviews(workspace);
    Case first = draftCase(QStringLiteral("SSCP-2024-001"), d(2024, 3, 4));
    first.panelRef = QStringLiteral("NP-77");
    first.ageBand = QStringLiteral("5-9");
    first.sex = QStringLiteral("female");
    first.ethnicity = QStringLiteral("White British");
    first.notified = d(2024, 3, 6);
    first.leadOfficer = QStringLiteral("Zoë Ní Bhriain");
    first.notes = QStringLiteral("Notes, with a comma;\nand \"quotes\" on two lines");
    REQUIRE(cases.addCase(first).ok());
    RapidReview rapid;
    rapid.started = d(2024, 3, 5);
    rapid.meeting = d(2024, 3, 15);
    rapid.completed = d(2024, 3, 20);
    rapid.sent = d(2024, 3, 21);
    rapid.decision = RapidReviewDecision::Lcspr;
    rapid.rationale = QStringLiteral("=multi-agency learning");
    rapid.panelResponse = PanelResponse::Agreed;
    rapid.panelResponseDate = d(2024, 4, 2);
    REQUIRE(reviews.saveRapidReview(QStringLiteral("SSCP-2024-001"), rapid).ok());
    PracticeReview lcspr;
    lcspr.decided = d(2024, 3, 22);
    lcspr.reviewer = QStringLiteral("A. Reviewer");
    lcspr.method = QStringLiteral("systems");
    lcspr.termsOfReference = d(2024, 4, 10);
    lcspr.plannedPublication = d(2024, 9, 30);
    lcspr.link = QStringLiteral("https://example.org/review");
    REQUIRE(reviews.savePracticeReview(QStringLiteral("SSCP-2024-001"), lcspr).ok());
    Extension extension;
    extension.newDue = d(2024, 11, 29);
    extension.reason = QStringLiteral("Criminal trial | family engagement");
    extension.agreedBy = QStringLiteral("Chair");
    extension.agreedOn = d(2024, 8, 1);
    REQUIRE(reviews.extend(QStringLiteral("SSCP-2024-001"), extension).ok());
    auto file = workspace.caseFile(QStringLiteral("SSCP-2024-001"));
    REQUIRE(file.ok());
    Milestone milestone = file->milestones.at(1);
    milestone.done = d(2024, 3, 14);
    milestone.due = d(2024, 3, 18);
    REQUIRE(reviews.saveMilestone(QStringLiteral("SSCP-2024-001"), milestone).ok());

    Case second = draftCase(QStringLiteral("SSCP-2024-002"), d(2024, 5, 7));
    second.harm = Harm::Death;
    second.incident.reset();
    second.childId.clear();
    second.themes.clear();
    second.status = CaseStatus::Closed;
    second.ruleSet = QStringLiteral("england-wt2018");
    REQUIRE(cases.addCase(second).ok());
}

void checkSameCases(const QList<CaseFile>& expected, const QList<CaseFile>& actual)
{
    REQUIRE(actual.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const CaseFile& e = expected.at(i);
        const CaseFile& a = actual.at(i);
        CHECK(a.kase.ref == e.kase.ref);
        CHECK(a.kase.panelRef == e.kase.panelRef);
        CHECK(a.kase.childId == e.kase.childId);
        CHECK(a.kase.ageBand == e.kase.ageBand);
        CHECK(a.kase.sex == e.kase.sex);
        CHECK(a.kase.ethnicity == e.kase.ethnicity);
        CHECK(a.kase.harm == e.kase.harm);
        CHECK(a.kase.incident == e.kase.incident);
        CHECK(a.kase.aware == e.kase.aware);
        CHECK(a.kase.notified == e.kase.notified);
        CHECK(a.kase.themes == e.kase.themes);
        CHECK(a.kase.leadOfficer == e.kase.leadOfficer);
        CHECK(a.kase.status == e.kase.status);
        CHECK(a.kase.notes == e.kase.notes);
        CHECK(a.kase.ruleSet == e.kase.ruleSet);
        REQUIRE(a.rapidReview.has_value() == e.rapidReview.has_value());
        if (e.rapidReview) {
            CHECK(a.rapidReview->started == e.rapidReview->started);
            CHECK(a.rapidReview->meeting == e.rapidReview->meeting);
            CHECK(a.rapidReview->completed == e.rapidReview->completed);
            CHECK(a.rapidReview->sent == e.rapidReview->sent);
            CHECK(a.rapidReview->decision == e.rapidReview->decision);
            CHECK(a.rapidReview->rationale == e.rapidReview->rationale);
            CHECK(a.rapidReview->panelResponse == e.rapidReview->panelResponse);
            CHECK(a.rapidReview->panelResponseDate == e.rapidReview->panelResponseDate);
        }
        REQUIRE(a.practiceReview.has_value() == e.practiceReview.has_value());
        if (e.practiceReview) {
            CHECK(a.practiceReview->type == e.practiceReview->type);
            CHECK(a.practiceReview->decided == e.practiceReview->decided);
            CHECK(a.practiceReview->reviewer == e.practiceReview->reviewer);
            CHECK(a.practiceReview->method == e.practiceReview->method);
            CHECK(a.practiceReview->termsOfReference == e.practiceReview->termsOfReference);
            CHECK(a.practiceReview->plannedPublication == e.practiceReview->plannedPublication);
            CHECK(a.practiceReview->sent == e.practiceReview->sent);
            CHECK(a.practiceReview->published == e.practiceReview->published);
            CHECK(a.practiceReview->link == e.practiceReview->link);
        }
        REQUIRE(a.extensions.size() == e.extensions.size());
        for (qsizetype x = 0; x < e.extensions.size(); ++x) {
            CHECK(a.extensions.at(x).newDue == e.extensions.at(x).newDue);
            CHECK(a.extensions.at(x).reason == e.extensions.at(x).reason);
            CHECK(a.extensions.at(x).agreedBy == e.extensions.at(x).agreedBy);
            CHECK(a.extensions.at(x).agreedOn == e.extensions.at(x).agreedOn);
        }
        REQUIRE(a.milestones.size() == e.milestones.size());
        for (qsizetype m = 0; m < e.milestones.size(); ++m) {
            CHECK(a.milestones.at(m).owner == e.milestones.at(m).owner);
            CHECK(a.milestones.at(m).name == e.milestones.at(m).name);
            CHECK(a.milestones.at(m).due == e.milestones.at(m).due);
            CHECK(a.milestones.at(m).done == e.milestones.at(m).done);
        }
    }
}

} // namespace

TEST_CASE("Export then import into an empty register gives the same cases, field for field")
{
    ServiceFixture source;
    fillRegister(*source.workspace);
    auto original = source.workspace->loadRegister();
    REQUIRE(original.ok());
    REQUIRE(original->at(0).milestones.size() == 14);
    const QByteArray csv = caseRegisterCsv(*original, {d(2024, 6, 1), false});

    ServiceFixture target;
    auto plan = planCaseImport(*target.workspace, csv, defaultMapping(csvHeader(csv)));
    REQUIRE(plan.ok());
    CHECK(describeAll(*plan) == QStringList{});
    REQUIRE(plan->rows.size() == 2);
    auto imported = importCases(*target.workspace, *plan, QStringLiteral("register.csv"));
    REQUIRE(imported.ok());
    CHECK(*imported == 2);
    auto copy = target.workspace->loadRegister();
    REQUIRE(copy.ok());
    checkSameCases(*original, *copy);
    // Exporting the copy gives the same bytes.
    CHECK(caseRegisterCsv(*copy, {d(2024, 6, 1), false}) == csv);
}

TEST_CASE("An import audits every record it creates and the import itself")
{
    ServiceFixture source;
    fillRegister(*source.workspace);
    const QByteArray csv = caseRegisterCsv(*source.workspace->loadRegister(), {d(2024, 6, 1)});
    ServiceFixture target;
    auto plan = planCaseImport(*target.workspace, csv, defaultMapping(csvHeader(csv)));
    REQUIRE(importCases(*target.workspace, *plan, QStringLiteral("register.csv")).ok());
    auto events = AuditLog(target.workspace->database()).events();
    REQUIRE(events.ok());
    QStringList summaries;
    for (const AuditEvent& event : *events)
        summaries << event.summary;
    CHECK(summaries ==
          QStringList{QStringLiteral("case SSCP-2024-001 imported from register.csv"),
                      QStringLiteral("rapid review of SSCP-2024-001 imported from register.csv"),
                      QStringLiteral("LCSPR of SSCP-2024-001 imported from register.csv"),
                      QStringLiteral("LCSPR publication of SSCP-2024-001 extended from "
                                     "2024-09-22 to 2024-11-29 (imported)"),
                      QStringLiteral("case SSCP-2024-002 imported from register.csv"),
                      QStringLiteral("2 cases imported from register.csv")});
    CHECK(events->at(0).actor == QStringLiteral("tester"));
}

TEST_CASE("The default mapping matches headers ignoring case, spaces, hyphens and underscores")
{
    const ColumnMapping mapping = defaultMapping(
        {QStringLiteral("REF"), QStringLiteral("Panel Ref"), QStringLiteral("rr-started"),
         QStringLiteral("Stage"), QStringLiteral("Something else")});
    CHECK(mapping.size() == 3);
    CHECK(mapping.value(QStringLiteral("ref")) == QStringLiteral("REF"));
    CHECK(mapping.value(QStringLiteral("panel_ref")) == QStringLiteral("Panel Ref"));
    CHECK(mapping.value(QStringLiteral("rr_started")) == QStringLiteral("rr-started"));
    CHECK_FALSE(mapping.contains(QStringLiteral("stage"))); // computed, never imported
}

TEST_CASE("A partnership's own tracker imports through a mapping of its column names")
{
    const QByteArray tracker = "Case No,Type of harm,LA aware,Initials,Lead\r\n"
                               "T-1,Death,2024-01-08,A.B.,K. Shaw\r\n"
                               "T-2,Serious harm,2024-02-12,,\r\n";
    ColumnMapping mapping = defaultMapping(csvHeader(tracker));
    CHECK(mapping == ColumnMapping{{QStringLiteral("lead"), QStringLiteral("Lead")}});
    REQUIRE(
        applyMappingOverrides(mapping, csvHeader(tracker),
                              {QStringLiteral("case no=ref"), QStringLiteral("Type of harm=harm"),
                               QStringLiteral("LA aware=aware"), QStringLiteral("Initials=child"),
                               QStringLiteral("Lead=lead")})
            .ok());
    CHECK(mapping.value(QStringLiteral("ref")) == QStringLiteral("Case No"));
    const CaseImportPlan plan = planCaseImport(tracker, mapping);
    CHECK(describeAll(plan) == QStringList{});
    REQUIRE(plan.rows.size() == 2);
    CHECK(plan.rows.at(0).line == 2);
    CHECK(plan.rows.at(0).file.kase.ref == QStringLiteral("T-1"));
    CHECK(plan.rows.at(0).file.kase.harm == Harm::Death);
    CHECK(plan.rows.at(0).file.kase.aware == d(2024, 1, 8));
    CHECK(plan.rows.at(0).file.kase.childId == QStringLiteral("A.B."));
    CHECK(plan.rows.at(0).file.kase.leadOfficer == QStringLiteral("K. Shaw"));
    CHECK_FALSE(plan.rows.at(0).file.rapidReview.has_value());
    CHECK(plan.rows.at(1).file.kase.harm == Harm::SeriousHarm);
}

TEST_CASE("Mapping overrides refuse unknown keys, missing columns and a bad shape")
{
    const QStringList header{QStringLiteral("Case No")};
    ColumnMapping mapping;
    auto unknown = applyMappingOverrides(mapping, header, {QStringLiteral("Case No=reference")});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.startsWith(
        QStringLiteral("--map: unknown column key \"reference\"; use one of ref, panel_ref")));
    auto missing = applyMappingOverrides(mapping, header, {QStringLiteral("Our ref=ref")});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message == QStringLiteral("--map: the file has no column \"Our ref\""));
    CHECK_FALSE(applyMappingOverrides(mapping, header, {QStringLiteral("ref")}).ok());
    CHECK_FALSE(applyMappingOverrides(mapping, header, {QStringLiteral("Case No=stage")}).ok());
    CHECK(mapping.isEmpty());
}

TEST_CASE("Every kind of problem is reported with its line and column, and no row is planned")
{
    const QByteArray file = kHeader +
                            "A-1,serious-harm,2023-02-30,,,,\r\n"    // line 2: no such date
                            "A-2,drowning,2024-01-10,,,,\r\n"        // line 3: unknown harm
                            "A-3,death,2024-01-10,,,,\r\n"           // line 4: fine
                            "a-3,death,2024-01-11,,,,\r\n"           // line 5: repeats line 4
                            ",death,2024-01-10,,,,\r\n"              // line 6: no reference
                            "A-6,death,,,,,\r\n"                     // line 7: no aware date
                            "A-7,death,2024-01-10,2024-01-12,,,\r\n" // line 8: incident later
                            "A-8,death,2024-01-10,,,Jonathan Smithfield-Jones,\r\n" // 9: too long
                            "OLD-1,death,2024-01-10,,,,\r\n" // line 10: in register
                            "A-10,death,2024-01-10\r\n";     // line 11: too few fields
    const CaseImportPlan plan =
        planCaseImport(file, defaultMapping(csvHeader(file)), {QStringLiteral("old-1")});
    CHECK(
        describeAll(plan) ==
        QStringList{
            QStringLiteral("line 2: column aware: date 2023-02-30 does not exist in the calendar"),
            QStringLiteral("line 3: column harm: unknown harm \"drowning\"; use death, "
                           "serious-harm"),
            QStringLiteral("line 5: column ref: the reference a-3 is also on line 4 of the file"),
            QStringLiteral("line 6: column ref: the case reference is required"),
            QStringLiteral("line 7: column aware: the date the local authority became aware is "
                           "required"),
            QStringLiteral("line 8: column aware: the aware date 2024-01-10 is before the "
                           "incident date 2024-01-12"),
            QStringLiteral("line 9: column child: the child identifier must be initials or a "
                           "short pseudonym (at most 20 characters), never a full name"),
            QStringLiteral("line 10: column ref: a case with reference OLD-1 is already in the "
                           "register"),
            QStringLiteral("line 11: 3 fields where the header has 7")});
    CHECK(plan.rows.isEmpty());
    CHECK_FALSE(plan.canImport());
}

TEST_CASE("Problems name the file's own column, as mapped")
{
    const QByteArray tracker = "Case No,Harm,LA aware\r\nT-1,death,2024-13-01\r\n";
    ColumnMapping mapping = defaultMapping(csvHeader(tracker));
    REQUIRE(applyMappingOverrides(mapping, csvHeader(tracker),
                                  {QStringLiteral("Case No=ref"), QStringLiteral("LA aware=aware")})
                .ok());
    CHECK(describeAll(planCaseImport(tracker, mapping)) ==
          QStringList{QStringLiteral("line 2: column LA aware: date 2024-13-01 does not exist in "
                                     "the calendar")});
}

TEST_CASE("A required column that is not mapped is reported against the header")
{
    const QByteArray file = "ref,harm\r\nA-1,death\r\n";
    CHECK(describeAll(planCaseImport(file)) ==
          QStringList{QStringLiteral("line 1: column aware: no column of the file is mapped to "
                                     "aware (Date the local authority became aware), which every "
                                     "case needs")});
}

TEST_CASE("Review columns are checked against the case and each other")
{
    const QByteArray file =
        "ref,harm,aware,rr_completed,rr_decision,review_type,review_decided,"
        "review_extensions,milestones\r\n"
        "B-1,death,2024-01-10,,lcspr,,,,\r\n"
        "B-2,death,2024-01-10,2024-01-20,lcspr,scr,2024-01-05,,\r\n"
        "B-3,death,2024-01-10,2024-01-20,,,2024-01-22,\"2024-09-01 | | | \",\r\n"
        "B-4,death,2024-01-10,,,,,,\"rapid-review | Letters | 2024-01-11 |\r\n"
        "lcspr | x | 2024-01-12 | \"\r\n"
        "B-5,death,2024-01-10,2024-01-20,maybe,lcspr,2024-01-22,,\r\n";
    CHECK(describeAll(planCaseImport(file)) ==
          QStringList{
              QStringLiteral("line 2: column rr_completed: a rapid review decision needs the date "
                             "the rapid review was completed"),
              QStringLiteral("line 3: column review_decided: the decision date 2024-01-05 is "
                             "before the aware date 2024-01-10"),
              QStringLiteral("line 4: column review_extensions: an extension needs a reason"),
              QStringLiteral("line 5: column milestones: a rapid-review milestone for a case "
                             "without that review"),
              QStringLiteral("line 5: column milestones: unknown review \"lcspr\" for a milestone; "
                             "use rapid-review, practice-review"),
              QStringLiteral("line 7: column rr_decision: unknown rapid review decision \"maybe\"; "
                             "use lcspr, no-lcspr, national-review")});
}

TEST_CASE("Empty files, header-only files and rows of empty cells")
{
    CHECK(describeAll(planCaseImport(QByteArray())) ==
          QStringList{QStringLiteral("line 1: the file is empty")});
    CHECK(describeAll(planCaseImport(QByteArray("\xEF\xBB\xBF"))) ==
          QStringList{QStringLiteral("line 1: the file is empty")});
    CHECK(describeAll(planCaseImport(kHeader + ",,,,,,\r\n")) ==
          QStringList{QStringLiteral("line 1: the file has a header but no cases")});
    const CaseImportPlan plan = planCaseImport(kHeader + "C-1,death,2024-01-10,,,,\r\n,,,,,,\r\n");
    CHECK(plan.canImport());
    CHECK(plan.rows.size() == 1);
}

TEST_CASE("Values are read loosely where people write them differently")
{
    const QByteArray file =
        "ref,harm,aware,status,themes,rr_completed,rr_decision,sex,age_band\r\n"
        "D-1,SERIOUS_HARM,2024-01-10,Closed,\"Neglect; Domestic abuse, neglect\","
        "2024-01-20,No LCSPR,F,1 to 4\r\n";
    const CaseImportPlan plan = planCaseImport(file);
    REQUIRE(plan.canImport());
    const CaseFile& read = plan.rows.at(0).file;
    CHECK(read.kase.harm == Harm::SeriousHarm);
    CHECK(read.kase.status == CaseStatus::Closed);
    CHECK(read.kase.themes ==
          QStringList{QStringLiteral("neglect"), QStringLiteral("domestic-abuse")});
    CHECK(read.kase.sex == QStringLiteral("female"));
    CHECK(read.kase.ageBand == QStringLiteral("1-4"));
    REQUIRE(read.rapidReview.has_value());
    CHECK(read.rapidReview->decision == RapidReviewDecision::NoLcspr);
    CHECK_FALSE(plan.rows.at(0).ruleSetGiven);
}

TEST_CASE("A plan with problems, or a reference registered meanwhile, writes nothing")
{
    ServiceFixture fixture;
    REQUIRE(CaseService(*fixture.workspace).addCase(draftCase(QStringLiteral("E-0"))).ok());
    const QList<int> before = fixture.footprint();

    const QByteArray bad = kHeader + "E-1,death,2024-01-10,,,,\r\nE-2,death,2024-02-30,,,,\r\n";
    auto planned = planCaseImport(*fixture.workspace, bad, defaultMapping(csvHeader(bad)));
    REQUIRE(planned.ok());
    CHECK(planned->problems.size() == 1);
    auto refused = importCases(*fixture.workspace, *planned, QStringLiteral("bad.csv"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == QStringLiteral("the file has 1 problem; nothing was "
                                                    "imported"));
    CHECK(fixture.footprint() == before);

    // Planned while E-0 was not yet there (no existing references given): the
    // write finds it, after E-3 was already inserted, and rolls everything back.
    const QByteArray racing = kHeader + "E-3,death,2024-01-10,,,,\r\nE-0,death,2024-01-10,,,,\r\n";
    const CaseImportPlan stale = planCaseImport(racing);
    REQUIRE(stale.canImport());
    auto raced = importCases(*fixture.workspace, stale, QStringLiteral("racing.csv"));
    REQUIRE_FALSE(raced.ok());
    CHECK(raced.error().message ==
          QStringLiteral("line 3: column ref: a case with reference E-0 was added to the register "
                         "meanwhile"));
    CHECK(fixture.footprint() == before);
}
