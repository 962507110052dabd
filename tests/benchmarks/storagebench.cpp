// demo_50k_s, open_50k_ms and save_ms: the generator, the open path the
// desktop application and the CLI share (Workspace::open, which inspects the
// file and starts its quick_check on another thread, then RegisterSnapshot::load,
// which reads every case, computes every deadline and waits for the check), and
// one durable service write. The snapshot holds no milestones (see CaseRecord):
// the whole register with its milestones, what the exports read, is timed
// beside it as an observation.
#include "benchmark.h"
#include "demo/demogenerator.h"
#include "services/caseservice.h"
#include "services/registersnapshot.h"
#include "storage/quickcheck.h"
#include "storage/registerloader.h"

#include <QFile>

namespace reviewdesk::bench {

QString RunSettings::databasePath() const
{
    return folder + QStringLiteral("/register-%1.sqlite").arg(cases);
}

bool measureDemo(const RunSettings& settings, Results& results)
{
    const QString path = settings.databasePath();
    QFile::remove(path);
    QElapsedTimer timer;
    timer.start();
    auto workspace = Workspace::open(path, QStringLiteral("bench"));
    if (!workspace) {
        results.observe(QStringLiteral("demo"), workspace.error().message);
        return false;
    }
    auto generated = generateDemoData(**workspace, {settings.cases, settings.seed, settings.today});
    workspace->reset(); // closed, as the demo command leaves it
    const double seconds = elapsedMs(timer) / 1000;
    if (!generated) {
        results.observe(QStringLiteral("demo"), generated.error().message);
        return false;
    }
    results.add({QStringLiteral("demo_50k_s"), seconds, QStringLiteral("s"), 10, false,
                 QStringLiteral("%1 cases, seed %2").arg(settings.cases).arg(settings.seed)});
    results.observe(
        QStringLiteral("file size"),
        QStringLiteral("%1 MiB").arg(double(QFile(path).size()) / (1 << 20), 0, 'f', 1));
    return true;
}

namespace {

// Opens the generated file as the desktop and the CLI do: the damage check
// starts on its own thread while the caller loads.
Result<std::unique_ptr<Workspace>> openAsTheAppDoes(const RunSettings& settings)
{
    return Workspace::open(settings.databasePath(), QStringLiteral("bench"),
                           Database::OpenCheck::WhileLoading);
}

// Workspace::open + Workspace::loadRegister: every case file with its milestones.
void measureOpenWithMilestones(const RunSettings& settings, Results& results)
{
    std::vector<double> times;
    qsizetype milestones = 0;
    for (int run = 0; run < settings.repeats; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto workspace = openAsTheAppDoes(settings);
        if (!workspace) {
            results.observe(QStringLiteral("open"), workspace.error().message);
            return;
        }
        auto files = (*workspace)->loadRegister();
        if (!files) {
            results.observe(QStringLiteral("open"), files.error().message);
            return;
        }
        times.push_back(elapsedMs(timer));
        milestones = 0;
        for (const CaseFile& file : *files)
            milestones += file.milestones.size();
    }
    results.observe(QStringLiteral("open: every case file with its milestones (exports)"),
                    QStringLiteral("%1 ms (median), %2 milestones, no deadlines computed")
                        .arg(median(times), 0, 'f', 1)
                        .arg(milestones));
}

// The load without the check beside it: with the check's time above, it tells
// whether an open that misses its target waited for the check or for the load.
QString medianLoadAfterCheck(const RunSettings& settings)
{
    std::vector<double> times;
    for (int run = 0; run < settings.repeats; ++run) {
        auto workspace = Workspace::open(settings.databasePath(), QStringLiteral("bench"));
        if (!workspace)
            return workspace.error().message;
        QElapsedTimer timer;
        timer.start();
        auto snapshot = RegisterSnapshot::load(**workspace, settings.today);
        if (!snapshot)
            return snapshot.error().message;
        times.push_back(elapsedMs(timer));
    }
    return QStringLiteral("%1 ms (median)").arg(median(times), 0, 'f', 1);
}

} // namespace

void measureOpen(const RunSettings& settings, Results& results)
{
    std::vector<double> whole;
    std::vector<double> opening;
    qsizetype cases = 0;
    qsizetype deadlines = 0;
    int readAlongside = 0; // loads whose actions were read on the second connection
    for (int run = 0; run < settings.repeats; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto workspace = openAsTheAppDoes(settings);
        if (!workspace) {
            results.observe(QStringLiteral("open"), workspace.error().message);
            return;
        }
        const double opened = elapsedMs(timer);
        RegisterLoadReport report;
        auto snapshot = RegisterSnapshot::load(**workspace, settings.today, &report);
        if (!snapshot) {
            results.observe(QStringLiteral("open"), snapshot.error().message);
            return;
        }
        whole.push_back(elapsedMs(timer));
        opening.push_back(opened);
        readAlongside += report.actionsReadAlongside ? 1 : 0;
        cases = snapshot->entries().size();
        deadlines = 0;
        for (const CaseEntry& entry : snapshot->entries())
            deadlines += entry.deadlines.size();
    }
    results.add({QStringLiteral("open_50k_ms"), median(whole), QStringLiteral("ms"), 300, false,
                 QStringLiteral("Workspace::open + RegisterSnapshot::load, median of %1")
                     .arg(settings.repeats)});
    // The app opens a file once per process: its first open also pays for
    // the memory the register is loaded into, which later runs reuse.
    results.observe(QStringLiteral("open: first run in this process"),
                    QStringLiteral("%1 ms").arg(whole.front(), 0, 'f', 1));
    results.observe(QStringLiteral("open: Workspace::open alone (check started)"),
                    QStringLiteral("%1 ms (median)").arg(median(opening), 0, 'f', 1));
    QElapsedTimer checkTimer;
    checkTimer.start();
    const Status checked = quickCheck(settings.databasePath());
    results.observe(QStringLiteral("open: quick_check alone, run after"),
                    checked ? QStringLiteral("%1 ms").arg(elapsedMs(checkTimer), 0, 'f', 1)
                            : checked.error().message);
    results.observe(QStringLiteral("open: RegisterSnapshot::load alone, file checked first"),
                    medianLoadAfterCheck(settings));
    results.observe(QStringLiteral("open: loaded"),
                    QStringLiteral("%1 cases, %2 deadlines").arg(cases).arg(deadlines));
    results.observe(QStringLiteral("open: actions read on a second connection"),
                    QStringLiteral("%1 of %2 loads").arg(readAlongside).arg(settings.repeats));
    measureOpenWithMilestones(settings, results);
}

void measureSave(const RunSettings& settings, Results& results)
{
    auto workspace = Workspace::open(settings.databasePath(), QStringLiteral("bench"));
    if (!workspace) {
        results.observe(QStringLiteral("save"), workspace.error().message);
        return;
    }
    auto file = (*workspace)->caseFile(QStringLiteral("DEMO-2024-0001"));
    if (!file) {
        results.observe(QStringLiteral("save"), file.error().message);
        return;
    }
    CaseService service(**workspace);
    Case kase = file->kase;
    std::vector<double> times;
    for (int save = 0; save < settings.saves; ++save) {
        kase.leadOfficer = QStringLiteral("Lead officer %1").arg(save);
        QElapsedTimer timer;
        timer.start();
        auto saved = service.updateCase(kase);
        times.push_back(elapsedMs(timer));
        if (!saved) {
            results.observe(QStringLiteral("save"), saved.error().message);
            return;
        }
        kase = *saved; // the new version, as the editor keeps it
    }
    results.add({QStringLiteral("save_ms"), median(times), QStringLiteral("ms"), 5, false,
                 QStringLiteral("CaseService::updateCase with its audit row, synchronous=FULL, "
                                "median of %1")
                     .arg(settings.saves)});
}

} // namespace reviewdesk::bench
