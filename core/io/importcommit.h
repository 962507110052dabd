// How every import ends: one summary audit row ("N case(s) imported from
// FILE"), then the commit of the import's single transaction. Case and action
// imports both end this way.
#pragma once

#include "services/workspace.h"

namespace reviewdesk::io {

// `what` names the rows in the summary ("case(s)", "action(s)"). Returns the
// number of rows written, or the error that left the transaction uncommitted.
inline Result<int> commitImport(Workspace& workspace, Transaction& transaction, qsizetype rows,
                                const QString& what, const QString& source)
{
    if (auto audited =
            workspace.audit({}, QStringLiteral("import"), 0, QStringLiteral("create"),
                            QStringLiteral("%1 %2 imported from %3").arg(rows).arg(what, source));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return static_cast<int>(rows);
}

} // namespace reviewdesk::io
