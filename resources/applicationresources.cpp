#include "applicationresources.h"

#include <QDir>
#include <QFile>

namespace reviewdesk {

QIcon applicationIcon()
{
    // One folder per size ("16x16", ...), as the build rendered them.
    const QDir icons(QStringLiteral(":/reviewdesk/icons"));
    QIcon icon;
    for (const QString& size : icons.entryList(QDir::Dirs))
        icon.addFile(icons.filePath(size + QLatin1String("/uk.org.reviewdesk.ReviewDesk.png")));
    return icon;
}

QString licenceText()
{
    QFile file(QStringLiteral(":/reviewdesk/LICENSE"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace reviewdesk
