// Fuzz target: opening a file the user points ReviewDesk at. The bytes are
// written to a file and opened as a workspace. A file that is refused must be
// refused with a message naming it and be left exactly as it was, with nothing
// written beside it but SQLite's own empty "-wal" and its "-shm" index, whether
// the refusal comes from open() or from the check that ran while the register
// loaded. A file that opens (the fuzzer can build a ReviewDesk database that passes the checks
// on open) is read whole, as the register page would, which must not crash.
#include "fuzzcheck.h"
#include "services/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace reviewdesk;

namespace {

// Made once and never destroyed: Qt's application object must outlive every
// database connection, and the process ends right after the last input.
QCoreApplication* application = nullptr;
QTemporaryDir* folder = nullptr;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    FUZZ_EXPECT(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void removeFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // The SQLite driver is a plugin: it is found through the application object.
    application = new QCoreApplication(*argc, *argv);
    folder = new QTemporaryDir();
    FUZZ_EXPECT(folder->isValid());
    std::atexit([] { folder->remove(); });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = folder->filePath(QStringLiteral("fuzzed.sqlite"));
    removeFiles(path);
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    {
        QFile file(path);
        FUZZ_EXPECT(file.open(QIODevice::WriteOnly));
        FUZZ_EXPECT(file.write(bytes) == bytes.size());
    }
    const QDateTime modified = QFileInfo(path).lastModified();

    // Both ways of opening: the check before open() returns (most commands),
    // and the check on another thread while the register loads (the desktop).
    const auto check =
        size % 2 ? Database::OpenCheck::WhileLoading : Database::OpenCheck::BeforeReturning;
    Status refusal = success();
    if (auto opened = Workspace::open(path, QStringLiteral("fuzzer"), check); opened) {
        (void)(*opened)->loadRegister();
        refusal = (*opened)->database().finishOpening();
        if (refusal)
            (void)(*opened)->database().checkIntegrity();
    } else {
        refusal = opened.error();
    }
    if (!refusal) {
        FUZZ_EXPECT(refusal.error().message.contains(path));
        FUZZ_EXPECT(readAll(path) == bytes);
        FUZZ_EXPECT(QFileInfo(path).lastModified() == modified);
        const QStringList beside =
            QDir(folder->path()).entryList(QDir::Files | QDir::NoDotAndDotDot);
        for (const QString& name : beside) {
            if (name == QLatin1String("fuzzed.sqlite") ||
                name == QLatin1String("fuzzed.sqlite-shm"))
                continue;
            FUZZ_EXPECT(name == QLatin1String("fuzzed.sqlite-wal"));
            FUZZ_EXPECT(QFileInfo(folder->filePath(name)).size() == 0);
        }
    }
    removeFiles(path); // the workspace, if one opened, has closed the file
    return 0;
}
