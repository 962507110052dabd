// Everything recorded about one case, loaded together: what deadlines, views
// and reports are computed from.
#pragma once

#include "domain/action.h"
#include "domain/case.h"
#include "domain/practicereview.h"
#include "domain/rapidreview.h"
#include "util/boxedoptional.h"

#include <QList>

namespace reviewdesk {

struct CaseFile
{
    Case kase;
    std::optional<RapidReview> rapidReview;
    // On the heap: a quarter of cases have one, and a register holds 50,000.
    BoxedOptional<PracticeReview> practiceReview;
    QList<Extension> extensions; // of the practice review, oldest first
    QList<Milestone> milestones; // of both reviews, in plan order
    QList<Action> actions;
};

} // namespace reviewdesk
