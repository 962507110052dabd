// Loads the whole register (every case with its reviews, milestones,
// extensions and actions) in one read transaction and a handful of queries:
// the path the dashboard, the register, deadlines and reports start from.
// Cases come in register order (the date the partnership became aware, then
// reference); each case's milestones rapid review first, then by position;
// its extensions and actions in the order they were recorded.
#pragma once

#include "domain/casefile.h"
#include "storage/database.h"

namespace reviewdesk {

Result<QList<CaseFile>> loadRegister(Database& database);

// Where the loader puts the case files: storage the caller owns, so a caller
// that keeps more per case (the register snapshot) fills its own list in place
// instead of moving 50,000 files out of a temporary one.
class CaseFileSink
{
public:
    virtual ~CaseFileSink() = default;
    virtual void reserve(qsizetype count) = 0;
    // A new empty file after those already appended; the loader appends every
    // case before it fills in reviews, milestones and actions through at().
    virtual CaseFile& append() = 0;
    virtual CaseFile& at(qsizetype index) = 0;
    // Exchanges two files: the loader puts the cases in register order in place.
    virtual void swap(qsizetype a, qsizetype b) = 0;
};

Status loadRegister(Database& database, CaseFileSink& sink);

} // namespace reviewdesk
