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

// A case with everything its deadlines and stage are computed from: what the
// register holds for each of its cases. The milestones of the review plans are
// left out: they are most of a case's rows, and only one case's own views (its
// editor, its timeline, its summary) show them, so the register reads them
// per case when one is shown rather than holding all of them (325,000 in
// a 50,000-case register).
struct CaseRecord
{
    Case kase;
    std::optional<RapidReview> rapidReview;
    // On the heap: a quarter of cases have one, and a register holds 50,000.
    BoxedOptional<PracticeReview> practiceReview;
    QList<Extension> extensions; // of the practice review, oldest first
    QList<Action> actions;
};

// A case with its milestones too: what one case's views and the exports read.
struct CaseFile : CaseRecord
{
    QList<Milestone> milestones; // of both reviews, in plan order
};

} // namespace reviewdesk
