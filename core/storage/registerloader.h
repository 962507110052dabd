// Loads the whole register (every case with its reviews, milestones,
// extensions and actions) in one read transaction and a handful of queries:
// the path the dashboard, the register, deadlines and reports start from.
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
};

Status loadRegister(Database& database, CaseFileSink& sink);

} // namespace reviewdesk
