#include "reports/reportcontent.h"

namespace reviewdesk::reports {

ReportDocument assembleReport(const ReportRequest& request)
{
    switch (request.kind) {
    case ReportKind::CaseSummary:
        return caseSummaryReport(request);
    case ReportKind::PanelPack:
        return panelPackReport(request);
    case ReportKind::Executive:
        return executiveReport(request);
    case ReportKind::Timeline:
        return timelineReport(request);
    case ReportKind::Annual:
        return annualReport(request);
    }
    return {};
}

} // namespace reviewdesk::reports
