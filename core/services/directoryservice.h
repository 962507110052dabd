// Use cases on the partnership's directory: agencies by category, people by
// role, and the panel's meetings with the cases they discussed.
#pragma once

#include "domain/directory.h"
#include "services/workspace.h"

namespace reviewdesk {

class DirectoryService
{
public:
    explicit DirectoryService(Workspace& workspace) : m_workspace(workspace) {}

    Result<QList<Agency>> agencies();
    Result<Agency> addAgency(const QString& name, AgencyCategory category);
    Result<Agency> updateAgency(Agency agency); // stale versions refused

    Result<QList<Person>> people();
    Result<Person> addPerson(Person person);
    Result<Person> updatePerson(Person person);

    Result<QList<Meeting>> meetings();
    // `caseRefs` name the cases discussed; each must exist.
    Result<Meeting> addMeeting(Meeting meeting, const QStringList& caseRefs);

private:
    Workspace& m_workspace;
};

} // namespace reviewdesk
