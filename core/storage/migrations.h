// The schema's history: numbered SQL resources applied in order, keyed on
// PRAGMA user_version. Forward-only.
#pragma once

#include <QStringList>

namespace reviewdesk {

// The SQL of each migration, index 0 being schema version 1.
QStringList migrationScripts();

// Splits a migration into statements: each ends with ";" at the end of a line.
QStringList splitStatements(const QString& script);

} // namespace reviewdesk
