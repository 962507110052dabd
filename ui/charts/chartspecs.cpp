#include "charts/chartspecs.h"

#include "domain/enums.h"
#include "domain/themes.h"
#include "reports/reportwording.h"
#include "schedule/casestage.h"
#include "stats/categorybars.h"

#include <algorithm>

namespace reviewdesk::ui {
namespace {

const QColor kOnTime(0x2e, 0x7d, 0x32);
const QColor kLate(0xc6, 0x28, 0x28);
const QColor kNeutral(0x1e, 0x5a, 0x9c);

// Twelve categories and "Other", as the PDF reports draw them: more bars than
// that leave each too thin to label in a chart on screen.
constexpr int kMostBars = 13;

// A category's words on the axis: long free text (an agency or a theme as
// typed) is shortened so the bars keep their room; the clicked bar's title
// and the PDF give it in full.
QString axisLabel(const QString& label)
{
    constexpr qsizetype kLongest = 30;
    return label.size() <= kLongest ? label : label.left(kLongest - 1).trimmed() + QChar(0x2026);
}

// Bars of on-time and late counts per quarter, stacked.
ChartSpec timelinessChart(const QString& title, const QList<QuarterFigures>& quarters,
                          const Timeliness QuarterFigures::*member, const BarClicked& onBarClicked)
{
    ChartSpec chart;
    chart.shape = ChartSpec::Shape::StackedColumns;
    chart.title = title;
    chart.categoryAxisTitle = QObject::tr("Quarter of the aware date");
    chart.countAxisTitle = QObject::tr("Cases");
    BarSetSpec onTime{QObject::tr("On time"), kOnTime, {}};
    BarSetSpec late{QObject::tr("Late"), kLate, {}};
    for (const QuarterFigures& quarter : quarters) {
        const Timeliness& figures = quarter.*member;
        chart.categories << quarter.label();
        onTime.values << figures.onTime;
        late.values << figures.done - figures.onTime;
        chart.highestCount = std::max(chart.highestCount, figures.done);
    }
    chart.sets = {onTime, late};
    if (!onBarClicked)
        return chart;
    // The cases behind a bar are worked out when it is clicked, not for every bar.
    chart.clicked = [quarters, member, title, names = QStringList{onTime.name, late.name},
                     onBarClicked](int set, int index) {
        const Timeliness& figures = quarters.at(index).*member;
        QStringList refs = figures.lateCaseRefs;
        if (set == 0) {
            refs = figures.caseRefs;
            for (const QString& lateRef : figures.lateCaseRefs)
                refs.removeAll(lateRef);
        }
        onBarClicked(
            QStringLiteral("%1 — %2, %3").arg(title, quarters.at(index).label(), names.at(set)),
            refs);
    };
    return chart;
}

// One bar lying down per category, `bars` from the top; clicking a bar hands
// its cases to `onBarClicked` (when there is one).
ChartSpec categoryChart(const QString& title, const QString& axisTitle,
                        const QList<CategoryBar>& bars, const BarClicked& onBarClicked)
{
    ChartSpec chart;
    chart.shape = ChartSpec::Shape::HorizontalBars;
    chart.title = title;
    chart.countAxisTitle = axisTitle;
    BarSetSpec set{axisTitle, kNeutral, {}};
    // A chart of bars lying down draws its first category at the bottom.
    for (auto bar = bars.crbegin(); bar != bars.crend(); ++bar) {
        chart.categories << axisLabel(bar->label);
        set.values << bar->count;
        chart.highestCount = std::max(chart.highestCount, bar->count);
    }
    chart.sets = {set};
    if (onBarClicked)
        chart.clicked = [bars, title, onBarClicked](int, int index) {
            const CategoryBar& bar = bars.at(bars.size() - 1 - index);
            onBarClicked(QStringLiteral("%1 — %2").arg(title, bar.label), bar.caseRefs);
        };
    return chart;
}

} // namespace

ChartSpec notificationsChart(const Statistics& statistics, const BarClicked& onBarClicked)
{
    return timelinessChart(QObject::tr("Notifications within 5 working days"), statistics.byQuarter,
                           &QuarterFigures::notifications, onBarClicked);
}

ChartSpec rapidReviewsChart(const Statistics& statistics, const BarClicked& onBarClicked)
{
    return timelinessChart(QObject::tr("Rapid reviews within 15 working days"),
                           statistics.byQuarter, &QuarterFigures::rapidReviews, onBarClicked);
}

ChartSpec lcsprDurationChart(const Statistics& statistics, const BarClicked& onBarClicked)
{
    ChartSpec chart;
    chart.shape = ChartSpec::Shape::HorizontalStackedBars;
    chart.title = QObject::tr("LCSPR duration against six months");
    chart.countAxisTitle = QObject::tr("Days since the decision");
    // The most recent reviews, so the chart stays readable on a large register.
    // Twelve is what the chart's smallest height labels one per bar.
    const QList<LcsprDuration> durations = statistics.lcsprDurations.mid(
        std::max<qsizetype>(0, statistics.lcsprDurations.size() - 12));
    BarSetSpec within{QObject::tr("Within six months"), kOnTime, {}};
    BarSetSpec beyond{QObject::tr("Beyond six months"), kLate, {}};
    for (const LcsprDuration& duration : durations) {
        chart.categories << (duration.published ? duration.caseRef
                                                : QObject::tr("%1 (open)").arg(duration.caseRef));
        within.values << std::min(duration.days, duration.targetDays);
        beyond.values << std::max(0, duration.days - duration.targetDays);
        chart.highestCount = std::max(chart.highestCount, duration.days);
    }
    chart.sets = {within, beyond};
    if (onBarClicked)
        chart.clicked = [durations, onBarClicked](int, int index) {
            onBarClicked(QObject::tr("LCSPR of %1").arg(durations.at(index).caseRef),
                         {durations.at(index).caseRef});
        };
    return chart;
}

ChartSpec stageChart(const Statistics& statistics, const BarClicked& onBarClicked)
{
    return categoryChart(QObject::tr("Cases by current stage"), QObject::tr("Cases"),
                         categoryBars(statistics.byStage,
                                      {reports::stageLabel, declaredOrder<CaseStage>()},
                                      statistics.casesByStage),
                         onBarClicked);
}

ChartSpec actionStatusChart(const Statistics& statistics)
{
    // Bars like the other charts rather than a pie: a thin slice's name was
    // cut short, and its count is read more surely off a bar. No cases behind
    // them to list: a bar is not clickable.
    return categoryChart(QObject::tr("Actions by status"), QObject::tr("Actions"),
                         categoryBars(statistics.actionsByStatus,
                                      {reports::actionStatusLabel, declaredOrder<ActionStatus>()}),
                         {});
}

ChartSpec overdueByAgencyChart(const Statistics& statistics, const BarClicked& onBarClicked)
{
    return categoryChart(QObject::tr("Overdue actions by owner agency"),
                         QObject::tr("Overdue actions"),
                         categoryBars(statistics.overdueActionsByAgency, {{}, {}, kMostBars},
                                      statistics.overdueActionCasesByAgency),
                         onBarClicked);
}

ChartSpec themeChart(const Statistics& statistics, const BarClicked& onBarClicked)
{
    return categoryChart(
        QObject::tr("Cases by theme"), QObject::tr("Cases"),
        categoryBars(statistics.byTheme, {themeText, {}, kMostBars}, statistics.casesByTheme),
        onBarClicked);
}

} // namespace reviewdesk::ui
