#include "schedule/milestoneplan.h"

namespace reviewdesk {

QList<Milestone> plannedMilestones(const CaseRecord& file, MilestoneOwner owner,
                                   const DeadlineEngine& engine)
{
    QList<Milestone> milestones;
    const RuleSet* rules = findRuleSet(file.kase.ruleSet);
    if (!rules)
        return milestones;
    const bool rapid = owner == MilestoneOwner::RapidReview;
    const auto& plan = rapid ? rules->rapidReviewPlan : rules->lcsprPlan;
    const RecordId reviewId = rapid ? (file.rapidReview ? file.rapidReview->id : 0)
                                    : (file.practiceReview ? file.practiceReview->id : 0);
    int position = 0;
    for (const MilestoneTemplate& step : plan) {
        // Plans are laid out from recorded dates, whatever the "as of" date.
        std::optional<QDate> anchor;
        if (step.anchor == AnchorEvent::PracticeDecision && file.practiceReview)
            anchor = file.practiceReview->decided;
        else
            anchor = engine.anchorDate(file, step.anchor);
        if (!anchor)
            continue;
        Milestone milestone;
        milestone.owner = owner;
        milestone.reviewId = reviewId;
        milestone.name = step.name;
        milestone.due = engine.apply(*anchor, step.offset, step.unit);
        milestone.position = position++;
        milestones.append(milestone);
    }
    return milestones;
}

} // namespace reviewdesk
