#pragma once
// The desktop application's preferences on this computer (window geometry,
// recent files, display name...): ~/.config/reviewdesk/reviewdesk.conf on Linux.
// The owner is named here rather than through setOrganizationName(): Qt would
// otherwise file the settings under "Unknown Organization", and an
// organisation name would also move the default register's folder, which the
// command-line tool finds through the same QStandardPaths location.
#include <QSettings>

namespace reviewdesk::ui {

class AppSettings : public QSettings
{
public:
    AppSettings()
        : QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("reviewdesk"),
                    QStringLiteral("reviewdesk"))
    {}
};

} // namespace reviewdesk::ui
