// The register loader reads rows straight from SQLite, the repositories read
// single records through QtSql: both must give the same values, field for field.
#include "catch.h"
#include "demo/demogenerator.h"
#include "domain/json.h"
#include "qtprinters.h"
#include "servicefixture.h"
#include "services/registersnapshot.h"
#include "storage/registerloader.h"

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

QJsonObject recordJson(const CaseRecord& file)
{
    QJsonObject object;
    object.insert(QStringLiteral("case"), toJson(file.kase));
    if (file.rapidReview)
        object.insert(QStringLiteral("rapid"), toJson(*file.rapidReview));
    if (file.practiceReview)
        object.insert(QStringLiteral("practice"), toJson(*file.practiceReview));
    object.insert(QStringLiteral("extensions"), jsonList(file.extensions));
    object.insert(QStringLiteral("actions"), jsonList(file.actions));
    return object;
}

QByteArray jsonOf(const CaseRecord& record)
{
    return QJsonDocument(recordJson(record)).toJson(QJsonDocument::Compact);
}

QByteArray jsonOf(const CaseFile& file)
{
    QJsonObject object = recordJson(file);
    object.insert(QStringLiteral("milestones"), jsonList(file.milestones));
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
        auto record = fixture.workspace->caseRecord(file.kase.ref);
        REQUIRE(record.ok());
        CHECK(jsonOf(*record) == jsonOf(static_cast<const CaseRecord&>(file)));
        auto milestones = fixture.workspace->milestonesOf(file.kase.id);
        REQUIRE(milestones.ok());
        CHECK(jsonList(*milestones) == jsonList(file.milestones));
        withMilestones += file.milestones.isEmpty() ? 0 : 1;
        withActions += file.actions.isEmpty() ? 0 : 1;
    }
    // The comparison covered child rows, not only bare cases.
    CHECK(withMilestones > 0);
    CHECK(withActions > 0);

    // The records and the snapshot hold the same cases in the same order,
    // without the milestones.
    auto records = fixture.workspace->loadRegisterRecords();
    REQUIRE(records.ok());
    REQUIRE(records->size() == files->size());
    auto snapshot = RegisterSnapshot::load(*fixture.workspace, d(2026, 6, 30));
    REQUIRE(snapshot.ok());
    REQUIRE(snapshot->entries().size() == files->size());
    for (qsizetype i = 0; i < files->size(); ++i) {
        const QByteArray expected = jsonOf(static_cast<const CaseRecord&>(files->at(i)));
        CHECK(jsonOf(records->at(i)) == expected);
        CHECK(jsonOf(snapshot->entries().at(i).file) == expected);
        CHECK(snapshot->indexOf(files->at(i).kase.id) == i);
    }
}

TEST_CASE("The loader reads the actions alongside the cases when it can, the same ones itself "
          "when it cannot")
{
    ServiceFixture fixture;
    REQUIRE(generateDemoData(*fixture.workspace, DemoOptions{60, 11, d(2026, 6, 30)}).ok());
    Database& database = fixture.workspace->database();

    RegisterLoadReport alongside;
    auto fast = loadRegisterRecords(database, &alongside);
    REQUIRE(fast.ok());
    // The usual open: nothing else holds the file, so the second connection
    // shares the first one's snapshot.
    CHECK(alongside.actionsReadAlongside);

    // Inside a transaction of the caller's own, the side connection cannot
    // prove that it would see the same state, and the loader reads them itself.
    Transaction transaction(database);
    REQUIRE(transaction.began().ok());
    RegisterLoadReport itself;
    itself.actionsReadAlongside = true;
    auto slow = loadRegisterRecords(database, &itself);
    REQUIRE(slow.ok());
    CHECK_FALSE(itself.actionsReadAlongside);

    REQUIRE(fast->size() == 60);
    REQUIRE(slow->size() == 60);
    qsizetype actions = 0;
    for (qsizetype index = 0; index < fast->size(); ++index) {
        CHECK(jsonOf(fast->at(index)) == jsonOf(slow->at(index)));
        actions += fast->at(index).actions.size();
    }
    CHECK(actions == 85); // every action the demo made, both ways
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
    CHECK(withNext == 17); // of the 60 cases of seed 11; the others have none open

    // A copy's next deadline is in the copy's own list.
    const CaseEntry& first = snapshot->entries().at(0);
    REQUIRE(first.next());
    const CaseEntry copy = first;
    CHECK(copy.next() == &copy.deadlines.at(first.nextIndex));
    CHECK(copy.next()->due == first.next()->due);
}

namespace {

// A case's deadlines in words, every field a view shows.
QStringList deadlinesText(const CaseEntry& entry)
{
    QStringList lines;
    for (const Deadline& deadline : entry.deadlines)
        lines << QStringLiteral("%1 %2 %3 due %4 done %5 %6 WD%7%8")
                     .arg(nameOf(deadline.kind))
                     .arg(deadline.actionId.value_or(0))
                     .arg(deadline.caseRef, deadline.due.toString(Qt::ISODate),
                          deadline.done ? deadline.done->toString(Qt::ISODate)
                                        : QStringLiteral("-"),
                          nameOf(deadline.status))
                     .arg(deadline.workingDays)
                     .arg(deadline.extended ? QStringLiteral(" extended") : QString());
    return lines;
}

} // namespace

TEST_CASE("Deadlines computed on two threads for a large register are those of each case alone")
{
    ServiceFixture fixture;
    const int cases = int(RegisterSnapshot::casesForTwoThreads) + 2;
    REQUIRE(generateDemoData(*fixture.workspace, DemoOptions{cases, 11, d(2026, 6, 30)}).ok());
    auto snapshot = RegisterSnapshot::load(*fixture.workspace, d(2026, 6, 30));
    REQUIRE(snapshot.ok());
    REQUIRE(snapshot->entries().size() == cases);
    int differing = 0;
    int withDeadlinesInSecondHalf = 0;
    for (qsizetype i = 0; i < snapshot->entries().size(); ++i) {
        const CaseEntry& loaded = snapshot->entries().at(i);
        const CaseEntry alone = RegisterSnapshot::entryFor(loaded.file, snapshot->engine());
        const bool same = deadlinesText(loaded) == deadlinesText(alone) &&
                          loaded.nextIndex == alone.nextIndex && loaded.stage == alone.stage;
        if (!same) {
            ++differing;
            CAPTURE(i, loaded.file.kase.ref);
            CHECK(deadlinesText(loaded) == deadlinesText(alone));
        }
        if (i >= cases / 2 && !loaded.deadlines.isEmpty())
            ++withDeadlinesInSecondHalf;
    }
    CHECK(differing == 0);
    // Every case has its notification deadline at least: the second thread's
    // half was computed, not left empty.
    CHECK(withDeadlinesInSecondHalf == cases - cases / 2);
}
