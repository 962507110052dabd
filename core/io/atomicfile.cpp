#include "io/atomicfile.h"

#include <QFileInfo>
#include <QSaveFile>

namespace reviewdesk::io {
namespace {

// The one spelling of a path: symbolic links and "..", resolved as far as
// the file or, for a file not made yet, its folder exists.
QString resolved(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QFileInfo folder(info.absolutePath());
    return (folder.exists() ? folder.canonicalFilePath() : folder.absoluteFilePath()) +
           QLatin1Char('/') + info.fileName();
}

} // namespace

bool replacesRegister(const QString& path, const QString& registerPath)
{
    if (path.isEmpty() || registerPath.isEmpty())
        return false;
    const QString target = resolved(path);
    const QString base = resolved(registerPath);
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        if (target == base + QLatin1String(suffix))
            return true;
    return false;
}

Error registerItselfError(const QString& path, const QString& what)
{
    return Error::invalid(
        QStringLiteral("%1 is the register itself; choose another file for the %2")
            .arg(path, what));
}

Status writeFileAtomically(const QString& path, const QByteArray& bytes, const QString& keep)
{
    if (path.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("no file name given for the export"));
    const QFileInfo info(path);
    if (info.isDir())
        return Error::invalid(QStringLiteral("%1 is a folder, not a file").arg(path));
    if (replacesRegister(path, keep))
        return registerItselfError(path, QStringLiteral("export"));
    const bool existed = info.exists();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::storage(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    if (!existed)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return Error::storage(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    }
    if (!file.commit())
        return Error::storage(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return success();
}

} // namespace reviewdesk::io
