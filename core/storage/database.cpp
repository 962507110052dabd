#include "storage/database.h"

#include "platform/heap.h"
#include "platform/platform.h"
#include "storage/migrations.h"
#include "storage/quickcheck.h"
#include "storage/storageerror.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace reviewdesk {
namespace {

// "RvDk": marks a file as ours, so another program's SQLite file is refused.
constexpr int kApplicationId = 0x5276446b;

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("reviewdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error describe(const QString& path, const QSqlError& error, const QString& doing)
{
    return describeStorageError(path, error.databaseText(), error.text(), doing);
}

Result<int> pragmaInt(QSqlDatabase& db, const QString& path, const QString& pragma)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(pragma)) || !query.next())
        return describe(path, query.lastError(), QStringLiteral("read"));
    return query.value(0).toInt();
}

// Reads the file's first bytes: SQLite's own header, before SQLite sees it.
Status checkHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() == 0)
        return Error::storage(
            QStringLiteral("%1 is an empty file, not a ReviewDesk database").arg(path));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return Error::storage(QStringLiteral("%1 is not a ReviewDesk database").arg(path));
    return success();
}

// The quick checks that run on a read-only connection, so nothing is written
// to a file that fails them: ours, and not from a newer version. Returns the
// file's schema version. Whether every page is readable is quickCheck's part.
Result<int> inspectExisting(const QString& path)
{
    const QString name = nextConnectionName();
    Result<int> outcome = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1")
                                 .arg(Database::busyTimeoutMs));
        outcome = [&]() -> Result<int> {
            if (!db.open())
                return describe(path, db.lastError(), QStringLiteral("open"));
            auto applicationId = pragmaInt(db, path, QStringLiteral("application_id"));
            if (!applicationId)
                return applicationId.error();
            if (*applicationId != kApplicationId)
                return Error::storage(
                    QStringLiteral("%1 is an SQLite file of another program, not a ReviewDesk "
                                   "database")
                        .arg(path));
            auto version = pragmaInt(db, path, QStringLiteral("user_version"));
            if (!version)
                return version.error();
            // user_version is a signed 32-bit number; a negative one is not
            // a version any ReviewDesk wrote (and would index the migrations
            // out of range).
            if (*version < 0)
                return Error::storage(
                    QStringLiteral("%1 is damaged or is not a ReviewDesk database (schema "
                                   "version %2)")
                        .arg(path)
                        .arg(*version));
            if (*version > Database::currentSchemaVersion())
                return Error::storage(
                    QStringLiteral("%1 was written by a newer version of ReviewDesk (schema %2; "
                                   "this version reads up to %3). Update ReviewDesk to open it.")
                        .arg(path)
                        .arg(*version)
                        .arg(Database::currentSchemaVersion()));
            return *version;
        }();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

Status createEmptyPrivateFile(const QString& path, const QString& shownPath)
{
    const QFileInfo info(shownPath);
    if (!info.absoluteDir().exists())
        return Error::storage(QStringLiteral("cannot create %1: the folder %2 does not exist")
                                  .arg(shownPath, info.absoluteDir().path()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error::storage(
            QStringLiteral("cannot create %1: %2").arg(shownPath, file.errorString()));
    // Special-category data about children: readable by its owner only.
    platform::restrictToOwner(path);
    return success();
}

} // namespace

int Database::currentSchemaVersion()
{
    static const int version = static_cast<int>(migrationScripts().size());
    return version;
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    m_pendingCheck.reset(); // stopped before the file's connections close
    m_statements.clear();   // finalised before the connection closes
    m_connection.close();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenCheck check)
{
    // Address space for a register of a few hundred thousand records.
    platform::tuneHeapForLargeLoads(std::size_t(256) << 20);
    const QFileInfo info(path);
    if (info.isDir())
        return Error::storage(
            QStringLiteral("%1 is a folder, not a ReviewDesk database").arg(path));
    if (!info.exists())
        if (auto created = create(path); !created)
            return created.error();
    if (auto header = checkHeader(path); !header)
        return header.error();
    auto version = inspectExisting(path);
    if (!version)
        return version.error();
    if (check == OpenCheck::WhileLoading && *version == currentSchemaVersion()) {
        std::unique_ptr<Database> database(new Database(path, nextConnectionName()));
        database->m_pendingCheck = std::make_unique<BackgroundQuickCheck>(path);
        if (auto connected = database->connect(true); !connected)
            return connected.error();
        database->m_schemaVersion = *version;
        return database;
    }
    if (auto checked = quickCheck(path); !checked)
        return checked.error();
    return openFile(path, false);
}

Status Database::finishOpening()
{
    if (!m_pendingCheck)
        return m_checkOutcome;
    m_checkOutcome = m_pendingCheck->wait();
    m_pendingCheck.reset();
    if (!m_checkOutcome)
        return m_checkOutcome;
    // Passed: from here on the file may be written. A new read-write
    // connection replaces the read-only one the register was read through.
    m_statements.clear();
    m_connection.close();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName = nextConnectionName();
    if (auto connected = connect(false); !connected)
        m_checkOutcome = connected;
    return m_checkOutcome;
}

Status Database::connect(bool readOnly)
{
    m_connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_connection.setDatabaseName(m_path);
    const QString busy = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(Database::busyTimeoutMs);
    m_connection.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;") + busy
                                            : busy);
    if (!m_connection.open())
        return describe(m_path, m_connection.lastError(), QStringLiteral("open"));
    // SQLite has opened the file by now; the name points to it still.
    m_fileIdentity = platform::fileIdentity(m_path);
    if (readOnly)
        return success();
    // Durable commits: in WAL mode FULL syncs the log at every commit, so an
    // acknowledged save survives a power cut.
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"})
        if (auto done = execute(QString::fromLatin1(pragma)); !done)
            return done;
    return success();
}

// A new file is built complete under a temporary name beside `path` and only
// then moved into place, and never over a file that appeared meanwhile: two
// programs creating the same file at once never see each other's half-made one,
// and neither replaces the file the other has already begun writing to.
Status Database::create(const QString& path)
{
    static QAtomicInt counter;
    const QString temporary = QStringLiteral("%1.new-%2-%3")
                                  .arg(path)
                                  .arg(QCoreApplication::applicationPid())
                                  .arg(counter.fetchAndAddRelaxed(1));
    if (auto created = createEmptyPrivateFile(temporary, path); !created)
        return created;
    {
        auto made = openFile(temporary, true);
        if (!made) {
            QFile::remove(temporary);
            QString message = made.error().message;
            return Error::storage(message.replace(temporary, path));
        }
    } // closed: the WAL is checkpointed into the file and removed
    QString why;
    const auto moved = platform::moveWithoutReplacing(temporary, path, &why);
    if (moved == platform::MoveOutcome::Moved)
        return success();
    QFile::remove(temporary);
    if (moved == platform::MoveOutcome::TargetExists)
        return success(); // another program made it first; it is opened as it is
    return Error::storage(QStringLiteral("cannot create %1: %2").arg(path, why));
}

Result<std::unique_ptr<Database>> Database::openFile(const QString& path, bool creating)
{
    std::unique_ptr<Database> database(new Database(path, nextConnectionName()));
    if (auto connected = database->connect(false); !connected)
        return connected.error();

    auto version = pragmaInt(database->m_connection, path, QStringLiteral("user_version"));
    if (!version)
        return version.error();
    if (*version == 0 && creating) {
        // Before the first table: a file's page size is fixed once it has one,
        // and in WAL mode even VACUUM cannot change it.
        if (auto done = database->execute(
                QStringLiteral("PRAGMA page_size = %1").arg(Database::newFilePageSize));
            !done)
            return done.error();
        if (auto done = database->execute(QStringLiteral("PRAGMA journal_mode = WAL")); !done)
            return done.error();
        if (auto done =
                database->execute(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
            !done)
            return done.error();
    }

    const QStringList scripts = migrationScripts();
    if (*version < scripts.size()) {
        Transaction transaction(*database);
        if (!transaction.began())
            return transaction.began().error();
        for (int step = *version; step < scripts.size(); ++step)
            for (const QString& statement : splitStatements(scripts.at(step)))
                if (auto done = database->execute(statement); !done)
                    return Error::storage(QStringLiteral("cannot upgrade %1 to schema %2: %3")
                                              .arg(path)
                                              .arg(step + 1)
                                              .arg(done.error().message));
        if (auto done =
                database->execute(QStringLiteral("PRAGMA user_version = %1").arg(scripts.size()));
            !done)
            return done.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    database->m_schemaVersion = static_cast<int>(scripts.size());
    return database;
}

sqlite3* Database::sqliteHandle()
{
    const QVariant handle = m_connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

Status Database::execute(const QString& sql)
{
    QSqlQuery query(m_connection);
    if (!query.exec(sql))
        return describe(m_path, query.lastError(), QStringLiteral("write"));
    return success();
}

Result<QSqlQuery*> Database::preparedStatement(const QString& sql)
{
    if (auto ready = finishOpening(); !ready)
        return ready.error();
    auto found = m_statements.find(sql);
    if (found != m_statements.end())
        return found->second.get();
    auto query = std::make_unique<QSqlQuery>(m_connection);
    if (!query->prepare(sql))
        return describe(m_path, query->lastError(), QStringLiteral("write"));
    return m_statements.emplace(sql, std::move(query)).first->second.get();
}

Status Database::checkIntegrity()
{
    if (auto ready = finishOpening(); !ready)
        return ready;
    QSqlQuery query(m_connection);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return describe(m_path, query.lastError(), QStringLiteral("check"));
    QStringList problems;
    while (query.next())
        if (query.value(0).toString() != QLatin1String("ok"))
            problems << query.value(0).toString();
    if (!problems.isEmpty())
        return Error::storage(QStringLiteral("%1 is damaged: %2")
                                  .arg(m_path, problems.mid(0, 5).join(QStringLiteral("; "))));
    QSqlQuery foreignKeys(m_connection);
    if (foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check")) && foreignKeys.next())
        return Error::storage(
            QStringLiteral("%1 has records that point at missing records (table %2)")
                .arg(m_path, foreignKeys.value(0).toString()));
    return success();
}

Status Database::backupTo(const QString& destination)
{
    const QFileInfo target(destination);
    if (target.exists())
        return Error::invalid(
            QStringLiteral("%1 already exists; choose a new file for the backup").arg(destination));
    if (!target.absoluteDir().exists())
        return Error::invalid(
            QStringLiteral("cannot write the backup %1: the folder %2 does not exist")
                .arg(destination, target.absoluteDir().path()));
    if (auto sound = checkIntegrity(); !sound)
        return Error::storage(QStringLiteral("backup refused: %1").arg(sound.error().message));
    // VACUUM INTO reads one consistent snapshot while other connections go on writing.
    QSqlQuery query(m_connection);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target.absoluteFilePath());
    if (!query.exec())
        return Error::storage(QStringLiteral("cannot write the backup %1: %2")
                                  .arg(destination, query.lastError().text()));
    platform::restrictToOwner(destination);
    return success();
}

Transaction::Transaction(Database& database) : m_database(database), m_began(success())
{
    m_began = m_database.finishOpening();
    if (m_began)
        m_began = m_database.execute(QStringLiteral("BEGIN IMMEDIATE"));
    m_open = m_began.ok();
}

Transaction::~Transaction()
{
    if (m_open)
        (void)m_database.execute(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    auto done = m_database.execute(QStringLiteral("COMMIT"));
    if (!done)
        return done;
    m_open = false;
    return success();
}

ReadSnapshot::ReadSnapshot(Database& database) : m_database(database), m_began(success())
{
    sqlite3* handle = m_database.sqliteHandle();
    if (handle && !sqlite3_get_autocommit(handle))
        return; // the caller's transaction is already one snapshot
    m_began = m_database.execute(QStringLiteral("BEGIN"));
    m_open = m_began.ok();
}

ReadSnapshot::~ReadSnapshot()
{
    // A read transaction left open would keep showing this state of the file.
    if (m_open && !m_database.execute(QStringLiteral("COMMIT")))
        (void)m_database.execute(QStringLiteral("ROLLBACK"));
}

} // namespace reviewdesk
