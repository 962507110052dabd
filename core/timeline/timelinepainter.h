// Paints a TimelineLayout into any QPainter: a widget, a QImage, a QPdfWriter
// page. The same code draws the timeline on screen, in the PNG/PDF exports and
// in reports. Text is drawn as text, so a PDF stays vector and searchable.
//
// The canvas is laid out as
//   +-------------+-----------------------------------+
//   | corner      | date axis (axisHeight)            |
//   +-------------+-----------------------------------+
//   | row labels  | the `visible` part of the layout  |
//   | (labelWidth)|                                   |
//   +-------------+-----------------------------------+
// with its top-left corner at the painter's origin. The row labels and the
// axis stay put while `visible` scrolls.
#pragma once

#include "timeline/timelinelayout.h"

#include <QColor>
#include <QPainter>

namespace reviewdesk {

// The colours of a timeline. Statuses use the hues of the lists' status tints
// (ui/models/statuscolors), strong enough to read as bars, each with a darker
// (light theme) or lighter (dark theme) outline so that a bar stands out from
// the row behind it. Colour only reinforces the status: markers carry words.
struct TimelinePalette
{
    struct StatusPaint
    {
        QColor fill;
        QColor outline;
    };

    bool isDark = false;
    QColor background;
    QColor alternateRow;
    QColor grid;
    QColor majorGrid;
    QColor weekend;
    QColor axisBackground;
    QColor axisText;
    QColor labelBackground;
    QColor text;
    QColor mutedText;
    QColor separator;
    QColor today;
    QColor todayText;
    QColor eventFill;
    QColor eventOutline;
    QColor extension;
    QColor selection;
    StatusPaint met, late, due, dueSoon, overdue;

    const StatusPaint& forStatus(DeadlineStatus status) const;

    static TimelinePalette light();
    static TimelinePalette dark();
};

struct TimelinePaintOptions
{
    double labelWidth = 230.0;
    double axisHeight = 44.0;
    QString cornerText;                         // e.g. the case reference, or "Open reviews"
    int selectedRow = -1;                       // highlighted row, -1 for none
    const TimelineItem* selectedItem = nullptr; // outlined item (keyboard focus)
};

// The size of the canvas that shows `visible` with the label column and axis.
QSizeF timelineCanvasSize(const QRectF& visible, const TimelinePaintOptions& options = {});

// Paints the canvas for `visible` (a rectangle in layout coordinates).
void paintTimeline(QPainter& painter, const TimelineLayout& layout, const TimelinePalette& palette,
                   const QRectF& visible, const TimelinePaintOptions& options = {});

// As paintTimeline, scaled down (never up) to fit `target`, top-left aligned:
// for a page of a PDF. Returns the rectangle painted.
QRectF paintTimelineFitted(QPainter& painter, const TimelineLayout& layout,
                           const TimelinePalette& palette, const QRectF& visible,
                           const QRectF& target, const TimelinePaintOptions& options = {});

// A one-line key of the status colours and marks, starting at `topLeft`.
// Returns the rectangle it used.
QRectF paintTimelineLegend(QPainter& painter, const TimelinePalette& palette,
                           const QPointF& topLeft);

} // namespace reviewdesk
