// A review's milestones laid out from the partnership's template: each step's
// due date from its anchor (awareness, the decision, the publication target).
#pragma once

#include "domain/casefile.h"
#include "schedule/deadlineengine.h"

namespace reviewdesk {

// The planned milestones of a review; steps whose anchor is not known yet are left out.
QList<Milestone> plannedMilestones(const CaseRecord& file, MilestoneOwner owner,
                                   const DeadlineEngine& engine);

} // namespace reviewdesk
