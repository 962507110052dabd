#include "reports/chartpainter.h"

#include "reports/reportstyle.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace reviewdesk::reports {
namespace {

constexpr double kTitlePoints = 10;
constexpr double kLabelPoints = 7.5;
constexpr double kVerticalHeightPoints = 210;
constexpr double kBarRowPoints = 14;

// A round step for about `ticks` gridlines up to `max`: 1, 2 or 5 times a power of ten.
double niceStep(double max, int ticks)
{
    if (max <= 0)
        return 1;
    const double raw = max / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0, 10.0})
        if (raw <= factor * power)
            return std::max(1.0, factor * power);
    return std::max(1.0, 10 * power);
}

QString number(double value, const QString& suffix)
{
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return (whole ? QString::number(qint64(std::round(value))) : QString::number(value, 'f', 1)) +
           suffix;
}

double categoryTotal(const BarChart& chart, int category)
{
    double total = 0;
    for (const auto& series : chart.values)
        total += series.value(category);
    return total;
}

double largestValue(const BarChart& chart)
{
    double largest = chart.target.value_or(0);
    for (int c = 0; c < chart.categories.size(); ++c) {
        if (chart.stacked)
            largest = std::max(largest, categoryTotal(chart, c));
        else
            for (const auto& series : chart.values)
                largest = std::max(largest, series.value(c));
    }
    return largest;
}

bool hasLegend(const BarChart& chart)
{
    return chart.seriesNames.size() > 1 || chart.target;
}

QColor seriesColor(int series)
{
    const ReportColors& colors = reportColors();
    return colors.series[series % 4];
}

// Title and legend across the top; returns the height used.
double paintHeader(QPainter& painter, const BarChart& chart, const QRectF& rect)
{
    const ReportColors& colors = reportColors();
    const QFont title = reportFont(kTitlePoints, true);
    painter.setFont(title);
    painter.setPen(colors.text);
    const double titleHeight = QFontMetricsF(title, painter.device()).height();
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, chart.title);
    double used = titleHeight + pt(3);
    if (!hasLegend(chart))
        return used;
    const QFont label = reportFont(kLabelPoints);
    painter.setFont(label);
    const QFontMetricsF metrics(label, painter.device());
    const double height = metrics.height();
    double x = rect.left();
    const double y = rect.top() + used;
    for (int s = 0; s < chart.seriesNames.size(); ++s) {
        painter.fillRect(QRectF(x, y + height * 0.2, height * 0.9, height * 0.6), seriesColor(s));
        x += height * 0.9 + pt(3);
        painter.setPen(colors.text);
        const double width = metrics.horizontalAdvance(chart.seriesNames[s]);
        painter.drawText(QRectF(x, y, width + pt(1), height), Qt::AlignLeft | Qt::AlignVCenter,
                         chart.seriesNames[s]);
        x += width + pt(10);
    }
    if (chart.target) {
        painter.setPen(QPen(colors.text, pt(1), Qt::DashLine));
        painter.drawLine(QPointF(x, y + height / 2), QPointF(x + pt(14), y + height / 2));
        x += pt(17);
        painter.setPen(colors.text);
        painter.drawText(QRectF(x, y, rect.right() - x, height), Qt::AlignLeft | Qt::AlignVCenter,
                         chart.targetLabel);
    }
    return used + height + pt(4);
}

void paintEmpty(QPainter& painter, const BarChart& chart, const QRectF& area)
{
    painter.setFont(reportFont(kLabelPoints + 1));
    painter.setPen(reportColors().muted);
    painter.drawText(area, Qt::AlignCenter, chart.emptyText);
}

void paintVertical(QPainter& painter, const BarChart& chart, const QRectF& rect)
{
    const ReportColors& colors = reportColors();
    const double headerHeight = paintHeader(painter, chart, rect);
    const QFont label = reportFont(kLabelPoints);
    painter.setFont(label);
    const QFontMetricsF metrics(label, painter.device());
    const int count = int(chart.categories.size());
    const double largest = largestValue(chart);
    QRectF plot(rect.left() + pt(32), rect.top() + headerHeight + metrics.height() / 2,
                rect.width() - pt(36), 0);
    plot.setBottom(rect.bottom() - metrics.height() - pt(4));
    if (count == 0 || largest <= 0) {
        paintEmpty(painter, chart, plot);
        return;
    }
    const double step = niceStep(largest, 4);
    const double top = std::ceil(largest / step) * step;
    auto yOf = [&](double value) { return plot.bottom() - value / top * plot.height(); };

    for (double value = 0; value <= top + step / 2; value += step) {
        const double y = yOf(value);
        painter.setPen(QPen(value == 0 ? colors.rule : colors.grid, pt(0.5)));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(colors.muted);
        painter.drawText(QRectF(rect.left(), y - metrics.height() / 2, pt(29), metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, number(value, chart.valueSuffix));
    }

    const double group = plot.width() / count;
    const int bars = chart.stacked ? 1 : std::max(1, int(chart.values.size()));
    const double barWidth = std::min(group * 0.72 / bars, pt(28));
    // Label every category when the labels fit, else every n-th.
    double widest = 0;
    for (const QString& category : chart.categories)
        widest = std::max(widest, metrics.horizontalAdvance(category));
    const int labelEvery = std::max(1, int(std::ceil((widest + pt(4)) / group)));
    const bool valueLabels = group / bars >= metrics.horizontalAdvance(QStringLiteral("000")) &&
                             (chart.stacked ? chart.values.size() <= 2 : true);

    for (int c = 0; c < count; ++c) {
        const double centre = plot.left() + group * (c + 0.5);
        double base = 0;
        for (int s = 0; s < chart.values.size(); ++s) {
            const double value = chart.values[s].value(c);
            const int slot = chart.stacked ? 0 : s;
            const double left = centre - barWidth * bars / 2 + slot * barWidth;
            const double from = chart.stacked ? base : 0;
            const QRectF bar(QPointF(left, yOf(from + value)), QPointF(left + barWidth, yOf(from)));
            if (value > 0)
                painter.fillRect(bar, seriesColor(s));
            if (valueLabels && value > 0) {
                const QString text = number(value, chart.valueSuffix);
                const bool inside = chart.stacked && bar.height() > metrics.height();
                painter.setPen(inside ? QColor(Qt::white) : colors.text);
                const QRectF box =
                    inside ? bar
                           : QRectF(centre - group / 2 + (slot - (bars - 1) / 2.0) * barWidth,
                                    bar.top() - metrics.height(), group, metrics.height());
                if (inside || !chart.stacked)
                    painter.drawText(box, Qt::AlignCenter, text);
            }
            base += value;
        }
        if (chart.stacked && valueLabels && chart.values.size() > 2) {
            painter.setPen(colors.text);
            painter.drawText(
                QRectF(centre - group / 2, yOf(base) - metrics.height(), group, metrics.height()),
                Qt::AlignCenter, number(base, chart.valueSuffix));
        }
        if (c % labelEvery == 0) {
            painter.setPen(colors.text);
            const double width = group * labelEvery;
            painter.drawText(
                QRectF(centre - width / 2, plot.bottom() + pt(2), width, metrics.height()),
                Qt::AlignHCenter | Qt::AlignTop, chart.categories[c]);
        }
    }
    if (chart.target) {
        const double y = yOf(*chart.target);
        painter.setPen(QPen(colors.text, pt(1), Qt::DashLine));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
}

void paintHorizontal(QPainter& painter, const BarChart& chart, const QRectF& rect)
{
    const ReportColors& colors = reportColors();
    const double headerHeight = paintHeader(painter, chart, rect);
    const QFont label = reportFont(kLabelPoints);
    painter.setFont(label);
    const QFontMetricsF metrics(label, painter.device());
    const int count = int(chart.categories.size());
    const double largest = largestValue(chart);
    const double rowHeight = pt(kBarRowPoints);
    const double top = rect.top() + headerHeight;
    if (count == 0 || largest <= 0) {
        paintEmpty(painter, chart, QRectF(rect.left(), top, rect.width(), rect.bottom() - top));
        return;
    }
    double widest = 0;
    for (const QString& category : chart.categories)
        widest = std::max(widest, metrics.horizontalAdvance(category));
    const double labelWidth = std::min(rect.width() * 0.4, widest + pt(8));
    const QRectF plot(rect.left() + labelWidth, top, rect.width() - labelWidth - pt(34),
                      rowHeight * count);
    const double step = niceStep(largest, 5);
    const double end = std::ceil(largest / step) * step;
    auto xOf = [&](double value) { return plot.left() + value / end * plot.width(); };

    for (double value = 0; value <= end + step / 2; value += step) {
        const double x = xOf(value);
        painter.setPen(QPen(value == 0 ? colors.rule : colors.grid, pt(0.5)));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(colors.muted);
        painter.drawText(QRectF(x - pt(20), plot.bottom() + pt(2), pt(40), metrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, number(value, chart.valueSuffix));
    }
    const int bars = chart.stacked ? 1 : std::max(1, int(chart.values.size()));
    const double barHeight = rowHeight * 0.7 / bars;
    for (int c = 0; c < count; ++c) {
        const double rowTop = plot.top() + c * rowHeight;
        painter.setPen(colors.text);
        painter.drawText(
            QRectF(rect.left(), rowTop, labelWidth - pt(6), rowHeight),
            Qt::AlignRight | Qt::AlignVCenter,
            metrics.elidedText(chart.categories[c], Qt::ElideRight, labelWidth - pt(6)));
        double base = 0;
        double barsEnd = plot.left();
        for (int s = 0; s < chart.values.size(); ++s) {
            const double value = chart.values[s].value(c);
            const int slot = chart.stacked ? 0 : s;
            const double y = rowTop + rowHeight * 0.15 + slot * barHeight;
            const double from = chart.stacked ? base : 0;
            const QRectF bar(QPointF(xOf(from), y), QPointF(xOf(from + value), y + barHeight));
            if (value > 0)
                painter.fillRect(bar, seriesColor(s));
            barsEnd = std::max(barsEnd, bar.right());
            if (!chart.stacked) {
                painter.setPen(colors.text);
                painter.drawText(QRectF(bar.right() + pt(3), y, pt(32), barHeight),
                                 Qt::AlignLeft | Qt::AlignVCenter,
                                 number(value, chart.valueSuffix));
            }
            base += value;
        }
        if (chart.stacked) {
            painter.setPen(colors.text);
            painter.drawText(QRectF(barsEnd + pt(3), rowTop, pt(32), rowHeight),
                             Qt::AlignLeft | Qt::AlignVCenter, number(base, chart.valueSuffix));
        }
    }
    if (chart.target) {
        const double x = xOf(*chart.target);
        painter.setPen(QPen(colors.text, pt(1), Qt::DashLine));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
}

} // namespace

double barChartHeight(const BarChart& chart, double width)
{
    (void)width;
    if (!chart.horizontal)
        return pt(kVerticalHeightPoints);
    const double header = pt(kTitlePoints * 1.6) + (hasLegend(chart) ? pt(16) : 0);
    const int rows = std::max(2, int(chart.categories.size()));
    return header + pt(kBarRowPoints) * rows + pt(16);
}

void paintBarChart(QPainter& painter, const BarChart& chart, const QRectF& rect)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (chart.horizontal)
        paintHorizontal(painter, chart, rect);
    else
        paintVertical(painter, chart, rect);
    painter.restore();
}

} // namespace reviewdesk::reports
