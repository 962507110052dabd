// Loads the charts module (module/chartview.cpp), which draws charts with Qt
// Charts. It is loaded the first time a chart is drawn, not at start: loading
// Qt Charts and the OpenGL libraries it needs was 4.3 of the 77.7 million
// instructions the application ran before its first paint (callgrind).
#pragma once

#include "charts/chartsmoduleabi.h"

#include <QString>

namespace reviewdesk::ui {

struct ChartsModule
{
    MakeChartView makeView = nullptr; // null when the module could not be loaded
    QString error;                    // why, in words for the user
};

// The module installed with this application, loaded once.
const ChartsModule& chartsModule();

// Loads the module at `path` (the file name may leave out the platform's
// suffix). Each call tries again: for tests of a missing or mismatched module.
ChartsModule loadChartsModule(const QString& path);

// Where this application's module is: in the folder an installation gives
// it, found from the executable's own folder (chartsmodulepath.h.in).
QString chartsModulePath();

} // namespace reviewdesk::ui
