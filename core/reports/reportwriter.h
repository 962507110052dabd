// The one entry point for PDF reports, for the CLI, the desktop app and the
// benchmark: assembles the requested report and renders it to an A4 PDF.
//
// The file appears only when the report is complete: it is written under a
// temporary name beside the target and renamed over it on success, so an
// error or a cancel leaves no partial file (and an existing file untouched).
// Safe to call from a worker thread (fonts need a QGuiApplication to exist).
#pragma once

#include "reports/reportrequest.h"

#include <functional>

namespace reviewdesk::reports {

// Called as pages are laid out and painted, with work done so far out of the
// total (both only grow); returning false cancels the report.
using ProgressFn = std::function<bool(int done, int total)>;

Status writeReport(const ReportRequest& request, const QString& pdfPath,
                   const ProgressFn& progress = {});

// The message of the error writeReport returns when the progress function cancels.
QString cancelledMessage();

} // namespace reviewdesk::reports
