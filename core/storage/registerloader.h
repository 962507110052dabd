// Loads the whole register (every case with its reviews, extensions, actions
// and, for those who ask, milestones) in one read transaction and a handful of
// queries: the path the dashboard, the register, deadlines, reports and
// exports start from.
// Cases come in register order (the date the partnership became aware, then
// reference); each case's milestones rapid review first, then by position;
// its extensions and actions in the order they were recorded.
#pragma once

#include "domain/casefile.h"
#include "storage/database.h"

namespace reviewdesk {

// How a load went, beyond what it read: for the tests and the benchmark,
// which check that the fast path is the one taken.
struct RegisterLoadReport
{
    // The actions were read on a second connection while the cases were read
    // on the first (see sideread.h); false when the loader read them itself.
    bool actionsReadAlongside = false;
};

// Every case with its milestones: for exports, which write them all.
Result<QList<CaseFile>> loadRegister(Database& database);
// Every case without its milestones (see CaseRecord), which are not read.
Result<QList<CaseRecord>> loadRegisterRecords(Database& database,
                                              RegisterLoadReport* report = nullptr);

// Where the loader puts the cases: storage the caller owns, so a caller that
// keeps more per case (the register snapshot) fills its own list in place
// instead of moving 50,000 records out of a temporary one.
class CaseRecordSink
{
public:
    virtual ~CaseRecordSink() = default;
    virtual void reserve(qsizetype count) = 0;
    // A new empty record after those already appended; the loader appends
    // every case before it fills in reviews and actions through at().
    virtual CaseRecord& append() = 0;
    virtual CaseRecord& at(qsizetype index) = 0;
    // Exchanges two records: the loader puts the cases in register order in place.
    virtual void swap(qsizetype a, qsizetype b) = 0;
    // Whether the sink keeps the cases' milestones; when not, the loader does
    // not read them at all.
    virtual bool keepsMilestones() const { return false; }
    // Where the milestones of the case at `index` go; asked only when kept.
    virtual QList<Milestone>& milestonesAt(qsizetype index)
    {
        Q_UNUSED(index);
        Q_UNREACHABLE();
    }
};

Status loadRegister(Database& database, CaseRecordSink& sink, RegisterLoadReport* report = nullptr);

} // namespace reviewdesk
