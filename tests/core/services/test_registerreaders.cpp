// The register loader reads rows straight from SQLite, the repositories read
// single records through QtSql: both must give the same values, field for field.
#include "catch.h"
#include "demo/demogenerator.h"
#include "domain/json.h"
#include "qtprinters.h"
#include "servicefixture.h"
#include "services/registersnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace reviewdesk;
using namespace reviewdesk::testing;

namespace {

using json::toJson;

template <typename T>
QJsonArray jsonList(const QList<T>& items)
{
    QJsonArray array;
    for (const T& item : items)
        array.append(toJson(item));
    return array;
}

QByteArray jsonOf(const CaseFile& file)
{
    QJsonObject object;
    object.insert(QStringLiteral("case"), toJson(file.kase));
    if (file.rapidReview)
        object.insert(QStringLiteral("rapid"), toJson(*file.rapidReview));
    if (file.practiceReview)
        object.insert(QStringLiteral("practice"), toJson(*file.practiceReview));
    object.insert(QStringLiteral("extensions"), jsonList(file.extensions));
    object.insert(QStringLiteral("milestones"), jsonList(file.milestones));
    object.insert(QStringLiteral("actions"), jsonList(file.actions));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("The bulk loader and the single-record reads agree on every case")
{
    ServiceFixture fixture;
    auto generated = generateDemoData(*fixture.workspace, DemoOptions{60, 11, d(2026, 6, 30)});
    REQUIRE(generated.ok());
    auto files = fixture.workspace->loadRegister();
    REQUIRE(files.ok());
    REQUIRE(files->size() == 60);
    int withMilestones = 0;
    int withActions = 0;
    for (const CaseFile& file : *files) {
        auto single = fixture.workspace->caseFile(file.kase.ref);
        REQUIRE(single.ok());
        CHECK(jsonOf(file) == jsonOf(*single));
        withMilestones += file.milestones.isEmpty() ? 0 : 1;
        withActions += file.actions.isEmpty() ? 0 : 1;
    }
    // The comparison covered child rows, not only bare cases.
    CHECK(withMilestones > 0);
    CHECK(withActions > 0);

    // The snapshot loads the same files in the same order.
    auto snapshot = RegisterSnapshot::load(*fixture.workspace, d(2026, 6, 30));
    REQUIRE(snapshot.ok());
    REQUIRE(snapshot->entries().size() == files->size());
    for (qsizetype i = 0; i < files->size(); ++i) {
        CHECK(jsonOf(snapshot->entries().at(i).file) == jsonOf(files->at(i)));
        CHECK(snapshot->indexOf(files->at(i).kase.id) == i);
    }
}

TEST_CASE("Each entry's next deadline is its earliest open one, in its own list")
{
    ServiceFixture fixture;
    REQUIRE(generateDemoData(*fixture.workspace, DemoOptions{60, 11, d(2026, 6, 30)}).ok());
    auto snapshot = RegisterSnapshot::load(*fixture.workspace, d(2026, 6, 30));
    REQUIRE(snapshot.ok());
    int withNext = 0;
    for (const CaseEntry& entry : snapshot->entries()) {
        // The first of the open deadlines falling due soonest.
        qsizetype earliest = -1;
        for (qsizetype i = 0; i < entry.deadlines.size(); ++i)
            if (isOpen(entry.deadlines.at(i).status) &&
                (earliest < 0 || entry.deadlines.at(i).due < entry.deadlines.at(earliest).due))
                earliest = i;
        CHECK(entry.nextIndex == earliest);
        CHECK(entry.next() == (earliest < 0 ? nullptr : &entry.deadlines.at(earliest)));
        withNext += entry.next() ? 1 : 0;
    }
    CHECK(withNext == 23); // of the 60 cases of seed 11; the others have none open

    // A copy's next deadline is in the copy's own list.
    const CaseEntry& first = snapshot->entries().at(0);
    REQUIRE(first.next());
    const CaseEntry copy = first;
    CHECK(copy.next() == &copy.deadlines.at(first.nextIndex));
    CHECK(copy.next()->due == first.next()->due);
}
