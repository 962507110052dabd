// reviewdesk: the desktop application. Thin: arguments, settings, wiring.
#include "window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    QApplication::setHighDpiScaleFactorRoundingPolicy(
        Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    // The same names as reviewdesk-cli, so both find the same default file.
    QApplication::setApplicationName(QStringLiteral("reviewdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("ReviewDesk"));
    QApplication::setApplicationVersion(QStringLiteral(REVIEWDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("uk.org.reviewdesk.ReviewDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Case register and statutory deadline tracker for Case Review Panels."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("Open the register in FILE."),
                                      QStringLiteral("FILE"));
    parser.addOption(database);
    parser.process(app);

    QString path = parser.value(database);
    if (path.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(folder);
        path = QDir(folder).filePath(QStringLiteral("reviewdesk.sqlite"));
    }

    reviewdesk::ui::MainWindow window;
    window.show();
    // Opened after the window shows: a file that cannot be opened gets a
    // dialog over a running application rather than no application at all.
    window.openDatabase(path);
    return QApplication::exec();
}
