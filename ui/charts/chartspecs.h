// The charts of the Charts page, each worked out from the statistics of a
// period as a ChartSpec for the charts module to draw. Every chart has a
// title, axis titles and a legend where it needs one. A bar carries the cases
// behind it, handed to `onBarClicked` when it is clicked.
#pragma once

#include "charts/chartspec.h"
#include "stats/statistics.h"

#include <QStringList>

#include <functional>

namespace reviewdesk::ui {

using BarClicked = std::function<void(const QString& title, const QStringList& caseRefs)>;

ChartSpec notificationsChart(const Statistics& statistics, const BarClicked& onBarClicked);
ChartSpec rapidReviewsChart(const Statistics& statistics, const BarClicked& onBarClicked);
ChartSpec lcsprDurationChart(const Statistics& statistics, const BarClicked& onBarClicked);
ChartSpec stageChart(const Statistics& statistics, const BarClicked& onBarClicked);
ChartSpec actionStatusChart(const Statistics& statistics);
ChartSpec overdueByAgencyChart(const Statistics& statistics, const BarClicked& onBarClicked);
ChartSpec themeChart(const Statistics& statistics, const BarClicked& onBarClicked);

} // namespace reviewdesk::ui
