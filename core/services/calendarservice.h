// The partnership's own non-working days: local closure days and one-off bank
// holidays announced after this release. They count in every deadline.
#pragma once

#include "services/workspace.h"
#include "storage/settingsrepository.h"

namespace reviewdesk {

class CalendarService
{
public:
    explicit CalendarService(Workspace& workspace) : m_workspace(workspace) {}

    Status addNonWorkingDay(const QDate& day, const QString& name, NonWorkingDayKind kind);

private:
    Workspace& m_workspace;
};

} // namespace reviewdesk
