// The partnership's people (panel members by role) and the panel's meetings.
// Agencies live with the actions that name them (actionrepository.h).
#pragma once

#include "domain/directory.h"
#include "storage/database.h"

namespace reviewdesk {

class DirectoryRepository
{
public:
    explicit DirectoryRepository(Database& database) : m_database(database) {}

    Result<QList<Person>> people();
    Result<std::optional<Person>> personById(RecordId id);
    Status insert(Person& person);
    Status update(Person& person); // Conflict when the version is stale

    Status update(Agency& agency); // name and category; Conflict when stale

    Result<QList<Meeting>> meetings();
    Status insert(Meeting& meeting);

private:
    Database& m_database;
};

} // namespace reviewdesk
