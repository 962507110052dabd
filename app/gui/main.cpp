// reviewdesk: the desktop application. Thin: arguments, settings, wiring.
#include "applicationresources.h"
#include "charts/chartsmodule.h"
#include "charts/chartspage.h"
#include "charts/periodselector.h"
#include "window/deferrediconstyle.h"
#include "window/firstpaint.h"
#include "window/fontconfigpreload.h"
#include "window/mainwindow.h"
#include "window/registerpage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char* argv[])
{
    // Read while QApplication connects to the display; ready before any text.
    reviewdesk::ui::FontConfigurationPreload fontConfiguration;
    QApplication::setHighDpiScaleFactorRoundingPolicy(
        Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    fontConfiguration.wait();
    QApplication::setStyle(new reviewdesk::ui::DeferredIconStyle);
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

    // For the benchmark (tests/benchmarks): prints "painted" on stdout at the
    // window's first paint ("window"), or at the register page's first paint
    // with the file loaded ("cases"); for "cases", then "settled" once the
    // register page has built its search texts after that paint, which is
    // when the benchmark reads the memory used. For the package's test
    // (tests/packaging), "charts" shows the Charts page once the file is open
    // and prints whether the installed charts module drew it.
    const QString probe = qEnvironmentVariable("REVIEWDESK_FIRST_PAINT_PROBE");
    const auto report = [](const char* line) {
        std::fputs(line, stdout);
        std::fflush(stdout);
    };
    const auto reportPaint = [report] { report("painted\n"); };

    reviewdesk::ui::MainWindow window;
    // Opened once the window is on screen: a file that cannot be opened gets
    // a dialog over a running application rather than no application at all.
    // Asked for before the window shows, so "Opening…" is its first page.
    window.openDatabaseWhenShown(path, [&window, probe, report, reportPaint] {
        if (probe == QLatin1String("charts")) {
            if (!window.session()) {
                report("charts not drawn: the register could not be opened\n");
                return;
            }
            window.showPage(reviewdesk::ui::MainWindow::Charts);
            auto* page = window.findChild<reviewdesk::ui::ChartsPage*>();
            // Every case, whatever year the file's cases are from: a period
            // with none draws no chart, and the question is whether the module draws.
            if (page)
                page->periodSelector()->setKind(reviewdesk::ui::PeriodSelector::Kind::Everything);
            const bool drawn = page && !page->chartViews().isEmpty();
            report(drawn ? "charts drawn\n"
                         : qPrintable(QStringLiteral("charts not drawn: %1\n")
                                          .arg(reviewdesk::ui::chartsModule().error)));
            return;
        }
        if (probe != QLatin1String("cases"))
            return;
        window.showPage(reviewdesk::ui::MainWindow::Cases);
        if (auto* page = window.findChild<reviewdesk::ui::RegisterPage*>()) {
            reviewdesk::ui::whenPainted(page, reportPaint);
            QObject::connect(page, &reviewdesk::ui::RegisterPage::searchReady, page,
                             [report] { report("settled\n"); });
        }
    });
    window.show();
    // The icon is read once the window is on screen: reading its images loads
    // every Qt image-format plugin, which the first paint need not wait for.
    // Watched after the opening, so it is set before the (long) opening of the file.
    reviewdesk::ui::whenPainted(&window,
                                [] { QApplication::setWindowIcon(reviewdesk::applicationIcon()); });
    // Watched last: the newest watcher sees the paint first, so the report is
    // queued ahead of the icon and the opening of the file.
    if (probe == QLatin1String("window"))
        reviewdesk::ui::whenPainted(&window, reportPaint);
    return QApplication::exec();
}
