// Importing a case register, step two: plan against an open register (its
// references count as duplicates) and write a plan with no problems, all or
// nothing, in one transaction with its audit trail.
#pragma once

#include "io/caseimport.h"
#include "services/workspace.h"

namespace reviewdesk::io {

// planCaseImport with the register's references as existing ones.
Result<CaseImportPlan> planCaseImport(Workspace& workspace, QByteArrayView bytes,
                                      const ColumnMapping& mapping);

// Writes every row of `plan` (cases, their reviews and the reviews' planned
// milestones) in one transaction, each audited as the services audit them, plus
// one audit event for the import naming `source`. A plan with problems, or a
// reference someone else registered since the plan was made, writes nothing.
// Returns the number of cases imported.
Result<int> importCases(Workspace& workspace, const CaseImportPlan& plan, const QString& source);

} // namespace reviewdesk::io
