#include "models/deadlinetext.h"

#include "util/counted.h"
#include "util/isodate.h"

namespace reviewdesk::ui {

QString statusSummary(const Deadline& deadline, const QDate& asOf)
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
        // Only on the day itself: a due date on a weekend or holiday has no
        // working day left before it, but it is not today.
        if (deadline.due == asOf)
            return QStringLiteral("Due today");
        return QStringLiteral("%1 (%2 WD left)")
            .arg(statusText(deadline.status))
            .arg(deadline.workingDays);
    }
    return {};
}

QString statusToolTip(const Deadline& deadline, const QDate& asOf, const Action* action)
{
    QString text;
    if (action)
        text = actionText(*action) + QLatin1Char('\n');
    text += QStringLiteral("%1 due %2: ").arg(deadlineText(deadline), toDisplay(deadline.due));
    const int days = deadline.workingDays;
    switch (deadline.status) {
    case DeadlineStatus::Met:
        text += QStringLiteral("met on %1").arg(toDisplay(*deadline.done));
        break;
    case DeadlineStatus::Late:
        text += QStringLiteral("done on %1, %2 late")
                    .arg(toDisplay(*deadline.done), workingDaysText(days));
        break;
    case DeadlineStatus::Overdue:
        text += QStringLiteral("overdue by %1").arg(workingDaysText(days));
        break;
    case DeadlineStatus::Due:
    case DeadlineStatus::DueSoon:
        if (deadline.due == asOf)
            text += QStringLiteral("due today");
        else if (days == 0)
            text += QStringLiteral("no working day left before it");
        else
            text += QStringLiteral("%1 left").arg(workingDaysText(days));
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
