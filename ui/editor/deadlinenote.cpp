#include "editor/deadlinenote.h"

#include "models/statuscolors.h"
#include "util/counted.h"
#include "util/isodate.h"

#include <QLabel>

namespace reviewdesk::ui {

QString deadlineNote(const Deadline& deadline)
{
    QString detail;
    switch (deadline.status) {
    case DeadlineStatus::Met:
        detail = QStringLiteral("met on %1").arg(toDisplay(*deadline.done));
        break;
    case DeadlineStatus::Late:
        detail = QStringLiteral("late, done %1, %2 late")
                     .arg(toDisplay(*deadline.done), workingDaysText(deadline.workingDays));
        break;
    case DeadlineStatus::Overdue:
        detail = QStringLiteral("overdue, %1 late").arg(workingDaysText(deadline.workingDays));
        break;
    case DeadlineStatus::DueSoon:
        detail = QStringLiteral("due soon, %1 left").arg(workingDaysText(deadline.workingDays));
        break;
    case DeadlineStatus::Due:
        detail = QStringLiteral("%1 left").arg(workingDaysText(deadline.workingDays));
        break;
    }
    QString text = QStringLiteral("due %1 — %2").arg(toDisplay(deadline.due), detail);
    if (deadline.extended)
        text += QStringLiteral(" (extended)");
    if (deadline.provisional)
        text += QStringLiteral(" (provisional: bank holidays not yet announced)");
    return text;
}

void showDeadline(QLabel* note, const std::optional<Deadline>& deadline, const QString& absent)
{
    if (!deadline) {
        note->setText(absent);
        note->setStyleSheet(QString());
        return;
    }
    note->setText(deadlineNote(*deadline));
    const StatusColors colors = StatusColors::forStatus(deadline->status, note->palette());
    note->setStyleSheet(
        QStringLiteral(
            "QLabel { color: %1; background: %2; border: 1px solid %3; padding: 1px 4px; }")
            .arg(colors.foreground.name(), colors.background.name(), colors.border.name()));
}

} // namespace reviewdesk::ui
