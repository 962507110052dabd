#include "storage/directoryrepository.h"

#include "storage/actionrepository.h"
#include "storage/sqlvalues.h"

#include <QHash>

namespace reviewdesk {
namespace {

Person readPerson(const QSqlQuery& query)
{
    Person person;
    person.id = query.value(0).toLongLong();
    person.name = query.value(1).toString();
    person.role = sql::toEnum(query.value(2), PersonRole::PanelMember);
    if (!query.value(3).isNull())
        person.agencyId = query.value(3).toLongLong();
    person.version = query.value(4).toInt();
    return person;
}

QVariant optionalId(const std::optional<RecordId>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

Error stale(const QString& what)
{
    return Error::conflict(QStringLiteral("%1 was changed by someone else since you opened it; "
                                          "reload it and make your change again")
                               .arg(what));
}

} // namespace

Result<QList<Person>> DirectoryRepository::people()
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT id, name, role, agency_id, version FROM people ORDER BY name"));
    if (auto ran = sql::run(query, "read the people"); !ran)
        return ran.error();
    QList<Person> people;
    while (query.next())
        people.append(readPerson(query));
    return people;
}

Result<std::optional<Person>> DirectoryRepository::personById(RecordId id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT id, name, role, agency_id, version FROM people WHERE id = ?"));
    query.addBindValue(id);
    if (auto ran = sql::run(query, "read the person"); !ran)
        return ran.error();
    if (!query.next())
        return std::optional<Person>{};
    return std::optional<Person>{readPerson(query)};
}

Status DirectoryRepository::insert(Person& person)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO people (name, role, agency_id) VALUES (?, ?, ?)"));
    query.addBindValue(sql::text(person.name));
    query.addBindValue(sql::name(person.role));
    query.addBindValue(optionalId(person.agencyId));
    if (auto ran = sql::run(query, "add the person"); !ran)
        return ran;
    person.id = query.lastInsertId().toLongLong();
    person.version = 1;
    return success();
}

Status DirectoryRepository::update(Person& person)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE people SET name = ?, role = ?, agency_id = ?, "
                                 "version = version + 1 WHERE id = ? AND version = ?"));
    query.addBindValue(sql::text(person.name));
    query.addBindValue(sql::name(person.role));
    query.addBindValue(optionalId(person.agencyId));
    query.addBindValue(person.id);
    query.addBindValue(person.version);
    if (auto ran = sql::run(query, "save the person"); !ran)
        return ran;
    if (query.numRowsAffected() != 1)
        return stale(person.name);
    ++person.version;
    return success();
}

Status DirectoryRepository::update(Agency& agency)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE agencies SET name = ?, name_key = ?, category = ?, "
                                 "version = version + 1 WHERE id = ? AND version = ?"));
    query.addBindValue(sql::text(agency.name));
    query.addBindValue(ActionRepository::agencyKey(agency.name));
    query.addBindValue(sql::name(agency.category));
    query.addBindValue(agency.id);
    query.addBindValue(agency.version);
    if (auto ran = sql::run(query, "save the agency"); !ran)
        return ran;
    if (query.numRowsAffected() != 1)
        return stale(agency.name);
    ++agency.version;
    return success();
}

Result<QList<Meeting>> DirectoryRepository::meetings()
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT id, date, title, attendees, decisions, version FROM meetings ORDER BY date, id"));
    if (auto ran = sql::run(query, "read the meetings"); !ran)
        return ran.error();
    QList<Meeting> meetings;
    QHash<RecordId, qsizetype> indexOf;
    while (query.next()) {
        Meeting meeting;
        meeting.id = query.value(0).toLongLong();
        meeting.date = sql::toDate(query.value(1));
        meeting.title = query.value(2).toString();
        meeting.attendees = query.value(3).toString();
        meeting.decisions = query.value(4).toString();
        meeting.version = query.value(5).toInt();
        indexOf.insert(meeting.id, meetings.size());
        meetings.append(meeting);
    }
    QSqlQuery links(m_database.connection());
    links.prepare(QStringLiteral("SELECT meeting_id, case_id FROM meeting_cases ORDER BY case_id"));
    if (auto ran = sql::run(links, "read the meetings"); !ran)
        return ran.error();
    while (links.next())
        if (auto at = indexOf.constFind(links.value(0).toLongLong()); at != indexOf.cend())
            meetings[*at].caseIds.append(links.value(1).toLongLong());
    return meetings;
}

Status DirectoryRepository::insert(Meeting& meeting)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO meetings (date, title, attendees, decisions) VALUES (?, ?, ?, ?)"));
    query.addBindValue(sql::date(meeting.date));
    query.addBindValue(sql::text(meeting.title));
    query.addBindValue(sql::text(meeting.attendees));
    query.addBindValue(sql::text(meeting.decisions));
    if (auto ran = sql::run(query, "add the meeting"); !ran)
        return ran;
    meeting.id = query.lastInsertId().toLongLong();
    meeting.version = 1;
    for (RecordId caseId : meeting.caseIds) {
        QSqlQuery link(m_database.connection());
        link.prepare(
            QStringLiteral("INSERT INTO meeting_cases (meeting_id, case_id) VALUES (?, ?)"));
        link.addBindValue(meeting.id);
        link.addBindValue(caseId);
        if (auto ran = sql::run(link, "link the meeting to its cases"); !ran)
            return ran;
    }
    return success();
}

} // namespace reviewdesk
