// The audit trail: appended in the same transaction as the change it records.
#pragma once

#include "domain/auditevent.h"
#include "storage/database.h"

namespace reviewdesk {

class AuditLog
{
public:
    explicit AuditLog(Database& database) : m_database(database) {}

    Status append(AuditEvent& event); // stamps `at` (UTC now) when unset
    // All events, or those of one case (by reference), oldest first.
    Result<QList<AuditEvent>> events(const QString& caseRef = {});

private:
    Database& m_database;
};

} // namespace reviewdesk
