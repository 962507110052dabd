#include "deadlineformat.h"

#include "util/isodate.h"

namespace reviewdesk::cli {

QJsonObject deadlineJson(const Deadline& deadline)
{
    QJsonObject object{
        {QStringLiteral("case"), deadline.caseRef},
        {QStringLiteral("kind"), nameOf(deadline.kind)},
        {QStringLiteral("start"), toIso(deadline.start)},
        {QStringLiteral("due"), toIso(deadline.due)},
        {QStringLiteral("done"),
         deadline.done ? QJsonValue(toIso(*deadline.done)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("status"), nameOf(deadline.status)},
        {QStringLiteral("working_days"), deadline.workingDays},
        {QStringLiteral("extended"), deadline.extended},
        {QStringLiteral("provisional"), deadline.provisional},
    };
    if (deadline.actionId)
        object.insert(QStringLiteral("action"), *deadline.actionId);
    return object;
}

QString deadlineLine(const Deadline& deadline)
{
    QString detail;
    switch (deadline.status) {
    case DeadlineStatus::Met:
        detail = QStringLiteral("met on %1").arg(toIso(*deadline.done));
        break;
    case DeadlineStatus::Late:
        detail = QStringLiteral("done %1, %2 working days late")
                     .arg(toIso(*deadline.done))
                     .arg(deadline.workingDays);
        break;
    case DeadlineStatus::Overdue:
        detail = QStringLiteral("%1 working days late").arg(deadline.workingDays);
        break;
    case DeadlineStatus::Due:
    case DeadlineStatus::DueSoon:
        detail = QStringLiteral("%1 working days left").arg(deadline.workingDays);
        break;
    }
    QString kind = nameOf(deadline.kind);
    if (deadline.actionId)
        kind += QStringLiteral(" %1").arg(*deadline.actionId);
    QString line =
        QStringLiteral("%1\t%2\t%3\t%4\t%5")
            .arg(deadline.caseRef, kind, toIso(deadline.due), nameOf(deadline.status), detail);
    if (deadline.extended)
        line += QStringLiteral(" (extended)");
    if (deadline.provisional)
        line += QStringLiteral(" (provisional: holidays not yet announced)");
    return line;
}

} // namespace reviewdesk::cli
