// Annual-report statistics for a period: the key figures with their tables,
// and charts of timeliness, stages, themes, LCSPR durations and actions.
#include "domain/themes.h"
#include "reports/reportcontent.h"
#include "reports/reportwording.h"
#include "schedule/casestage.h"
#include "schedule/wording.h"
#include "stats/categorybars.h"

#include <algorithm>

namespace reviewdesk::reports {
namespace {

// Twelve categories and "Other": what a page's chart labels legibly.
constexpr int kMostBars = 13;

QString quarterLabel(const QuarterFigures& quarter)
{
    return QStringLiteral("Q%1 %2")
        .arg(quarter.quarter)
        .arg(quarter.year % 100, 2, 10, QLatin1Char('0'));
}

BarChart timelinessChart(const QString& title, const QList<QuarterFigures>& quarters,
                         Timeliness QuarterFigures::*figure)
{
    BarChart chart;
    chart.title = title;
    chart.seriesNames = {QStringLiteral("On time"), QStringLiteral("Late")};
    chart.stacked = true;
    chart.values = {{}, {}};
    for (const QuarterFigures& quarter : quarters) {
        const Timeliness& t = quarter.*figure;
        chart.categories << quarterLabel(quarter);
        chart.values[0] << t.onTime;
        chart.values[1] << t.done - t.onTime;
    }
    return chart;
}

// A count map's bars (stats/categorybars.h), as the Charts page draws them.
BarChart countsChart(const QString& title, const QMap<QString, int>& counts,
                     const CategoryBarOptions& options)
{
    BarChart chart;
    chart.title = title;
    chart.horizontal = true;
    chart.seriesNames = {title};
    chart.values = {{}};
    for (const CategoryBar& bar : categoryBars(counts, options)) {
        chart.categories << bar.label;
        chart.values[0] << bar.count;
    }
    return chart;
}

// LCSPRs by how long they took (or have taken so far) against six months.
BarChart durationChart(const QList<LcsprDuration>& durations)
{
    const QStringList buckets = {QStringLiteral("Up to 3 months"), QStringLiteral("3 to 6 months"),
                                 QStringLiteral("6 to 9 months"), QStringLiteral("9 to 12 months"),
                                 QStringLiteral("Over 12 months")};
    BarChart chart;
    chart.title = QStringLiteral("LCSPR duration from decision (target: six months)");
    chart.horizontal = true;
    chart.stacked = true;
    chart.categories = buckets;
    chart.seriesNames = {QStringLiteral("Published"), QStringLiteral("In progress")};
    chart.values = {QList<double>(buckets.size(), 0), QList<double>(buckets.size(), 0)};
    for (const LcsprDuration& d : durations) {
        const QDate end = d.end;
        int bucket = 4;
        for (int months = 3, b = 0; b < 4; months += 3, ++b)
            if (end <= WorkingCalendar::addMonths(d.decided, months)) {
                bucket = b;
                break;
            }
        chart.values[d.published ? 0 : 1][bucket] += 1;
    }
    return chart;
}

} // namespace

ReportDocument annualReport(const ReportRequest& request)
{
    const Statistics stats = statisticsFor(*request.snapshot, request.period);
    ReportDocument document;
    document.title = reportTitle(ReportKind::Annual);
    document.subtitle = subtitleFor(request, true);

    document.blocks << Heading{QStringLiteral("Key figures")};
    Table figures;
    figures.widths = {3, 2};
    figures.rows << QStringList{QStringLiteral("Serious incidents (cases) in the period"),
                                QString::number(stats.cases)}
                 << QStringList{QStringLiteral("National Panel notified within 5 working days"),
                                ratioText(stats.notifications.onTime, stats.notifications.done)}
                 << QStringList{
                        QStringLiteral("Rapid reviews complete and sent within 15 working days"),
                        ratioText(stats.rapidReviews.onTime, stats.rapidReviews.done)};
    if (stats.rapidReviewMedianWorkingDays)
        figures.rows << QStringList{QStringLiteral("Median rapid review (working days)"),
                                    QString::number(*stats.rapidReviewMedianWorkingDays)};
    figures.rows << QStringList{QStringLiteral("LCSPRs decided"),
                                QString::number(stats.lcsprsDecided)}
                 << QStringList{QStringLiteral("LCSPRs published (on time)"),
                                QStringLiteral("%1 (%2)")
                                    .arg(stats.lcsprsPublished)
                                    .arg(stats.lcsprsPublishedOnTime)}
                 << QStringList{QStringLiteral("LCSPRs in progress"),
                                QString::number(stats.lcsprsOpen)}
                 << QStringList{QStringLiteral("Learning actions (complete, overdue)"),
                                QStringLiteral("%1 (%2, %3)")
                                    .arg(stats.actions)
                                    .arg(stats.actionsComplete)
                                    .arg(stats.actionsOverdue)};
    document.blocks << figures;

    document.blocks << Heading{QStringLiteral("Timeliness by quarter")};
    document.blocks << timelinessChart(
        QStringLiteral(
            "Rapid reviews complete and sent within 15 working days, by quarter of awareness"),
        stats.byQuarter, &QuarterFigures::rapidReviews);
    document.blocks << timelinessChart(
        QStringLiteral("National Panel notified within 5 working days, by quarter of awareness"),
        stats.byQuarter, &QuarterFigures::notifications);
    Table quarters;
    quarters.headers = {QStringLiteral("Quarter"), QStringLiteral("Notifications on time"),
                        QStringLiteral("Rapid reviews on time")};
    quarters.widths = {1, 2, 2};
    for (const QuarterFigures& quarter : stats.byQuarter)
        quarters.rows << QStringList{
            quarter.label(), ratioText(quarter.notifications.onTime, quarter.notifications.done),
            ratioText(quarter.rapidReviews.onTime, quarter.rapidReviews.done)};
    if (!quarters.rows.isEmpty())
        document.blocks << quarters;

    document.blocks << Heading{QStringLiteral("Reviews")};
    document.blocks << countsChart(QStringLiteral("Cases by stage"), stats.byStage,
                                   {stageLabel, declaredOrder<CaseStage>()});
    document.blocks << durationChart(stats.lcsprDurations);
    document.blocks << Heading{QStringLiteral("Themes")};
    document.blocks << countsChart(QStringLiteral("Cases by theme"), stats.byTheme,
                                   {themeText, {}, kMostBars});
    document.blocks << Heading{QStringLiteral("Learning actions")};
    document.blocks << countsChart(QStringLiteral("Actions by status"), stats.actionsByStatus,
                                   {actionStatusLabel, declaredOrder<ActionStatus>()});
    document.blocks << countsChart(QStringLiteral("Overdue actions by owning agency"),
                                   stats.overdueActionsByAgency, {{}, {}, kMostBars});
    return document;
}

} // namespace reviewdesk::reports
