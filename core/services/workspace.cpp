#include "services/workspace.h"

#include "domain/json.h"
#include "storage/actionrepository.h"
#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/registerloader.h"
#include "storage/reviewrepository.h"
#include "storage/settingsrepository.h"
#include "util/counted.h"
#include "util/isodate.h"

#include <QDir>

namespace reviewdesk {
namespace {

const QString kWarningWindowKey = QStringLiteral("warning-window");
const QString kDefaultRuleSetKey = QStringLiteral("default-rule-set");
constexpr int kDefaultWarningWindow = 3;

} // namespace

QString systemUserName()
{
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("unknown") : home;
}

Workspace::Workspace(std::unique_ptr<Database> database, QString actor)
    : m_database(std::move(database)), m_actor(std::move(actor))
{}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, const QString& actor,
                                                   Database::OpenCheck check)
{
    auto database = Database::open(path, check);
    if (!database)
        return database.error();
    return std::unique_ptr<Workspace>(new Workspace(std::move(*database), actor));
}

Result<WorkingCalendar> Workspace::calendar()
{
    if (!m_calendar) {
        auto days = SettingsRepository(*m_database).nonWorkingDays();
        if (!days)
            return days.error();
        m_calendar = WorkingCalendar(*days);
    }
    return *m_calendar;
}

Result<int> Workspace::warningWindow()
{
    auto text = SettingsRepository(*m_database).value(kWarningWindowKey);
    if (!text)
        return text.error();
    bool ok = false;
    const int window = text->toInt(&ok);
    return ok ? window : kDefaultWarningWindow;
}

Status Workspace::setWarningWindow(int workingDays)
{
    if (workingDays < 0 || workingDays > 60)
        return Error::invalid(QStringLiteral("the warning window must be 0 to 60 working days"),
                              QStringLiteral("warning-window"));
    Transaction transaction(*m_database);
    if (!transaction.began())
        return transaction.began();
    // Read once; a failed read stops the change rather than auditing a made-up "before".
    const auto before = warningWindow();
    if (!before)
        return before.error();
    if (auto saved = SettingsRepository(*m_database)
                         .setValue(kWarningWindowKey, QString::number(workingDays));
        !saved)
        return saved;
    if (auto audited =
            audit({}, QStringLiteral("setting"), 0, QStringLiteral("update"),
                  QStringLiteral("warning window set to %1").arg(workingDaysText(workingDays)),
                  {{kWarningWindowKey, *before}}, {{kWarningWindowKey, workingDays}});
        !audited)
        return audited;
    return transaction.commit();
}

Result<QString> Workspace::defaultRuleSet()
{
    return SettingsRepository(*m_database).value(kDefaultRuleSetKey, defaultRuleSetName());
}

Status Workspace::setDefaultRuleSet(const QString& name)
{
    if (!findRuleSet(name))
        return Error::invalid(QStringLiteral("unknown rule set \"%1\"").arg(name),
                              QStringLiteral("rules"));
    Transaction transaction(*m_database);
    if (!transaction.began())
        return transaction.began();
    auto before = defaultRuleSet();
    if (!before)
        return before.error();
    if (auto saved = SettingsRepository(*m_database).setValue(kDefaultRuleSetKey, name); !saved)
        return saved;
    if (auto audited = audit({}, QStringLiteral("setting"), 0, QStringLiteral("update"),
                             QStringLiteral("default rule set changed to %1").arg(name),
                             {{kDefaultRuleSetKey, *before}}, {{kDefaultRuleSetKey, name}});
        !audited)
        return audited;
    return transaction.commit();
}

Result<DeadlineEngine> Workspace::engine(const QDate& asOf)
{
    auto workingCalendar = calendar();
    if (!workingCalendar)
        return workingCalendar.error();
    auto window = warningWindow();
    if (!window)
        return window.error();
    return DeadlineEngine(*workingCalendar, ScheduleOptions{asOf, *window});
}

Result<DeadlineEngine> Workspace::planningEngine()
{
    return engine(QDate(kLastSupportedYear, 12, 31));
}

namespace {

// The check's verdict comes first: a damaged page the loader tripped over is
// reported as the check words it.
template <typename Loaded>
Result<Loaded> afterTheCheck(Database& database, Result<Loaded> loaded)
{
    if (auto ready = database.finishOpening(); !ready)
        return ready.error();
    return loaded;
}

} // namespace

Result<QList<CaseFile>> Workspace::loadRegister()
{
    return afterTheCheck(*m_database, reviewdesk::loadRegister(*m_database));
}

Result<QList<CaseRecord>> Workspace::loadRegisterRecords()
{
    return afterTheCheck(*m_database, reviewdesk::loadRegisterRecords(*m_database));
}

Result<CaseFile> Workspace::caseFile(const QString& ref)
{
    if (auto ready = m_database->finishOpening(); !ready)
        return ready.error();
    // The record and its milestones from the same state of the file.
    const ReadSnapshot snapshot(*m_database);
    if (!snapshot.began())
        return snapshot.began().error();
    auto record = caseRecord(ref);
    if (!record)
        return record.error();
    CaseFile file;
    static_cast<CaseRecord&>(file) = std::move(*record);
    auto milestones = milestonesOf(file.kase.id);
    if (!milestones)
        return milestones.error();
    file.milestones = std::move(*milestones);
    return file;
}

Result<QList<Milestone>> Workspace::milestonesOf(RecordId caseId)
{
    if (auto ready = m_database->finishOpening(); !ready)
        return ready.error();
    return ReviewRepository(*m_database).milestonesOf(caseId);
}

Result<CaseRecord> Workspace::caseRecord(const QString& ref)
{
    if (auto ready = m_database->finishOpening(); !ready)
        return ready.error();
    // The case and its reviews and actions from the same state of the file.
    const ReadSnapshot snapshot(*m_database);
    if (!snapshot.began())
        return snapshot.began().error();
    auto found = CaseRepository(*m_database).findByRef(ref);
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound(QStringLiteral("no case with reference \"%1\"").arg(ref));
    CaseRecord file;
    file.kase = **found;
    ReviewRepository reviews(*m_database);
    auto rapid = reviews.rapidReviewOf(file.kase.id);
    if (!rapid)
        return rapid.error();
    file.rapidReview = *rapid;
    auto practice = reviews.practiceReviewOf(file.kase.id);
    if (!practice)
        return practice.error();
    file.practiceReview = *practice;
    if (file.practiceReview) {
        auto extensions = reviews.extensionsOf(file.practiceReview->id);
        if (!extensions)
            return extensions.error();
        file.extensions = *extensions;
    }
    auto actions = ActionRepository(*m_database).actionsOf(file.kase.id);
    if (!actions)
        return actions.error();
    file.actions = *actions;
    return file;
}

Status Workspace::audit(const QString& caseRef, const QString& entity, RecordId entityId,
                        const QString& operation, const QString& summary, const QJsonObject& before,
                        const QJsonObject& after)
{
    AuditEvent event;
    event.actor = m_actor;
    event.caseRef = caseRef;
    event.entity = entity;
    event.entityId = entityId;
    event.operation = operation;
    event.summary = summary;
    event.before = before.isEmpty() ? QString() : json::compact(before);
    event.after = after.isEmpty() ? QString() : json::compact(after);
    return AuditLog(*m_database).append(event);
}

} // namespace reviewdesk
