#include "reports/timelinefigure.h"

#include <algorithm>

namespace reviewdesk::reports {
namespace {

TimelineScale fittedScale(const QList<const CaseEntry*>& entries, const QDate& asOf,
                          double dataWidth, const QList<Milestone>& milestones = {})
{
    const auto [first, last] = dateRange(entries, asOf, milestones);
    const double days = std::max<qint64>(1, first.daysTo(last) + 1);
    return {first, std::clamp(dataWidth / days, kMinPixelsPerDay / 8, kMaxPixelsPerDay)};
}

} // namespace

TimelineFigure caseTimelineFigure(const CaseEntry& entry, const QList<Milestone>& milestones,
                                  const DeadlineEngine& engine)
{
    TimelineFigure figure;
    figure.layout =
        layoutCase(entry, milestones,
                   fittedScale({&entry}, engine.options().asOf, kPortraitDataWidth, milestones),
                   kTimelineRowHeight, engine);
    figure.cornerText = entry.file.kase.ref;
    return figure;
}

TimelineFigure portfolioTimelineFigure(const QList<const CaseEntry*>& rows, const QDate& asOf)
{
    TimelineFigure figure;
    figure.layout = layoutPortfolio(rows, fittedScale(rows, asOf, kLandscapeDataWidth),
                                    kTimelineRowHeight, asOf);
    figure.cornerText = QStringLiteral("Open reviews");
    return figure;
}

} // namespace reviewdesk::reports
