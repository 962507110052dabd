// reviewdesk-bench: makes its own register with the demo generator (fixed
// seed) in a temporary folder, times what panel members wait for, prints a
// table and, with --out FILE, writes the figures as JSON:
//   {"<metric>": {"value": V, "unit": "...", "target": T, "met": true|false}, ...}
// --quick runs small sizes so the test suite can prove the benchmark still works;
// the full run (50,000 cases) is the one whose figures count.
#include "benchmark.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cstdio>

namespace reviewdesk::bench {
namespace {

const char* const kMetricNames[] = {
    "calendar_add_per_s",   "calendar_between_per_s", "demo_50k_s",     "open_50k_ms",
    "deadlines_cli_50k_ms", "filter_50k_ms",          "sort_50k_ms",    "save_ms",
    "annual_pdf_ms",        "gui_start_ratio",        "gui_rss_50k_mib"};

QString formatValue(const Metric& metric)
{
    if (metric.higherIsBetter && metric.value >= 1e6)
        return QStringLiteral("%1 M").arg(metric.value / 1e6, 0, 'f', 1);
    return QString::number(metric.value, 'f', metric.value < 10 ? 2 : 1);
}

QString formatTarget(const Metric& metric)
{
    const QString bound = metric.higherIsBetter ? QStringLiteral("≥ ") : QStringLiteral("≤ ");
    if (metric.higherIsBetter && metric.target >= 1e6)
        return bound + QStringLiteral("%1 M").arg(metric.target / 1e6, 0, 'f', 0);
    return bound + QString::number(metric.target, 'g', 6);
}

void printTable(const Results& results)
{
    QTextStream out(stdout);
    out << QStringLiteral("%1  %2  %3  %4  %5\n")
               .arg(QStringLiteral("metric"), -24)
               .arg(QStringLiteral("value"), 10)
               .arg(QStringLiteral("unit"), -6)
               .arg(QStringLiteral("target"), -11)
               .arg(QStringLiteral("met"));
    for (const Metric& metric : results.metrics())
        out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                   .arg(metric.name, -24)
                   .arg(formatValue(metric), 10)
                   .arg(metric.unit, -6)
                   .arg(formatTarget(metric), -11)
                   .arg(metric.met() ? QStringLiteral("yes") : QStringLiteral("NO "))
                   .arg(metric.note);
    for (const Observation& observation : results.observations())
        out << "  " << observation.name << ": " << observation.text << '\n';
    out.flush();
}

bool writeJson(const Results& results, const QString& path)
{
    QJsonObject root;
    for (const Metric& metric : results.metrics())
        root.insert(metric.name, QJsonObject{{QStringLiteral("value"), metric.value},
                                             {QStringLiteral("unit"), metric.unit},
                                             {QStringLiteral("target"), metric.target},
                                             {QStringLiteral("met"), metric.met()},
                                             {QStringLiteral("note"), metric.note}});
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    return file.commit();
}

// The register view needs a QApplication; nothing is shown, so it draws offscreen.
std::vector<char*> withOffscreenPlatform(int argc, char* argv[])
{
    static char platform[] = "-platform";
    static char offscreen[] = "offscreen";
    std::vector<char*> arguments(argv, argv + argc);
    arguments.insert(arguments.begin() + 1, {platform, offscreen});
    arguments.push_back(nullptr);
    return arguments;
}

} // namespace
} // namespace reviewdesk::bench

int main(int argc, char* argv[])
{
    using namespace reviewdesk::bench;
    std::vector<char*> arguments = withOffscreenPlatform(argc, argv);
    int count = int(arguments.size()) - 1;
    QApplication app(count, arguments.data());
    QApplication::setApplicationName(QStringLiteral("reviewdesk-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times ReviewDesk on a generated register and compares with its targets."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Small sizes, to prove the benchmark works."));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Write the figures as JSON to FILE."),
                                 QStringLiteral("FILE"));
    parser.addOption(quick);
    parser.addOption(out);
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "reviewdesk-bench: unexpected argument \"%s\"\n",
                     qPrintable(parser.positionalArguments().first()));
        return 2;
    }

    QTemporaryDir folder;
    if (!folder.isValid()) {
        std::fprintf(stderr, "reviewdesk-bench: cannot make a temporary folder: %s\n",
                     qPrintable(folder.errorString()));
        return 1;
    }
    RunSettings settings;
    settings.folder = folder.path();
    settings.binFolder = QCoreApplication::applicationDirPath();
    if (parser.isSet(quick)) {
        settings.quick = true;
        settings.cases = 500;
        settings.calendarPairs = 200000;
        settings.keystrokes = 10;
        settings.saves = 20;
        settings.repeats = 2;
    }

    Results results;
    auto step = [](const char* what) { std::fprintf(stderr, "reviewdesk-bench: %s\n", what); };
    step("calendar");
    measureCalendar(settings, results);
    step("demo register");
    if (measureDemo(settings, results)) {
        step("open");
        measureOpen(settings, results);
        step("deadlines --json");
        measureDeadlinesCli(settings, results);
        step("register filter and sort");
        measureRegisterView(settings, results);
        step("pages of the window");
        measurePageMaking(settings, results);
        step("annual report");
        measureAnnualReport(settings, results);
        step("desktop start");
        measureDesktopStart(settings, results);
        step("saves");
        measureSave(settings, results);
    }
    printTable(results);
    // A group that failed leaves its metrics out: that is a failed run.
    int absent = 0;
    for (const char* name : kMetricNames) {
        const auto found = std::find_if(results.metrics().cbegin(), results.metrics().cend(),
                                        [&](const Metric& m) { return m.name == name; });
        if (found == results.metrics().cend()) {
            std::fprintf(stderr, "reviewdesk-bench: %s was not measured\n", name);
            ++absent;
        }
    }
    if (parser.isSet(out) && !writeJson(results, parser.value(out))) {
        std::fprintf(stderr, "reviewdesk-bench: cannot write %s\n", qPrintable(parser.value(out)));
        return 1;
    }
    return absent == 0 ? 0 : 1;
}
