#include "io/fileexports.h"

#include "io/atomicfile.h"
#include "io/deadlinecalendar.h"
#include "io/importdialog.h"
#include "io/registerexport.h"
#include "session/appsession.h"
#include "util/counted.h"
#include "util/isodate.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

#include <type_traits>

namespace reviewdesk::ui {
namespace {

QString askWhere(QWidget* parent, const QString& title, const QString& suggested,
                 const QString& filter)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(suggested), filter);
}

void tell(QWidget* parent, const QString& message)
{
    if (auto* window = qobject_cast<QMainWindow*>(parent ? parent->window() : nullptr))
        window->statusBar()->showMessage(message, 8000);
}

// Loads the register (as whole case files with their milestones, or as the
// records without them), makes the bytes and writes them to a chosen file.
template <typename Record, typename Make>
void exportTo(QWidget* parent, AppSession& session, const QString& title, const QString& suggested,
              const QString& filter, Make make)
{
    const QString path = askWhere(parent, title, suggested, filter);
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto files = [&] {
        if constexpr (std::is_same_v<Record, CaseFile>)
            return session.workspace().loadRegister();
        else
            return session.workspace().loadRegisterRecords();
    }();
    Status written = files ? Status(success()) : Status(files.error());
    QString summary;
    if (files) {
        const auto [bytes, what] = make(*files);
        written = io::writeFileAtomically(path, bytes, session.path());
        summary = what;
    }
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(parent, title,
                             QApplication::translate("FileExports", "Nothing was exported.\n\n%1")
                                 .arg(written.error().message));
        return;
    }
    tell(parent, QApplication::translate("FileExports", "%1 written to %2")
                     .arg(summary, QDir::toNativeSeparators(path)));
}

} // namespace

void exportCasesCsv(QWidget* parent, AppSession& session)
{
    const QDate today = session.today();
    exportTo<CaseFile>(
        parent, session, QApplication::translate("FileExports", "Export cases"),
        QStringLiteral("cases-%1.csv").arg(toIso(today)),
        QApplication::translate("FileExports", "Spreadsheets (*.csv)"),
        [today](const QList<CaseFile>& files) {
            return std::pair{io::caseRegisterCsv(files, {today, false}), casesText(files.size())};
        });
}

void exportActionsCsv(QWidget* parent, AppSession& session)
{
    exportTo<CaseRecord>(parent, session, QApplication::translate("FileExports", "Export actions"),
                         QStringLiteral("actions-%1.csv").arg(toIso(session.today())),
                         QApplication::translate("FileExports", "Spreadsheets (*.csv)"),
                         [](const QList<CaseRecord>& files) {
                             qsizetype count = 0;
                             for (const CaseRecord& file : files)
                                 count += file.actions.size();
                             return std::pair{io::actionsCsv(files), actionsText(count)};
                         });
}

void exportDeadlinesCalendar(QWidget* parent, AppSession& session)
{
    const DeadlineEngine& engine = session.snapshot().engine();
    exportTo<CaseRecord>(
        parent, session, QApplication::translate("FileExports", "Export deadlines calendar"),
        QStringLiteral("deadlines-%1.ics").arg(toIso(session.today())),
        QApplication::translate("FileExports", "Calendars (*.ics)"),
        [&engine](const QList<CaseRecord>& files) {
            const QByteArray calendar =
                io::deadlinesCalendar(files, engine, {QDateTime::currentDateTimeUtc(), {}});
            return std::pair{calendar, counted(calendar.count("BEGIN:VEVENT"),
                                               QStringLiteral("open deadline"),
                                               QStringLiteral("open deadlines"))};
        });
}

int importCasesCsv(QWidget* parent, AppSession& session)
{
    ImportDialog dialog(&session, parent);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    tell(parent, QApplication::translate("FileExports", "%1 imported")
                     .arg(casesText(dialog.importedCount())));
    return dialog.importedCount();
}

void addImportExportActions(QMenu* file, QWidget* window, std::function<AppSession*()> session)
{
    auto withSession = [session](auto run) {
        return [session, run] {
            if (AppSession* open = session())
                run(*open);
        };
    };
    file->addAction(QApplication::translate("FileExports", "&Import CSV…"), window,
                    withSession([window](AppSession& s) { importCasesCsv(window, s); }));
    QMenu* exports = file->addMenu(QApplication::translate("FileExports", "&Export"));
    exports->addAction(QApplication::translate("FileExports", "&Cases CSV…"), window,
                       withSession([window](AppSession& s) { exportCasesCsv(window, s); }));
    exports->addAction(QApplication::translate("FileExports", "&Actions CSV…"), window,
                       withSession([window](AppSession& s) { exportActionsCsv(window, s); }));
    exports->addAction(
        QApplication::translate("FileExports", "&Deadlines Calendar (.ics)…"), window,
        withSession([window](AppSession& s) { exportDeadlinesCalendar(window, s); }));
}

} // namespace reviewdesk::ui
