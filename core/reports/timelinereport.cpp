// The portfolio timeline: every open review on one drawing, as the app's
// timeline view shows it, continued over as many landscape pages as needed.
#include "reports/reportcontent.h"
#include "reports/reportwording.h"
#include "reports/timelinefigure.h"
#include "util/counted.h"

namespace reviewdesk::reports {

ReportDocument timelineReport(const ReportRequest& request)
{
    const RegisterSnapshot& snapshot = *request.snapshot;
    ReportDocument document;
    document.title = reportTitle(ReportKind::Timeline);
    document.subtitle = subtitleFor(request, false);
    document.landscape = true;
    const QList<const CaseEntry*> rows = portfolioRows(snapshot);
    if (rows.isEmpty()) {
        document.blocks << Paragraph{QStringLiteral("No open reviews on this date."), true};
        return document;
    }
    document.subtitle << QStringLiteral("%1, soonest next deadline first; the "
                                        "blue line is the as-of date.")
                             .arg(counted(rows.size(), QStringLiteral("open review"),
                                          QStringLiteral("open reviews")));
    document.blocks << portfolioTimelineFigure(rows, snapshot.asOf());
    return document;
}

} // namespace reviewdesk::reports
