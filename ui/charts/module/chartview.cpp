// The charts module: draws a ChartSpec with Qt Charts. It is a library of its
// own, loaded the first time the Charts page is shown, so that Qt Charts and
// the OpenGL libraries it brings are not loaded (and bound) before the main
// window's first paint. It uses nothing of the application but the header-only
// ChartSpec: it can be loaded into any Qt Widgets program of the same version.
#include "charts/chartsmoduleabi.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <type_traits>

namespace reviewdesk::ui {
namespace {

QChart* makeChart(const ChartSpec& spec)
{
    auto* chart = new QChart;
    chart->setTitle(spec.title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // A single set's name is the count axis's title already.
    chart->legend()->setVisible(spec.sets.size() > 1);
    return chart;
}

// Category names in full: Qt Charts otherwise cuts them to what it guesses
// fits before the chart is laid out, which left "2026-..." under every
// quarter and "..." beside every case reference.
QBarCategoryAxis* categoryAxis(const ChartSpec& spec)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(spec.categories);
    axis->setTruncateLabels(false);
    if (!spec.categoryAxisTitle.isEmpty())
        axis->setTitleText(spec.categoryAxisTitle);
    return axis;
}

// A count axis from 0 that shows the highest count (and, where counts are
// written beyond the bars, the count past the longest bar). Whole numbers only:
// small counts step by one, larger ones by round steps (0, 20, 40...), never
// fifths of the largest.
QValueAxis* countAxis(const ChartSpec& spec)
{
    int top = std::max(1, spec.highestCount);
    if (spec.shape == ChartSpec::Shape::HorizontalBars)
        top += std::max(1, (top + 6) / 7); // about a seventh more
    auto* axis = new QValueAxis;
    axis->setTitleText(spec.countAxisTitle);
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

QAbstractBarSeries* makeSeries(ChartSpec::Shape shape)
{
    switch (shape) {
    case ChartSpec::Shape::StackedColumns:
        return new QStackedBarSeries;
    case ChartSpec::Shape::HorizontalStackedBars:
        return new QHorizontalStackedBarSeries;
    case ChartSpec::Shape::HorizontalBars:
        break;
    }
    auto* series = new QHorizontalBarSeries;
    series->setLabelsVisible(true);
    // Beyond the bar's end, where a count of 1 still has room to be read.
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    return series;
}

// The theme sets every colour; the sets keep their meaningful ones (green on
// time, red late).
void applyPalette(QChart* chart, QAbstractBarSeries* series, const ChartSpec& spec, bool dark)
{
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // Counts beyond a bar's end sit on the chart's background, not on the bar:
    // they take the axis labels' colour (the theme gives them the bar's text colour).
    const QColor besideBars =
        chart->axes().isEmpty() ? QColor() : chart->axes().constFirst()->labelsColor();
    const QList<QBarSet*> sets = series->barSets();
    for (qsizetype i = 0; i < sets.size(); ++i) {
        sets.at(i)->setColor(spec.sets.at(i).color);
        if (series->labelsPosition() == QAbstractBarSeries::LabelsOutsideEnd &&
            besideBars.isValid())
            sets.at(i)->setLabelColor(besideBars);
    }
}

QChart* drawChart(const ChartSpec& spec, bool dark)
{
    QChart* chart = makeChart(spec);
    QAbstractBarSeries* series = makeSeries(spec.shape);
    for (const BarSetSpec& setSpec : spec.sets) {
        auto* set = new QBarSet(setSpec.name);
        for (int value : setSpec.values)
            *set << value;
        series->append(set);
    }
    chart->addSeries(series);
    const bool upright = spec.shape == ChartSpec::Shape::StackedColumns;
    QBarCategoryAxis* categories = categoryAxis(spec);
    chart->addAxis(categories, upright ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    QValueAxis* counts = countAxis(spec);
    chart->addAxis(counts, upright ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(counts);
    applyPalette(chart, series, spec, dark);
    if (spec.clicked)
        QObject::connect(series, &QAbstractBarSeries::clicked, chart,
                         [series, clicked = spec.clicked](int index, QBarSet* set) {
                             clicked(int(series->barSets().indexOf(set)), index);
                         });
    return chart;
}

} // namespace
} // namespace reviewdesk::ui

extern "C" {

Q_DECL_EXPORT const char* reviewdesk_charts_version()
{
    return reviewdesk::ui::kChartsModuleBuild;
}

Q_DECL_EXPORT QWidget* reviewdesk_chart_view(const reviewdesk::ui::ChartSpec& spec, bool dark,
                                             QWidget* parent)
{
    auto* view = new QChartView(reviewdesk::ui::drawChart(spec, dark), parent);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

} // extern "C"

// The entry points are what the application will call them as.
static_assert(
    std::is_same_v<decltype(&reviewdesk_charts_version), reviewdesk::ui::ChartsModuleVersion>);
static_assert(std::is_same_v<decltype(&reviewdesk_chart_view), reviewdesk::ui::MakeChartView>);
