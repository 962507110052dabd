// Use cases on the case record: open a case, record the notification, edit.
// Each validates, writes in one transaction and audits in the same transaction.
#pragma once

#include "services/workspace.h"

namespace reviewdesk {

class CaseService
{
public:
    explicit CaseService(Workspace& workspace) : m_workspace(workspace) {}

    // A new case; an empty rule set means the default in force today.
    Result<Case> addCase(Case draft);

    // Saves `edited` over the stored case if nobody saved it since
    // `edited.version` was read; otherwise a Conflict and nothing written.
    Result<Case> updateCase(Case edited);

    Result<Case> recordNotification(const QString& ref, const QDate& notified,
                                    const std::optional<QString>& panelRef);

private:
    Workspace& m_workspace;
};

} // namespace reviewdesk
