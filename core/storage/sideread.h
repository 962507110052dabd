// A read on a second connection, on a thread of its own, that sees the same
// state of the file as the caller's read transaction: loading the register
// reads its largest child table there while the caller reads the rest, so a
// second core shares the load once the open's quick_check leaves it free.
//
// Two read transactions on two connections see one state of a file only when
// no other program commits between their starts. SQLite has no portable way
// to hand one connection's snapshot to another, so the side read proves it:
// its connection notes the file's data version before the caller's snapshot
// begins, and again inside its own transaction; equal versions mean nothing
// was committed in between (SQLite documents PRAGMA data_version as changing
// whenever another connection commits). When they differ, or anything on the
// side fails, the side read reports that it did not run and the caller reads
// the table itself, on its own snapshot: never a mix of two states.
#pragma once

#include "util/result.h"

#include <QString>

#include <functional>
#include <optional>
#include <thread>

struct sqlite3;

namespace reviewdesk {

namespace sql {
class SqliteReader;
}

class SideRead
{
public:
    // Opens the side connection (read-only) and notes the file's data version.
    // Construct it before the caller's read transaction has read anything.
    explicit SideRead(const QString& path);
    ~SideRead();
    SideRead(const SideRead&) = delete;
    SideRead& operator=(const SideRead&) = delete;

    // Runs `read` on the side thread, inside a read transaction. Call once the
    // caller's snapshot has begun, that is after its first read.
    void start(std::function<Status(sql::SqliteReader&)> read);

    // Waits for the side thread. True when `read` ran to success on the same
    // state of the file as the caller's; false when it did not run or failed,
    // and the caller must read for itself.
    bool finish();

private:
    void run(const std::function<Status(sql::SqliteReader&)>& read);
    std::optional<qint64> dataVersion() const;

    sqlite3* m_handle = nullptr;
    std::optional<qint64> m_versionBefore;
    bool m_succeeded = false;
    std::thread m_thread;
};

} // namespace reviewdesk
