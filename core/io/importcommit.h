// How every import ends: one summary audit row ("3 cases imported from
// FILE"), then the commit of the import's single transaction. Case and action
// imports both end this way.
#pragma once

#include "services/workspace.h"
#include "util/counted.h"

namespace reviewdesk::io {

// `one` and `many` name the rows in the summary ("case", "cases"). Returns the
// number of rows written, or the error that left the transaction uncommitted.
inline Result<int> commitImport(Workspace& workspace, Transaction& transaction, qsizetype rows,
                                const QString& one, const QString& many, const QString& source)
{
    if (auto audited = workspace.audit(
            {}, QStringLiteral("import"), 0, QStringLiteral("create"),
            QStringLiteral("%1 imported from %2").arg(counted(rows, one, many), source));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return static_cast<int>(rows);
}

} // namespace reviewdesk::io
