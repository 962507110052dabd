// What one chart shows, as plain data. The Charts page works it out from the
// statistics (chartspecs.h); the charts module draws it with Qt Charts
// (module/chartview.cpp).
//
// Header-only on purpose: the module is loaded while the application runs and
// shares nothing with it but Qt and this header, so everything here is inline.
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace reviewdesk::ui {

// One series of bars: a value for each of the chart's categories.
struct BarSetSpec
{
    QString name;
    QColor color;
    QList<int> values;
};

struct ChartSpec
{
    enum class Shape
    {
        StackedColumns,        // upright bars, the sets stacked
        HorizontalBars,        // counts written beyond each bar's end, with room left for them
        HorizontalStackedBars, // bars lying down, the sets stacked
    };

    Shape shape = Shape::HorizontalBars;
    QString title;
    // In the order drawn: a chart with bars lying down draws its first at the bottom.
    QStringList categories;
    QString categoryAxisTitle; // none when empty
    QString countAxisTitle;
    int highestCount = 0;   // the count axis runs from 0 to at least this
    QList<BarSetSpec> sets; // named in a legend when there is more than one
    // A bar was clicked: which set, which category. Empty: bars are not clickable.
    std::function<void(int set, int category)> clicked;
};

} // namespace reviewdesk::ui
