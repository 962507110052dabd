#include "storage/sideread.h"

#include "storage/database.h"
#include "storage/sqlitereader.h"

#include <sqlite3.h>
#include <system_error>

namespace reviewdesk {
namespace {

bool execute(sqlite3* handle, const char* sql)
{
    return sqlite3_exec(handle, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

// How many virtual machine steps pass between two looks at m_stopping.
constexpr int kStepsBetweenChecks = 1000;

} // namespace

SideRead::SideRead(Database& database, const ReadSnapshot& snapshot)
{
    // A transaction the caller had open already, or one that has read, may
    // hold an older state than the side could ever prove it shares.
    sqlite3* caller = database.sqliteHandle();
    if (!snapshot.isOwnTransaction() || !caller ||
        sqlite3_txn_state(caller, "main") != SQLITE_TXN_NONE)
        return;
    // Never waits for a lock: where another program is about to commit, the
    // caller reads for itself at once rather than queue behind it, and
    // rather than hold up that program while its SHARED lock waits too.
    m_handle = sql::openReadOnly(database.path(), 0, sql::ConnectionLock::None);
    if (!m_handle || sqlite3_errcode(m_handle) != SQLITE_OK)
        return;
    sqlite3_progress_handler(
        m_handle, kStepsBetweenChecks,
        [](void* self) { return static_cast<SideRead*>(self)->m_stopping.load() ? 1 : 0; }, this);
    const std::optional<qint64> version = dataVersion(); // reads the file itself
    // The name may point to another file since the caller opened it.
    const auto identity = platform::fileIdentity(database.path());
    if (identity && database.fileIdentity() && *identity == *database.fileIdentity())
        m_versionBefore = version;
}

SideRead::~SideRead()
{
    m_stopping = true; // the progress handler ends whatever statement runs
    finish();
    sqlite3_close(m_handle);
}

void SideRead::start(std::function<Status(sql::SqliteReader&)> read)
{
    if (!m_versionBefore || m_thread.joinable())
        return;
    try {
        m_thread = std::thread([this, read = std::move(read)] { run(read); });
    } catch (const std::system_error&) {
        // No thread to be had: the caller reads for itself.
    }
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
        m_succeeded = read(reader).ok() && !m_stopping;
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
