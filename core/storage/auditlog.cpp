#include "storage/auditlog.h"

#include "storage/caserepository.h"
#include "storage/sqlvalues.h"

namespace reviewdesk {

Status AuditLog::append(AuditEvent& event)
{
    if (!event.at.isValid())
        event.at = QDateTime::currentDateTimeUtc();
    auto prepared = m_database.preparedStatement(QStringLiteral(
        "INSERT INTO audit_events (at, actor, case_ref, entity, entity_id, operation, summary, "
        "before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& query = **prepared;
    query.addBindValue(event.at.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(sql::text(event.actor));
    query.addBindValue(sql::text(event.caseRef));
    query.addBindValue(sql::text(event.entity));
    query.addBindValue(event.entityId);
    query.addBindValue(sql::text(event.operation));
    query.addBindValue(sql::text(event.summary));
    query.addBindValue(sql::text(event.before));
    query.addBindValue(sql::text(event.after));
    if (auto ran = sql::run(query, "write the audit trail"); !ran)
        return ran;
    event.id = query.lastInsertId().toLongLong();
    return success();
}

Result<QList<AuditEvent>> AuditLog::events(const QString& caseRef)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString columns = QStringLiteral(
        "SELECT id, at, actor, case_ref, entity, entity_id, operation, summary, before, after "
        "FROM audit_events");
    if (caseRef.isEmpty()) {
        query.prepare(columns + QStringLiteral(" ORDER BY id"));
    } else {
        query.prepare(columns + QStringLiteral(" WHERE case_ref = ? COLLATE NOCASE ORDER BY id"));
        query.addBindValue(caseRef);
    }
    if (auto ran = sql::run(query, "read the audit trail"); !ran)
        return ran.error();
    QList<AuditEvent> events;
    while (query.next()) {
        AuditEvent event;
        event.id = query.value(0).toLongLong();
        event.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        event.actor = query.value(2).toString();
        event.caseRef = query.value(3).toString();
        event.entity = query.value(4).toString();
        event.entityId = query.value(5).toLongLong();
        event.operation = query.value(6).toString();
        event.summary = query.value(7).toString();
        event.before = query.value(8).toString();
        event.after = query.value(9).toString();
        events.append(event);
    }
    return events;
}

} // namespace reviewdesk
