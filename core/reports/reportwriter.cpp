#include "reports/reportwriter.h"

#include "io/atomicfile.h"
#include "reports/pdfrenderer.h"
#include "reports/reportcontent.h"
#include "util/isodate.h"

#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

namespace reviewdesk::reports {

QString cancelledMessage()
{
    return QStringLiteral("the report was cancelled");
}

Status writeReport(const ReportRequest& request, const QString& pdfPath, const ProgressFn& progress)
{
    if (!request.snapshot)
        return Error::invalid(QStringLiteral("the report has no register to read"));
    if (pdfPath.isEmpty())
        return Error::invalid(QStringLiteral("no file name for the report"), QStringLiteral("out"));
    const QString shownPath = QDir::toNativeSeparators(pdfPath);
    if (QFileInfo(pdfPath).isDir())
        return Error::storage(QStringLiteral("cannot write %1: it is a folder").arg(shownPath));
    if (io::replacesRegister(pdfPath, request.registerPath))
        return io::registerItselfError(shownPath, QStringLiteral("report"));

    const ReportDocument document = assembleReport(request);
    const QDateTime generated =
        request.generated.isValid() ? request.generated : QDateTime::currentDateTime();
    PageDecoration decoration;
    decoration.title = document.title;
    decoration.headerNote =
        QStringLiteral("As of %1 · generated %2 %3")
            .arg(toDisplay(request.snapshot->asOf()), toDisplay(generated.date()),
                 generated.time().toString(QStringLiteral("HH:mm")));

    // Written beside the target under a temporary name and renamed over it
    // only when complete: a failure or a cancel leaves nothing behind.
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return Error::storage(
            QStringLiteral("cannot write %1: %2").arg(shownPath, file.errorString()));
    // The report holds special-category data: a new file is for its owner only.
    if (!QFileInfo::exists(pdfPath))
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    bool done = false;
    QString error;
    {
        QPdfWriter writer(&file);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("ReviewDesk %1").arg(QStringLiteral(REVIEWDESK_VERSION)));
        done = renderDocument(document, writer, decoration, progress, nullptr, &error);
    }
    if (!done) {
        file.cancelWriting();
        if (!error.isEmpty())
            return Error::storage(QStringLiteral("cannot write %1: %2").arg(shownPath, error));
        return Error::invalid(cancelledMessage());
    }
    if (!file.commit())
        return Error::storage(
            QStringLiteral("cannot write %1: %2").arg(shownPath, file.errorString()));
    return success();
}

} // namespace reviewdesk::reports
