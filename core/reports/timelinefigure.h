// A timeline for a printed page: the timeline layouts of core/timeline at a
// zoom that fits the whole date range across the page.
#pragma once

#include "reports/reportdocument.h"

namespace reviewdesk::reports {

// The date span (see dateRange) spread over this many layout pixels: the
// canvas, with its label column, is then scaled to the page's width, so the
// narrower portrait page gets fewer pixels to keep the text a readable size.
inline constexpr double kPortraitDataWidth = 560.0;
inline constexpr double kLandscapeDataWidth = 840.0;
inline constexpr double kTimelineRowHeight = 24.0;

TimelineFigure caseTimelineFigure(const CaseEntry& entry, const QList<Milestone>& milestones,
                                  const DeadlineEngine& engine);
TimelineFigure portfolioTimelineFigure(const QList<const CaseEntry*>& rows, const QDate& asOf);

} // namespace reviewdesk::reports
