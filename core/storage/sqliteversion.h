// The version of the SQLite library that Qt's SQLite driver runs on this
// machine (not the one the build saw), for the About dialog and bug reports.
#pragma once

#include "util/result.h"

namespace reviewdesk {

// "3.40.1", from `select sqlite_version()` on a private in-memory connection.
Result<QString> sqliteVersion();

} // namespace reviewdesk
