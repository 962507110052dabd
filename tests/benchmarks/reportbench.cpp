// annual_pdf_ms: the annual report as a PDF over the whole register, through
// writeReport, the entry point the CLI and the desktop share. The register is
// loaded first and not timed (open_50k_ms times that): the desktop renders
// from the snapshot it already holds.
#include "benchmark.h"
#include "reports/reportwriter.h"

#include <QFile>

namespace reviewdesk::bench {

void measureAnnualReport(const RunSettings& settings, Results& results)
{
    auto workspace = Workspace::open(settings.databasePath(), QStringLiteral("bench"));
    if (!workspace) {
        results.observe(QStringLiteral("annual report"), workspace.error().message);
        return;
    }
    auto snapshot = RegisterSnapshot::load(**workspace, settings.today);
    if (!snapshot) {
        results.observe(QStringLiteral("annual report"), snapshot.error().message);
        return;
    }
    auto shared = std::make_shared<const RegisterSnapshot>(std::move(*snapshot));
    reports::ReportOptions options;
    options.kind = reports::ReportKind::Annual;
    options.asOf = settings.today; // every case: the period is left open
    const QString pdf = settings.folder + QStringLiteral("/annual.pdf");
    std::vector<double> times;
    for (int run = 0; run < settings.repeats; ++run) {
        QFile::remove(pdf);
        QElapsedTimer timer;
        timer.start();
        auto request = reports::requestFrom(**workspace, shared, options);
        if (!request) {
            results.observe(QStringLiteral("annual report"), request.error().message);
            return;
        }
        if (auto written = reports::writeReport(*request, pdf); !written) {
            results.observe(QStringLiteral("annual report"), written.error().message);
            return;
        }
        times.push_back(elapsedMs(timer));
    }
    results.add({QStringLiteral("annual_pdf_ms"), median(times), QStringLiteral("ms"), 1000, false,
                 QStringLiteral("writeReport(annual, every case) on the loaded register, median "
                                "of %1")
                     .arg(settings.repeats)});
    results.observe(QStringLiteral("annual report size"),
                    QStringLiteral("%1 KiB").arg(QFile(pdf).size() / 1024));
}

} // namespace reviewdesk::bench
