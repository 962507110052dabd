// How the CLI prints deadlines, in text and JSON.
#pragma once

#include "schedule/deadline.h"

#include <QJsonObject>

namespace reviewdesk::cli {

QJsonObject deadlineJson(const Deadline& deadline);
// Appends the same object as compact UTF-8 JSON text, written directly: a
// register's deadlines run to hundreds of thousands, and building one
// QJsonDocument of them all took seconds.
void appendDeadlineJson(QByteArray& out, const Deadline& deadline);
// "SSCP-2024-007  rapid-review  2024-01-15  overdue (3 working days late)"
QString deadlineLine(const Deadline& deadline);

} // namespace reviewdesk::cli
