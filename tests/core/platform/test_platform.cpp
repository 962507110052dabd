// The one platform-specific file: a register file is made private to its owner.
#include "catch.h"
#include "platform/heap.h"
#include "platform/platform.h"
#include "tempdir.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace reviewdesk;
using reviewdesk::testing::TempDir;

#ifndef Q_OS_WIN
TEST_CASE("restrictToOwner leaves a file readable and writable by its owner only")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("register.sqlite"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadGroup | QFileDevice::ReadOther));

    CHECK(platform::restrictToOwner(path));
    // Qt reports the user's own rights too; for the owner they are the same bits.
    CHECK(QFileInfo(path).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadUser | QFileDevice::WriteUser));
}
#endif

TEST_CASE("restrictToOwner reports a file that is not there")
{
    TempDir dir;
    CHECK_FALSE(platform::restrictToOwner(dir.path(QStringLiteral("missing.sqlite"))));
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("missing.sqlite"))));
}

TEST_CASE("The heap is tuned for loading a large register where glibc allows it")
{
    if (!platform::tuneHeapForLargeLoads(std::size_t(64) << 20)) {
        WARN("nothing to tune here (not glibc, or a sanitizer's allocator)");
        return;
    }
    // The heap mapping now spans the reserve and asks for transparent huge pages
    // ("hg" among its flags in /proc/self/smaps).
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    REQUIRE(smaps.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromLatin1(smaps.readAll()).split(QLatin1Char('\n'));
    const QRegularExpression mappingStart(QStringLiteral("^([0-9a-f]+)-([0-9a-f]+) "));
    qint64 hugeHeapBytes = 0;
    bool inHeap = false;
    qint64 mappingBytes = 0;
    for (const QString& line : lines) {
        // A mapping starts with its address range: "55d0c2a3e000-55d0c2a5f000 rw-p ...".
        if (const auto range = mappingStart.match(line); range.hasMatch()) {
            inHeap = line.endsWith(QLatin1String("[heap]"));
            mappingBytes = range.captured(2).toLongLong(nullptr, 16) -
                           range.captured(1).toLongLong(nullptr, 16);
        } else if (inHeap && line.startsWith(QLatin1String("VmFlags:")) &&
                   line.split(QLatin1Char(' ')).contains(QLatin1String("hg"))) {
            hugeHeapBytes += mappingBytes;
        }
    }
    CHECK(hugeHeapBytes >= (qint64(64) << 20));
}

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("moveWithoutReplacing gives a file a free name")
{
    TempDir dir;
    const QString from = dir.path(QStringLiteral("register.sqlite.new"));
    const QString to = dir.path(QStringLiteral("register.sqlite"));
    writeFile(from, "made complete");

    QString why;
    CHECK(platform::moveWithoutReplacing(from, to, &why) == platform::MoveOutcome::Moved);
    CHECK(why.isEmpty());
    CHECK_FALSE(QFileInfo::exists(from));
    CHECK(readFile(to) == "made complete");
}

TEST_CASE("moveWithoutReplacing leaves a file that already has the name as it is")
{
    TempDir dir;
    const QString from = dir.path(QStringLiteral("register.sqlite.new"));
    const QString to = dir.path(QStringLiteral("register.sqlite"));
    writeFile(from, "second");
    writeFile(to, "first, already being written to");

    QString why;
    CHECK(platform::moveWithoutReplacing(from, to, &why) == platform::MoveOutcome::TargetExists);
    CHECK(why.isEmpty());
    CHECK(readFile(to) == "first, already being written to");
    CHECK(readFile(from) == "second");
}

TEST_CASE("moveWithoutReplacing says why a move failed")
{
    TempDir dir;
    const QString to = dir.path(QStringLiteral("register.sqlite"));

    QString why;
    CHECK(platform::moveWithoutReplacing(dir.path(QStringLiteral("missing")), to, &why) ==
          platform::MoveOutcome::Failed);
    CHECK(why == QStringLiteral("No such file or directory"));
    CHECK_FALSE(QFileInfo::exists(to));
}
