// The SQLite version reported to the user is the library that actually runs
// the database, asked through the same Qt driver that opens the files.
#include "catch.h"
#include "qtprinters.h"
#include "storage/sqliteversion.h"

#include <QRegularExpression>
#include <QSqlDatabase>

#include <sqlite3.h>

using namespace reviewdesk;

TEST_CASE("sqliteVersion reports the SQLite library the driver runs on")
{
    const auto version = sqliteVersion();
    REQUIRE(version.ok());
    CHECK(QRegularExpression(QStringLiteral("^3\\.\\d+\\.\\d+$")).match(*version).hasMatch());
    // On Debian, Qt's SQLite driver links the system libsqlite3, the same
    // library this test links: one library loaded, one version.
    CHECK(*version == QString::fromLatin1(sqlite3_libversion()));
}

TEST_CASE("sqliteVersion leaves no database connection behind")
{
    const QStringList before = QSqlDatabase::connectionNames();
    REQUIRE(sqliteVersion().ok());
    REQUIRE(sqliteVersion().ok());
    CHECK(QSqlDatabase::connectionNames() == before);
}
