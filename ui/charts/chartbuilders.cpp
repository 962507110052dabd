#include "charts/chartbuilders.h"

#include "domain/enums.h"
#include "domain/themes.h"
#include "reports/reportwording.h"
#include "schedule/casestage.h"
#include "stats/categorybars.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

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

QChart* makeChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// Category names in full: Qt Charts otherwise cuts them to what it guesses
// fits before the chart is laid out, which left "2026-..." under every
// quarter and "..." beside every case reference.
QBarCategoryAxis* categoryAxis(const QStringList& categories)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setTruncateLabels(false);
    return axis;
}

// A count axis from 0 that shows `highest` (and, with `roomBeyond`, the count
// written past the longest bar). Whole numbers only: small counts step by one,
// larger ones by round steps (0, 20, 40...), never fifths of the largest.
QValueAxis* countAxis(const QString& title, int highest, bool roomBeyond = false)
{
    int top = std::max(1, highest);
    if (roomBeyond)
        top += std::max(1, (top + 6) / 7); // about a seventh more
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, top);
    if (top < 6) {
        axis->setTickCount(top + 1);
    } else {
        axis->setTickCount(6);
        axis->applyNiceNumbers();
    }
    return axis;
}

// Bars of on-time and late counts per quarter, stacked.
QChart* timelinessChart(const QString& title, const QList<QuarterFigures>& quarters,
                        const Timeliness QuarterFigures::*member, const BarClicked& onBarClicked)
{
    QChart* chart = makeChart(title);
    auto* onTime = new QBarSet(QObject::tr("On time"));
    auto* late = new QBarSet(QObject::tr("Late"));
    onTime->setColor(kOnTime);
    late->setColor(kLate);
    QStringList categories;
    int highest = 0;
    for (const QuarterFigures& quarter : quarters) {
        const Timeliness& figures = quarter.*member;
        categories << quarter.label();
        *onTime << figures.onTime;
        *late << figures.done - figures.onTime;
        highest = std::max(highest, figures.done);
    }
    auto* series = new QStackedBarSeries;
    series->append(onTime);
    series->append(late);
    chart->addSeries(series);
    auto* axisX = categoryAxis(categories);
    axisX->setTitleText(QObject::tr("Quarter of the aware date"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QValueAxis* axisY = countAxis(QObject::tr("Cases"), highest);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);

    QObject::connect(
        series, &QStackedBarSeries::clicked, chart,
        [quarters, member, onTime, title, onBarClicked](int index, QBarSet* set) {
            const Timeliness& figures = quarters.at(index).*member;
            QStringList refs = figures.lateCaseRefs;
            if (set == onTime) {
                refs = figures.caseRefs;
                for (const QString& late : figures.lateCaseRefs)
                    refs.removeAll(late);
            }
            onBarClicked(
                QStringLiteral("%1 — %2, %3").arg(title, quarters.at(index).label(), set->label()),
                refs);
        });
    return chart;
}

// One horizontal bar per category, `bars` from the top; clicking a bar hands
// its cases to `onBarClicked` (when there is one).
QChart* categoryChart(const QString& title, const QString& axisTitle,
                      const QList<CategoryBar>& bars, const BarClicked& onBarClicked)
{
    QChart* chart = makeChart(title);
    chart->legend()->hide();
    auto* set = new QBarSet(axisTitle);
    set->setColor(kNeutral);
    QStringList categories;
    int highest = 0;
    // A horizontal bar chart draws its first category at the bottom.
    for (auto bar = bars.crbegin(); bar != bars.crend(); ++bar) {
        categories << axisLabel(bar->label);
        *set << bar->count;
        highest = std::max(highest, bar->count);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    // Beyond the bar's end, where a count of 1 still has room to be read.
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto* axisY = categoryAxis(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QValueAxis* axisX = countAxis(axisTitle, highest, true);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    if (!onBarClicked)
        return chart;
    QObject::connect(series, &QHorizontalBarSeries::clicked, chart,
                     [bars, title, onBarClicked](int index, QBarSet*) {
                         const CategoryBar& bar = bars.at(bars.size() - 1 - index);
                         onBarClicked(QStringLiteral("%1 — %2").arg(title, bar.label),
                                      bar.caseRefs);
                     });
    return chart;
}

} // namespace

QChart* notificationsChart(const Statistics& statistics, const BarClicked& onBarClicked)
{
    return timelinessChart(QObject::tr("Notifications within 5 working days"), statistics.byQuarter,
                           &QuarterFigures::notifications, onBarClicked);
}

QChart* rapidReviewsChart(const Statistics& statistics, const BarClicked& onBarClicked)
{
    return timelinessChart(QObject::tr("Rapid reviews within 15 working days"),
                           statistics.byQuarter, &QuarterFigures::rapidReviews, onBarClicked);
}

QChart* lcsprDurationChart(const Statistics& statistics, const BarClicked& onBarClicked)
{
    QChart* chart = makeChart(QObject::tr("LCSPR duration against six months"));
    // The most recent reviews, so the chart stays readable on a large register.
    // Twelve is what the chart's smallest height labels one per bar.
    const QList<LcsprDuration> durations = statistics.lcsprDurations.mid(
        std::max<qsizetype>(0, statistics.lcsprDurations.size() - 12));
    auto* within = new QBarSet(QObject::tr("Within six months"));
    auto* beyond = new QBarSet(QObject::tr("Beyond six months"));
    within->setColor(kOnTime);
    beyond->setColor(kLate);
    QStringList categories;
    int longest = 0;
    for (const LcsprDuration& duration : durations) {
        categories << (duration.published ? duration.caseRef
                                          : QObject::tr("%1 (open)").arg(duration.caseRef));
        *within << std::min(duration.days, duration.targetDays);
        *beyond << std::max(0, duration.days - duration.targetDays);
        longest = std::max(longest, duration.days);
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(within);
    series->append(beyond);
    chart->addSeries(series);
    auto* axisY = categoryAxis(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QValueAxis* axisX = countAxis(QObject::tr("Days since the decision"), longest);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QObject::connect(series, &QHorizontalStackedBarSeries::clicked, chart,
                     [durations, onBarClicked](int index, QBarSet*) {
                         onBarClicked(QObject::tr("LCSPR of %1").arg(durations.at(index).caseRef),
                                      {durations.at(index).caseRef});
                     });
    return chart;
}

QChart* stageChart(const Statistics& statistics, const BarClicked& onBarClicked)
{
    return categoryChart(QObject::tr("Cases by current stage"), QObject::tr("Cases"),
                         categoryBars(statistics.byStage,
                                      {reports::stageLabel, declaredOrder<CaseStage>()},
                                      statistics.casesByStage),
                         onBarClicked);
}

QChart* actionStatusChart(const Statistics& statistics)
{
    // Bars like the other charts rather than a pie: a thin slice's name was
    // cut short, and its count is read more surely off a bar. No cases behind
    // them to list: a bar is not clickable.
    return categoryChart(QObject::tr("Actions by status"), QObject::tr("Actions"),
                         categoryBars(statistics.actionsByStatus,
                                      {reports::actionStatusLabel, declaredOrder<ActionStatus>()}),
                         {});
}

QChart* overdueByAgencyChart(const Statistics& statistics, const BarClicked& onBarClicked)
{
    return categoryChart(QObject::tr("Overdue actions by owner agency"),
                         QObject::tr("Overdue actions"),
                         categoryBars(statistics.overdueActionsByAgency, {{}, {}, kMostBars},
                                      statistics.overdueActionCasesByAgency),
                         onBarClicked);
}

QChart* themeChart(const Statistics& statistics, const BarClicked& onBarClicked)
{
    return categoryChart(
        QObject::tr("Cases by theme"), QObject::tr("Cases"),
        categoryBars(statistics.byTheme, {themeText, {}, kMostBars}, statistics.casesByTheme),
        onBarClicked);
}

void applyPalette(QChart* chart, bool dark)
{
    const QList<QAbstractSeries*> series = chart->series();
    QList<QList<QColor>> colours;
    // The theme resets series colours; keep the meaningful ones (green on time, red late).
    for (QAbstractSeries* one : series) {
        QList<QColor> setColours;
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(one))
            for (QBarSet* set : bars->barSets())
                setColours << set->color();
        colours << setColours;
    }
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // Counts beyond a bar's end sit on the chart's background, not on the bar:
    // they take the axis labels' colour (the theme gives them the bar's text colour).
    const QColor besideBars =
        chart->axes().isEmpty() ? QColor() : chart->axes().constFirst()->labelsColor();
    for (qsizetype i = 0; i < series.size(); ++i)
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series.at(i)))
            for (qsizetype j = 0; j < bars->barSets().size(); ++j) {
                QBarSet* set = bars->barSets().at(j);
                if (j < colours.at(i).size())
                    set->setColor(colours.at(i).at(j));
                if (bars->labelsPosition() == QAbstractBarSeries::LabelsOutsideEnd &&
                    besideBars.isValid())
                    set->setLabelColor(besideBars);
            }
}

} // namespace reviewdesk::ui
