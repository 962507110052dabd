// The bulk loader's reader: rows straight from SQLite's C API on the
// connection's own handle, with no QVariant per column. Loading the whole
// register reads hundreds of thousands of rows, and going through QSqlQuery
// made that the larger part of opening a file. Everything that knows it is
// talking to SQLite rather than through QtSql lives in this pair of files.
#pragma once

#include "domain/enumnames.h"
#include "storage/database.h"
#include "storage/sqlrow.h"

#include <QDate>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace reviewdesk::sql {

// Whether a connection has its own lock around every call (SQLite's default,
// "serialized") or none ("multi-thread"), for a connection that one thread
// at a time uses, which saves a lock and an unlock on each call.
enum class ConnectionLock
{
    Own,
    None
};

// Opens `path` with SQLite's C API, outside QtSql, for reading only, waiting
// up to `busyTimeoutMs` for another program's lock. Returns the handle even
// when the open failed (sqlite3_errcode tells, sqlite3_errmsg says why), or
// null when memory ran out; the caller closes it either way.
sqlite3* openReadOnly(const QString& path, int busyTimeoutMs,
                      ConnectionLock lock = ConnectionLock::Own);

// Equal texts read through one pool share one QString buffer, so 300,000
// milestones named from a dozen plan steps hold a dozen strings, not 300,000.
// Looked up once for every shared column of every row, so the table is open
// addressing on a flat array: a handful of distinct texts stay in the cache.
class TextPool
{
public:
    QString shared(std::string_view utf8);
    QStringList sharedSplit(std::string_view utf8, QChar separator, ListCleaner clean);

private:
    struct Slot
    {
        std::uint64_t hash = 0;
        std::string key;
        QString text;
        bool used = false;
    };
    void grow();

    std::vector<Slot> m_slots = std::vector<Slot>(64);
    std::size_t m_used = 0;
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const
        {
            return std::hash<std::string_view>{}(text);
        }
    };
    struct CleanedList
    {
        ListCleaner clean;
        QStringList parts;
    };
    std::unordered_map<std::string, CleanedList, Hash, std::equal_to<>> m_lists;
};

// One row of a running statement; see storage/sqlrow.h for the interface.
class SqliteRow
{
public:
    SqliteRow(sqlite3_stmt* statement, TextPool& pool) : m_statement(statement), m_pool(pool) {}

    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;
    QString sharedText(int column) const;
    QStringList sharedSplit(int column, QChar separator, ListCleaner clean) const;
    QDate date(int column) const;
    std::optional<QDate> optionalDate(int column) const;
    template <typename Enum>
    std::optional<Enum> enumValue(int column) const
    {
        return enumFromStoredName<Enum>(utf8(column));
    }

private:
    std::optional<std::string_view> nullableUtf8(int column) const;
    std::string_view utf8(int column) const;

    sqlite3_stmt* m_statement;
    TextPool& m_pool;
};

class SqliteReader
{
public:
    // Fails when the connection is not an open SQLite one.
    static Result<SqliteReader> on(Database& database);
    // On a connection opened outside QtSql, such as a side read's (sideread.h).
    static SqliteReader on(sqlite3* handle) { return SqliteReader(handle); }

    // Runs `select` (no parameters) and hands each row to `consume`.
    Status forEachRow(const QString& select, const std::function<void(const SqliteRow&)>& consume);

private:
    explicit SqliteReader(sqlite3* handle) : m_handle(handle) {}

    sqlite3* m_handle;
    TextPool m_pool;
};

} // namespace reviewdesk::sql
