#include "storage/sideread.h"

#include "storage/database.h"
#include "storage/sqlitereader.h"

#include <sqlite3.h>

namespace reviewdesk {
namespace {

bool execute(sqlite3* handle, const char* sql)
{
    return sqlite3_exec(handle, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace

SideRead::SideRead(const QString& path)
{
    // Without the connection's own lock (NOMUTEX): one thread at a time uses
    // it, and the lock cost two calls for every column of every row.
    const int flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_handle, flags, nullptr) != SQLITE_OK)
        return; // m_versionBefore stays empty: the side read will not run
    sqlite3_busy_timeout(m_handle, Database::busyTimeoutMs);
    m_versionBefore = dataVersion();
}

SideRead::~SideRead()
{
    finish();
    sqlite3_close(m_handle);
}

void SideRead::start(std::function<Status(sql::SqliteReader&)> read)
{
    if (!m_versionBefore || m_thread.joinable())
        return;
    m_thread = std::thread([this, read = std::move(read)] { run(read); });
}

bool SideRead::finish()
{
    if (m_thread.joinable())
        m_thread.join();
    return m_succeeded;
}

void SideRead::run(const std::function<Status(sql::SqliteReader&)>& read)
{
    if (!execute(m_handle, "BEGIN"))
        return;
    // Read inside the transaction: this is where its snapshot begins.
    if (dataVersion() == m_versionBefore) {
        sql::SqliteReader reader = sql::SqliteReader::on(m_handle);
        m_succeeded = read(reader).ok();
    }
    if (!execute(m_handle, "COMMIT"))
        (void)execute(m_handle, "ROLLBACK");
}

std::optional<qint64> SideRead::dataVersion() const
{
    sqlite3_stmt* statement = nullptr;
    std::optional<qint64> version;
    if (sqlite3_prepare_v2(m_handle, "PRAGMA data_version", -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        version = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return version;
}

} // namespace reviewdesk
