// How every import ends: refused whole when its plan found problems, or one
// summary audit row ("3 cases imported from FILE") and the commit of the
// import's single transaction. Case and action imports both end this way.
#pragma once

#include "services/workspace.h"
#include "util/counted.h"

namespace reviewdesk::io {

// The refusal of a plan with `problems` problems: nothing of it is written.
inline Error problemsRefusal(qsizetype problems)
{
    return Error::invalid(
        QStringLiteral("the file has %1; nothing was imported")
            .arg(counted(problems, QStringLiteral("problem"), QStringLiteral("problems"))));
}

// `inWords` names the rows in the summary (casesText, actionsText). Returns the
// number of rows written, or the error that left the transaction uncommitted.
inline Result<int> commitImport(Workspace& workspace, Transaction& transaction, qsizetype rows,
                                QString (*inWords)(qint64), const QString& source)
{
    if (auto audited =
            workspace.audit({}, QStringLiteral("import"), 0, QStringLiteral("create"),
                            QStringLiteral("%1 imported from %2").arg(inWords(rows), source));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return static_cast<int>(rows);
}

} // namespace reviewdesk::io
