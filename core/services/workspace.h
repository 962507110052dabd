// Workspace: an open ReviewDesk file and who is working in it. Services take
// one; it also supplies the partnership's calendar (bank holidays plus its own
// non-working days) and settings, and appends audit events.
#pragma once

#include "calendar/workingcalendar.h"
#include "domain/auditevent.h"
#include "domain/casefile.h"
#include "schedule/deadlineengine.h"
#include "storage/database.h"

#include <QJsonObject>

#include <memory>

namespace reviewdesk {

class Workspace
{
public:
    // See Database::OpenCheck: with WhileLoading, loadRegister() and
    // RegisterSnapshot::load() wait for the damage check before they return.
    static Result<std::unique_ptr<Workspace>>
    open(const QString& path, const QString& actor,
         Database::OpenCheck check = Database::OpenCheck::BeforeReturning);

    Database& database() { return *m_database; }
    const QString& actor() const { return m_actor; }

    // The calendar with the partnership's own non-working days, read once and
    // refreshed after a service adds one.
    Result<WorkingCalendar> calendar();
    void forgetCalendar() { m_calendar.reset(); }

    Result<int> warningWindow();
    Status setWarningWindow(int workingDays);

    // The rule set new cases get unless one is named (a partnership setting).
    Result<QString> defaultRuleSet();
    Status setDefaultRuleSet(const QString& name);

    // A deadline engine for "as of" a date, with this file's calendar and window.
    Result<DeadlineEngine> engine(const QDate& asOf);
    // The engine milestone plans are laid out with: from every recorded date,
    // so "as of" the last supported day.
    Result<DeadlineEngine> planningEngine();

    // Every case file; returns only once the file has passed its damage check.
    Result<QList<CaseFile>> loadRegister();
    // Every case without its milestones (see CaseRecord), as loadRegister().
    Result<QList<CaseRecord>> loadRegisterRecords();
    Result<CaseFile> caseFile(const QString& ref);
    Result<CaseRecord> caseRecord(const QString& ref);
    // A case's milestones, both reviews' in plan order.
    Result<QList<Milestone>> milestonesOf(RecordId caseId);

    // Appends one audit event; call inside the service's transaction.
    Status audit(const QString& caseRef, const QString& entity, RecordId entityId,
                 const QString& operation, const QString& summary, const QJsonObject& before = {},
                 const QJsonObject& after = {});

private:
    Workspace(std::unique_ptr<Database> database, QString actor);

    std::unique_ptr<Database> m_database;
    QString m_actor;
    std::optional<WorkingCalendar> m_calendar;
};

// The operating system's name for the person running ReviewDesk, the default actor.
QString systemUserName();

} // namespace reviewdesk
