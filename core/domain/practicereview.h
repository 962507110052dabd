// A practice review of a case: an LCSPR, a legacy serious case review, a local
// learning review, or a national review the partnership takes part in.
#pragma once

#include "domain/case.h"
#include "util/optionaldate.h"

namespace reviewdesk {

struct PracticeReview
{
    RecordId id = 0;
    RecordId caseId = 0;
    PracticeReviewType type = PracticeReviewType::Lcspr;
    QDate decided; // decision to initiate: the six-month clock starts here
    QString reviewer;
    QString method;
    OptionalDate termsOfReference;
    OptionalDate plannedPublication;
    OptionalDate sent; // final report to the national Panel and Secretary of State
    OptionalDate published;
    QString link;
    int version = 0;
};

// A recorded move of the publication due date, with its reason.
struct Extension
{
    RecordId id = 0;
    RecordId practiceReviewId = 0;
    QDate newDue;
    QString reason;
    QString agreedBy;
    OptionalDate agreedOn;
    int version = 0;
};

enum class MilestoneOwner
{
    RapidReview,
    PracticeReview
};
template <>
struct EnumNames<MilestoneOwner>
{
    static constexpr std::pair<MilestoneOwner, const char*> table[] = {
        {MilestoneOwner::RapidReview, "rapid-review"},
        {MilestoneOwner::PracticeReview, "practice-review"}};
};

// A step of a review's plan. Due dates come from the partnership's template and
// may be edited per case.
struct Milestone
{
    RecordId id = 0;
    MilestoneOwner owner = MilestoneOwner::RapidReview;
    RecordId reviewId = 0;
    QString name;
    QDate due;
    OptionalDate done;
    int position = 0;
    int version = 0;
};

} // namespace reviewdesk
