#include "models/deadlinetext.h"

#include "util/isodate.h"

namespace reviewdesk::ui {

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

QString statusSummary(const Deadline& deadline)
{
    switch (deadline.status) {
    case DeadlineStatus::Met:
        return QStringLiteral("Met");
    case DeadlineStatus::Late:
        return QStringLiteral("Late (%1 WD)").arg(deadline.workingDays);
    case DeadlineStatus::Overdue:
        return QStringLiteral("Overdue (%1 WD late)").arg(deadline.workingDays);
    case DeadlineStatus::Due:
    case DeadlineStatus::DueSoon:
        if (deadline.workingDays == 0)
            return QStringLiteral("Due today");
        return QStringLiteral("%1 (%2 WD left)")
            .arg(statusText(deadline.status))
            .arg(deadline.workingDays);
    }
    return {};
}

QString statusToolTip(const Deadline& deadline)
{
    QString text =
        QStringLiteral("%1 due %2: ").arg(deadlineText(deadline), toDisplay(deadline.due));
    const int days = deadline.workingDays;
    switch (deadline.status) {
    case DeadlineStatus::Met:
        text += QStringLiteral("met on %1").arg(toDisplay(*deadline.done));
        break;
    case DeadlineStatus::Late:
        text += QStringLiteral("done on %1, %2 working day(s) late")
                    .arg(toDisplay(*deadline.done))
                    .arg(days);
        break;
    case DeadlineStatus::Overdue:
        text += QStringLiteral("overdue by %1 working day(s)").arg(days);
        break;
    case DeadlineStatus::Due:
    case DeadlineStatus::DueSoon:
        text += days == 0 ? QStringLiteral("due today")
                          : QStringLiteral("%1 working day(s) left").arg(days);
        break;
    }
    if (deadline.extended)
        text += QStringLiteral("; the due date was extended");
    // Bank holidays for that year are not announced yet, so the date may still move.
    if (deadline.provisional)
        text += QStringLiteral("; provisional until the year's bank holidays are announced");
    return text;
}

} // namespace reviewdesk::ui
