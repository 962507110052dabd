#include "platform/platform.h"

#include <QFile>
#include <QFileInfo>

#if defined(Q_OS_WIN)
#include <QDir>

#include <windows.h>
#else
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace reviewdesk::platform {

bool restrictToOwner(const QString& path)
{
#ifdef Q_OS_WIN
    // QFile::setPermissions only toggles the read-only attribute on Windows;
    // who may read the file is decided by the access list it inherits from
    // its folder. A register kept in a shared folder is shared on purpose,
    // so nothing is narrowed here.
    return QFile::exists(path);
#else
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
}

std::optional<FileIdentity> fileIdentity(const QString& path)
{
#ifdef Q_OS_WIN
    (void)path;
    return std::nullopt;
#else
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return FileIdentity{quint64(status.st_dev), quint64(status.st_ino)};
#endif
}

#if defined(Q_OS_WIN)

MoveOutcome moveWithoutReplacing(const QString& from, const QString& to, QString* errorText)
{
    // Without MOVEFILE_REPLACE_EXISTING the move fails when `to` exists.
    const QString source = QDir::toNativeSeparators(from);
    const QString target = QDir::toNativeSeparators(to);
    if (MoveFileExW(reinterpret_cast<const wchar_t*>(source.utf16()),
                    reinterpret_cast<const wchar_t*>(target.utf16()), MOVEFILE_WRITE_THROUGH))
        return MoveOutcome::Moved;
    const DWORD error = GetLastError();
    if (error == ERROR_ALREADY_EXISTS || error == ERROR_FILE_EXISTS)
        return MoveOutcome::TargetExists;
    *errorText = QStringLiteral("system error %1").arg(error);
    return MoveOutcome::Failed;
}

#else

namespace {

MoveOutcome failed(int error, QString* errorText)
{
    if (error == EEXIST)
        return MoveOutcome::TargetExists;
    *errorText = QString::fromLocal8Bit(std::strerror(error));
    return MoveOutcome::Failed;
}

// The system's own "rename unless the name is taken", where it has one.
// Returns -1 with errno EINVAL or ENOSYS where the file system or kernel
// does not offer it.
int renameExclusive(const QByteArray& source, const QByteArray& target)
{
#if defined(Q_OS_LINUX) && defined(RENAME_NOREPLACE)
    return ::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(),
                       RENAME_NOREPLACE);
#elif defined(Q_OS_MACOS) && defined(RENAME_EXCL)
    return ::renamex_np(source.constData(), target.constData(), RENAME_EXCL);
#else
    errno = ENOSYS;
    return -1;
#endif
}

} // namespace

MoveOutcome moveWithoutReplacing(const QString& from, const QString& to, QString* errorText)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    if (renameExclusive(source, target) == 0)
        return MoveOutcome::Moved;
    if (errno != EINVAL && errno != ENOSYS)
        return failed(errno, errorText);
    // A hard link is made in one step and fails when the name is taken.
    if (::link(source.constData(), target.constData()) == 0) {
        ::unlink(source.constData());
        return MoveOutcome::Moved;
    }
    if (errno != EPERM && errno != ENOTSUP && errno != EOPNOTSUPP)
        return failed(errno, errorText);
    // A file system with neither (FAT, some network shares): check, then
    // rename. Another program could still take the name in between; these
    // file systems give no way to rule that out.
    if (QFileInfo::exists(to))
        return MoveOutcome::TargetExists;
    if (::rename(source.constData(), target.constData()) == 0)
        return MoveOutcome::Moved;
    return failed(errno, errorText);
}

#endif

} // namespace reviewdesk::platform
