// Opening, creating, refusing, transactions, backups and migrations of a
// ReviewDesk file.
#include "catch.h"
#include "domain/case.h"
#include "qtprinters.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sideread.h"
#include "storage/sqlitereader.h"
#include "tempdir.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <cstdio>
#include <memory>

using namespace reviewdesk;
using reviewdesk::testing::TempDir;

namespace {

Case storedCase(const QString& ref)
{
    Case kase;
    kase.ref = ref;
    kase.childId = QStringLiteral("A.B.");
    kase.harm = Harm::Death;
    kase.aware = QDate(2024, 3, 4);
    kase.notified = QDate(2024, 3, 6);
    kase.themes = {QStringLiteral("neglect"), QStringLiteral("sudi")};
    kase.ruleSet = QStringLiteral("england-wt2023");
    return kase;
}

std::unique_ptr<Database> openOrFail(const QString& path)
{
    auto opened = Database::open(path);
    if (!opened)
        FAIL(opened.error().message.toStdString());
    return std::move(*opened);
}

QVariant pragma(Database& database, const QString& name)
{
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA %1").arg(name)));
    REQUIRE(query.next());
    return query.value(0);
}

int caseCount(Database& database)
{
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM cases")));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

// A ReviewDesk file with a few cases, closed again.
void makeDatabaseWithCases(const QString& path, int cases)
{
    auto database = openOrFail(path);
    CaseRepository repository(*database);
    for (int i = 1; i <= cases; ++i) {
        Case kase = storedCase(QStringLiteral("SSCP-2024-%1").arg(i, 3, 10, QLatin1Char('0')));
        kase.notes = QString(200, QLatin1Char('x')); // fill a few pages
        REQUIRE(repository.insert(kase).ok());
    }
}

// Runs statements on a file through a plain SQLite connection, not ReviewDesk's.
void rawExecute(const QString& path, const QStringList& statements)
{
    static int connections = 0;
    const QString name = QStringLiteral("raw-%1").arg(++connections);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString& statement : statements) {
            QSqlQuery query(db);
            INFO(statement.toStdString());
            REQUIRE(query.exec(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Zeroes the file's third page, past the header the open reads first, and
// returns the damaged bytes.
QByteArray zeroThirdPage(const QString& path)
{
    QByteArray bytes = readAll(path);
    // The page size is the big-endian 16-bit value at offset 16 (1 means 65536).
    int pageSize =
        (static_cast<unsigned char>(bytes.at(16)) << 8) | static_cast<unsigned char>(bytes.at(17));
    if (pageSize == 1)
        pageSize = 65536;
    REQUIRE(pageSize == Database::newFilePageSize);
    REQUIRE(bytes.size() >= 3 * pageSize);
    // Page 3 (1-based) starts at offset 2 * pageSize.
    bytes.replace(2 * pageSize, pageSize, QByteArray(pageSize, '\0'));
    writeAll(path, bytes);
    return bytes;
}

// Opening `path` is refused as a storage error and leaves the file as it was.
Error refusedUntouched(const QString& path)
{
    const QByteArray bytesBefore = readAll(path);
    const QDateTime modifiedBefore = QFileInfo(path).lastModified();
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == ErrorKind::Storage);
    CHECK(opened.error().message.contains(path));
    CHECK(readAll(path) == bytesBefore);
    CHECK(QFileInfo(path).lastModified() == modifiedBefore);
    return opened.error();
}

} // namespace

TEST_CASE("A new file is created private to its owner, in WAL mode, with 16 KiB pages, foreign "
          "keys on and the current schema")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("register.rdk"));
    auto database = openOrFail(path);

    const QFileDevice::Permissions permissions = QFile::permissions(path);
    CHECK(permissions.testFlag(QFileDevice::ReadOwner));
    CHECK(permissions.testFlag(QFileDevice::WriteOwner));
    CHECK_FALSE(permissions.testFlag(QFileDevice::ExeOwner));
    for (const auto other :
         {QFileDevice::ReadGroup, QFileDevice::WriteGroup, QFileDevice::ExeGroup,
          QFileDevice::ReadOther, QFileDevice::WriteOther, QFileDevice::ExeOther})
        CHECK_FALSE(permissions.testFlag(other));

    CHECK(pragma(*database, QStringLiteral("journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(pragma(*database, QStringLiteral("page_size")).toInt() == 16384);
    CHECK(pragma(*database, QStringLiteral("foreign_keys")).toInt() == 1);
    CHECK(pragma(*database, QStringLiteral("user_version")).toInt() ==
          Database::currentSchemaVersion());
    CHECK(database->schemaVersion() == Database::currentSchemaVersion());
    CHECK(Database::currentSchemaVersion() >= 1);
    CHECK(database->path() == path);
    CHECK(database->checkIntegrity().ok());
    // No half-made file is left beside it.
    const QStringList left =
        QDir(dir.root()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString& name : left)
        CHECK(name.startsWith(QStringLiteral("register.rdk")));
    CHECK(left.filter(QStringLiteral(".new")).isEmpty());
}

TEST_CASE("Reopening a file keeps its data, WAL mode and schema version")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("register.rdk"));
    makeDatabaseWithCases(path, 3);

    auto database = openOrFail(path);
    CHECK(caseCount(*database) == 3);
    auto found = CaseRepository(*database).findByRef(QStringLiteral("sscp-2024-002"));
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->ref == QStringLiteral("SSCP-2024-002"));
    CHECK((*found)->aware == QDate(2024, 3, 4));
    CHECK((*found)->themes == QStringList{QStringLiteral("neglect"), QStringLiteral("sudi")});
    CHECK(pragma(*database, QStringLiteral("journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(pragma(*database, QStringLiteral("foreign_keys")).toInt() == 1);
    CHECK(database->schemaVersion() == Database::currentSchemaVersion());
}

TEST_CASE("A file made with SQLite's default 4 KiB pages opens with its data and keeps its pages")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("register.rdk"));
    makeDatabaseWithCases(path, 3);
    // What a file made before ReviewDesk chose its page size looks like.
    rawExecute(path, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                      QStringLiteral("PRAGMA page_size = 4096"), QStringLiteral("VACUUM"),
                      QStringLiteral("PRAGMA journal_mode = WAL")});

    auto database = openOrFail(path);
    CHECK(pragma(*database, QStringLiteral("page_size")).toInt() == 4096);
    CHECK(caseCount(*database) == 3);
    Case added = storedCase(QStringLiteral("SSCP-2024-004"));
    REQUIRE(CaseRepository(*database).insert(added).ok());
    CHECK(caseCount(*database) == 4);
    CHECK(database->checkIntegrity().ok());
}

TEST_CASE("An empty file is refused and left untouched")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("empty.rdk"));
    writeAll(path, {});
    const Error error = refusedUntouched(path);
    CHECK(error.message.contains(QStringLiteral("empty")));
    CHECK(QFileInfo(path).size() == 0);
}

TEST_CASE("A plain text file is refused and left untouched")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("notes.txt"));
    writeAll(path, QByteArray("Case review panel notes\nnothing to see here\n").repeated(10));
    const Error error = refusedUntouched(path);
    CHECK(error.message.contains(QStringLiteral("not a ReviewDesk database")));
}

TEST_CASE("A truncated database is refused and left untouched")
{
    TempDir dir;
    const QString real = dir.path(QStringLiteral("real.rdk"));
    makeDatabaseWithCases(real, 20);
    const QString path = dir.path(QStringLiteral("truncated.rdk"));
    writeAll(path, readAll(real).left(2000));
    const Error error = refusedUntouched(path);
    INFO(error.message.toStdString());
    CHECK(error.message.contains(QStringLiteral("damaged")));
}

TEST_CASE("A database written by a newer version is refused and left untouched")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("newer.rdk"));
    makeDatabaseWithCases(path, 1);
    rawExecute(path, {QStringLiteral("PRAGMA user_version = 99")});
    const Error error = refusedUntouched(path);
    CHECK(error.message.contains(QStringLiteral("newer version")));
    CHECK(error.message.contains(QStringLiteral("99")));
}

TEST_CASE("An SQLite database of another program is refused and left untouched")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("other.sqlite"));
    rawExecute(path, {QStringLiteral("CREATE TABLE recipes (name TEXT)"),
                      QStringLiteral("INSERT INTO recipes VALUES ('bread')")});
    const Error error = refusedUntouched(path);
    CHECK(error.message.contains(QStringLiteral("another program")));
}

TEST_CASE("A folder is refused and nothing is created in it")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("folder.rdk"));
    REQUIRE(QDir().mkdir(path));
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == ErrorKind::Storage);
    CHECK(opened.error().message.contains(QStringLiteral("folder")));
    CHECK(QDir(path).isEmpty());
}

TEST_CASE("A path whose folder is missing is refused and no folder is created")
{
    TempDir dir;
    const QString folder = dir.path(QStringLiteral("missing"));
    const QString path = folder + QStringLiteral("/register.rdk");
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == ErrorKind::Storage);
    CHECK(opened.error().message.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(folder));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("A database with a page zeroed after the header is refused and left untouched")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("damaged.rdk"));
    makeDatabaseWithCases(path, 60);
    zeroThirdPage(path);

    const Error error = refusedUntouched(path);
    INFO(error.message.toStdString());
    CHECK(error.message.contains(QStringLiteral("damaged")));
}

TEST_CASE("A transaction that is not committed is rolled back")
{
    TempDir dir;
    auto database = openOrFail(dir.path(QStringLiteral("register.rdk")));
    {
        Transaction transaction(*database);
        REQUIRE(transaction.began().ok());
        Case kase = storedCase(QStringLiteral("SSCP-2024-001"));
        REQUIRE(CaseRepository(*database).insert(kase).ok());
        CHECK(caseCount(*database) == 1);
    }
    CHECK(caseCount(*database) == 0);
    {
        Transaction transaction(*database);
        REQUIRE(transaction.began().ok());
        Case kase = storedCase(QStringLiteral("SSCP-2024-002"));
        REQUIRE(CaseRepository(*database).insert(kase).ok());
        REQUIRE(transaction.commit().ok());
    }
    CHECK(caseCount(*database) == 1);
}

TEST_CASE("A read snapshot sees one state of the file while another connection writes")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("register.rdk"));
    makeDatabaseWithCases(path, 2);
    auto reader = openOrFail(path);
    auto writer = openOrFail(path);
    const auto addCase = [&](const char* ref) {
        Case kase = storedCase(QString::fromLatin1(ref));
        REQUIRE(CaseRepository(*writer).insert(kase).ok());
    };
    {
        const ReadSnapshot snapshot(*reader);
        REQUIRE(snapshot.began().ok());
        CHECK(caseCount(*reader) == 2);
        addCase("SSCP-2024-101");
        CHECK(caseCount(*writer) == 3);
        CHECK(caseCount(*reader) == 2); // still the state of the first read
    }
    CHECK(caseCount(*reader) == 3);
    addCase("SSCP-2024-102");
    CHECK(caseCount(*reader) == 4); // no snapshot left open
}

TEST_CASE("A read snapshot inside a transaction leaves the transaction to its owner")
{
    TempDir dir;
    auto database = openOrFail(dir.path(QStringLiteral("register.rdk")));
    Transaction transaction(*database);
    REQUIRE(transaction.began().ok());
    Case kase = storedCase(QStringLiteral("SSCP-2024-001"));
    REQUIRE(CaseRepository(*database).insert(kase).ok());
    {
        const ReadSnapshot snapshot(*database);
        CHECK(snapshot.began().ok());
        CHECK(caseCount(*database) == 1);
    }
    // Still open: committing it succeeds, where a COMMIT at the snapshot's end
    // would have left nothing to commit.
    CHECK(transaction.commit().ok());
    CHECK(caseCount(*database) == 1);
}

namespace {

// Starts a side read of every case's reference; `reads` counts the times the
// read ran.
void startReadingRefs(SideRead& side, QStringList& refs, int& reads)
{
    side.start([&refs, &reads](sql::SqliteReader& reader) {
        ++reads;
        return reader.forEachRow(QStringLiteral("SELECT ref FROM cases ORDER BY ref"),
                                 [&refs](const sql::SqliteRow& row) { refs << row.text(0); });
    });
}

// Starts a side read as above and checks that it did not run at all.
void checkSideReadDoesNotRun(SideRead& side)
{
    QStringList refs;
    int reads = 0;
    startReadingRefs(side, refs, reads);
    CHECK_FALSE(side.finish());
    CHECK(reads == 0);
    CHECK(refs.isEmpty());
}

} // namespace

TEST_CASE("A side read sees the state of the file the caller's snapshot sees")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("register.rdk"));
    makeDatabaseWithCases(path, 2);
    auto reader = openOrFail(path);
    const ReadSnapshot snapshot(*reader);
    REQUIRE(snapshot.began().ok());
    CHECK(snapshot.isOwnTransaction());
    SideRead side(*reader, snapshot);
    CHECK(caseCount(*reader) == 2); // the snapshot begins here
    QStringList refs;
    int reads = 0;
    startReadingRefs(side, refs, reads);
    CHECK(side.finish());
    CHECK(reads == 1);
    CHECK(refs == QStringList{QStringLiteral("SSCP-2024-001"), QStringLiteral("SSCP-2024-002")});
}

TEST_CASE("A side read does not run when another connection committed before it began")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("register.rdk"));
    makeDatabaseWithCases(path, 2);
    auto reader = openOrFail(path);
    auto writer = openOrFail(path);
    const bool commitBeforeTheSnapshot = GENERATE(true, false);
    CAPTURE(commitBeforeTheSnapshot);
    const ReadSnapshot snapshot(*reader);
    REQUIRE(snapshot.began().ok());
    SideRead side(*reader, snapshot);
    Case added = storedCase(QStringLiteral("SSCP-2024-101"));
    if (commitBeforeTheSnapshot)
        REQUIRE(CaseRepository(*writer).insert(added).ok());
    CHECK(caseCount(*reader) == (commitBeforeTheSnapshot ? 3 : 2));
    if (!commitBeforeTheSnapshot)
        REQUIRE(CaseRepository(*writer).insert(added).ok());
    // A commit since the side connection noted the file's version: the side
    // cannot prove that its state is the caller's, so it reads nothing, even
    // where (the commit coming first) the two would match.
    checkSideReadDoesNotRun(side);
}

TEST_CASE("A side read does not run beside a transaction that is not new or has read already")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("register.rdk"));
    makeDatabaseWithCases(path, 2);
    auto database = openOrFail(path);
    SECTION("the caller's snapshot has read: its state may be older than the side's first note")
    {
        const ReadSnapshot snapshot(*database);
        REQUIRE(snapshot.began().ok());
        CHECK(caseCount(*database) == 2);
        SideRead side(*database, snapshot);
        checkSideReadDoesNotRun(side);
    }
    SECTION("the caller's own write transaction, whose changes no other connection sees")
    {
        Transaction transaction(*database);
        REQUIRE(transaction.began().ok());
        const ReadSnapshot snapshot(*database);
        CHECK_FALSE(snapshot.isOwnTransaction());
        SideRead side(*database, snapshot);
        checkSideReadDoesNotRun(side);
    }
}

TEST_CASE("A side read does not run when the file's name now points to another file")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("register.rdk"));
    const QString other = dir.path(QStringLiteral("other.rdk"));
    makeDatabaseWithCases(path, 2);
    makeDatabaseWithCases(other, 3);
    auto reader = openOrFail(path);
    // Another register put in its place under the same name, as a restore or
    // a sync program would; the open connection keeps the file it opened.
    REQUIRE(std::rename(QFile::encodeName(other).constData(),
                        QFile::encodeName(path).constData()) == 0);
    const ReadSnapshot snapshot(*reader);
    REQUIRE(snapshot.began().ok());
    SideRead side(*reader, snapshot);
    checkSideReadDoesNotRun(side);
}

TEST_CASE("A backup is a consistent copy that opens with the same cases")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("register.rdk"));
    auto database = openOrFail(path);
    CaseRepository repository(*database);
    for (const char* ref : {"SSCP-2024-001", "SSCP-2024-002", "SSCP-2023-017"}) {
        Case kase = storedCase(QString::fromLatin1(ref));
        REQUIRE(repository.insert(kase).ok());
    }
    const QString backup = dir.path(QStringLiteral("backup.rdk"));
    REQUIRE(database->backupTo(backup).ok());

    auto original = repository.all();
    REQUIRE(original.ok());
    auto copy = openOrFail(backup);
    CHECK(copy->checkIntegrity().ok());
    auto copied = CaseRepository(*copy).all();
    REQUIRE(copied.ok());
    REQUIRE(copied->size() == 3);
    for (int i = 0; i < copied->size(); ++i) {
        CHECK(copied->at(i).ref == original->at(i).ref);
        CHECK(copied->at(i).aware == original->at(i).aware);
        CHECK(copied->at(i).version == original->at(i).version);
    }
    const QFileDevice::Permissions permissions = QFile::permissions(backup);
    CHECK_FALSE(permissions.testFlag(QFileDevice::ReadOther));
    CHECK_FALSE(permissions.testFlag(QFileDevice::ReadGroup));
}

TEST_CASE("A backup refuses a destination that already exists and leaves it alone")
{
    TempDir dir;
    auto database = openOrFail(dir.path(QStringLiteral("register.rdk")));
    const QString existing = dir.path(QStringLiteral("existing.rdk"));
    writeAll(existing, QByteArray("keep me"));
    const Status refused = database->backupTo(existing);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("already exists")));
    CHECK(readAll(existing) == QByteArray("keep me"));
}

TEST_CASE("Migration scripts split into statements at a semicolon that ends a line")
{
    const QString script = QStringLiteral("-- a comment; not a statement\n"
                                          "\n"
                                          "CREATE TABLE a (\n"
                                          "    x TEXT DEFAULT ';' -- inline\n"
                                          ");\n"
                                          "   -- indented comment\n"
                                          "INSERT INTO a VALUES ('p;q'); \n"
                                          "CREATE INDEX a_x ON a (x)");
    const QStringList statements = splitStatements(script);
    REQUIRE(statements.size() == 3);
    CHECK(statements.at(0) ==
          QStringLiteral("CREATE TABLE a (\n    x TEXT DEFAULT ';' -- inline\n);"));
    CHECK(statements.at(1) == QStringLiteral("INSERT INTO a VALUES ('p;q');"));
    CHECK(statements.at(2) == QStringLiteral("CREATE INDEX a_x ON a (x)"));
    CHECK(splitStatements(QString()).isEmpty());
    CHECK(splitStatements(QStringLiteral("-- only a comment\n\n")).isEmpty());
}

TEST_CASE("The schema version is the number of migration scripts, the first creating the cases "
          "table")
{
    const QStringList scripts = migrationScripts();
    REQUIRE_FALSE(scripts.isEmpty());
    CHECK(Database::currentSchemaVersion() == scripts.size());
    CHECK(scripts.first().contains(QStringLiteral("CREATE TABLE cases")));
    for (const QString& statement : splitStatements(scripts.first()))
        CHECK(statement.endsWith(QLatin1Char(';')));
}

TEST_CASE("A file opened to load while it is checked is read-only until the check has passed")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("register.rdk"));
    makeDatabaseWithCases(path, 3);

    auto opened = Database::open(path, Database::OpenCheck::WhileLoading);
    REQUIRE(opened.ok());
    Database& database = **opened;
    CHECK(caseCount(database) == 3); // reading starts at once
    {
        QSqlQuery write(database.connection());
        CHECK_FALSE(write.exec(QStringLiteral("DELETE FROM cases")));
    }
    REQUIRE(database.finishOpening().ok());
    CHECK(pragma(database, QStringLiteral("foreign_keys")).toInt() == 1);
    CHECK(pragma(database, QStringLiteral("synchronous")).toInt() == 2); // FULL
    {
        Transaction transaction(database);
        REQUIRE(transaction.began().ok());
        Case kase = storedCase(QStringLiteral("SSCP-2024-900"));
        REQUIRE(CaseRepository(database).insert(kase).ok());
        REQUIRE(transaction.commit().ok());
    }
    CHECK(caseCount(database) == 4);
}

TEST_CASE("A write waits for the check of a file opened to load while it is checked")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("register.rdk"));
    makeDatabaseWithCases(path, 200);

    auto opened = Database::open(path, Database::OpenCheck::WhileLoading);
    REQUIRE(opened.ok());
    Transaction transaction(**opened); // no finishOpening() first
    REQUIRE(transaction.began().ok());
    Case kase = storedCase(QStringLiteral("SSCP-2024-900"));
    REQUIRE(CaseRepository(**opened).insert(kase).ok());
    REQUIRE(transaction.commit().ok());
    CHECK(caseCount(**opened) == 201);
}

TEST_CASE("A damaged file opened to load while it is checked is refused and left untouched")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("damaged.rdk"));
    makeDatabaseWithCases(path, 60);
    const QByteArray bytes = zeroThirdPage(path);
    const QDateTime modifiedBefore = QFileInfo(path).lastModified();

    {
        auto opened = Database::open(path, Database::OpenCheck::WhileLoading);
        REQUIRE(opened.ok()); // the first page is sound: the damage is found by the check
        const Status checked = (*opened)->finishOpening();
        REQUIRE_FALSE(checked.ok());
        INFO(checked.error().message.toStdString());
        CHECK(checked.error().kind == ErrorKind::Storage);
        CHECK(checked.error().message.startsWith(path + QStringLiteral(" is damaged (")));
        CHECK(checked.error().message.endsWith(QStringLiteral("; restore it from a backup")));
        // Asked again, and by a write: the same refusal, and nothing written.
        CHECK((*opened)->finishOpening().error().message == checked.error().message);
        Transaction transaction(**opened);
        REQUIRE_FALSE(transaction.began().ok());
        CHECK(transaction.began().error().message == checked.error().message);
        CHECK((*opened)->checkIntegrity().error().message == checked.error().message);
    }
    CHECK(readAll(path) == bytes);
    CHECK(QFileInfo(path).lastModified() == modifiedBefore);
}

TEST_CASE("Closing a file while its check still runs stops the check")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("register.rdk"));
    makeDatabaseWithCases(path, 500);
    for (int round = 0; round < 20; ++round) {
        auto opened = Database::open(path, Database::OpenCheck::WhileLoading);
        REQUIRE(opened.ok());
    } // each closed at once, its check interrupted or finished, never left running
    auto reopened = Database::open(path, Database::OpenCheck::WhileLoading);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->finishOpening().ok());
    CHECK(caseCount(**reopened) == 500);
}

TEST_CASE("A database whose schema version is negative is refused and left untouched")
{
    // Found by fuzzing: a negative user_version passed the "newer version"
    // test and then indexed the migration scripts out of range.
    TempDir dir;
    const QString path = dir.path(QStringLiteral("negative.rdk"));
    makeDatabaseWithCases(path, 1);
    rawExecute(path, {QStringLiteral("PRAGMA user_version = -253")});
    for (const auto check :
         {Database::OpenCheck::BeforeReturning, Database::OpenCheck::WhileLoading}) {
        const QByteArray bytesBefore = readAll(path);
        const QDateTime modifiedBefore = QFileInfo(path).lastModified();
        auto opened = Database::open(path, check);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message ==
              path + QStringLiteral(
                         " is damaged or is not a ReviewDesk database (schema version -253)"));
        CHECK(readAll(path) == bytesBefore);
        CHECK(QFileInfo(path).lastModified() == modifiedBefore);
    }
}
