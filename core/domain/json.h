// Domain records as JSON objects: the CLI's --json output and the audit
// trail's before/after images use the same shapes.
#pragma once

#include "domain/auditevent.h"
#include "domain/casefile.h"
#include "domain/directory.h"

#include <QJsonObject>

namespace reviewdesk::json {

QJsonObject toJson(const Case& kase);
QJsonObject toJson(const RapidReview& review);
QJsonObject toJson(const PracticeReview& review);
QJsonObject toJson(const Extension& extension);
QJsonObject toJson(const Milestone& milestone);
QJsonObject toJson(const Action& action);
QJsonObject toJson(const Agency& agency);
QJsonObject toJson(const Person& person);
QJsonObject toJson(const Meeting& meeting);
QJsonObject toJson(const AuditEvent& event);

QString compact(const QJsonObject& object);

} // namespace reviewdesk::json
