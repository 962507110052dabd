// Database: one ReviewDesk SQLite file. Opening checks before it writes: a
// file that is not a ReviewDesk database, is damaged, or was written by a newer
// version is refused with a clear message and left byte-for-byte untouched.
// Only then is the file opened for writing (WAL, foreign keys, busy timeout,
// durable commits) and migrated forward. This class is the one place that
// knows the SQL dialect's pragmas.
//
// The damage check (PRAGMA quick_check) reads every page, which on a large
// register takes as long as loading it. OpenCheck::WhileLoading runs it on
// another thread while the caller reads through a read-only connection; the
// caller shows nothing until finishOpening() has passed, and the connection
// only becomes writable then.
#pragma once

#include "platform/platform.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

struct sqlite3;

namespace reviewdesk {

class BackgroundQuickCheck;

class Database
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    enum class OpenCheck
    {
        BeforeReturning, // open() returns a checked, writable database
        WhileLoading,    // reads may start at once; see finishOpening()
    };

    // Opens an existing ReviewDesk file, or creates a new one (mode 0600) when
    // nothing exists at `path` and its folder does. A file that needs
    // migrating, or a new one, is always checked before open() returns.
    static Result<std::unique_ptr<Database>> open(const QString& path,
                                                  OpenCheck check = OpenCheck::BeforeReturning);

    // Waits for a damage check still running and, when it passes, makes the
    // connection writable; its error otherwise, and every later call gives it
    // again. Writes (Transaction, preparedStatement, integrity check, backup)
    // call it themselves; code that shows what it read must call it first.
    Status finishOpening();

    QSqlDatabase& connection() { return m_connection; }
    const QString& path() const { return m_path; }
    // The file the connection opened, noted as it opened it: another
    // connection opened later by path reached the same file only if its
    // identity is the same (see SideRead).
    const std::optional<platform::FileIdentity>& fileIdentity() const { return m_fileIdentity; }
    int schemaVersion() const { return m_schemaVersion; }
    static int currentSchemaVersion();
    // How long a statement waits for another program's lock before it gives up.
    static constexpr int busyTimeoutMs = 5000;
    // The page size of a file ReviewDesk creates. SQLite's default, 4 KiB, made
    // the check on open and the register's load spend a third of their time on
    // per-page work (a read call per page, each page's header and cell checks):
    // on a 50,000-case register 16 KiB pages made quick_check 35% faster and the
    // load about 10%. Files made before keep the size they have.
    static constexpr int newFilePageSize = 16384;

    // Full integrity check: every page, index and constraint.
    Status checkIntegrity();

    // A consistent copy of the file as it is now, even while others write to it.
    // The destination must not exist yet.
    Status backupTo(const QString& destination);

    // The connection's SQLite handle, or null when it is not an open SQLite
    // one; for storage code only.
    sqlite3* sqliteHandle();

    // Runs a statement with no result rows (pragmas, DDL); for storage code only.
    Status execute(const QString& sql);

    // A write statement prepared on first use and kept for the connection's
    // life: parsing is most of the cost of a small write, and the generator
    // repeats the same few inserts hundreds of thousands of times. Bind every
    // value before each exec(); for storage code only, never for a SELECT whose
    // rows are still being read.
    Result<QSqlQuery*> preparedStatement(const QString& sql);

private:
    Database(QString path, QString connectionName);
    static Status create(const QString& path);
    static Result<std::unique_ptr<Database>> openFile(const QString& path, bool creating);
    Status connect(bool readOnly);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_connection;
    std::optional<platform::FileIdentity> m_fileIdentity;
    std::unique_ptr<BackgroundQuickCheck> m_pendingCheck;
    Status m_checkOutcome = success();
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    int m_schemaVersion = 0;
};

// A write transaction (BEGIN IMMEDIATE: the write lock is taken up front, so
// two writers queue on the busy timeout instead of deadlocking). Rolls back
// unless committed.
class Transaction
{
public:
    explicit Transaction(Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& began() const { return m_began; }
    Status commit();

private:
    Database& m_database;
    Status m_began;
    bool m_open = false;
};

// Several reads that must see one state of the file, whatever another process
// writes meanwhile: a read transaction (BEGIN, ended at scope exit). Inside a
// transaction that is already open, such as a service's write, it does
// nothing: that transaction is the snapshot.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database& database);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

    const Status& began() const { return m_began; }
    // Whether this is a transaction of its own rather than one the caller had
    // open already (a write's, whose uncommitted changes no other connection
    // would see, or a read's).
    bool isOwnTransaction() const { return m_open; }

private:
    Database& m_database;
    Status m_began;
    bool m_open = false;
};

} // namespace reviewdesk
