// A learning action from a review's recommendation, owned by an agency.
#pragma once

#include "domain/case.h"
#include "util/optionaldate.h"

namespace reviewdesk {

struct Action
{
    RecordId id = 0;
    RecordId caseId = 0;
    QString recommendation;
    RecordId ownerAgencyId = 0;
    QString ownerAgency; // the agency's name, read with the action
    QString officer;
    QDate due;
    QString evidence;
    OptionalDate closed;
    ActionStatus status = ActionStatus::Open; // beside version: no padding
    int version = 0;
};

} // namespace reviewdesk
