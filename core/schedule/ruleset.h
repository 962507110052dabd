// Rule sets: the statutory timescales as data. A case keeps the rule set in
// force when it was opened, so a change of guidance (or an emergency
// relaxation like the national Panel's in March 2020) never rewrites history.
#pragma once

#include "domain/enumnames.h"

#include <QList>
#include <QString>

namespace reviewdesk {

enum class DeadlineKind
{
    Notification,
    RapidReview,
    LcsprPublication,
    NationalPanelSubmission,
    Action
};
template <>
struct EnumNames<DeadlineKind>
{
    static constexpr std::pair<DeadlineKind, const char*> table[] = {
        {DeadlineKind::Notification, "notification"},
        {DeadlineKind::RapidReview, "rapid-review"},
        {DeadlineKind::LcsprPublication, "lcspr-publication"},
        {DeadlineKind::NationalPanelSubmission, "national-panel-submission"},
        {DeadlineKind::Action, "action"}};
};

// The recorded event a clock starts from.
enum class AnchorEvent
{
    Aware,             // the local authority became aware of the incident
    Notified,          // the national Panel was notified
    PracticeDecision,  // the decision to initiate the LCSPR
    PublicationTarget, // the publication date once published, else the planned one, else
                       // the publication due date
};

enum class OffsetUnit
{
    WorkingDays,
    CalendarDays,
    CalendarMonths
};

struct DeadlineRule
{
    DeadlineKind kind;
    AnchorEvent anchor;
    int offset; // negative: before the anchor
    OffsetUnit unit;
};

// One step of a review plan: its name and when it falls due.
struct MilestoneTemplate
{
    QString name;
    AnchorEvent anchor;
    int offset;
    OffsetUnit unit;
};

struct RuleSet
{
    QString name; // stable id stored with each case, e.g. "england-wt2023"
    int version = 1;
    QString title; // "England — Working Together 2023"
    QList<DeadlineRule> rules;
    QList<MilestoneTemplate> rapidReviewPlan;
    QList<MilestoneTemplate> lcsprPlan;

    const DeadlineRule* rule(DeadlineKind kind) const;
};

const QList<RuleSet>& builtInRuleSets();
const RuleSet* findRuleSet(const QString& name);
QString defaultRuleSetName();

} // namespace reviewdesk
