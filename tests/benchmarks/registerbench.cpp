// filter_50k_ms and sort_50k_ms: the register page's own models (the session's
// snapshot, RegisterModel, RegisterFilter) with a table view attached, as the
// page wires them, sorted by next deadline as the page opens.
#include "benchmark.h"
#include "models/registerfilter.h"
#include "models/registermodel.h"
#include "session/appsession.h"

#include <QTableView>

namespace reviewdesk::bench {
namespace {

// What a panel member might type into the search box, one character at a time.
const char* const kSearches[] = {"okafor",      "demo-2024-", "neglect", "whitfield", "a.b.",
                                 "online-harm", "r. osei",    "send",    "farrow",    "domestic"};

} // namespace

void measureRegisterView(const RunSettings& settings, Results& results)
{
    auto session =
        ui::AppSession::open(settings.databasePath(), QStringLiteral("bench"), settings.today);
    if (!session) {
        results.observe(QStringLiteral("register"), session.error().message);
        return;
    }
    ui::RegisterModel model(session->get());
    ui::RegisterFilter filter;
    filter.setSourceModel(&model);
    QTableView view;
    view.setModel(&filter);

    // Sorting from unsorted, as when the page first sorts by next deadline.
    std::vector<double> sortTimes;
    for (int run = 0; run < settings.repeats; ++run) {
        filter.sort(-1);
        QElapsedTimer timer;
        timer.start();
        filter.sort(ui::RegisterModel::NextDue, Qt::AscendingOrder);
        sortTimes.push_back(elapsedMs(timer));
    }
    results.add({QStringLiteral("sort_50k_ms"), median(sortTimes), QStringLiteral("ms"), 100, false,
                 QStringLiteral("sort by next deadline, median of %1").arg(settings.repeats)});

    // Sorted by next deadline, as the page is; only the typed characters are
    // timed. The page builds the search texts once it is painted, before
    // anyone can type: timed apart, as an observation.
    QElapsedTimer preparing;
    preparing.start();
    filter.prepareSearch();
    results.observe(QStringLiteral("filter: search texts built after the page is painted"),
                    QStringLiteral("%1 ms").arg(elapsedMs(preparing), 0, 'f', 1));
    std::vector<double> keystrokes;
    for (std::size_t search = 0; int(keystrokes.size()) < settings.keystrokes; ++search) {
        const QString word = QString::fromLatin1(kSearches[search % std::size(kSearches)]);
        filter.setText(QString());
        for (qsizetype typed = 1;
             typed <= word.size() && int(keystrokes.size()) < settings.keystrokes; ++typed) {
            QElapsedTimer timer;
            timer.start();
            filter.setText(word.left(typed));
            keystrokes.push_back(elapsedMs(timer));
        }
    }
    filter.setText(QString());
    results.add({QStringLiteral("filter_50k_ms"), median(keystrokes), QStringLiteral("ms"), 16,
                 false,
                 QStringLiteral("refilter after one typed character, sorted, median of %1")
                     .arg(keystrokes.size())});
    results.observe(QStringLiteral("filter: slowest keystroke"),
                    QStringLiteral("%1 ms").arg(
                        *std::max_element(keystrokes.begin(), keystrokes.end()), 0, 'f', 1));
}

} // namespace reviewdesk::bench
