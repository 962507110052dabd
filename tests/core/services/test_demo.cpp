// The demonstration data generator is reproducible from its seed.
#include "catch.h"
#include "demo/demogenerator.h"
#include "qtprinters.h"
#include "servicefixture.h"
#include "services/directoryservice.h"

#include <QMap>

#include <utility>

using namespace reviewdesk;
using namespace reviewdesk::testing;

namespace {

using CaseList = QList<std::pair<QString, QDate>>;

CaseList generatedCases(quint32 seed)
{
    ServiceFixture fixture;
    auto generated = generateDemoData(*fixture.workspace, DemoOptions{30, seed, d(2026, 6, 30)});
    if (!generated)
        FAIL(generated.error().message.toStdString());
    CHECK(*generated == 30);
    auto files = fixture.workspace->loadRegister();
    REQUIRE(files.ok());
    CaseList cases;
    for (const CaseFile& file : *files)
        cases.append({file.kase.ref, file.kase.aware});
    return cases;
}

} // namespace

TEST_CASE("The same seed generates the same cases in two fresh files")
{
    const CaseList first = generatedCases(5);
    const CaseList second = generatedCases(5);
    REQUIRE(first.size() == 30);
    CHECK(first == second);
    for (const auto& [ref, aware] : first) {
        CHECK(ref.startsWith(QStringLiteral("DEMO-")));
        CHECK(aware <= d(2026, 6, 30));
    }
}

TEST_CASE("Demo options out of range are refused")
{
    ServiceFixture fixture;
    CHECK_FALSE(generateDemoData(*fixture.workspace, DemoOptions{0, 5, d(2026, 6, 30)}).ok());
    CHECK_FALSE(generateDemoData(*fixture.workspace, DemoOptions{10, 5, QDate()}).ok());
    CHECK(fixture.count("cases") == 0);
}

TEST_CASE("Demo agencies are in their categories")
{
    ServiceFixture fixture;
    REQUIRE(generateDemoData(*fixture.workspace, DemoOptions{40, 3, d(2026, 6, 30)}).ok());
    auto agencies = DirectoryService(*fixture.workspace).agencies();
    REQUIRE(agencies.ok());
    QMap<QString, AgencyCategory> categories;
    for (const Agency& agency : *agencies)
        categories.insert(agency.name, agency.category);
    CHECK(categories.size() >= 5);
    const QMap<QString, AgencyCategory> expected = {
        {QStringLiteral("Children's Social Care"), AgencyCategory::LocalAuthority},
        {QStringLiteral("Police"), AgencyCategory::Police},
        {QStringLiteral("Integrated Care Board"), AgencyCategory::Health},
        {QStringLiteral("Acute Hospital Trust"), AgencyCategory::Health},
        {QStringLiteral("Community Health Trust"), AgencyCategory::Health},
        {QStringLiteral("Mental Health Trust"), AgencyCategory::Health},
        {QStringLiteral("Education"), AgencyCategory::Education},
        {QStringLiteral("Probation Service"), AgencyCategory::Justice},
        {QStringLiteral("Housing"), AgencyCategory::LocalAuthority},
        {QStringLiteral("Ambulance Service"), AgencyCategory::Health}};
    for (auto it = categories.cbegin(); it != categories.cend(); ++it) {
        INFO(it.key().toStdString());
        REQUIRE(expected.contains(it.key()));
        CHECK(it.value() == expected.value(it.key()));
    }
}

TEST_CASE("The demo's panel: the chair, the lead officers and the reviewers, added once")
{
    ServiceFixture fixture;
    REQUIRE(generateDemoData(*fixture.workspace, DemoOptions{20, 3, d(2026, 6, 30)}).ok());
    DirectoryService directory(*fixture.workspace);
    auto agencies = directory.agencies();
    REQUIRE(agencies.ok());
    QHash<RecordId, QString> agencyNames;
    for (const Agency& agency : *agencies)
        agencyNames.insert(agency.id, agency.name);
    auto people = directory.people();
    REQUIRE(people.ok());
    QMap<PersonRole, int> byRole;
    QMap<QString, QString> agencyOf;
    for (const Person& person : *people) {
        ++byRole[person.role];
        agencyOf.insert(person.name,
                        person.agencyId ? agencyNames.value(*person.agencyId) : QString());
    }
    CHECK(byRole == QMap<PersonRole, int>{{PersonRole::Chair, 1},
                                          {PersonRole::PanelMember, 6},
                                          {PersonRole::SupportOfficer, 2},
                                          {PersonRole::Reviewer, 4}});
    CHECK(agencyOf.value(QStringLiteral("C. Hartigan")) ==
          QStringLiteral("Children's Social Care"));
    CHECK(agencyOf.value(QStringLiteral("R. Okafor")) == QStringLiteral("Children's Social Care"));
    CHECK(agencyOf.value(QStringLiteral("J. Whitfield")) == QStringLiteral("Police"));
    CHECK(agencyOf.value(QStringLiteral("S. Malik")) == QStringLiteral("Integrated Care Board"));
    CHECK(agencyOf.value(QStringLiteral("L. Ashdown")) == QStringLiteral("Police"));
    CHECK(agencyOf.value(QStringLiteral("Independent reviewer A")).isEmpty());
    CHECK(agencyOf.contains(QStringLiteral("Independent reviewer D")));

    // Every lead officer the cases name is on the panel.
    auto files = fixture.workspace->loadRegister();
    REQUIRE(files.ok());
    for (const CaseFile& file : *files)
        CHECK(agencyOf.contains(file.kase.leadOfficer));

    // More demo cases into the same file keep the panel as it is.
    REQUIRE(generateDemoData(*fixture.workspace, DemoOptions{5, 4, d(2026, 6, 30)}).ok());
    CHECK(fixture.count("people") == 13);
}

TEST_CASE("The demo adds only the panel members a file lacks, by name")
{
    ServiceFixture fixture;
    DirectoryService directory(*fixture.workspace);
    Person chair;
    chair.name = QStringLiteral("c. hartigan"); // the demo's chair, added by hand
    chair.role = PersonRole::Chair;
    REQUIRE(directory.addPerson(chair).ok());
    Person someone;
    someone.name = QStringLiteral("P. Someone Else");
    REQUIRE(directory.addPerson(someone).ok());
    REQUIRE(generateDemoData(*fixture.workspace, DemoOptions{10, 3, d(2026, 6, 30)}).ok());
    // Twelve of the thirteen added beside the two there were.
    CHECK(fixture.count("people") == 14);
}
