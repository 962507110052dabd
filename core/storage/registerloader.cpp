#include "storage/registerloader.h"

#include "storage/actionrepository.h"
#include "storage/caserepository.h"
#include "storage/reviewrepository.h"
#include "storage/sideread.h"
#include "storage/sqlitereader.h"

#include <QHash>

#include <algorithm>
#include <deque>
#include <numeric>
#include <type_traits>
#include <vector>

namespace reviewdesk {
namespace {

// Child rows are read in the order they were stored, which keeps a case's
// rows together except where one was added later. Each run of rows for the
// same owner is moved into its list at its exact size once the run ends.
// Growing every list one append at a time left a third of 400,000 items'
// worth of memory unused.
template <typename T>
class GroupedAppender
{
public:
    ~GroupedAppender() { flush(); }

    void add(QList<T>& list, T item)
    {
        if (&list != m_target)
            flush();
        m_target = &list;
        m_pending.append(std::move(item));
    }

    void flush()
    {
        if (!m_target)
            return;
        m_target->reserve(m_target->size() + m_pending.size());
        for (T& item : m_pending)
            m_target->append(std::move(item));
        m_pending.clear(); // keeps its capacity for the next group
        m_target = nullptr;
    }

private:
    QList<T>* m_target = nullptr;
    QList<T> m_pending;
};

// One case's actions in a row of the table, as readActionRuns reads them on
// either connection: the list is made at its exact size where it is read and
// becomes the case's own list without a copy, so no second copy of every
// action is ever held.
struct ActionRun
{
    RecordId caseId = 0;
    QList<Action> actions;
};

// Moves `items` onto the end of `list`; takes the whole list when `list` is
// empty, as nearly always.
template <typename T>
void appendAll(QList<T>& list, QList<T>&& items)
{
    if (list.isEmpty()) {
        list = std::move(items);
        return;
    }
    list.reserve(list.size() + items.size());
    for (T& item : items)
        list.append(std::move(item));
}

// Every action, in the order stored, as runs of one case's actions; on the
// side connection or, when that could not be used, on the caller's.
Status readActionRuns(sql::SqliteReader& reader, std::deque<ActionRun>& runs)
{
    GroupedAppender<Action> grouped; // puts the last run in place as it goes
    return reader.forEachRow(QStringLiteral("SELECT %1 FROM %2")
                                 .arg(ActionRepository::columns(), ActionRepository::fromClause()),
                             [&](const sql::SqliteRow& row) {
                                 Action action = ActionRepository::readRow(row);
                                 if (runs.empty() || runs.back().caseId != action.caseId)
                                     runs.push_back({action.caseId, {}});
                                 grouped.add(runs.back().actions, std::move(action));
                             });
}

// A plain list of records or of whole case files.
template <typename Record>
class ListSink : public CaseRecordSink
{
public:
    void reserve(qsizetype count) override { records.reserve(count); }
    CaseRecord& append() override { return records.emplace_back(); }
    CaseRecord& at(qsizetype index) override { return records[index]; }
    void swap(qsizetype a, qsizetype b) override { records.swapItemsAt(a, b); }
    bool keepsMilestones() const override { return std::is_same_v<Record, CaseFile>; }
    QList<Milestone>& milestonesAt(qsizetype index) override
    {
        if constexpr (std::is_same_v<Record, CaseFile>)
            return records[index].milestones;
        else
            return CaseRecordSink::milestonesAt(index);
    }

    QList<Record> records;
};

template <typename Record>
Result<QList<Record>> loadList(Database& database, RegisterLoadReport* report = nullptr)
{
    ListSink<Record> sink;
    if (auto loaded = loadRegister(database, sink, report); !loaded)
        return loaded.error();
    return std::move(sink.records);
}

// Puts the cases in register order: the date the partnership became aware,
// then reference. Sorted here rather than by an ORDER BY: SQLite would sort
// every whole row in a temporary b-tree, which took most of the cases' read.
void putInRegisterOrder(CaseRecordSink& sink, qsizetype count)
{
    std::vector<qsizetype> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const Case& left = sink.at(a).kase;
        const Case& right = sink.at(b).kase;
        if (left.aware != right.aware)
            return left.aware < right.aware;
        return left.ref < right.ref;
    });
    // Position i takes the case now at order[i]: each cycle of the permutation
    // is walked once, swapping the files along it.
    std::vector<bool> placed(static_cast<size_t>(count), false);
    for (qsizetype start = 0; start < count; ++start) {
        if (placed[size_t(start)])
            continue;
        qsizetype position = start;
        while (true) {
            placed[size_t(position)] = true;
            const qsizetype from = order[size_t(position)];
            if (from == start)
                break;
            sink.swap(position, from);
            position = from;
        }
    }
}

// Where each case is in the sink, by id: looked up once for every review,
// milestone and action. Ids are SQLite row ids, nearly always 1 to the number
// of cases, so a plain array does; a file whose ids are sparse uses a hash.
class CaseIndex
{
public:
    CaseIndex(CaseRecordSink& sink, qsizetype count)
    {
        RecordId largest = 0;
        for (qsizetype index = 0; index < count; ++index)
            largest = std::max(largest, sink.at(index).kase.id);
        m_dense = largest <= 4 * count + 1024;
        if (m_dense)
            m_byId.assign(static_cast<size_t>(largest) + 1, -1);
        else
            m_sparse.reserve(count);
        for (qsizetype index = 0; index < count; ++index) {
            const RecordId id = sink.at(index).kase.id;
            if (m_dense && id >= 0)
                m_byId[static_cast<size_t>(id)] = index;
            else
                m_sparse.insert(id, index);
        }
    }

    // The case's index, or -1 when no case has that id.
    qsizetype find(RecordId id) const
    {
        if (m_dense && id >= 0)
            return static_cast<size_t>(id) < m_byId.size() ? m_byId[static_cast<size_t>(id)] : -1;
        return m_sparse.value(id, -1);
    }

private:
    bool m_dense = true;
    std::vector<qsizetype> m_byId;
    QHash<RecordId, qsizetype> m_sparse;
};

// A case's milestones as the editor lists them: the rapid review's, then the
// practice review's, each by position. Rows read in the order they were
// recorded are almost always in that order already.
void putMilestonesInOrder(QList<Milestone>& milestones)
{
    const auto before = [](const Milestone& a, const Milestone& b) {
        if (a.owner != b.owner)
            return a.owner == MilestoneOwner::RapidReview;
        return a.position < b.position;
    };
    if (!std::is_sorted(milestones.cbegin(), milestones.cend(), before))
        std::stable_sort(milestones.begin(), milestones.end(), before);
}

} // namespace

Result<QList<CaseFile>> loadRegister(Database& database)
{
    return loadList<CaseFile>(database);
}

Result<QList<CaseRecord>> loadRegisterRecords(Database& database, RegisterLoadReport* report)
{
    return loadList<CaseRecord>(database, report);
}

Status loadRegister(Database& database, CaseRecordSink& sink, RegisterLoadReport* report)
{
    // One snapshot: every table read in the same transaction, so a writer
    // in another process cannot slip in between two of the queries.
    const ReadSnapshot snapshot(database);
    if (!snapshot.began())
        return snapshot.began();

    auto reader = sql::SqliteReader::on(database);
    if (!reader)
        return reader.error();
    // The actions, the largest table after the cases, are read on a second
    // connection meanwhile, when it can share this snapshot (see sideread.h).
    std::deque<ActionRun> actionRuns;
    // Declared after what its thread writes to, so that on an early return
    // its destructor stops and waits for that thread before those go.
    SideRead sideRead(database, snapshot);

    qsizetype cases = 0;
    QHash<RecordId, qsizetype> indexOfPracticeReview;
    // Sized up front: growing a list of 50,000 case files copies them many times.
    auto status = reader->forEachRow(QStringLiteral("SELECT count(*) FROM cases"),
                                     [&](const sql::SqliteRow& row) {
                                         const auto count = row.integer(0);
                                         sink.reserve(count);
                                     });
    if (!status)
        return status;
    // The snapshot has begun with that first read: the side read may start.
    sideRead.start([&](sql::SqliteReader& side) { return readActionRuns(side, actionRuns); });

    // Every table is read in the order it is stored in, which SQLite reads
    // straight through; what needs another order is sorted in memory.
    status =
        reader->forEachRow(QStringLiteral("SELECT %1 FROM cases").arg(CaseRepository::columns()),
                           [&](const sql::SqliteRow& row) {
                               sink.append().kase = CaseRepository::readRow(row);
                               ++cases;
                           });
    if (!status)
        return status;
    putInRegisterOrder(sink, cases);
    const CaseIndex indexOfCase(sink, cases);

    status = reader->forEachRow(
        QStringLiteral("SELECT %1 FROM rapid_reviews").arg(ReviewRepository::rapidReviewColumns()),
        [&](const sql::SqliteRow& row) {
            RapidReview review = ReviewRepository::readRapidReviewRow(row);
            if (const qsizetype at = indexOfCase.find(review.caseId); at >= 0)
                sink.at(at).rapidReview = std::move(review);
        });
    if (!status)
        return status;

    status =
        reader->forEachRow(QStringLiteral("SELECT %1 FROM practice_reviews")
                               .arg(ReviewRepository::practiceReviewColumns()),
                           [&](const sql::SqliteRow& row) {
                               PracticeReview review = ReviewRepository::readPracticeReviewRow(row);
                               if (const qsizetype at = indexOfCase.find(review.caseId); at >= 0) {
                                   indexOfPracticeReview.insert(review.id, at);
                                   sink.at(at).practiceReview = std::move(review);
                               }
                           });
    if (!status)
        return status;

    {
        GroupedAppender<Extension> extensions;
        status = reader->forEachRow(
            QStringLiteral("SELECT %1 FROM extensions").arg(ReviewRepository::extensionColumns()),
            [&](const sql::SqliteRow& row) {
                Extension extension = ReviewRepository::readExtensionRow(row);
                if (auto at = indexOfPracticeReview.constFind(extension.practiceReviewId);
                    at != indexOfPracticeReview.cend())
                    extensions.add(sink.at(*at).extensions, std::move(extension));
            });
        if (!status)
            return status;
    }

    if (sink.keepsMilestones()) {
        {
            GroupedAppender<Milestone> milestones;
            status = reader->forEachRow(
                QStringLiteral("SELECT case_id, %1 FROM milestones")
                    .arg(ReviewRepository::milestoneColumns()),
                [&](const sql::SqliteRow& row) {
                    const RecordId caseId = row.integer(0);
                    if (const qsizetype at = indexOfCase.find(caseId); at >= 0)
                        milestones.add(sink.milestonesAt(at),
                                       ReviewRepository::readMilestoneRow(row, 1));
                });
            if (!status)
                return status;
        }
        for (qsizetype index = 0; index < cases; ++index)
            putMilestonesInOrder(sink.milestonesAt(index));
    }

    const bool readAlongside = sideRead.finish();
    if (!readAlongside) {
        actionRuns.clear();
        if (status = readActionRuns(*reader, actionRuns); !status)
            return status;
    }
    if (report)
        report->actionsReadAlongside = readAlongside;
    for (ActionRun& run : actionRuns)
        if (const qsizetype at = indexOfCase.find(run.caseId); at >= 0)
            appendAll(sink.at(at).actions, std::move(run.actions));
    return success();
}

} // namespace reviewdesk
