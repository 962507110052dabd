#include "services/calendarservice.h"

#include "util/isodate.h"

namespace reviewdesk {

Status CalendarService::addNonWorkingDay(const QDate& day, const QString& name,
                                         NonWorkingDayKind kind)
{
    if (name.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("a non-working day needs a name"),
                              QStringLiteral("name"));
    auto calendar = m_workspace.calendar();
    if (!calendar)
        return calendar.error();
    if (auto reason = calendar->nonWorkingReason(day))
        return Error::invalid(
            QStringLiteral("%1 is already a non-working day (%2)").arg(toIso(day), *reason),
            QStringLiteral("date"));

    Transaction transaction(m_workspace.database());
    if (!transaction.began())
        return transaction.began();
    SettingsRepository settings(m_workspace.database());
    if (auto added = settings.addNonWorkingDay({day, name.trimmed()}, kind); !added)
        return added;
    const QString kindName = kind == NonWorkingDayKind::Closure ? QStringLiteral("closure")
                                                                : QStringLiteral("bank-holiday");
    if (auto audited = m_workspace.audit(
            {}, QStringLiteral("non-working-day"), 0, QStringLiteral("create"),
            QStringLiteral("%1 added as a non-working day (%2)").arg(toIso(day), name.trimmed()),
            {},
            {{QStringLiteral("date"), toIso(day)},
             {QStringLiteral("name"), name.trimmed()},
             {QStringLiteral("kind"), kindName}});
        !audited)
        return audited;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    m_workspace.forgetCalendar();
    return success();
}

} // namespace reviewdesk
