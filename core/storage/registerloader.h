// Loads the whole register (every case with its reviews, milestones,
// extensions and actions) in one read transaction and a handful of queries:
// the path the dashboard, the register, deadlines and reports start from.
#pragma once

#include "domain/casefile.h"
#include "storage/database.h"

namespace reviewdesk {

Result<QList<CaseFile>> loadRegister(Database& database);

} // namespace reviewdesk
