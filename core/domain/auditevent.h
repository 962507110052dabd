// One recorded change: who, when, what, and the record before and after.
#pragma once

#include "domain/case.h"

#include <QDateTime>

namespace reviewdesk {

struct AuditEvent
{
    RecordId id = 0;
    QDateTime at; // UTC
    QString actor;
    QString caseRef; // empty for changes not about a case (agencies, settings)
    QString entity;  // "case", "rapid-review", "action"...
    RecordId entityId = 0;
    QString operation; // "create", "update", "delete"
    QString summary;
    QString before; // JSON object text, empty for a create
    QString after;  // JSON object text, empty for a delete
};

} // namespace reviewdesk
