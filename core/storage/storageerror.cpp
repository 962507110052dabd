#include "storage/storageerror.h"

namespace reviewdesk {

Error describeStorageError(const QString& path, const QString& databaseText, const QString& detail,
                           const QString& doing)
{
    const QString text = databaseText.toLower();
    // SQLITE_BUSY or SQLITE_LOCKED: another program holds the file.
    if (text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy")))
        return Error::storage(
            QStringLiteral("%1 is locked by another program; try again when it has finished")
                .arg(path));
    // SQLITE_READONLY ("attempt to write a readonly database"): the file, or the
    // folder SQLite keeps its -wal/-shm files in, is not writable for this user.
    if (text.contains(QLatin1String("readonly")))
        return Error::storage(
            QStringLiteral("%1 is read-only for this user: ReviewDesk needs permission to write "
                           "to the file and its folder")
                .arg(path));
    if (text.contains(QLatin1String("not a database")) ||
        text.contains(QLatin1String("malformed")) || text.contains(QLatin1String("corrupt")))
        return Error::storage(QStringLiteral("%1 is damaged or is not a ReviewDesk database (%2)")
                                  .arg(path, databaseText));
    return Error::storage(QStringLiteral("cannot %1 %2: %3").arg(doing, path, detail));
}

} // namespace reviewdesk
