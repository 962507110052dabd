// The charts of the Charts page, each built from the statistics of a period.
// Every chart has a title, axis titles and a legend where it needs one. A bar
// carries the cases behind it, handed to `onBarClicked` when it is clicked.
#pragma once

#include "stats/statistics.h"

#include <QStringList>

#include <functional>

class QChart;

namespace reviewdesk::ui {

using BarClicked = std::function<void(const QString& title, const QStringList& caseRefs)>;

QChart* notificationsChart(const Statistics& statistics, const BarClicked& onBarClicked);
QChart* rapidReviewsChart(const Statistics& statistics, const BarClicked& onBarClicked);
QChart* lcsprDurationChart(const Statistics& statistics, const BarClicked& onBarClicked);
QChart* stageChart(const Statistics& statistics, const BarClicked& onBarClicked);
QChart* actionStatusChart(const Statistics& statistics);
QChart* overdueByAgencyChart(const Statistics& statistics, const BarClicked& onBarClicked);
QChart* themeChart(const Statistics& statistics, const BarClicked& onBarClicked);

// Readable in light and dark palettes: follows the application's palette.
void applyPalette(QChart* chart, bool dark);

} // namespace reviewdesk::ui
