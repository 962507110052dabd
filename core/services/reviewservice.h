// Use cases on a case's reviews: the rapid review and its decision, the
// practice review (LCSPR...), extensions of its publication date, milestones.
#pragma once

#include "services/workspace.h"

namespace reviewdesk {

class ReviewService
{
public:
    explicit ReviewService(Workspace& workspace) : m_workspace(workspace) {}

    // Creates the case's rapid review (id 0, with the template's milestones) or
    // saves changes to it (stale versions refused).
    Result<RapidReview> saveRapidReview(const QString& ref, RapidReview review);

    // Creates the case's practice review (id 0, with the template's milestones)
    // or saves changes to it.
    Result<PracticeReview> savePracticeReview(const QString& ref, PracticeReview review);

    // Moves the LCSPR's publication due date later, with a reason.
    Result<Extension> extend(const QString& ref, Extension extension);

    // Edits a milestone's due or done date (stale versions refused).
    Result<Milestone> saveMilestone(const QString& ref, Milestone milestone);

private:
    struct ReviewKind
    {
        QString name;   // in messages: "rapid review", "LCSPR"
        QString entity; // in the audit trail
        MilestoneOwner milestones;
    };
    // `Slot` is how the case file holds the review: std::optional or BoxedOptional.
    template <typename Review, typename Slot>
    Result<Review> saveReview(const QString& ref, Review review, Slot CaseRecord::*stored,
                              const ReviewKind& kind);
    Status addPlannedMilestones(const QString& ref, MilestoneOwner owner);

    Workspace& m_workspace;
};

} // namespace reviewdesk
