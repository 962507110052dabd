// The messages a user sees when SQLite refuses a file, shared by the QtSql
// connections (storage/database.cpp) and the C API ones (storage/quickcheck.cpp).
#pragma once

#include "util/result.h"

namespace reviewdesk {

// `databaseText` is SQLite's own message, `detail` the fuller text shown when
// the cause is none of the known ones, `doing` the verb ("open", "check").
Error describeStorageError(const QString& path, const QString& databaseText, const QString& detail,
                           const QString& doing);

} // namespace reviewdesk
