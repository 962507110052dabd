// How long each page of the window takes to make and to show on the
// 50,000-case file: the window makes a page the first time it is shown, so
// this is the wait on the first click of each page (the dashboard's at every
// opening). Observations, not targets.
#include "benchmark.h"
#include "charts/chartsmodule.h"
#include "charts/chartspage.h"
#include "pages/actionspage.h"
#include "pages/directorypage.h"
#include "reports/reportspage.h"
#include "session/appsession.h"
#include "timeline/timelinepage.h"
#include "window/dashboardpage.h"
#include "window/registerpage.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <memory>

namespace reviewdesk::bench {

namespace {

// Typing a reference into the Reports page's case picker, a key at a time as a
// user does: each key refilters its completer over every reference.
void measureCasePicker(ui::AppSession* session, Results& results)
{
    ui::ReportsPage page(session);
    page.resize(1200, 780);
    page.show();
    auto* picker = page.findChild<QComboBox*>(QStringLiteral("reportCase"));
    auto* kind = page.findChild<QComboBox*>(QStringLiteral("reportKind"));
    if (!picker || !kind || !picker->lineEdit()) {
        results.observe(QStringLiteral("reports case picker"), QStringLiteral("not found"));
        return;
    }
    kind->setCurrentIndex(0); // the case summary: the picker is enabled
    QApplication::processEvents();
    picker->lineEdit()->setFocus();
    picker->lineEdit()->clear();
    std::vector<double> keystrokes;
    for (const QChar key : QStringLiteral("DEMO-2024-0012")) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(key));
        QElapsedTimer timer;
        timer.start();
        QApplication::sendEvent(picker->lineEdit(), &press);
        QApplication::processEvents(); // the completer's popup is laid out and painted
        keystrokes.push_back(elapsedMs(timer));
    }
    results.observe(QStringLiteral("reports case picker"),
                    QStringLiteral("%1 ms per typed key (median of %2), slowest %3 ms")
                        .arg(median(keystrokes), 0, 'f', 1)
                        .arg(keystrokes.size())
                        .arg(*std::max_element(keystrokes.begin(), keystrokes.end()), 0, 'f', 1));
    picker->hidePopup();

    // Opening the list of every reference, the Timeline page's picker too.
    ui::TimelinePage timeline(session);
    timeline.resize(1200, 780);
    timeline.show();
    QStringList opening;
    for (QComboBox* list :
         {picker, timeline.findChild<QComboBox*>(QStringLiteral("timelineCase"))}) {
        if (!list)
            continue;
        list->setEnabled(true);
        QApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        list->showPopup();
        QApplication::processEvents();
        opening << QStringLiteral("%1 ms").arg(elapsedMs(timer), 0, 'f', 1);
        list->hidePopup();
    }
    results.observe(
        QStringLiteral("case pickers: list of every reference opened (reports, timeline)"),
        opening.join(QStringLiteral(", ")));
}

} // namespace

void measurePageMaking(const RunSettings& settings, Results& results)
{
    auto session =
        ui::AppSession::open(settings.databasePath(), QStringLiteral("bench"), settings.today);
    if (!session) {
        results.observe(QStringLiteral("pages"), session.error().message);
        return;
    }
    ui::AppSession* opened = session->get();
    QUndoStack undoStack;
    const std::pair<const char*, std::function<std::unique_ptr<QWidget>()>> pages[] = {
        {"dashboard", [&] { return std::make_unique<ui::DashboardPage>(opened); }},
        {"register", [&] { return std::make_unique<ui::RegisterPage>(opened); }},
        {"actions", [&] { return std::make_unique<ui::ActionsPage>(opened, &undoStack); }},
        {"timeline", [&] { return std::make_unique<ui::TimelinePage>(opened); }},
        {"charts", [&] { return std::make_unique<ui::ChartsPage>(opened); }},
        {"directory", [&] { return std::make_unique<ui::DirectoryPage>(opened); }},
        {"reports", [&] { return std::make_unique<ui::ReportsPage>(opened); }},
    };
    // Loaded when the Charts page is first made, once a process: the medians
    // of making the page below leave it out.
    QElapsedTimer loading;
    loading.start();
    const ui::ChartsModule& charts = ui::chartsModule();
    results.observe(QStringLiteral("charts module"),
                    charts.makeView ? QStringLiteral("loaded in %1 ms, once, as the Charts page is "
                                                     "first made")
                                          .arg(elapsedMs(loading), 0, 'f', 1)
                                    : charts.error);
    for (const auto& [name, make] : pages) {
        std::vector<double> making;
        std::vector<double> showing;
        for (int run = 0; run < settings.repeats; ++run) {
            QElapsedTimer timer;
            timer.start();
            const std::unique_ptr<QWidget> page = make();
            making.push_back(elapsedMs(timer));
            timer.restart();
            page->resize(1200, 780);
            page->show();
            QApplication::processEvents(); // lays it out and paints it
            showing.push_back(elapsedMs(timer));
        }
        results.observe(QStringLiteral("page %1").arg(QLatin1String(name)),
                        QStringLiteral("made in %1 ms, then shown in %2 ms (medians)")
                            .arg(median(making), 0, 'f', 1)
                            .arg(median(showing), 0, 'f', 1));
    }
    measureCasePicker(opened, results);
}

} // namespace reviewdesk::bench
