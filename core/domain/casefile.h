// Everything recorded about one case, loaded together: what deadlines, views
// and reports are computed from.
#pragma once

#include "domain/action.h"
#include "domain/case.h"
#include "domain/practicereview.h"
#include "domain/rapidreview.h"

#include <QList>

namespace reviewdesk {

struct CaseFile
{
    Case kase;
    std::optional<RapidReview> rapidReview;
    std::optional<PracticeReview> practiceReview;
    QList<Extension> extensions; // of the practice review, oldest first
    QList<Milestone> milestones; // of both reviews, in plan order
    QList<Action> actions;
};

} // namespace reviewdesk
