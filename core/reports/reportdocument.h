// ReportDocument: what a report says, assembled from the register without
// painting. The renderer (pdfrenderer.h) flows these blocks onto A4 pages with
// the protective marking, title, date and page numbers; the assembly of each
// kind (reportcontent.h) never measures or draws anything.
#pragma once

#include "schedule/deadline.h"
#include "timeline/timelinelayout.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace reviewdesk::reports {

struct Heading
{
    QString text;
    int level = 1; // 1: a section, 2: a part of one (e.g. one case in a panel pack)
};

struct Paragraph
{
    QString text;
    bool muted = false; // notes and explanations, in grey
};

// A table whose rows never split across pages; the header row repeats on
// every page the table continues on. Without headers it reads as facts
// ("Aware: Mon 4 Mar 2024"), the first column in bold.
struct Table
{
    QStringList headers;
    QList<double> widths; // relative column widths, one per column
    QList<QStringList> rows;
    int statusColumn = -1;                          // tinted by rowStatus
    QList<std::optional<DeadlineStatus>> rowStatus; // empty, or one per row
    bool lastRowBold = false;                       // a total
};

// A bar chart drawn as vector graphics: one group of bars per category, one
// bar per series (or the series stacked), with a legend and value labels.
struct BarChart
{
    QString title;
    QStringList categories;
    QStringList seriesNames;
    QList<QList<double>> values; // [series][category]
    bool stacked = false;
    bool horizontal = false; // long category names read better down the side
    QString valueSuffix;     // e.g. "%"
    std::optional<double> target;
    QString targetLabel;
    QString emptyText = QStringLiteral("No figures for this period.");
};

// A timeline drawn by core/timeline's painter, the app's timeline view drawing.
// Rows continue over as many pages as they need, the axis repeated on each.
struct TimelineFigure
{
    TimelineLayout layout;
    QString cornerText;
};

struct PageBreak
{};

using Block = std::variant<Heading, Paragraph, Table, BarChart, TimelineFigure, PageBreak>;

struct ReportDocument
{
    QString title;          // on every page
    QStringList subtitle;   // lines under the title on the first page: as of, period...
    bool landscape = false; // the timeline reads better wide
    QList<Block> blocks;
};

} // namespace reviewdesk::reports
