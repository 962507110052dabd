// A read on a second connection, on a thread of its own, that sees the same
// state of the file as the caller's read transaction: loading the register
// reads the actions there while the caller reads the cases and reviews, so
// both cores of a small machine share the load (with the open's quick_check,
// which runs on a third thread at first).
//
// Two read transactions on two connections see one state of a file only when
// no other program commits between their starts. SQLite has no portable way
// to hand one connection's snapshot to another, so the side read proves it:
// its connection notes the file's data version before the caller's snapshot
// begins, and again inside its own transaction; equal versions mean nothing
// was committed in between (SQLite documents PRAGMA data_version as changing
// whenever another connection commits). It also makes sure that both
// connections opened the same file (not one put in its place since) and
// that the caller's transaction is its own and has not read yet, so that its
// snapshot begins after the first note. When any of this fails, or anything
// on the side is busy or fails, the side read reports that it did not run and
// the caller reads for itself, on its own snapshot: never a mix of two states.
#pragma once

#include "util/result.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <thread>

struct sqlite3;

namespace reviewdesk {

class Database;
class ReadSnapshot;

namespace sql {
class SqliteReader;
}

class SideRead
{
public:
    // Construct it after the caller's snapshot has begun (BEGIN) and before
    // that has read anything. Opens the side connection (read-only) and notes
    // the file's data version, when the caller's snapshot can be shared.
    SideRead(Database& database, const ReadSnapshot& snapshot);
    // Stops a side read still running (the caller returned early) and waits
    // for its thread.
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
    std::optional<qint64> m_versionBefore; // empty: the side read will not run
    std::atomic<bool> m_stopping = false;
    bool m_succeeded = false;
    std::thread m_thread;
};

} // namespace reviewdesk
