// The files a user could point the desktop application at that are not sound
// ReviewDesk databases: each, opened through the main window, gets a dialog
// that names the file and says what is wrong, no register is opened, and the
// file keeps its exact bytes and modification time.
#include "catch.h"
#include "services/caseservice.h"
#include "session/appsession.h"
#include "tempdir.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>

#include <functional>

using namespace reviewdesk;
using namespace reviewdesk::ui;
using namespace reviewdesk::testing;

namespace {

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

// A genuine ReviewDesk file with a few cases, closed (its WAL folded back in).
void makeRealDatabase(const QString& path)
{
    auto workspace = Workspace::open(path, QStringLiteral("tester"));
    REQUIRE(workspace.ok());
    for (int i = 1; i <= 5; ++i) {
        Case draft;
        draft.ref = QStringLiteral("BF-%1").arg(i);
        draft.aware = QDate(2024, 3, i);
        REQUIRE(CaseService(**workspace).addCase(draft).ok());
    }
}

// Runs SQL on a plain SQLite connection, as another program would.
struct RawConnection
{
    QString name;
    QSqlDatabase db;

    explicit RawConnection(const QString& path) : name(QStringLiteral("raw-%1").arg(path))
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~RawConnection()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    QVariant value(const QString& sql)
    {
        QSqlQuery query(db);
        REQUIRE(query.exec(sql));
        return query.next() ? query.value(0) : QVariant();
    }
};

// What must not change: the bytes and modification time of a file, or the
// entries of a folder.
struct FileState
{
    QByteArray content;
    QDateTime modified;
    QStringList entries;
    bool operator==(const FileState&) const = default;
};

FileState stateOf(const QString& path)
{
    const QFileInfo info(path);
    FileState state;
    state.modified = info.lastModified();
    if (info.isDir())
        state.entries = QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    else if (info.exists())
        state.content = readAll(path);
    return state;
}

// Opens `path` through the main window, answering the dialog it must show.
struct Attempt
{
    bool opened = true;
    bool dialogShown = false;
    QString title;
    QString text;
};

void closeNextMessageBox(Attempt* attempt, int attempts = 200)
{
    QTimer::singleShot(10, [=] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            if (attempts > 0)
                closeNextMessageBox(attempt, attempts - 1);
            return;
        }
        attempt->dialogShown = true;
        attempt->title = box->windowTitle();
        attempt->text = box->text();
        box->close();
    });
}

Attempt openThroughWindow(MainWindow& window, const QString& path)
{
    Attempt attempt;
    closeNextMessageBox(&attempt);
    attempt.opened = window.openDatabase(path);
    return attempt;
}

struct BadFile
{
    const char* name;
    const char* expected; // what the message must say
    std::function<void(const QString& path, const TempDir& dir)> make;
};

} // namespace

TEST_CASE("every kind of bad file gets a dialog in the main window and is left untouched")
{
    // Recent files go to a test location, never the user's own settings.
    QStandardPaths::setTestModeEnabled(true);

    const QList<BadFile> table = {
        {"empty.sqlite", "is an empty file, not a ReviewDesk database",
         [](const QString& path, const TempDir&) { writeAll(path, {}); }},
        {"notes.txt", "is not a ReviewDesk database",
         [](const QString& path, const TempDir&) {
             writeAll(path, QByteArray("These are my notes, not a database.\n").repeated(20));
         }},
        {"truncated.sqlite", "is damaged",
         [](const QString& path, const TempDir& dir) {
             const QString real = dir.path(QStringLiteral("real-for-truncated.sqlite"));
             makeRealDatabase(real);
             const QByteArray bytes = readAll(real);
             REQUIRE(bytes.size() > 4096);
             writeAll(path, bytes.left(4096));
         }},
        {"zeroed.sqlite", "is damaged",
         [](const QString& path, const TempDir&) {
             makeRealDatabase(path);
             int pageSize = 0;
             int root = 0;
             int pages = 0;
             {
                 RawConnection raw(path);
                 pageSize = raw.value(QStringLiteral("PRAGMA page_size")).toInt();
                 pages = raw.value(QStringLiteral("PRAGMA page_count")).toInt();
                 root = raw.value(QStringLiteral(
                                      "SELECT rootpage FROM sqlite_master WHERE name = 'cases'"))
                            .toInt();
             }
             REQUIRE(root > 1);
             REQUIRE(root < pages);
             QByteArray bytes = readAll(path);
             bytes.replace((root - 1) * pageSize, pageSize, QByteArray(pageSize, '\0'));
             writeAll(path, bytes);
         }},
        {"newer.sqlite", "was written by a newer version of ReviewDesk",
         [](const QString& path, const TempDir&) {
             makeRealDatabase(path);
             QByteArray bytes = readAll(path);
             // PRAGMA user_version is the big-endian number at offset 60 of the header.
             bytes.replace(60, 4, QByteArray("\0\0\0\x63", 4));
             writeAll(path, bytes);
         }},
        {"other.sqlite", "is an SQLite file of another program",
         [](const QString& path, const TempDir&) {
             RawConnection raw(path);
             raw.value(QStringLiteral("CREATE TABLE t (x)"));
         }},
        {"folder.sqlite", "is a folder, not a ReviewDesk database",
         [](const QString& path, const TempDir&) { REQUIRE(QDir().mkdir(path)); }},
        {"missing/register.sqlite", "does not exist", [](const QString&, const TempDir&) {}},
    };

    MainWindow window;
    for (const BadFile& bad : table) {
        SECTION(bad.name)
        {
            TempDir dir;
            const QString path = dir.path(QString::fromLatin1(bad.name));
            bad.make(path, dir);
            const FileState before = stateOf(path);
            const QStringList folderBefore =
                QDir(dir.root()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

            const Attempt attempt = openThroughWindow(window, path);

            CHECK_FALSE(attempt.opened);
            CHECK(window.session() == nullptr);
            REQUIRE(attempt.dialogShown);
            CHECK(attempt.title == QStringLiteral("Cannot open the register"));
            CHECK(attempt.text.startsWith(
                QStringLiteral("ReviewDesk could not open this file and has not changed it.")));
            CHECK(attempt.text.contains(path));
            CHECK(attempt.text.contains(QString::fromLatin1(bad.expected)));
            CHECK(stateOf(path) == before);
            // Nothing new beside it but what SQLite makes to read a WAL file:
            // an empty "-wal" and its "-shm" index.
            for (const QString& name :
                 QDir(dir.root()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot)) {
                if (folderBefore.contains(name) || name.endsWith(QLatin1String("-shm")))
                    continue;
                CHECK(name.endsWith(QLatin1String("-wal")));
                CHECK(QFileInfo(dir.path(name)).size() == 0);
            }
        }
    }
}

TEST_CASE("a file locked by another program gets a dialog and is left untouched")
{
    QStandardPaths::setTestModeEnabled(true);
    TempDir dir;
    const QString path = dir.path(QStringLiteral("locked.sqlite"));
    makeRealDatabase(path);
    {
        // Exclusive locking mode keeps every other connection out, readers too.
        RawConnection locker(path);
        QSqlQuery lock(locker.db);
        REQUIRE(lock.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        REQUIRE(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        REQUIRE(lock.exec(QStringLiteral("SELECT count(*) FROM cases")));
        const FileState before = stateOf(path);

        MainWindow window;
        const Attempt attempt = openThroughWindow(window, path);

        CHECK_FALSE(attempt.opened);
        CHECK(window.session() == nullptr);
        REQUIRE(attempt.dialogShown);
        CHECK(attempt.text.contains(path + QStringLiteral(" is locked by another program")));
        CHECK(stateOf(path) == before);
        REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));
    }
    // Once the other program lets go, the same file opens.
    MainWindow window;
    CHECK(window.openDatabase(path));
    REQUIRE(window.session() != nullptr);
    CHECK(window.session()->snapshot().entries().size() == 5);
}
