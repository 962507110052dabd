#include "schedule/ruleset.h"

namespace reviewdesk {
namespace {

// The timescales of Working Together (2018 and 2023 editions agree):
// notify within 5 working days of awareness, rapid review within 15, LCSPR
// published within six months of the decision, the final report to the national
// Panel and the Secretary of State 7 working days before publication.
QList<DeadlineRule> workingTogetherRules()
{
    return {
        {DeadlineKind::Notification, AnchorEvent::Aware, 5, OffsetUnit::WorkingDays},
        {DeadlineKind::RapidReview, AnchorEvent::Aware, 15, OffsetUnit::WorkingDays},
        {DeadlineKind::LcsprPublication, AnchorEvent::PracticeDecision, 6,
         OffsetUnit::CalendarMonths},
        {DeadlineKind::NationalPanelSubmission, AnchorEvent::PublicationTarget, -7,
         OffsetUnit::WorkingDays},
    };
}

// A partnership's usual plan of the 15 working days.
QList<MilestoneTemplate> rapidReviewPlan()
{
    return {
        {QStringLiteral("Letters to agencies"), AnchorEvent::Aware, 1, OffsetUnit::WorkingDays},
        {QStringLiteral("Agency summaries received"), AnchorEvent::Aware, 10,
         OffsetUnit::WorkingDays},
        {QStringLiteral("Rapid review panel meeting"), AnchorEvent::Aware, 12,
         OffsetUnit::WorkingDays},
        {QStringLiteral("Sign-off by the three partners"), AnchorEvent::Aware, 15,
         OffsetUnit::WorkingDays},
    };
}

QList<MilestoneTemplate> lcsprPlan()
{
    const auto fromDecision = AnchorEvent::PracticeDecision;
    const auto months = OffsetUnit::CalendarMonths;
    return {
        {QStringLiteral("Scoping and terms of reference"), fromDecision, 14,
         OffsetUnit::CalendarDays},
        {QStringLiteral("Agency chronologies requested"), fromDecision, 1, months},
        {QStringLiteral("Agency chronologies received"), fromDecision, 2, months},
        {QStringLiteral("Practitioner learning event"), fromDecision, 3, months},
        {QStringLiteral("Family engagement"), fromDecision, 3, months},
        {QStringLiteral("First draft"), fromDecision, 4, months},
        {QStringLiteral("Panel sign-off"), fromDecision, 5, months},
        {QStringLiteral("Executive sign-off"), AnchorEvent::PublicationTarget, -15,
         OffsetUnit::WorkingDays},
        {QStringLiteral("Sent to national Panel and Secretary of State"),
         AnchorEvent::PublicationTarget, -7, OffsetUnit::WorkingDays},
        {QStringLiteral("Publication"), AnchorEvent::PublicationTarget, 0, OffsetUnit::WorkingDays},
    };
}

QList<RuleSet> makeBuiltIns()
{
    return {
        {QStringLiteral("england-wt2018"), 1, QStringLiteral("England — Working Together 2018"),
         workingTogetherRules(), rapidReviewPlan(), lcsprPlan()},
        {QStringLiteral("england-wt2023"), 1, QStringLiteral("England — Working Together 2023"),
         workingTogetherRules(), rapidReviewPlan(), lcsprPlan()},
    };
}

} // namespace

const DeadlineRule* RuleSet::rule(DeadlineKind kind) const
{
    for (const DeadlineRule& candidate : rules)
        if (candidate.kind == kind)
            return &candidate;
    return nullptr;
}

const QList<RuleSet>& builtInRuleSets()
{
    static const QList<RuleSet> ruleSets = makeBuiltIns();
    return ruleSets;
}

const RuleSet* findRuleSet(const QString& name)
{
    for (const RuleSet& ruleSet : builtInRuleSets())
        if (ruleSet.name == name)
            return &ruleSet;
    return nullptr;
}

QString defaultRuleSetName()
{
    return QStringLiteral("england-wt2023");
}

} // namespace reviewdesk
