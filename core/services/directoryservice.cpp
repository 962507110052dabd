#include "services/directoryservice.h"

#include "domain/json.h"
#include "services/validation.h"
#include "storage/actionrepository.h"
#include "storage/caserepository.h"
#include "storage/directoryrepository.h"
#include "util/isodate.h"

namespace reviewdesk {
namespace {

Status requireName(const QString& name, const QString& what)
{
    if (name.simplified().isEmpty())
        return Error::invalid(QStringLiteral("the %1 needs a name").arg(what),
                              QStringLiteral("name"));
    if (name.size() > kMaxNameLength)
        return Error::invalid(QStringLiteral("the %1's name is too long (at most %2 characters)")
                                  .arg(what)
                                  .arg(kMaxNameLength),
                              QStringLiteral("name"));
    return success();
}

// Runs `write` in one transaction and commits; `write` audits inside it.
template <typename T, typename Write>
Result<T> inTransaction(Workspace& workspace, Write write)
{
    Transaction transaction(workspace.database());
    if (!transaction.began())
        return transaction.began().error();
    Result<T> result = write();
    if (!result)
        return result;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return result;
}

} // namespace

Result<QList<Agency>> DirectoryService::agencies()
{
    return ActionRepository(m_workspace.database()).agencies();
}

Result<Agency> DirectoryService::addAgency(const QString& name, AgencyCategory category)
{
    if (auto named = requireName(name, QStringLiteral("agency")); !named)
        return named.error();
    return inTransaction<Agency>(m_workspace, [&]() -> Result<Agency> {
        ActionRepository repository(m_workspace.database());
        auto existing = repository.agencyByName(name);
        if (!existing)
            return existing.error();
        if (*existing)
            return Error::invalid(
                QStringLiteral("an agency called \"%1\" already exists").arg((*existing)->name),
                QStringLiteral("name"));
        auto agency = repository.findOrCreateAgency(name, category, nullptr);
        if (!agency)
            return agency;
        if (auto audited = m_workspace.audit(
                {}, QStringLiteral("agency"), agency->id, QStringLiteral("create"),
                QStringLiteral("agency \"%1\" added").arg(agency->name), {}, json::toJson(*agency));
            !audited)
            return audited.error();
        return agency;
    });
}

Result<Agency> DirectoryService::updateAgency(Agency agency)
{
    agency.name = agency.name.simplified();
    if (auto named = requireName(agency.name, QStringLiteral("agency")); !named)
        return named.error();
    return inTransaction<Agency>(m_workspace, [&]() -> Result<Agency> {
        ActionRepository actions(m_workspace.database());
        auto all = actions.agencies();
        if (!all)
            return all.error();
        std::optional<Agency> before;
        for (const Agency& candidate : *all) {
            if (candidate.id == agency.id)
                before = candidate;
            else if (ActionRepository::agencyKey(candidate.name) ==
                     ActionRepository::agencyKey(agency.name))
                return Error::invalid(
                    QStringLiteral("an agency called \"%1\" already exists").arg(candidate.name),
                    QStringLiteral("name"));
        }
        if (!before)
            return Error::notFound(QStringLiteral("the agency no longer exists"));
        if (auto updated = DirectoryRepository(m_workspace.database()).update(agency); !updated)
            return updated.error();
        if (auto audited =
                m_workspace.audit({}, QStringLiteral("agency"), agency.id, QStringLiteral("update"),
                                  QStringLiteral("agency \"%1\" updated").arg(agency.name),
                                  json::toJson(*before), json::toJson(agency));
            !audited)
            return audited.error();
        return agency;
    });
}

Result<QList<Person>> DirectoryService::people()
{
    return DirectoryRepository(m_workspace.database()).people();
}

Result<Person> DirectoryService::addPerson(Person person)
{
    person.name = person.name.simplified();
    if (auto named = requireName(person.name, QStringLiteral("person")); !named)
        return named.error();
    return inTransaction<Person>(m_workspace, [&]() -> Result<Person> {
        if (auto inserted = DirectoryRepository(m_workspace.database()).insert(person); !inserted)
            return inserted.error();
        if (auto audited = m_workspace.audit(
                {}, QStringLiteral("person"), person.id, QStringLiteral("create"),
                QStringLiteral("%1 added as %2").arg(person.name, nameOf(person.role)), {},
                json::toJson(person));
            !audited)
            return audited.error();
        return person;
    });
}

Result<Person> DirectoryService::updatePerson(Person person)
{
    person.name = person.name.simplified();
    if (auto named = requireName(person.name, QStringLiteral("person")); !named)
        return named.error();
    return inTransaction<Person>(m_workspace, [&]() -> Result<Person> {
        DirectoryRepository repository(m_workspace.database());
        auto before = repository.personById(person.id);
        if (!before)
            return before.error();
        if (!*before)
            return Error::notFound(
                QStringLiteral("%1 is no longer in the directory").arg(person.name));
        if (auto updated = repository.update(person); !updated)
            return updated.error();
        if (auto audited =
                m_workspace.audit({}, QStringLiteral("person"), person.id, QStringLiteral("update"),
                                  QStringLiteral("%1 updated").arg(person.name),
                                  json::toJson(**before), json::toJson(person));
            !audited)
            return audited.error();
        return person;
    });
}

Result<QList<Meeting>> DirectoryService::meetings()
{
    return DirectoryRepository(m_workspace.database()).meetings();
}

Result<Meeting> DirectoryService::addMeeting(Meeting meeting, const QStringList& caseRefs)
{
    if (!meeting.date.isValid())
        return Error::invalid(QStringLiteral("the meeting needs a date"), QStringLiteral("date"));
    return inTransaction<Meeting>(m_workspace, [&]() -> Result<Meeting> {
        CaseRepository cases(m_workspace.database());
        meeting.caseIds.clear();
        for (const QString& ref : caseRefs) {
            auto found = cases.findByRef(ref);
            if (!found)
                return found.error();
            if (!*found)
                return Error::notFound(QStringLiteral("no case with reference \"%1\"").arg(ref));
            if (!meeting.caseIds.contains((*found)->id))
                meeting.caseIds.append((*found)->id);
        }
        if (auto inserted = DirectoryRepository(m_workspace.database()).insert(meeting); !inserted)
            return inserted.error();
        if (auto audited = m_workspace.audit(
                {}, QStringLiteral("meeting"), meeting.id, QStringLiteral("create"),
                QStringLiteral("panel meeting of %1 recorded").arg(toIso(meeting.date)), {},
                json::toJson(meeting));
            !audited)
            return audited.error();
        return meeting;
    });
}

} // namespace reviewdesk
