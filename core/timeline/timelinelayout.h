// TimelineLayout: where every mark of a timeline goes, computed from the
// register without painting. A case timeline has one row per lane (events,
// each statutory clock, each milestone, each action); the portfolio has one
// row per open review. Coordinates are "layout pixels": x comes from the
// TimelineScale (x = 0 at the origin date), row r spans y = r * rowHeight to
// (r + 1) * rowHeight. The painter adds the row-label column and the date
// axis around them (see timelinepainter.h).
#pragma once

#include "schedule/casestage.h"
#include "schedule/deadlineengine.h"
#include "services/registersnapshot.h"

#include <QDate>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace reviewdesk {

// Maps dates to x and back. A date's x is the start of that day.
struct TimelineScale
{
    QDate origin;
    double pixelsPerDay = 4.0;

    double x(const QDate& date) const { return double(origin.daysTo(date)) * pixelsPerDay; }
    QDate dateAt(double x) const;
};

// A named zoom level of the zoom combo: "Weeks" shows a few weeks across a
// window, "Years" several years.
struct ZoomPreset
{
    QString name;
    double pixelsPerDay;
};
const QList<ZoomPreset>& zoomPresets(); // finest first
inline constexpr double kMinPixelsPerDay = 0.25;
inline constexpr double kMaxPixelsPerDay = 48.0;
// The preset closest to a zoom (in ratio), as an index into zoomPresets().
int nearestZoomPreset(double pixelsPerDay);

struct TimelineItem
{
    enum class Kind
    {
        Event,          // something recorded as done on a date: a dot
        Bar,            // a clock running from its start to the event, or to today
        DeadlineMarker, // a due date: a diamond
        Extension       // an extension moved a due date: an arrow from old to new
    };
    Kind kind = Kind::Event;
    QString label; // short, drawn beside the mark where there is room
    // Dates and working days, several lines. A portfolio's are written only
    // when asked for (it has tens of thousands of items and few are ever
    // pointed at); a case timeline's few are written as it is laid out.
    std::function<QString()> writeTooltip;
    QString tooltip() const { return writeTooltip ? writeTooltip() : QString(); }
    QDate start, end;
    std::optional<DeadlineStatus> status;
    QString caseRef;
    std::optional<RecordId> actionId;
    int row = 0;
    QRectF rect;
};

struct TimelineLayout
{
    TimelineScale scale;
    QDate today;
    double rowHeight = 24.0;
    QStringList rowLabels;
    QStringList rowCaseRefs; // the case of each row (one ref repeated in a case timeline)
    QList<TimelineItem> items;
    QRectF bounds; // every item and the today line, with a margin; rows from y = 0
    double todayX = 0.0;

    int rowCount() const { return int(rowLabels.size()); }
    int rowAt(double y) const; // -1 outside the rows
    // The topmost item under a point (markers and dots before bars), or null.
    const TimelineItem* itemAt(const QPointF& point) const;
};

// Margin (in days) kept around the dates of a timeline.
inline constexpr int kTimelineMarginDays = 14;

// A case's timeline as of engine.options().asOf: events, the statutory clocks
// with their bars, markers and extensions, the review milestones (the case's
// own, which the register does not hold: see CaseRecord), the actions.
// An event dated after that day has not happened and is not drawn.
TimelineLayout layoutCase(const CaseEntry& entry, const QList<Milestone>& milestones,
                          const TimelineScale& scale, double rowHeight,
                          const DeadlineEngine& engine);

// One row per case: the bars and markers of its open deadlines.
TimelineLayout layoutPortfolio(const QList<const CaseEntry*>& rows, const TimelineScale& scale,
                               double rowHeight, const QDate& today);

// The first and last dates a timeline of these entries needs to show (with
// the margin), to choose a scale's origin and the scroll range; a case's
// timeline passes its milestones too.
std::pair<QDate, QDate> dateRange(const QList<const CaseEntry*>& entries, const QDate& today,
                                  const QList<Milestone>& milestones = {});

struct PortfolioFilter
{
    std::optional<CaseStage> stage;
    std::optional<DeadlineStatus> status; // one of the case's open deadlines has it
    std::optional<int> year;              // the year the local authority became aware
};

// The open reviews (cases not closed with at least one open deadline) that
// pass the filter, soonest next deadline first (then by reference).
QList<const CaseEntry*> portfolioRows(const RegisterSnapshot& snapshot,
                                      const PortfolioFilter& filter = {});

} // namespace reviewdesk
