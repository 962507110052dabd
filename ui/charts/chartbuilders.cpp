#include "charts/chartbuilders.h"

#include "domain/enums.h"
#include "domain/themes.h"
#include "reports/reportwording.h"
#include "schedule/casestage.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <functional>

namespace reviewdesk::ui {
namespace {

const QColor kOnTime(0x2e, 0x7d, 0x32);
const QColor kLate(0xc6, 0x28, 0x28);
const QColor kNeutral(0x1e, 0x5a, 0x9c);

// How a category's stored name reads on its bar.
using CategoryLabel = std::function<QString(const QString&)>;

QString asStored(const QString& name)
{
    return name;
}

// Category keys in the order their bars read from the top: the largest count
// first, equal counts by name.
QStringList largestFirst(const QMap<QString, int>& counts)
{
    QStringList keys = counts.keys();
    std::stable_sort(keys.begin(), keys.end(), [&counts](const QString& a, const QString& b) {
        return counts.value(a) > counts.value(b);
    });
    return keys;
}

// Values of a lifecycle (stages, action statuses) from the top in the order
// a case or an action goes through them.
template <typename Enum>
QStringList inDeclaredOrder(const QMap<QString, int>& counts)
{
    QStringList keys;
    for (const auto& [value, name] : EnumNames<Enum>::table)
        if (counts.contains(QLatin1String(name)))
            keys << QLatin1String(name);
    for (const QString& key : counts.keys())
        if (!keys.contains(key))
            keys << key;
    return keys;
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

QValueAxis* countAxis(const QString& title, double maximum)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, std::max(1.0, maximum));
    axis->setTickCount(std::min(6, int(std::max(1.0, maximum)) + 1));
    // Round steps (0, 20, 40...) rather than fifths of the largest count
    // (0, 12, 24... 61); small counts keep a step of one.
    if (maximum >= 5)
        axis->applyNiceNumbers();
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

// One horizontal bar per category, `topDown` giving their order from the top,
// with the cases behind each.
QChart* categoryChart(const QString& title, const QString& axisTitle,
                      const QMap<QString, int>& counts, const QStringList& topDown,
                      const CategoryLabel& label, const QMap<QString, QStringList>& cases,
                      const BarClicked& onBarClicked)
{
    QChart* chart = makeChart(title);
    chart->legend()->hide();
    auto* set = new QBarSet(axisTitle);
    set->setColor(kNeutral);
    QStringList categories;
    QStringList keys;
    int highest = 0;
    // A horizontal bar chart draws its first category at the bottom.
    for (auto key = topDown.crbegin(); key != topDown.crend(); ++key) {
        const int count = counts.value(*key);
        keys << *key;
        categories << label(*key);
        *set << count;
        highest = std::max(highest, count);
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
    // Room past the longest bar for its count.
    QValueAxis* axisX = countAxis(axisTitle, highest * 1.15);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    if (!onBarClicked)
        return chart;
    QObject::connect(series, &QHorizontalBarSeries::clicked, chart,
                     [keys, label, cases, title, onBarClicked](int index, QBarSet*) {
                         onBarClicked(QStringLiteral("%1 — %2").arg(title, label(keys.at(index))),
                                      cases.value(keys.at(index)));
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
                         statistics.byStage, inDeclaredOrder<CaseStage>(statistics.byStage),
                         reports::stageLabel, statistics.casesByStage, onBarClicked);
}

QChart* actionStatusChart(const Statistics& statistics)
{
    // Bars like the other charts rather than a pie: a thin slice's name was
    // cut short, and its count is read more surely off a bar. No cases behind
    // them to list: a bar is not clickable.
    return categoryChart(QObject::tr("Actions by status"), QObject::tr("Actions"),
                         statistics.actionsByStatus,
                         inDeclaredOrder<ActionStatus>(statistics.actionsByStatus),
                         reports::actionStatusLabel, {}, {});
}

QChart* overdueByAgencyChart(const Statistics& statistics, const BarClicked& onBarClicked)
{
    return categoryChart(QObject::tr("Overdue actions by owner agency"),
                         QObject::tr("Overdue actions"), statistics.overdueActionsByAgency,
                         largestFirst(statistics.overdueActionsByAgency), asStored,
                         statistics.overdueActionCasesByAgency, onBarClicked);
}

QChart* themeChart(const Statistics& statistics, const BarClicked& onBarClicked)
{
    return categoryChart(QObject::tr("Cases by theme"), QObject::tr("Cases"), statistics.byTheme,
                         largestFirst(statistics.byTheme), themeText, statistics.casesByTheme,
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
