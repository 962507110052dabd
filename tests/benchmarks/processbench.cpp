// The measurements of whole processes: deadlines_cli_50k_ms (reviewdesk-cli
// deadlines --json from start to exit), gui_start_ratio (process start to the
// main window's first paint, against a bare QMainWindow) and gui_rss_50k_mib
// (peak resident memory with the register page painted). The desktop
// processes draw through a window system: the display the benchmark runs on,
// else a virtual X display of its own (see virtualdisplay.h).
//
// The desktop application reports a paint on stdout when
// REVIEWDESK_FIRST_PAINT_PROBE is set ("window": its first paint; "cases":
// the first paint of the register page with the file loaded, then "settled"
// when the work that paint let start is done), then keeps running until it
// is killed, so its memory can be read from /proc.
#include "benchmark.h"
#include "virtualdisplay.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

#include <optional>

namespace reviewdesk::bench {
namespace {

constexpr int kProcessTimeoutMs = 120000;

// The children write their settings into the run's folder, never the user's.
QProcessEnvironment childEnvironment(const RunSettings& settings)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), settings.folder + "/config");
    environment.insert(QStringLiteral("XDG_DATA_HOME"), settings.folder + "/data");
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), settings.folder + "/cache");
    return environment;
}

// Where the desktop processes draw, and the environment that sends them there.
struct DesktopPlatform
{
    QString name;
    QProcessEnvironment environment;
};

DesktopPlatform offscreenPlatform(const RunSettings& settings)
{
    QProcessEnvironment environment = childEnvironment(settings);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return {QStringLiteral("offscreen"), environment};
}

// The platform of whoever runs the benchmark: one named in
// QT_QPA_PLATFORM, else the display the benchmark runs on; none without either.
std::optional<DesktopPlatform> platformOfThisSession(const RunSettings& settings)
{
    const QProcessEnvironment environment = childEnvironment(settings);
    if (environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        return DesktopPlatform{environment.value(QStringLiteral("QT_QPA_PLATFORM")), environment};
    if (environment.contains(QStringLiteral("WAYLAND_DISPLAY")))
        return DesktopPlatform{QStringLiteral("wayland"), environment};
    if (environment.contains(QStringLiteral("DISPLAY")))
        return DesktopPlatform{QStringLiteral("xcb"), environment};
    return std::nullopt;
}

DesktopPlatform virtualDisplayPlatform(const RunSettings& settings, const VirtualDisplay& display)
{
    QProcessEnvironment environment = childEnvironment(settings);
    environment.insert(QStringLiteral("DISPLAY"), display.name());
    return {QStringLiteral("xcb on Xvfb"), environment};
}

struct Painted
{
    double ms = 0;      // from starting the process to its report of a paint
    double peakMib = 0; // VmHWM once the process reports it has settled
    QString error;
};

double peakResidentMib(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    return 0;
}

// Runs the program until it reports "painted" and, when asked to wait for it,
// "settled"; the memory is read at the last report.
Painted runUntilPainted(const DesktopPlatform& platform, const QString& program,
                        const QStringList& arguments, const QString& probe,
                        bool waitUntilSettled = false)
{
    QProcess process;
    QProcessEnvironment environment = platform.environment;
    environment.insert(QStringLiteral("REVIEWDESK_FIRST_PAINT_PROBE"), probe);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    Painted painted;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    QByteArray output;
    auto readUntil = [&](const char* report) {
        while (!output.contains(report)) {
            if (!process.waitForReadyRead(kProcessTimeoutMs)) {
                painted.error = QStringLiteral("%1 did not report \"%2\": %3")
                                    .arg(QFileInfo(program).fileName(), QLatin1String(report),
                                         QString::fromLocal8Bit(process.readAllStandardError()));
                return false;
            }
            output += process.readAllStandardOutput();
        }
        return true;
    };
    if (readUntil("painted")) {
        painted.ms = elapsedMs(timer);
        if (!waitUntilSettled || readUntil("settled"))
            painted.peakMib = peakResidentMib(process.processId());
    }
    process.kill();
    process.waitForFinished();
    return painted;
}

const QString kApp = QStringLiteral("/reviewdesk");
const QString kBareWindow = QStringLiteral("/reviewdesk-bare-window");

// The app opens the benchmark's register.
QStringList appArguments(const RunSettings& settings)
{
    return {QStringLiteral("--database"), settings.databasePath()};
}

// The medians of the first paints of the bare window, the bare window with
// one label and the app on the file.
struct StartTimes
{
    double bare = 0;
    double labelled = 0;
    double app = 0;
    int count = 0;
    QString error;
};

StartTimes measureStarts(const RunSettings& settings, const DesktopPlatform& platform)
{
    const QString app = settings.binFolder + kApp;
    const QString bare = settings.binFolder + kBareWindow;
    std::vector<double> appTimes;
    std::vector<double> bareTimes;
    std::vector<double> labelledTimes;
    StartTimes times;
    // Alternated, so that a busy moment of the machine falls on all alike.
    // Twelve times as many starts as other repeats (60 in a full run): one
    // start here can vary by a fifth either way, and the ratio of two medians
    // of 15 starts moved by ±0.08 from the sample alone (1.37–1.54 over twenty
    // runs of 15 from one sequence of 300 starts, 1.43–1.47 over five of 60).
    times.count = 12 * settings.repeats;
    for (int run = 0; run < times.count; ++run) {
        const Painted plain = runUntilPainted(platform, bare, {}, QStringLiteral("window"));
        const Painted labelled =
            runUntilPainted(platform, bare, {QStringLiteral("--label")}, QStringLiteral("window"));
        const Painted started =
            runUntilPainted(platform, app, appArguments(settings), QStringLiteral("window"));
        for (const Painted* painted : {&plain, &labelled, &started})
            if (!painted->error.isEmpty()) {
                times.error = painted->error;
                return times;
            }
        bareTimes.push_back(plain.ms);
        labelledTimes.push_back(labelled.ms);
        appTimes.push_back(started.ms);
    }
    times.bare = median(bareTimes);
    times.labelled = median(labelledTimes);
    times.app = median(appTimes);
    return times;
}

} // namespace

void measureDeadlinesCli(const RunSettings& settings, Results& results)
{
    const QString cli = settings.binFolder + QStringLiteral("/reviewdesk-cli");
    std::vector<double> times;
    qint64 bytes = 0;
    for (int run = 0; run < settings.repeats; ++run) {
        QProcess process;
        process.setProcessEnvironment(childEnvironment(settings));
        QElapsedTimer timer;
        timer.start();
        process.start(cli, {QStringLiteral("--database"), settings.databasePath(),
                            QStringLiteral("deadlines"), QStringLiteral("--as-of"),
                            settings.today.toString(Qt::ISODate), QStringLiteral("--json")});
        // QProcess drains the pipe as it fills, as a program reading the output would.
        process.waitForFinished(kProcessTimeoutMs);
        bytes = process.readAllStandardOutput().size();
        times.push_back(elapsedMs(timer));
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            results.observe(QStringLiteral("deadlines --json"),
                            QStringLiteral("failed: %1")
                                .arg(QString::fromLocal8Bit(process.readAllStandardError())));
            return;
        }
    }
    results.add({QStringLiteral("deadlines_cli_50k_ms"), median(times), QStringLiteral("ms"), 1000,
                 false,
                 QStringLiteral("whole reviewdesk-cli deadlines --json process, median of %1")
                     .arg(settings.repeats)});
    results.observe(QStringLiteral("deadlines --json output"),
                    QStringLiteral("%1 MiB").arg(double(bytes) / (1 << 20), 0, 'f', 1));
}

void measureDesktopStart(const RunSettings& settings, Results& results)
{
    // Where there is no display, the benchmark starts a virtual one of its
    // own; only without that do the processes draw offscreen.
    std::optional<VirtualDisplay> virtualDisplay;
    std::optional<DesktopPlatform> platform = platformOfThisSession(settings);
    if (!platform) {
        virtualDisplay.emplace(settings.folder + QStringLiteral("/xvfb.log"));
        if (virtualDisplay->isRunning()) {
            platform = virtualDisplayPlatform(settings, *virtualDisplay);
        } else {
            platform = offscreenPlatform(settings);
            results.observe(QStringLiteral("desktop"),
                            QStringLiteral("no virtual display (%1): drawn offscreen")
                                .arg(virtualDisplay->error()));
        }
    }
    const StartTimes start = measureStarts(settings, *platform);
    if (!start.error.isEmpty()) {
        results.observe(QStringLiteral("desktop"), start.error);
        return;
    }
    std::vector<double> readyTimes;
    double peak = 0;
    for (int run = 0; run < settings.repeats; ++run) {
        const Painted ready =
            runUntilPainted(*platform, settings.binFolder + kApp, appArguments(settings),
                            QStringLiteral("cases"), true);
        if (!ready.error.isEmpty()) {
            results.observe(QStringLiteral("desktop"), ready.error);
            return;
        }
        readyTimes.push_back(ready.ms);
        peak = std::max(peak, ready.peakMib);
    }
    results.add({QStringLiteral("gui_start_ratio"), start.app / start.bare, QStringLiteral("ratio"),
                 1.5, false,
                 QStringLiteral("first paint %1 ms vs bare QMainWindow %2 ms (%3), median of %4")
                     .arg(start.app, 0, 'f', 0)
                     .arg(start.bare, 0, 'f', 0)
                     .arg(platform->name)
                     .arg(start.count)});
    // Not a target: what the ratio would be against a bare window that shows
    // one line of text, and so loads the font configuration as the app must.
    results.observe(QStringLiteral("desktop: bare window with one label"),
                    QStringLiteral("first paint %1 ms; the app's first paint is %2 times that")
                        .arg(start.labelled, 0, 'f', 0)
                        .arg(start.app / start.labelled, 0, 'f', 2));
    // Not a target either: the same starts where no window system takes part.
    // There the empty yardstick maps no window and loads no font, so the ratio
    // is the cost of any window with words in it.
    if (platform->name != QLatin1String("offscreen")) {
        const StartTimes offscreen = measureStarts(settings, offscreenPlatform(settings));
        results.observe(
            QStringLiteral("desktop: offscreen"),
            offscreen.error.isEmpty()
                ? QStringLiteral("first paint %1 ms vs bare %2 ms (ratio %3), with one label %4 ms")
                      .arg(offscreen.app, 0, 'f', 0)
                      .arg(offscreen.bare, 0, 'f', 0)
                      .arg(offscreen.app / offscreen.bare, 0, 'f', 2)
                      .arg(offscreen.labelled, 0, 'f', 0)
                : offscreen.error);
    }
    results.add({QStringLiteral("gui_rss_50k_mib"), peak, QStringLiteral("MiB"), 150, false,
                 QStringLiteral("VmHWM with the register page painted and settled, largest of %1")
                     .arg(settings.repeats)});
    results.observe(
        QStringLiteral("desktop: register painted with every case loaded"),
        QStringLiteral("%1 ms after process start (median)").arg(median(readyTimes), 0, 'f', 0));
}

} // namespace reviewdesk::bench
