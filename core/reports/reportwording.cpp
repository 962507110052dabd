#include "reports/reportwording.h"

#include "domain/redaction.h"
#include "schedule/wording.h"
#include "util/isodate.h"

#include <cmath>

namespace reviewdesk::reports {

bool happenedBy(const std::optional<QDate>& date, const QDate& asOf)
{
    return date && date->isValid() && *date <= asOf;
}

QString eventDate(const std::optional<QDate>& date, const QDate& asOf)
{
    return happenedBy(date, asOf) ? toDisplay(*date) : QString();
}

QString displayDate(const std::optional<QDate>& date)
{
    return date && date->isValid() ? toDisplay(*date) : QString();
}

QString periodText(const Period& period)
{
    if (!period.from && !period.to)
        return QStringLiteral("Cases: all in the register");
    if (period.from && period.to)
        return QStringLiteral("Cases the local authority became aware of from %1 to %2")
            .arg(toDisplay(*period.from), toDisplay(*period.to));
    if (period.from)
        return QStringLiteral("Cases the local authority became aware of from %1")
            .arg(toDisplay(*period.from));
    return QStringLiteral("Cases the local authority became aware of up to %1")
        .arg(toDisplay(*period.to));
}

QStringList subtitleFor(const ReportRequest& request, bool withPeriod)
{
    QStringList lines;
    lines << QStringLiteral("As of %1").arg(toDisplay(request.snapshot->asOf()));
    if (withPeriod)
        lines << periodText(request.period);
    if (request.redact)
        lines << QStringLiteral("Redacted: the child identifier is left out.");
    return lines;
}

QString scrubbed(const QString& text, const Case& kase, bool redact)
{
    return redact ? withoutChildIdentifier(text, kase.childId) : text;
}

QString workingDaysText(const Deadline& deadline)
{
    switch (deadline.status) {
    case DeadlineStatus::Met:
        return {};
    case DeadlineStatus::Late:
    case DeadlineStatus::Overdue:
        return QStringLiteral("%1 WD late").arg(deadline.workingDays);
    case DeadlineStatus::Due:
    case DeadlineStatus::DueSoon:
        return QStringLiteral("%1 WD left").arg(deadline.workingDays);
    }
    return {};
}

QString decisionNeeded(const CaseEntry& entry)
{
    bool overdueAction = false;
    bool overduePublication = false;
    for (const Deadline& deadline : entry.deadlines) {
        if (deadline.status != DeadlineStatus::Overdue)
            continue;
        overdueAction = overdueAction || deadline.kind == DeadlineKind::Action;
        overduePublication = overduePublication ||
                             deadline.kind == DeadlineKind::LcsprPublication ||
                             deadline.kind == DeadlineKind::NationalPanelSubmission;
    }
    QString text;
    switch (entry.stage) {
    case CaseStage::Notification:
        text = QStringLiteral("Notify the national Panel");
        break;
    case CaseStage::RapidReview:
        text = QStringLiteral("Complete the rapid review and send it to the national Panel");
        break;
    case CaseStage::Decision:
        text = QStringLiteral("Decide: LCSPR, no LCSPR or national review");
        break;
    case CaseStage::Lcspr:
        text = overduePublication ? QStringLiteral("Agree an extension or escalate the LCSPR")
                                  : QStringLiteral("Note the LCSPR's progress");
        break;
    case CaseStage::NationalReview:
        text = QStringLiteral("Note the national review's progress");
        break;
    case CaseStage::Learning:
        text = QStringLiteral("Confirm learning is taken forward");
        break;
    case CaseStage::Published:
        text = QStringLiteral("Confirm the actions, then close the case");
        break;
    case CaseStage::Closed:
        break;
    }
    if (overdueAction)
        text += (text.isEmpty() ? QString() : QStringLiteral("; ")) +
                QStringLiteral("chase overdue actions");
    return text;
}

QString stageLabel(const QString& name)
{
    const auto stage = enumFromName<CaseStage>(name);
    return stage ? stageText(*stage) : name;
}

QString actionStatusLabel(const QString& name)
{
    const auto status = enumFromName<ActionStatus>(name);
    return status ? actionStatusText(*status) : name;
}

QString ratioText(int part, int whole)
{
    if (whole <= 0)
        return QStringLiteral("none yet");
    return QStringLiteral("%1 of %2 (%3%)").arg(part).arg(whole).arg(qRound(100.0 * part / whole));
}

} // namespace reviewdesk::reports
