#include "io/atomicfile.h"

#include <QFileInfo>
#include <QSaveFile>

namespace reviewdesk::io {

Status writeFileAtomically(const QString& path, const QByteArray& bytes, const QString& keep)
{
    if (path.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("no file name given for the export"));
    const QFileInfo info(path);
    if (info.isDir())
        return Error::invalid(QStringLiteral("%1 is a folder, not a file").arg(path));
    if (!keep.isEmpty() && info.exists() &&
        info.canonicalFilePath() == QFileInfo(keep).canonicalFilePath())
        return Error::invalid(
            QStringLiteral("%1 is the register itself; choose another file for the export")
                .arg(path));
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
