// The content of each kind of report, assembled from the request's register
// snapshot: headings, tables, charts and timelines, without any painting.
// Redaction happens here: with request.redact the child identifier never
// enters the document, so no renderer can print it.
#pragma once

#include "reports/reportdocument.h"
#include "reports/reportrequest.h"

namespace reviewdesk::reports {

// The request must have been checked (requestFor); a case summary of a case
// missing from the snapshot says so in the document.
ReportDocument assembleReport(const ReportRequest& request);

// One function per kind (each in its own file).
ReportDocument caseSummaryReport(const ReportRequest& request);
ReportDocument panelPackReport(const ReportRequest& request);
ReportDocument executiveReport(const ReportRequest& request);
ReportDocument timelineReport(const ReportRequest& request);
ReportDocument annualReport(const ReportRequest& request);

} // namespace reviewdesk::reports
