// The recently opened database files, kept in the user's settings.
#pragma once

#include <QStringList>

namespace reviewdesk::ui {

class RecentFiles
{
public:
    static QStringList list();
    static void add(const QString& path);
    static void remove(const QString& path);

private:
    static constexpr int kMaximum = 8;
};

} // namespace reviewdesk::ui
