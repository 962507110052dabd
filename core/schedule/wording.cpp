#include "schedule/wording.h"

namespace reviewdesk {

QString harmText(Harm harm)
{
    switch (harm) {
    case Harm::Death:
        return QStringLiteral("Death");
    case Harm::SeriousHarm:
        return QStringLiteral("Serious harm");
    }
    return {};
}

QString stageText(CaseStage stage)
{
    switch (stage) {
    case CaseStage::Notification:
        return QStringLiteral("Notification");
    case CaseStage::RapidReview:
        return QStringLiteral("Rapid review");
    case CaseStage::Decision:
        return QStringLiteral("Decision");
    case CaseStage::Lcspr:
        return QStringLiteral("LCSPR");
    case CaseStage::NationalReview:
        return QStringLiteral("National review");
    case CaseStage::Learning:
        return QStringLiteral("Learning");
    case CaseStage::Published:
        return QStringLiteral("Published");
    case CaseStage::Closed:
        return QStringLiteral("Closed");
    }
    return {};
}

QString kindText(DeadlineKind kind)
{
    switch (kind) {
    case DeadlineKind::Notification:
        return QStringLiteral("Notification");
    case DeadlineKind::RapidReview:
        return QStringLiteral("Rapid review");
    case DeadlineKind::LcsprPublication:
        return QStringLiteral("LCSPR publication");
    case DeadlineKind::NationalPanelSubmission:
        return QStringLiteral("Report to national Panel");
    case DeadlineKind::Action:
        return QStringLiteral("Action");
    }
    return {};
}

QString deadlineText(const Deadline& deadline)
{
    if (deadline.kind == DeadlineKind::Action && deadline.actionId)
        return QStringLiteral("Action %1").arg(*deadline.actionId);
    return kindText(deadline.kind);
}

const Action* actionOf(const Deadline& deadline, const CaseRecord& file)
{
    if (deadline.kind != DeadlineKind::Action || !deadline.actionId)
        return nullptr;
    for (const Action& action : file.actions)
        if (action.id == *deadline.actionId)
            return &action;
    return nullptr;
}

QString actionText(const Action& action)
{
    if (action.ownerAgency.isEmpty())
        return action.recommendation;
    return QStringLiteral("%1 (%2)").arg(action.recommendation, action.ownerAgency);
}

QString statusText(DeadlineStatus status)
{
    switch (status) {
    case DeadlineStatus::Met:
        return QStringLiteral("Met");
    case DeadlineStatus::Late:
        return QStringLiteral("Late");
    case DeadlineStatus::Due:
        return QStringLiteral("Due");
    case DeadlineStatus::DueSoon:
        return QStringLiteral("Due soon");
    case DeadlineStatus::Overdue:
        return QStringLiteral("Overdue");
    }
    return {};
}

QString actionStatusText(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return QStringLiteral("Open");
    case ActionStatus::InProgress:
        return QStringLiteral("In progress");
    case ActionStatus::Complete:
        return QStringLiteral("Complete");
    case ActionStatus::ImpactEvidenced:
        return QStringLiteral("Impact evidenced");
    }
    return {};
}

} // namespace reviewdesk
