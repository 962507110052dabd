// The one platform-specific file: a register file is made private to its owner.
#include "catch.h"
#include "platform/platform.h"
#include "tempdir.h"

#include <QFile>
#include <QFileInfo>

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
