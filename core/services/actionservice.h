// Use cases on learning actions. An owner agency is given by name; an unknown
// name creates the agency (names match ignoring case), so a first action needs
// no set-up and two people naming the same new agency end with one.
#pragma once

#include "services/workspace.h"

namespace reviewdesk {

class ActionService
{
public:
    explicit ActionService(Workspace& workspace) : m_workspace(workspace) {}

    // `action.ownerAgency` names the owner.
    Result<Action> addAction(const QString& caseRef, Action action);
    // Saves an edited action (stale versions refused).
    Result<Action> updateAction(Action action);
    Result<Action> completeAction(RecordId id, const QDate& closed, const QString& evidence = {});

private:
    Workspace& m_workspace;
};

} // namespace reviewdesk
