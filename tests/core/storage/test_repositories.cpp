// The repositories on a real file: round trips, optimistic versions, agencies
// by name, the audit trail, settings and the one-transaction register load.
#include "catch.h"
#include "qtprinters.h"
#include "storage/actionrepository.h"
#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/registerloader.h"
#include "storage/reviewrepository.h"
#include "storage/settingsrepository.h"
#include "tempdir.h"
#include "testdate.h"

#include <QHash>
#include <QSqlQuery>

#include <memory>

using namespace reviewdesk;
using reviewdesk::testing::TempDir;

namespace {

using reviewdesk::testing::d;

Case sampleCase(const QString& ref)
{
    Case kase;
    kase.ref = ref;
    kase.childId = QStringLiteral("A.B.");
    kase.harm = Harm::Death;
    kase.incident = d(2024, 3, 1);
    kase.aware = d(2024, 3, 4);
    kase.notified = d(2024, 3, 6);
    kase.themes = {QStringLiteral("neglect"), QStringLiteral("sudi")};
    kase.ruleSet = QStringLiteral("england-wt2023");
    return kase;
}

struct Fixture
{
    TempDir dir;
    std::unique_ptr<Database> database;

    Fixture()
    {
        auto opened = Database::open(dir.path(QStringLiteral("register.rdk")));
        if (!opened)
            FAIL(opened.error().message.toStdString());
        database = std::move(*opened);
    }

    Case addCase(const QString& ref)
    {
        Case kase = sampleCase(ref);
        REQUIRE(CaseRepository(*database).insert(kase).ok());
        return kase;
    }
};

} // namespace

TEST_CASE("A case round-trips through the repository with every field")
{
    Fixture fixture;
    Case kase = sampleCase(QStringLiteral("SSCP-2024-001"));
    kase.panelRef = QStringLiteral("NP-2024-12345");
    kase.ageBand = QStringLiteral("under 1");
    kase.sex = QStringLiteral("female");
    kase.ethnicity = QStringLiteral("White British");
    kase.leadOfficer = QStringLiteral("R. Okafor");
    kase.notes = QStringLiteral("first note");
    CaseRepository repository(*fixture.database);
    REQUIRE(repository.insert(kase).ok());
    CHECK(kase.id > 0);
    CHECK(kase.version == 1);

    auto stored = repository.findByRef(QStringLiteral("  sscp-2024-001 "));
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    const Case& read = **stored;
    CHECK(read.id == kase.id);
    CHECK(read.ref == QStringLiteral("SSCP-2024-001"));
    CHECK(read.panelRef == kase.panelRef);
    CHECK(read.childId == kase.childId);
    CHECK(read.ageBand == kase.ageBand);
    CHECK(read.sex == kase.sex);
    CHECK(read.ethnicity == kase.ethnicity);
    CHECK(read.harm == Harm::Death);
    CHECK(read.incident == d(2024, 3, 1));
    CHECK(read.aware == d(2024, 3, 4));
    CHECK(read.notified == d(2024, 3, 6));
    CHECK(read.themes == kase.themes);
    CHECK(read.leadOfficer == kase.leadOfficer);
    CHECK(read.status == CaseStatus::Open);
    CHECK(read.notes == kase.notes);
    CHECK(read.ruleSet == kase.ruleSet);
    CHECK(read.version == 1);

    auto missing = repository.findByRef(QStringLiteral("SSCP-2024-999"));
    REQUIRE(missing.ok());
    CHECK_FALSE(missing->has_value());
}

TEST_CASE("Absent dates are stored as no date")
{
    Fixture fixture;
    Case kase = sampleCase(QStringLiteral("SSCP-2024-002"));
    kase.incident.reset();
    kase.notified.reset();
    REQUIRE(CaseRepository(*fixture.database).insert(kase).ok());
    auto stored = CaseRepository(*fixture.database).findById(kase.id);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK_FALSE((*stored)->incident.has_value());
    CHECK_FALSE((*stored)->notified.has_value());
}

TEST_CASE("Two cases whose references differ only by case cannot both be stored")
{
    Fixture fixture;
    fixture.addCase(QStringLiteral("SSCP-2024-001"));
    Case clash = sampleCase(QStringLiteral("sscp-2024-001"));
    const Status inserted = CaseRepository(*fixture.database).insert(clash);
    REQUIRE_FALSE(inserted.ok());
    CHECK(inserted.error().kind == ErrorKind::Storage);
}

TEST_CASE("Saving a case with a stale version is a conflict and keeps the first save")
{
    Fixture fixture;
    CaseRepository repository(*fixture.database);
    Case original = sampleCase(QStringLiteral("SSCP-2024-001"));
    REQUIRE(repository.insert(original).ok());
    CHECK(original.version == 1);

    Case first = original;
    first.notes = QStringLiteral("first edit");
    REQUIRE(repository.update(first).ok());
    CHECK(first.version == 2);

    Case second = original; // read before the first edit was saved
    second.notes = QStringLiteral("second edit");
    const Status stale = repository.update(second);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().kind == ErrorKind::Conflict);
    CHECK(stale.error().message.contains(QStringLiteral("SSCP-2024-001")));
    CHECK(second.version == 1);

    auto stored = repository.findById(original.id);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->notes == QStringLiteral("first edit"));
    CHECK((*stored)->version == 2);
}

TEST_CASE("Stale versions of reviews, milestones and actions are conflicts")
{
    Fixture fixture;
    const Case kase = fixture.addCase(QStringLiteral("SSCP-2024-001"));
    ReviewRepository reviews(*fixture.database);

    RapidReview rapid;
    rapid.caseId = kase.id;
    rapid.started = d(2024, 3, 5);
    REQUIRE(reviews.insert(rapid).ok());
    RapidReview firstRapid = rapid;
    firstRapid.completed = d(2024, 3, 22);
    REQUIRE(reviews.update(firstRapid).ok());
    RapidReview staleRapid = rapid;
    staleRapid.completed = d(2024, 3, 29);
    CHECK(reviews.update(staleRapid).error().kind == ErrorKind::Conflict);
    auto storedRapid = reviews.rapidReviewOf(kase.id);
    REQUIRE(storedRapid.ok());
    REQUIRE(storedRapid->has_value());
    CHECK((*storedRapid)->completed == d(2024, 3, 22));
    CHECK((*storedRapid)->started == d(2024, 3, 5));
    CHECK((*storedRapid)->version == 2);

    Milestone milestone;
    milestone.owner = MilestoneOwner::RapidReview;
    milestone.reviewId = rapid.id;
    milestone.name = QStringLiteral("Letters to agencies");
    milestone.due = d(2024, 3, 5);
    REQUIRE(reviews.insert(milestone, kase.id).ok());
    Milestone firstMilestone = milestone;
    firstMilestone.done = d(2024, 3, 5);
    REQUIRE(reviews.update(firstMilestone).ok());
    Milestone staleMilestone = milestone;
    staleMilestone.done = d(2024, 3, 6);
    CHECK(reviews.update(staleMilestone).error().kind == ErrorKind::Conflict);
    auto milestones = reviews.milestonesOf(kase.id);
    REQUIRE(milestones.ok());
    REQUIRE(milestones->size() == 1);
    CHECK(milestones->first().done == d(2024, 3, 5));

    ActionRepository actions(*fixture.database);
    auto agency =
        actions.findOrCreateAgency(QStringLiteral("Police"), AgencyCategory::Police, nullptr);
    REQUIRE(agency.ok());
    Action action;
    action.caseId = kase.id;
    action.recommendation = QStringLiteral("Brief officers");
    action.ownerAgencyId = agency->id;
    action.due = d(2024, 9, 30);
    REQUIRE(actions.insert(action).ok());
    Action firstAction = action;
    firstAction.status = ActionStatus::InProgress;
    REQUIRE(actions.update(firstAction).ok());
    Action staleAction = action;
    staleAction.status = ActionStatus::Complete;
    staleAction.closed = d(2024, 9, 1);
    CHECK(actions.update(staleAction).error().kind == ErrorKind::Conflict);
    auto storedAction = actions.findById(action.id);
    REQUIRE(storedAction.ok());
    REQUIRE(storedAction->has_value());
    CHECK((*storedAction)->status == ActionStatus::InProgress);
    CHECK((*storedAction)->ownerAgency == QStringLiteral("Police"));
}

TEST_CASE("Agencies are found by name ignoring case and surrounding spaces")
{
    Fixture fixture;
    ActionRepository actions(*fixture.database);
    bool created = false;
    auto first = actions.findOrCreateAgency(QStringLiteral("  Mental  Health Trust "),
                                            AgencyCategory::Health, &created);
    REQUIRE(first.ok());
    CHECK(created);
    CHECK(first->name == QStringLiteral("Mental Health Trust"));
    auto again = actions.findOrCreateAgency(QStringLiteral("mental health TRUST"),
                                            AgencyCategory::Other, &created);
    REQUIRE(again.ok());
    CHECK_FALSE(created);
    CHECK(again->id == first->id);
    CHECK(again->category == AgencyCategory::Health);
    auto all = actions.agencies();
    REQUIRE(all.ok());
    CHECK(all->size() == 1);
}

TEST_CASE("The audit trail keeps events in order and finds a case's by reference ignoring case")
{
    Fixture fixture;
    AuditLog log(*fixture.database);
    AuditEvent create;
    create.actor = QStringLiteral("jsmith");
    create.caseRef = QStringLiteral("SSCP-2024-001");
    create.entity = QStringLiteral("case");
    create.entityId = 1;
    create.operation = QStringLiteral("create");
    create.summary = QStringLiteral("case opened");
    create.after = QStringLiteral("{\"ref\":\"SSCP-2024-001\"}");
    REQUIRE(log.append(create).ok());
    CHECK(create.at.isValid());
    AuditEvent other = create;
    other.id = 0;
    other.caseRef = QStringLiteral("SSCP-2024-002");
    REQUIRE(log.append(other).ok());
    AuditEvent update = create;
    update.id = 0;
    update.operation = QStringLiteral("update");
    update.before = create.after;
    REQUIRE(log.append(update).ok());

    auto events = log.events(QStringLiteral("sscp-2024-001"));
    REQUIRE(events.ok());
    REQUIRE(events->size() == 2);
    CHECK(events->at(0).operation == QStringLiteral("create"));
    CHECK(events->at(0).actor == QStringLiteral("jsmith"));
    CHECK(events->at(0).before.isEmpty());
    CHECK(events->at(0).after == create.after);
    CHECK(events->at(0).at == create.at);
    CHECK(events->at(1).operation == QStringLiteral("update"));
    auto all = log.events();
    REQUIRE(all.ok());
    CHECK(all->size() == 3);
}

TEST_CASE("Settings and non-working days are stored")
{
    Fixture fixture;
    SettingsRepository settings(*fixture.database);
    CHECK(*settings.value(QStringLiteral("warning-window"), QStringLiteral("3")) ==
          QStringLiteral("3"));
    REQUIRE(settings.setValue(QStringLiteral("warning-window"), QStringLiteral("5")).ok());
    REQUIRE(settings.setValue(QStringLiteral("warning-window"), QStringLiteral("4")).ok());
    CHECK(*settings.value(QStringLiteral("warning-window")) == QStringLiteral("4"));

    REQUIRE(settings
                .addNonWorkingDay({d(2024, 12, 27), QStringLiteral("Council closure day")},
                                  NonWorkingDayKind::Closure)
                .ok());
    CHECK(*settings.hasNonWorkingDay(d(2024, 12, 27)));
    CHECK_FALSE(*settings.hasNonWorkingDay(d(2024, 12, 30)));
    auto days = settings.nonWorkingDays();
    REQUIRE(days.ok());
    CHECK(*days == NamedDays{{d(2024, 12, 27), QStringLiteral("Council closure day")}});
    // The same day twice is refused.
    CHECK_FALSE(settings
                    .addNonWorkingDay({d(2024, 12, 27), QStringLiteral("again")},
                                      NonWorkingDayKind::Closure)
                    .ok());
}

TEST_CASE("The register loads every case with its reviews, extensions, milestones and actions")
{
    Fixture fixture;
    const Case later = fixture.addCase(QStringLiteral("SSCP-2024-002"));
    Case earlier = sampleCase(QStringLiteral("SSCP-2023-009"));
    earlier.aware = d(2023, 11, 1);
    earlier.incident.reset();
    earlier.notified.reset();
    REQUIRE(CaseRepository(*fixture.database).insert(earlier).ok());

    ReviewRepository reviews(*fixture.database);
    RapidReview rapid;
    rapid.caseId = later.id;
    rapid.completed = d(2024, 3, 22);
    rapid.decision = RapidReviewDecision::Lcspr;
    REQUIRE(reviews.insert(rapid).ok());
    PracticeReview practice;
    practice.caseId = later.id;
    practice.decided = d(2024, 4, 2);
    REQUIRE(reviews.insert(practice).ok());
    Extension first;
    first.practiceReviewId = practice.id;
    first.newDue = d(2024, 11, 29);
    first.reason = QStringLiteral("trial");
    REQUIRE(reviews.insert(first).ok());
    Extension second = first;
    second.newDue = d(2024, 12, 20);
    REQUIRE(reviews.insert(second).ok());
    Milestone practiceStep;
    practiceStep.owner = MilestoneOwner::PracticeReview;
    practiceStep.reviewId = practice.id;
    practiceStep.name = QStringLiteral("First draft");
    practiceStep.due = d(2024, 8, 2);
    REQUIRE(reviews.insert(practiceStep, later.id).ok());
    Milestone rapidStep;
    rapidStep.owner = MilestoneOwner::RapidReview;
    rapidStep.reviewId = rapid.id;
    rapidStep.name = QStringLiteral("Letters to agencies");
    rapidStep.due = d(2024, 3, 5);
    REQUIRE(reviews.insert(rapidStep, later.id).ok());
    ActionRepository actions(*fixture.database);
    auto agency =
        actions.findOrCreateAgency(QStringLiteral("Education"), AgencyCategory::Education, nullptr);
    REQUIRE(agency.ok());
    Action action;
    action.caseId = later.id;
    action.recommendation = QStringLiteral("Attendance audit");
    action.ownerAgencyId = agency->id;
    action.due = d(2024, 10, 31);
    REQUIRE(actions.insert(action).ok());

    auto files = loadRegister(*fixture.database);
    REQUIRE(files.ok());
    REQUIRE(files->size() == 2);
    // Oldest awareness first.
    CHECK(files->at(0).kase.ref == QStringLiteral("SSCP-2023-009"));
    CHECK_FALSE(files->at(0).rapidReview.has_value());
    CHECK(files->at(0).actions.isEmpty());
    const CaseFile& file = files->at(1);
    CHECK(file.kase.ref == QStringLiteral("SSCP-2024-002"));
    REQUIRE(file.rapidReview.has_value());
    CHECK(file.rapidReview->decision == RapidReviewDecision::Lcspr);
    REQUIRE(file.practiceReview.has_value());
    CHECK(file.practiceReview->decided == d(2024, 4, 2));
    REQUIRE(file.extensions.size() == 2);
    CHECK(file.extensions.at(0).newDue == d(2024, 11, 29));
    CHECK(file.extensions.at(1).newDue == d(2024, 12, 20));
    REQUIRE(file.milestones.size() == 2);
    CHECK(file.milestones.at(0).owner == MilestoneOwner::RapidReview);
    CHECK(file.milestones.at(1).owner == MilestoneOwner::PracticeReview);
    REQUIRE(file.actions.size() == 1);
    CHECK(file.actions.first().ownerAgency == QStringLiteral("Education"));

    // The read transaction has ended: a write can begin.
    Transaction transaction(*fixture.database);
    CHECK(transaction.began().ok());
}

TEST_CASE("Themes stored in older ways read in their stored form, through both readers")
{
    Fixture fixture;
    const Case first = fixture.addCase(QStringLiteral("SSCP-2024-001"));
    const Case second = fixture.addCase(QStringLiteral("SSCP-2024-002"));
    // As a file written before themes were stored in one form may hold them:
    // typed words beside the stored name, capitals, a standard theme's label.
    const QString typed = QStringLiteral("online harm,Online-Harm,SUDI,County  lines");
    QSqlQuery update(fixture.database->connection());
    REQUIRE(update.exec(QStringLiteral("UPDATE cases SET themes = '%1'").arg(typed)));
    const QStringList expected = {QStringLiteral("online-harm"), QStringLiteral("sudi"),
                                  QStringLiteral("county lines")};

    auto single = CaseRepository(*fixture.database).findByRef(first.ref);
    REQUIRE(single.ok());
    REQUIRE(single->has_value());
    CHECK((*single)->themes == expected);
    // The bulk loader cleans each distinct text once and shares the list.
    auto files = loadRegister(*fixture.database);
    REQUIRE(files.ok());
    REQUIRE(files->size() == 2);
    CHECK(files->at(0).kase.themes == expected);
    CHECK(files->at(1).kase.themes == expected);
    CHECK(files->at(1).kase.ref == second.ref);

    // Reading changed nothing in the file.
    QSqlQuery stored(fixture.database->connection());
    REQUIRE(stored.exec(QStringLiteral("SELECT DISTINCT themes FROM cases")));
    REQUIRE(stored.next());
    CHECK(stored.value(0).toString() == typed);
    CHECK_FALSE(stored.next());
}

TEST_CASE("The register read inside a write transaction has the actions it has not committed")
{
    Fixture fixture;
    const Case kase = fixture.addCase(QStringLiteral("SSCP-2024-001"));
    ActionRepository actions(*fixture.database);
    auto agency =
        actions.findOrCreateAgency(QStringLiteral("Police"), AgencyCategory::Police, nullptr);
    REQUIRE(agency.ok());
    const auto addAction = [&](const QString& recommendation) {
        Action action;
        action.caseId = kase.id;
        action.recommendation = recommendation;
        action.ownerAgencyId = agency->id;
        action.due = d(2024, 10, 31);
        REQUIRE(actions.insert(action).ok());
    };
    addAction(QStringLiteral("committed"));
    Transaction transaction(*fixture.database);
    REQUIRE(transaction.began().ok());
    addAction(QStringLiteral("not yet committed"));

    // Read on the transaction's own connection: another would not see the second.
    auto files = loadRegisterRecords(*fixture.database);
    REQUIRE(files.ok());
    REQUIRE(files->size() == 1);
    QStringList recommendations;
    for (const Action& action : files->at(0).actions)
        recommendations << action.recommendation;
    CHECK(recommendations ==
          QStringList{QStringLiteral("committed"), QStringLiteral("not yet committed")});
    CHECK(transaction.commit().ok());
}

TEST_CASE("The register loads rows recorded out of order in register order")
{
    Fixture fixture;
    // Recorded in neither awareness nor reference order; two share a date.
    const QList<std::pair<QString, QDate>> recorded = {
        {QStringLiteral("SSCP-2024-020"), d(2024, 6, 3)},
        {QStringLiteral("SSCP-2023-001"), d(2023, 1, 9)},
        {QStringLiteral("SSCP-2024-011"), d(2024, 6, 3)},
        {QStringLiteral("SSCP-2022-404"), d(2024, 2, 1)},
        {QStringLiteral("SSCP-2024-002"), d(2023, 12, 29)},
    };
    QHash<QString, Case> cases;
    for (const auto& [ref, aware] : recorded) {
        Case kase = sampleCase(ref);
        kase.incident.reset();
        kase.aware = aware;
        kase.notified.reset();
        REQUIRE(CaseRepository(*fixture.database).insert(kase).ok());
        cases.insert(ref, kase);
    }
    const Case& first = cases[QStringLiteral("SSCP-2024-020")];
    const Case& second = cases[QStringLiteral("SSCP-2023-001")];

    // Milestones of two cases interleaved, the practice review's before the
    // rapid review's and positions backwards.
    ReviewRepository reviews(*fixture.database);
    auto addMilestone = [&](const Case& kase, MilestoneOwner owner, int position) {
        Milestone milestone;
        milestone.owner = owner;
        milestone.reviewId = 1;
        milestone.name = QStringLiteral("%1 step %2").arg(nameOf(owner)).arg(position);
        milestone.due = d(2024, 7, 1);
        milestone.position = position;
        REQUIRE(reviews.insert(milestone, kase.id).ok());
    };
    addMilestone(first, MilestoneOwner::PracticeReview, 1);
    addMilestone(second, MilestoneOwner::RapidReview, 2);
    addMilestone(first, MilestoneOwner::RapidReview, 2);
    addMilestone(first, MilestoneOwner::PracticeReview, 0);
    addMilestone(second, MilestoneOwner::RapidReview, 1);
    addMilestone(first, MilestoneOwner::RapidReview, 1);

    // Actions of two cases interleaved: each case keeps its own in the order recorded.
    ActionRepository actions(*fixture.database);
    auto agency =
        actions.findOrCreateAgency(QStringLiteral("Police"), AgencyCategory::Police, nullptr);
    REQUIRE(agency.ok());
    for (const auto& [kase, text] : {std::pair{first, "one"}, std::pair{second, "two"},
                                     std::pair{first, "three"}, std::pair{second, "four"}}) {
        Action action;
        action.caseId = kase.id;
        action.recommendation = QString::fromLatin1(text);
        action.ownerAgencyId = agency->id;
        action.due = d(2024, 10, 31);
        REQUIRE(actions.insert(action).ok());
    }

    auto files = loadRegister(*fixture.database);
    REQUIRE(files.ok());
    QStringList refs;
    for (const CaseFile& file : *files)
        refs << file.kase.ref;
    CHECK(refs == QStringList{QStringLiteral("SSCP-2023-001"), QStringLiteral("SSCP-2024-002"),
                              QStringLiteral("SSCP-2022-404"), QStringLiteral("SSCP-2024-011"),
                              QStringLiteral("SSCP-2024-020")});

    auto milestoneNames = [](const CaseFile& file) {
        QStringList names;
        for (const Milestone& milestone : file.milestones)
            names << milestone.name;
        return names;
    };
    auto recommendations = [](const CaseFile& file) {
        QStringList texts;
        for (const Action& action : file.actions)
            texts << action.recommendation;
        return texts;
    };
    const CaseFile& loadedFirst = files->at(4);
    const CaseFile& loadedSecond = files->at(0);
    CHECK(milestoneNames(loadedFirst) == QStringList{QStringLiteral("rapid-review step 1"),
                                                     QStringLiteral("rapid-review step 2"),
                                                     QStringLiteral("practice-review step 0"),
                                                     QStringLiteral("practice-review step 1")});
    CHECK(milestoneNames(loadedSecond) == QStringList{QStringLiteral("rapid-review step 1"),
                                                      QStringLiteral("rapid-review step 2")});
    CHECK(recommendations(loadedFirst) ==
          QStringList{QStringLiteral("one"), QStringLiteral("three")});
    CHECK(recommendations(loadedSecond) ==
          QStringList{QStringLiteral("two"), QStringLiteral("four")});
    CHECK(files->at(1).milestones.isEmpty());

    // The single-case reader agrees with the register's order.
    auto single = reviews.milestonesOf(first.id);
    REQUIRE(single.ok());
    CaseFile singleFile;
    singleFile.milestones = *single;
    CHECK(milestoneNames(singleFile) == milestoneNames(loadedFirst));
}
