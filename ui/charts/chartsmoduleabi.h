// The charts module's entry points, by name and type: the one contract
// between the module (module/chartview.cpp) and the application that loads
// it (chartsmodule.cpp). Header-only, like the ChartSpec it passes.
#pragma once

#include "charts/chartspec.h"

class QWidget;

namespace reviewdesk::ui {

// What the module was built as: the application's version and this
// contract's revision, which must both be the application's own, as the
// ChartSpec it is handed must be laid out as the module expects. Raise the
// revision whenever ChartSpec or an entry point changes.
#define REVIEWDESK_CHARTS_MODULE_REVISION "1"
inline constexpr char kChartsModuleBuild[] =
    REVIEWDESK_VERSION " (charts module revision " REVIEWDESK_CHARTS_MODULE_REVISION ")";
inline constexpr char kChartsModuleVersionSymbol[] = "reviewdesk_charts_version";
using ChartsModuleVersion = const char* (*)();

// A view that draws `spec`, in colours for a dark palette when `dark`.
inline constexpr char kChartViewSymbol[] = "reviewdesk_chart_view";
using MakeChartView = QWidget* (*)(const ChartSpec& spec, bool dark, QWidget* parent);

} // namespace reviewdesk::ui
