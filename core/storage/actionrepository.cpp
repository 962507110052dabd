#include "storage/actionrepository.h"

#include "storage/sqlitereader.h"
#include "storage/sqlrow.h"
#include "storage/sqlvalues.h"

namespace reviewdesk {

QString ActionRepository::columns()
{
    return QStringLiteral(
        "a.id, a.case_id, a.recommendation, a.owner_agency_id, g.name, a.officer, "
        "a.due, a.status, a.evidence, a.closed, a.version");
}

QString ActionRepository::fromClause()
{
    return QStringLiteral("actions a JOIN agencies g ON g.id = a.owner_agency_id");
}

Action ActionRepository::read(const QSqlQuery& query, int first)
{
    return readRow(sql::QueryRow(query), first);
}

template <typename Row>
Action ActionRepository::readRow(const Row& row, int first)
{
    Action action;
    int c = first;
    action.id = row.integer(c++);
    action.caseId = row.integer(c++);
    action.recommendation = row.sharedText(c++);
    action.ownerAgencyId = row.integer(c++);
    action.ownerAgency = row.sharedText(c++);
    action.officer = row.sharedText(c++);
    action.due = row.date(c++);
    action.status = sql::enumAt(row, c++, ActionStatus::Open);
    action.evidence = row.text(c++);
    action.closed = row.optionalDate(c++);
    action.version = int(row.integer(c++));
    return action;
}

template Action ActionRepository::readRow(const sql::QueryRow&, int);
template Action ActionRepository::readRow(const sql::SqliteRow&, int);

Result<std::optional<Action>> ActionRepository::findById(RecordId id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE a.id = ?").arg(columns(), fromClause()));
    query.addBindValue(id);
    if (auto ran = sql::run(query, "read the action"); !ran)
        return ran.error();
    if (!query.next())
        return std::optional<Action>{};
    return std::optional<Action>{read(query)};
}

Result<QList<Action>> ActionRepository::actionsOf(RecordId caseId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE a.case_id = ? ORDER BY a.id")
                      .arg(columns(), fromClause()));
    query.addBindValue(caseId);
    if (auto ran = sql::run(query, "read the actions"); !ran)
        return ran.error();
    QList<Action> actions;
    while (query.next())
        actions.append(read(query));
    return actions;
}

Status ActionRepository::insert(Action& action)
{
    auto prepared = m_database.preparedStatement(QStringLiteral(
        "INSERT INTO actions (case_id, recommendation, owner_agency_id, officer, due, status, "
        "evidence, closed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& query = **prepared;
    query.addBindValue(action.caseId);
    query.addBindValue(sql::text(action.recommendation));
    query.addBindValue(action.ownerAgencyId);
    query.addBindValue(sql::text(action.officer));
    query.addBindValue(sql::date(action.due));
    query.addBindValue(sql::name(action.status));
    query.addBindValue(sql::text(action.evidence));
    query.addBindValue(sql::date(action.closed));
    if (auto ran = sql::run(query, "add the action"); !ran)
        return ran;
    action.id = query.lastInsertId().toLongLong();
    action.version = 1;
    return success();
}

Status ActionRepository::update(Action& action)
{
    auto prepared = m_database.preparedStatement(QStringLiteral(
        "UPDATE actions SET recommendation = ?, owner_agency_id = ?, officer = ?, due = ?, "
        "status = ?, evidence = ?, closed = ?, version = version + 1 WHERE id = ? AND version = "
        "?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& query = **prepared;
    query.addBindValue(sql::text(action.recommendation));
    query.addBindValue(action.ownerAgencyId);
    query.addBindValue(sql::text(action.officer));
    query.addBindValue(sql::date(action.due));
    query.addBindValue(sql::name(action.status));
    query.addBindValue(sql::text(action.evidence));
    query.addBindValue(sql::date(action.closed));
    query.addBindValue(action.id);
    query.addBindValue(action.version);
    if (auto ran = sql::run(query, "save the action"); !ran)
        return ran;
    if (query.numRowsAffected() != 1)
        return Error::conflict(
            QStringLiteral("action %1 was changed by someone else since you opened it; reload it "
                           "and make your change again")
                .arg(action.id));
    ++action.version;
    return success();
}

Result<std::optional<Agency>> ActionRepository::agencyByName(const QString& name)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT id, name, category, version FROM agencies WHERE name_key = ?"));
    query.addBindValue(agencyKey(name));
    if (auto ran = sql::run(query, "read the agency"); !ran)
        return ran.error();
    if (!query.next())
        return std::optional<Agency>{};
    return std::optional<Agency>{Agency{query.value(0).toLongLong(), query.value(1).toString(),
                                        sql::toEnum(query.value(2), AgencyCategory::Other),
                                        query.value(3).toInt()}};
}

Result<QList<Agency>> ActionRepository::agencies()
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT id, name, category, version FROM agencies ORDER BY name_key"));
    if (auto ran = sql::run(query, "read the agencies"); !ran)
        return ran.error();
    QList<Agency> agencies;
    while (query.next())
        agencies.append({query.value(0).toLongLong(), query.value(1).toString(),
                         sql::toEnum(query.value(2), AgencyCategory::Other),
                         query.value(3).toInt()});
    return agencies;
}

Result<Agency> ActionRepository::findOrCreateAgency(const QString& name, AgencyCategory category,
                                                    bool* created)
{
    if (created)
        *created = false;
    auto existing = agencyByName(name);
    if (!existing)
        return existing.error();
    if (*existing)
        return **existing;
    auto prepared = m_database.preparedStatement(
        QStringLiteral("INSERT INTO agencies (name, name_key, category) VALUES (?, ?, ?)"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& query = **prepared;
    query.addBindValue(name.simplified());
    query.addBindValue(agencyKey(name));
    query.addBindValue(sql::name(category));
    if (auto ran = sql::run(query, "add the agency"); !ran)
        return ran.error();
    if (created)
        *created = true;
    return Agency{query.lastInsertId().toLongLong(), name.simplified(), category, 1};
}

} // namespace reviewdesk
