// Learning actions and the agencies that own them.
#pragma once

#include "domain/action.h"
#include "domain/directory.h"
#include "storage/database.h"

#include <QSqlQuery>

namespace reviewdesk {

class ActionRepository
{
public:
    explicit ActionRepository(Database& database) : m_database(database) {}

    Result<std::optional<Action>> findById(RecordId id);
    Result<QList<Action>> actionsOf(RecordId caseId);
    Status insert(Action& action);
    Status update(Action& action); // Conflict when the version is stale

    // Agencies match by name ignoring case and surrounding spaces.
    Result<std::optional<Agency>> agencyByName(const QString& name);
    Result<QList<Agency>> agencies();
    // Inserts unless an agency of that name exists; either way returns the stored one.
    Result<Agency> findOrCreateAgency(const QString& name, AgencyCategory category, bool* created);

    static QString agencyKey(const QString& name) { return name.simplified().toCaseFolded(); }

    static QString columns(); // with the owner agency's name joined in (alias a, g)
    static QString fromClause();
    static Action read(const QSqlQuery& query, int first = 0);
    template <typename Row> // sql::QueryRow or sql::SqliteRow
    static Action readRow(const Row& row, int first = 0);

private:
    Database& m_database;
};

} // namespace reviewdesk
