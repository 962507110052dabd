// Flows a ReportDocument onto A4 pages of a QPdfWriter with QPainter: text as
// real PDF text, tables whose rows never split (the header row repeated on a
// new page), charts and timelines as vector graphics, and on every page the
// protective marking at top and bottom, the report title, the dates and
// "Page N of M". Lays the document out once to count the pages, then paints.
#pragma once

#include "reports/reportdocument.h"
#include "reports/reportwriter.h"

class QPdfWriter;

namespace reviewdesk::reports {

inline constexpr auto kProtectiveMarking = "OFFICIAL-SENSITIVE";

struct PageDecoration
{
    QString title;      // left of the header on every page
    QString headerNote; // right of the header: as of, generated
};

// Sets the writer's page layout and resolution, then renders. Returns false
// when the progress function cancelled; `pages` receives the page count.
bool renderDocument(const ReportDocument& document, QPdfWriter& writer,
                    const PageDecoration& decoration, const ProgressFn& progress, int* pages,
                    QString* error);

} // namespace reviewdesk::reports
