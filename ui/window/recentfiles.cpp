#include "window/recentfiles.h"

#include "session/appsettings.h"

#include <QFileInfo>

namespace reviewdesk::ui {
namespace {

const QString kKey = QStringLiteral("files/recent");

} // namespace

QStringList RecentFiles::list()
{
    return AppSettings().value(kKey).toStringList();
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = list();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaximum)
        files.removeLast();
    AppSettings().setValue(kKey, files);
}

void RecentFiles::remove(const QString& path)
{
    QStringList files = list();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    AppSettings().setValue(kKey, files);
}

} // namespace reviewdesk::ui
