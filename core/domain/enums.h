// The domain's closed vocabularies, each with its stable name (see enumnames.h).
#pragma once

#include "domain/enumnames.h"

namespace reviewdesk {

enum class Harm
{
    Death,
    SeriousHarm
};
template <>
struct EnumNames<Harm>
{
    static constexpr std::pair<Harm, const char*> table[] = {{Harm::Death, "death"},
                                                             {Harm::SeriousHarm, "serious-harm"}};
};

enum class CaseStatus
{
    Open,
    Closed
};
template <>
struct EnumNames<CaseStatus>
{
    static constexpr std::pair<CaseStatus, const char*> table[] = {{CaseStatus::Open, "open"},
                                                                   {CaseStatus::Closed, "closed"}};
};

enum class RapidReviewDecision
{
    Lcspr,
    NoLcspr,
    NationalReview
};
template <>
struct EnumNames<RapidReviewDecision>
{
    static constexpr std::pair<RapidReviewDecision, const char*> table[] = {
        {RapidReviewDecision::Lcspr, "lcspr"},
        {RapidReviewDecision::NoLcspr, "no-lcspr"},
        {RapidReviewDecision::NationalReview, "national-review"}};
};

enum class PanelResponse
{
    Agreed,
    Challenged,
    NationalReview
};
template <>
struct EnumNames<PanelResponse>
{
    static constexpr std::pair<PanelResponse, const char*> table[] = {
        {PanelResponse::Agreed, "agreed"},
        {PanelResponse::Challenged, "challenged"},
        {PanelResponse::NationalReview, "national-review"}};
};

enum class PracticeReviewType
{
    Lcspr,
    SeriousCaseReview,
    LocalLearningReview,
    NationalReview
};
template <>
struct EnumNames<PracticeReviewType>
{
    static constexpr std::pair<PracticeReviewType, const char*> table[] = {
        {PracticeReviewType::Lcspr, "lcspr"},
        {PracticeReviewType::SeriousCaseReview, "scr"},
        {PracticeReviewType::LocalLearningReview, "local-learning-review"},
        {PracticeReviewType::NationalReview, "national-review"}};
};

enum class ActionStatus
{
    Open,
    InProgress,
    Complete,
    ImpactEvidenced
};
template <>
struct EnumNames<ActionStatus>
{
    static constexpr std::pair<ActionStatus, const char*> table[] = {
        {ActionStatus::Open, "open"},
        {ActionStatus::InProgress, "in-progress"},
        {ActionStatus::Complete, "complete"},
        {ActionStatus::ImpactEvidenced, "impact-evidenced"}};
};

inline bool isClosed(ActionStatus status)
{
    return status == ActionStatus::Complete || status == ActionStatus::ImpactEvidenced;
}

enum class AgencyCategory
{
    SafeguardingPartner,
    Education,
    Health,
    Police,
    LocalAuthority,
    Justice,
    Voluntary,
    Other
};
template <>
struct EnumNames<AgencyCategory>
{
    static constexpr std::pair<AgencyCategory, const char*> table[] = {
        {AgencyCategory::SafeguardingPartner, "safeguarding-partner"},
        {AgencyCategory::Education, "education"},
        {AgencyCategory::Health, "health"},
        {AgencyCategory::Police, "police"},
        {AgencyCategory::LocalAuthority, "local-authority"},
        {AgencyCategory::Justice, "justice"},
        {AgencyCategory::Voluntary, "voluntary"},
        {AgencyCategory::Other, "other"}};
};

enum class PersonRole
{
    Chair,
    PanelMember,
    SupportOfficer,
    Reviewer
};
template <>
struct EnumNames<PersonRole>
{
    static constexpr std::pair<PersonRole, const char*> table[] = {
        {PersonRole::Chair, "chair"},
        {PersonRole::PanelMember, "panel-member"},
        {PersonRole::SupportOfficer, "support-officer"},
        {PersonRole::Reviewer, "reviewer"}};
};

} // namespace reviewdesk
