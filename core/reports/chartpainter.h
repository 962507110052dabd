// Bar charts for the printed reports, painted with QPainter as vector shapes
// and real text (core cannot use Qt Charts, a widgets module). Sizes are in
// the report's device units (reportstyle.h).
#pragma once

#include "reports/reportdocument.h"

#include <QPainter>

namespace reviewdesk::reports {

// The height a chart needs at a width: vertical charts are a fixed height,
// horizontal ones grow with their categories.
double barChartHeight(const BarChart& chart, double width);

void paintBarChart(QPainter& painter, const BarChart& chart, const QRectF& rect);

} // namespace reviewdesk::reports
