#include "timeline/timelinepainter.h"

#include "schedule/wording.h"
#include "util/isodate.h"

#include <QFontMetricsF>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace reviewdesk {
namespace {

using Kind = TimelineItem::Kind;

enum class TickUnit
{
    Week,
    Month,
    Quarter,
    Year
};

struct AxisUnits
{
    TickUnit minor;
    TickUnit major;
};

// Finer ticks as the zoom grows: weeks under months, months under years,
// quarters under years.
AxisUnits axisUnits(double pixelsPerDay)
{
    if (pixelsPerDay >= 10)
        return {TickUnit::Week, TickUnit::Month};
    if (pixelsPerDay >= 1.5)
        return {TickUnit::Month, TickUnit::Year};
    return {TickUnit::Quarter, TickUnit::Year};
}

// The first tick of a unit on or before a date.
QDate tickOnOrBefore(const QDate& date, TickUnit unit)
{
    switch (unit) {
    case TickUnit::Week:
        return date.addDays(1 - date.dayOfWeek()); // Mondays
    case TickUnit::Month:
        return QDate(date.year(), date.month(), 1);
    case TickUnit::Quarter:
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    case TickUnit::Year:
        return QDate(date.year(), 1, 1);
    }
    return date;
}

QDate nextTick(const QDate& tick, TickUnit unit)
{
    switch (unit) {
    case TickUnit::Week:
        return tick.addDays(7);
    case TickUnit::Month:
        return tick.addMonths(1);
    case TickUnit::Quarter:
        return tick.addMonths(3);
    case TickUnit::Year:
        return tick.addYears(1);
    }
    return tick.addDays(1);
}

// Month names fixed in English, like toDisplay(): independent of the locale.
QString monthName(int month, bool full)
{
    static const char* const names[] = {"January",   "February", "March",    "April",
                                        "May",       "June",     "July",     "August",
                                        "September", "October",  "November", "December"};
    const QString name = QString::fromLatin1(names[month - 1]);
    return full ? name : name.left(3);
}

QString tickLabel(const QDate& tick, TickUnit unit)
{
    switch (unit) {
    case TickUnit::Week:
        return QString::number(tick.day());
    case TickUnit::Month:
        return monthName(tick.month(), false);
    case TickUnit::Quarter:
        return QStringLiteral("Q%1").arg((tick.month() - 1) / 3 + 1);
    case TickUnit::Year:
        return QString::number(tick.year());
    }
    return {};
}

QString majorLabel(const QDate& tick, TickUnit unit)
{
    if (unit == TickUnit::Month)
        return QStringLiteral("%1 %2").arg(monthName(tick.month(), true)).arg(tick.year());
    return tickLabel(tick, unit);
}

QFont scaledFont(const QFont& base, double factor)
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * factor);
    else
        font.setPixelSize(std::max(1, int(std::round(base.pixelSize() * factor))));
    return font;
}

QPolygonF diamond(const QRectF& rect)
{
    const QPointF c = rect.center();
    return QPolygonF({QPointF(c.x(), rect.top()), QPointF(rect.right(), c.y()),
                      QPointF(c.x(), rect.bottom()), QPointF(rect.left(), c.y())});
}

QPen pen(const QColor& color, double width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen result(color, width, style);
    result.setCapStyle(Qt::FlatCap);
    result.setJoinStyle(Qt::MiterJoin);
    return result;
}

struct Canvas
{
    QRectF data;   // where `visible` lands on the canvas
    QPointF shift; // layout point + shift = canvas point
    double toCanvasX(double x) const { return x + shift.x(); }
};

void paintRows(QPainter& painter, const TimelineLayout& layout, const TimelinePalette& palette,
               const Canvas& canvas, int firstRow, int lastRow, const TimelinePaintOptions& options)
{
    for (int row = firstRow; row <= lastRow; ++row) {
        const QRectF band(canvas.data.left(), row * layout.rowHeight + canvas.shift.y(),
                          canvas.data.width(), layout.rowHeight);
        if (row == options.selectedRow)
            painter.fillRect(band, palette.selection);
        else if (row % 2 == 1)
            painter.fillRect(band, palette.alternateRow);
    }
}

void paintGrid(QPainter& painter, const TimelineLayout& layout, const TimelinePalette& palette,
               const Canvas& canvas, const QRectF& visible)
{
    const TimelineScale& scale = layout.scale;
    const AxisUnits units = axisUnits(scale.pixelsPerDay);
    const QDate first = scale.dateAt(visible.left());
    const QDate last = scale.dateAt(visible.right()).addDays(1);
    const double top = canvas.data.top();
    const double bottom =
        std::min(canvas.data.bottom(), layout.rowCount() * layout.rowHeight + canvas.shift.y());

    // Weekends, when a day is wide enough to see them.
    if (scale.pixelsPerDay >= 10) {
        for (QDate day = first; day <= last; day = day.addDays(1))
            if (day.dayOfWeek() >= Qt::Saturday)
                painter.fillRect(
                    QRectF(canvas.toCanvasX(scale.x(day)), top, scale.pixelsPerDay, bottom - top),
                    palette.weekend);
    }
    for (TickUnit unit : {units.minor, units.major}) {
        painter.setPen(pen(unit == units.major ? palette.majorGrid : palette.grid, 1));
        for (QDate tick = tickOnOrBefore(first, unit); tick <= last; tick = nextTick(tick, unit)) {
            const double x = std::round(canvas.toCanvasX(scale.x(tick))) + 0.5;
            painter.drawLine(QPointF(x, top), QPointF(x, bottom));
        }
    }
}

void paintItem(QPainter& painter, const TimelineItem& item, const TimelinePalette& palette,
               const QPointF& shift, bool selected)
{
    const QRectF rect = item.rect.translated(shift);
    switch (item.kind) {
    case Kind::Bar: {
        const auto& paint = palette.forStatus(item.status.value_or(DeadlineStatus::Due));
        QRectF bar = rect;
        if (bar.width() < 2)
            bar.setWidth(2);
        painter.setPen(pen(paint.outline, 1));
        painter.setBrush(paint.fill);
        painter.drawRoundedRect(bar.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        break;
    }
    case Kind::DeadlineMarker: {
        const auto& paint = palette.forStatus(item.status.value_or(DeadlineStatus::Due));
        painter.setPen(pen(paint.outline, 1.5));
        painter.setBrush(paint.fill);
        painter.drawPolygon(diamond(rect));
        break;
    }
    case Kind::Event:
        painter.setPen(pen(palette.eventOutline, 1.5));
        painter.setBrush(palette.eventFill);
        painter.drawEllipse(rect.adjusted(0.75, 0.75, -0.75, -0.75));
        break;
    case Kind::Extension: {
        // From the old due date (a short upright) to the new one (an arrowhead).
        const bool forward = item.end >= item.start;
        const double y = rect.center().y();
        const double from = forward ? rect.left() : rect.right();
        const double to = forward ? rect.right() : rect.left();
        const double head = std::min(rect.height(), std::abs(to - from));
        painter.setPen(pen(palette.extension, 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawLine(QPointF(from, rect.top()), QPointF(from, rect.bottom()));
        painter.drawLine(QPointF(from, y), QPointF(to, y));
        const double direction = forward ? -1 : 1;
        painter.setBrush(palette.extension);
        painter.drawPolygon(QPolygonF({QPointF(to, y), QPointF(to + direction * head, rect.top()),
                                       QPointF(to + direction * head, rect.bottom())}));
        break;
    }
    }
    if (selected) {
        painter.setPen(pen(palette.text, 1.5, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect.adjusted(-3, -3, 3, 3));
    }
}

bool isMark(const TimelineItem& item)
{
    return item.kind == Kind::Event || item.kind == Kind::DeadlineMarker;
}

// Labels beside dots and diamonds, per row from left to right: to the right of
// the mark when that runs into nothing (no earlier label, no later mark), else
// to its left, else not at all (the tooltip still has it). A faint halo keeps
// text readable over bars and grid lines.
void paintItemLabels(QPainter& painter, const TimelineLayout& layout,
                     const TimelinePalette& palette, const Canvas& canvas, int firstRow,
                     int lastRow)
{
    const QFont font = scaledFont(painter.font(), 0.85);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    QList<const TimelineItem*> marks;
    for (const TimelineItem& item : layout.items)
        if (isMark(item) && item.row >= firstRow && item.row <= lastRow)
            marks.append(&item);
    std::stable_sort(marks.begin(), marks.end(), [](const TimelineItem* a, const TimelineItem* b) {
        return a->row != b->row ? a->row < b->row : a->rect.left() < b->rect.left();
    });
    QColor halo = palette.background;
    halo.setAlphaF(0.85f);
    double usedUntil = 0;
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const TimelineItem* item = marks[i];
        const bool firstInRow = i == 0 || marks[i - 1]->row != item->row;
        if (firstInRow)
            usedUntil = -1e9;
        const QRectF mark = item->rect.translated(canvas.shift);
        // A mark out of view has no label poking into it: the row's edge hint
        // (paintOffscreenHints) names the nearest one instead.
        const bool inView =
            mark.right() >= canvas.data.left() && mark.left() <= canvas.data.right();
        if (item->label.isEmpty() || !inView) {
            usedUntil = std::max(usedUntil, mark.right() + 2);
            continue;
        }
        double nextMark = 1e9;
        for (qsizetype j = i + 1; j < marks.size() && marks[j]->row == item->row; ++j)
            if (marks[j]->rect.left() + canvas.shift.x() > mark.left() + 1) {
                nextMark = marks[j]->rect.left() + canvas.shift.x();
                break;
            }
        const double width = metrics.horizontalAdvance(item->label);
        const double top = mark.center().y() - metrics.height() / 2;
        QRectF text(mark.right() + 3, top, width, metrics.height());
        if (text.left() < usedUntil || text.right() + 2 > nextMark ||
            (text.right() > canvas.data.right() && mark.right() <= canvas.data.right())) {
            text.moveRight(mark.left() - 3);
            if (text.left() < usedUntil || text.left() < canvas.data.left())
                text = QRectF();
        }
        usedUntil = std::max(usedUntil, mark.right() + 2);
        if (text.isNull() || text.right() < canvas.data.left() || text.left() > canvas.data.right())
            continue;
        painter.setPen(Qt::NoPen);
        painter.setBrush(halo);
        painter.drawRoundedRect(text.adjusted(-1, 0, 2, 0), 2, 2);
        painter.setPen(palette.text);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, item->label);
        usedUntil = std::max(usedUntil, text.right() + 8);
    }
}

// A row whose marks are all out of view says where its nearest one is, so a
// row never looks empty: "<- Tue 3 Mar 2026  Action Overdue 180 WD" at the edge.
void paintOffscreenHints(QPainter& painter, const TimelineLayout& layout,
                         const TimelinePalette& palette, const Canvas& canvas,
                         const QRectF& visible, int firstRow, int lastRow)
{
    const QFont font = scaledFont(painter.font(), 0.85);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    for (int row = firstRow; row <= lastRow; ++row) {
        const TimelineItem* before = nullptr;
        const TimelineItem* after = nullptr;
        bool inView = false;
        for (const TimelineItem& item : layout.items) {
            if (item.row != row)
                continue;
            if (item.rect.right() >= visible.left() && item.rect.left() <= visible.right()) {
                inView = true;
                break;
            }
            // Marks say more than bars; among them, the nearest to the view.
            auto better = [&](const TimelineItem* current, bool left) {
                if (!current || isMark(item) != isMark(*current))
                    return !current || isMark(item);
                return left ? item.rect.right() > current->rect.right()
                            : item.rect.left() < current->rect.left();
            };
            if (item.rect.right() < visible.left() && better(before, true))
                before = &item;
            else if (item.rect.left() > visible.right() && better(after, false))
                after = &item;
        }
        if (inView || (!before && !after))
            continue;
        const bool left = before && (!after || isMark(*before) || !isMark(*after));
        const TimelineItem* item = left ? before : after;
        QString text = toDisplay(left ? item->end : item->start);
        const QString what =
            item->label.isEmpty() ? item->tooltip().section(QLatin1Char('\n'), 0, 0) : item->label;
        text += QStringLiteral("  ") + what;
        const double middle = row * layout.rowHeight + canvas.shift.y() + layout.rowHeight / 2;
        const double arrow = metrics.height() * 0.35;
        const double width =
            std::min(metrics.horizontalAdvance(text) + 2, canvas.data.width() / 2 - 3 * arrow);
        const double x = left ? canvas.data.left() + 4 : canvas.data.right() - 4;
        const double dir = left ? 1 : -1;
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette.mutedText);
        painter.drawPolygon(QPolygonF({QPointF(x, middle), QPointF(x + dir * arrow, middle - arrow),
                                       QPointF(x + dir * arrow, middle + arrow)}));
        const QRectF box =
            left ? QRectF(x + 2 * arrow, middle - metrics.height() / 2, width, metrics.height())
                 : QRectF(x - 2 * arrow - width, middle - metrics.height() / 2, width,
                          metrics.height());
        painter.setPen(palette.mutedText);
        painter.drawText(box, (left ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                         metrics.elidedText(text, Qt::ElideRight, width));
    }
}

void paintTodayLine(QPainter& painter, const TimelineLayout& layout, const TimelinePalette& palette,
                    const Canvas& canvas)
{
    const double x = canvas.toCanvasX(layout.todayX);
    if (x < canvas.data.left() || x > canvas.data.right())
        return;
    painter.setPen(pen(palette.today, 2));
    painter.drawLine(QPointF(x, canvas.data.top()), QPointF(x, canvas.data.bottom()));
}

void paintAxis(QPainter& painter, const TimelineLayout& layout, const TimelinePalette& palette,
               const Canvas& canvas, const QRectF& visible, const TimelinePaintOptions& options)
{
    const QRectF band(canvas.data.left(), 0, canvas.data.width(), options.axisHeight);
    painter.fillRect(band, palette.axisBackground);
    painter.save();
    painter.setClipRect(band);
    const TimelineScale& scale = layout.scale;
    const AxisUnits units = axisUnits(scale.pixelsPerDay);
    const QDate first = scale.dateAt(visible.left());
    const QDate last = scale.dateAt(visible.right()).addDays(1);
    const double half = options.axisHeight / 2;

    // Major units on the upper line; a label sticks to the left edge while its
    // unit is in view, and gives way to the next one.
    const QFont base = painter.font();
    QFont bold = base;
    bold.setBold(true);
    painter.setFont(bold);
    const QFontMetricsF boldMetrics(bold, painter.device());
    for (QDate tick = tickOnOrBefore(first, units.major); tick <= last;
         tick = nextTick(tick, units.major)) {
        const double left = canvas.toCanvasX(scale.x(tick));
        const double right = canvas.toCanvasX(scale.x(nextTick(tick, units.major)));
        const QString label = majorLabel(tick, units.major);
        const double width = boldMetrics.horizontalAdvance(label);
        const double x = std::min(std::max(left, band.left()) + 4, right - width - 4);
        if (x < left + 2 && left >= band.left())
            continue;
        painter.setPen(palette.axisText);
        painter.drawText(QRectF(x, 0, width + 1, half), Qt::AlignLeft | Qt::AlignVCenter, label);
        painter.setPen(pen(palette.majorGrid, 1));
        const double lineX = std::round(left) + 0.5;
        painter.drawLine(QPointF(lineX, 0), QPointF(lineX, options.axisHeight));
    }

    // Minor units on the lower line, each label centred in its interval when it fits.
    painter.setFont(base);
    const QFontMetricsF metrics(base, painter.device());
    for (QDate tick = tickOnOrBefore(first, units.minor); tick <= last;
         tick = nextTick(tick, units.minor)) {
        const double left = canvas.toCanvasX(scale.x(tick));
        const double right = canvas.toCanvasX(scale.x(nextTick(tick, units.minor)));
        painter.setPen(pen(palette.grid, 1));
        const double lineX = std::round(left) + 0.5;
        painter.drawLine(QPointF(lineX, half + 2), QPointF(lineX, options.axisHeight));
        const QString label = tickLabel(tick, units.minor);
        const double width = metrics.horizontalAdvance(label);
        // Only where the label fits the part of its interval in view: no half-cut labels.
        const double shownLeft = std::max(left, band.left());
        const double shownRight = std::min(right, band.right());
        if (width + 4 > right - left ||
            (units.minor == TickUnit::Week ? left < band.left() || left + 3 + width > band.right()
                                           : (left + right + width) / 2 > shownRight ||
                                                 (left + right - width) / 2 < shownLeft))
            continue;
        painter.setPen(palette.mutedText);
        // Weeks are labelled at their Monday; months and quarters in their middle.
        const QRectF area = units.minor == TickUnit::Week
                                ? QRectF(left + 3, half, right - left - 3, half)
                                : QRectF(left, half, right - left, half);
        painter.drawText(area,
                         (units.minor == TickUnit::Week ? Qt::AlignLeft : Qt::AlignHCenter) |
                             Qt::AlignVCenter,
                         label);
    }

    // Today: a tag on the axis over the line.
    const double todayX = canvas.toCanvasX(layout.todayX);
    if (todayX >= band.left() && todayX <= band.right()) {
        QFont small = scaledFont(base, 0.85);
        small.setBold(true);
        painter.setFont(small);
        const QFontMetricsF smallMetrics(small, painter.device());
        const QString tag = QStringLiteral("Today");
        const double width = smallMetrics.horizontalAdvance(tag) + 8;
        const QRectF box(todayX - width / 2, options.axisHeight - smallMetrics.height() - 2, width,
                         smallMetrics.height() + 2);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette.today);
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(palette.todayText);
        painter.drawText(box, Qt::AlignCenter, tag);
    }
    painter.restore();
    painter.setPen(pen(palette.separator, 1));
    painter.drawLine(QPointF(0, options.axisHeight - 0.5),
                     QPointF(canvas.data.right(), options.axisHeight - 0.5));
}

void paintRowLabels(QPainter& painter, const TimelineLayout& layout, const TimelinePalette& palette,
                    const Canvas& canvas, int firstRow, int lastRow,
                    const TimelinePaintOptions& options)
{
    const QRectF column(0, canvas.data.top(), options.labelWidth, canvas.data.height());
    painter.fillRect(column, palette.labelBackground);
    painter.save();
    painter.setClipRect(column);
    const QFontMetricsF metrics(painter.font(), painter.device());
    for (int row = firstRow; row <= lastRow; ++row) {
        const QRectF band(0, row * layout.rowHeight + canvas.shift.y(), options.labelWidth,
                          layout.rowHeight);
        if (row == options.selectedRow)
            painter.fillRect(band, palette.selection);
        else if (row % 2 == 1)
            painter.fillRect(band, palette.alternateRow);
        const QString label = layout.rowLabels.value(row);
        // Milestones are indented under their review; indented rows read as secondary.
        const bool secondary = label.startsWith(QLatin1Char(' '));
        painter.setPen(secondary ? palette.mutedText : palette.text);
        const QRectF text = band.adjusted(8 + (secondary ? 10 : 0), 0, -6, 0);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(label.trimmed(), Qt::ElideRight, text.width()));
    }
    painter.restore();
    painter.setPen(pen(palette.separator, 1));
    painter.drawLine(QPointF(options.labelWidth - 0.5, 0),
                     QPointF(options.labelWidth - 0.5, canvas.data.bottom()));
}

void paintCorner(QPainter& painter, const TimelinePalette& palette,
                 const TimelinePaintOptions& options)
{
    const QRectF corner(0, 0, options.labelWidth, options.axisHeight);
    painter.fillRect(corner, palette.axisBackground);
    if (options.cornerText.isEmpty())
        return;
    QFont bold = painter.font();
    bold.setBold(true);
    painter.save();
    painter.setFont(bold);
    const QFontMetricsF metrics(bold, painter.device());
    painter.setPen(palette.axisText);
    const QRectF text = corner.adjusted(8, 0, -6, 0);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(options.cornerText, Qt::ElideRight, text.width()));
    painter.restore();
}

} // namespace

const TimelinePalette::StatusPaint& TimelinePalette::forStatus(DeadlineStatus status) const
{
    switch (status) {
    case DeadlineStatus::Met:
        return met;
    case DeadlineStatus::Late:
        return late;
    case DeadlineStatus::Due:
        return due;
    case DeadlineStatus::DueSoon:
        return dueSoon;
    case DeadlineStatus::Overdue:
        return overdue;
    }
    return due;
}

TimelinePalette TimelinePalette::light()
{
    TimelinePalette p;
    p.isDark = false;
    p.background = QColor(0xff, 0xff, 0xff);
    p.alternateRow = QColor(0xf5, 0xf6, 0xf8);
    p.grid = QColor(0xe3, 0xe5, 0xea);
    p.majorGrid = QColor(0xb8, 0xbd, 0xc7);
    p.weekend = QColor(0x20, 0x30, 0x50, 0x0c);
    p.axisBackground = QColor(0xec, 0xee, 0xf2);
    p.axisText = QColor(0x1f, 0x23, 0x2b);
    p.labelBackground = QColor(0xfa, 0xfa, 0xfb);
    p.text = QColor(0x1f, 0x23, 0x2b);
    p.mutedText = QColor(0x4f, 0x56, 0x63);
    p.separator = QColor(0x9a, 0xa1, 0xad);
    p.today = QColor(0x15, 0x65, 0xc0);
    p.todayText = QColor(0xff, 0xff, 0xff);
    p.eventFill = QColor(0x37, 0x47, 0x5a);
    p.eventOutline = QColor(0xff, 0xff, 0xff);
    p.extension = QColor(0x6a, 0x1b, 0x9a);
    p.selection = QColor(0xd6, 0xe6, 0xfa);
    p.met = {QColor(0x8f, 0xcf, 0x92), QColor(0x1e, 0x5e, 0x20)};
    p.late = {QColor(0xde, 0xb4, 0x86), QColor(0x6b, 0x3f, 0x12)};
    p.due = {QColor(0xc5, 0xcb, 0xd5), QColor(0x4a, 0x52, 0x60)};
    p.dueSoon = {QColor(0xf6, 0xcf, 0x57), QColor(0x6a, 0x4a, 0x00)};
    p.overdue = {QColor(0xee, 0x8b, 0x84), QColor(0x8c, 0x1d, 0x18)};
    return p;
}

TimelinePalette TimelinePalette::dark()
{
    TimelinePalette p;
    p.isDark = true;
    p.background = QColor(0x1e, 0x20, 0x24);
    p.alternateRow = QColor(0x25, 0x28, 0x2d);
    p.grid = QColor(0x33, 0x37, 0x3e);
    p.majorGrid = QColor(0x55, 0x5b, 0x66);
    p.weekend = QColor(0xff, 0xff, 0xff, 0x08);
    p.axisBackground = QColor(0x2a, 0x2d, 0x33);
    p.axisText = QColor(0xe6, 0xe8, 0xec);
    p.labelBackground = QColor(0x23, 0x26, 0x2b);
    p.text = QColor(0xe6, 0xe8, 0xec);
    p.mutedText = QColor(0xb4, 0xb9, 0xc2);
    p.separator = QColor(0x60, 0x66, 0x72);
    p.today = QColor(0x64, 0xb5, 0xf6);
    p.todayText = QColor(0x0d, 0x1b, 0x2a);
    p.eventFill = QColor(0xd8, 0xdc, 0xe3);
    p.eventOutline = QColor(0x1e, 0x20, 0x24);
    p.extension = QColor(0xce, 0x93, 0xd8);
    p.selection = QColor(0x2c, 0x44, 0x66);
    p.met = {QColor(0x2f, 0x6b, 0x35), QColor(0xa6, 0xdb, 0xa9)};
    p.late = {QColor(0x7a, 0x5a, 0x30), QColor(0xe8, 0xc5, 0x9a)};
    p.due = {QColor(0x4a, 0x50, 0x5a), QColor(0xc8, 0xcc, 0xd4)};
    p.dueSoon = {QColor(0x8a, 0x6d, 0x16), QColor(0xf3, 0xd2, 0x7a)};
    p.overdue = {QColor(0x8a, 0x2f, 0x2a), QColor(0xf4, 0xaa, 0xa4)};
    return p;
}

QSizeF timelineCanvasSize(const QRectF& visible, const TimelinePaintOptions& options)
{
    return QSizeF(options.labelWidth + visible.width(), options.axisHeight + visible.height());
}

void paintTimeline(QPainter& painter, const TimelineLayout& layout, const TimelinePalette& palette,
                   const QRectF& visible, const TimelinePaintOptions& options)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);

    const QSizeF size = timelineCanvasSize(visible, options);
    Canvas canvas;
    canvas.data = QRectF(options.labelWidth, options.axisHeight, visible.width(), visible.height());
    canvas.shift = QPointF(options.labelWidth - visible.left(), options.axisHeight - visible.top());
    painter.fillRect(QRectF(QPointF(0, 0), size), palette.background);

    const int firstRow = std::max(0, int(std::floor(visible.top() / layout.rowHeight)));
    const int lastRow =
        std::min(layout.rowCount() - 1, int(std::floor(visible.bottom() / layout.rowHeight)));

    painter.save();
    painter.setClipRect(canvas.data);
    paintRows(painter, layout, palette, canvas, firstRow, lastRow, options);
    paintGrid(painter, layout, palette, canvas, visible);
    const QRectF reach =
        visible.adjusted(-layout.rowHeight, -layout.rowHeight, layout.rowHeight, layout.rowHeight);
    for (Kind kind : {Kind::Bar, Kind::Extension}) {
        for (const TimelineItem& item : layout.items)
            if (item.kind == kind && item.rect.intersects(reach))
                paintItem(painter, item, palette, canvas.shift, &item == options.selectedItem);
    }
    paintTodayLine(painter, layout, palette, canvas);
    for (Kind kind : {Kind::DeadlineMarker, Kind::Event}) {
        for (const TimelineItem& item : layout.items)
            if (item.kind == kind && item.rect.intersects(reach))
                paintItem(painter, item, palette, canvas.shift, &item == options.selectedItem);
    }
    paintItemLabels(painter, layout, palette, canvas, firstRow, lastRow);
    paintOffscreenHints(painter, layout, palette, canvas, visible, firstRow, lastRow);
    painter.restore();

    paintAxis(painter, layout, palette, canvas, visible, options);
    paintRowLabels(painter, layout, palette, canvas, firstRow, lastRow, options);
    paintCorner(painter, palette, options);
    painter.restore();
}

QRectF paintTimelineFitted(QPainter& painter, const TimelineLayout& layout,
                           const TimelinePalette& palette, const QRectF& visible,
                           const QRectF& target, const TimelinePaintOptions& options)
{
    const QSizeF size = timelineCanvasSize(visible, options);
    const double factor =
        std::min({1.0, target.width() / size.width(), target.height() / size.height()});
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(factor, factor);
    painter.setClipRect(QRectF(QPointF(0, 0), size));
    paintTimeline(painter, layout, palette, visible, options);
    painter.restore();
    return QRectF(target.topLeft(), size * factor);
}

QRectF paintTimelineLegend(QPainter& painter, const TimelinePalette& palette,
                           const QPointF& topLeft)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double height = std::ceil(metrics.height()) + 4;
    const double mark = height * 0.6;
    double x = topLeft.x();
    const double middle = topLeft.y() + height / 2;
    auto label = [&](const QString& text) {
        painter.setPen(palette.text);
        const double width = metrics.horizontalAdvance(text);
        painter.drawText(QRectF(x, topLeft.y(), width + 1, height),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        x += width + 14;
    };
    for (DeadlineStatus status : {DeadlineStatus::Met, DeadlineStatus::Late, DeadlineStatus::Due,
                                  DeadlineStatus::DueSoon, DeadlineStatus::Overdue}) {
        const auto& paint = palette.forStatus(status);
        painter.setPen(pen(paint.outline, 1));
        painter.setBrush(paint.fill);
        painter.drawRoundedRect(QRectF(x, middle - mark / 2, mark * 1.8, mark), 3, 3);
        x += mark * 1.8 + 4;
        label(statusText(status));
    }
    painter.setPen(pen(palette.eventOutline, 1.5));
    painter.setBrush(palette.eventFill);
    painter.drawEllipse(QRectF(x, middle - mark / 2, mark, mark));
    x += mark + 4;
    label(QStringLiteral("Event"));
    painter.setPen(pen(palette.due.outline, 1.5));
    painter.setBrush(palette.due.fill);
    painter.drawPolygon(diamond(QRectF(x, middle - mark / 2, mark, mark)));
    x += mark + 4;
    label(QStringLiteral("Due date"));
    painter.setPen(pen(palette.extension, 1.5));
    painter.drawLine(QPointF(x, middle), QPointF(x + mark * 1.5, middle));
    painter.setBrush(palette.extension);
    painter.drawPolygon(
        QPolygonF({QPointF(x + mark * 2, middle), QPointF(x + mark * 1.4, middle - mark / 3),
                   QPointF(x + mark * 1.4, middle + mark / 3)}));
    x += mark * 2 + 4;
    label(QStringLiteral("Extension"));
    painter.setPen(pen(palette.today, 2));
    painter.drawLine(QPointF(x + 2, topLeft.y() + 2), QPointF(x + 2, topLeft.y() + height - 2));
    x += 8;
    label(QStringLiteral("Today"));
    painter.restore();
    return QRectF(topLeft, QPointF(x, topLeft.y() + height));
}

} // namespace reviewdesk
