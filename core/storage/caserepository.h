// Cases in the database: prepared statements only, optimistic versions.
#pragma once

#include "domain/case.h"
#include "storage/database.h"

#include <QSqlQuery>

namespace reviewdesk {

class CaseRepository
{
public:
    explicit CaseRepository(Database& database) : m_database(database) {}

    Result<std::optional<Case>> findByRef(const QString& ref);
    Result<std::optional<Case>> findById(RecordId id);
    Result<QList<Case>> all();

    // Sets `kase.id` and `kase.version` (1).
    Status insert(Case& kase);
    // Writes `kase` if the stored version is still `kase.version`, then bumps it;
    // otherwise a Conflict error and nothing written.
    Status update(Case& kase);

    // The canonical form references are compared in: unique ignoring case.
    static QString refKey(const QString& ref) { return ref.trimmed().toCaseFolded(); }

    // Column list and row reader shared with the bulk loader.
    static QString columns();
    static Case read(const QSqlQuery& query, int first = 0);
    template <typename Row> // sql::QueryRow or sql::SqliteRow
    static Case readRow(const Row& row, int first = 0);

private:
    Result<std::optional<Case>> findOne(const QString& where, const QVariant& value);

    Database& m_database;
};

} // namespace reviewdesk
