#include "storage/quickcheck.h"

#include "storage/database.h"
#include "storage/sqlitereader.h"
#include "storage/storageerror.h"

#include <sqlite3.h>

namespace reviewdesk {
namespace {

Error failure(const QString& path, sqlite3* db, const QString& doing)
{
    const QString text = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
    return describeStorageError(path, text, text, doing);
}

// The check proper, on a connection the caller opened.
Status check(const QString& path, sqlite3* db)
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &statement, nullptr) != SQLITE_OK)
        return failure(path, db, QStringLiteral("check"));
    const int stepped = sqlite3_step(statement);
    Status outcome = success();
    if (stepped != SQLITE_ROW) {
        outcome = failure(path, db, QStringLiteral("check"));
    } else {
        const auto* first = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        const QString result = QString::fromUtf8(first ? first : "");
        if (result != QLatin1String("ok"))
            outcome = Error::storage(
                QStringLiteral("%1 is damaged (%2); restore it from a backup").arg(path, result));
    }
    sqlite3_finalize(statement);
    return outcome;
}

Status openAndCheck(const QString& path, sqlite3* db)
{
    if (!db || sqlite3_errcode(db) != SQLITE_OK)
        return failure(path, db, QStringLiteral("open"));
    return check(path, db);
}

} // namespace

Status quickCheck(const QString& path)
{
    sqlite3* db = sql::openReadOnly(path, Database::busyTimeoutMs);
    const Status outcome = openAndCheck(path, db);
    sqlite3_close(db);
    return outcome;
}

BackgroundQuickCheck::BackgroundQuickCheck(const QString& path)
    : m_thread([this, path] { run(path); })
{}

BackgroundQuickCheck::~BackgroundQuickCheck()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        if (m_handle)
            sqlite3_interrupt(m_handle);
    }
    if (m_thread.joinable())
        m_thread.join();
}

Status BackgroundQuickCheck::wait()
{
    if (m_thread.joinable())
        m_thread.join();
    return m_outcome;
}

void BackgroundQuickCheck::run(const QString& path)
{
    sqlite3* db = nullptr;
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        db = sql::openReadOnly(path, Database::busyTimeoutMs);
        m_handle = db;
    }
    Status outcome = openAndCheck(path, db);
    {
        const std::lock_guard lock(m_mutex);
        m_handle = nullptr;
    }
    sqlite3_close(db);
    m_outcome = std::move(outcome);
}

} // namespace reviewdesk
