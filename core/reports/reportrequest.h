// What a report is asked for: its kind, the register as of a date, the case
// (case summary), the cohort period (annual and executive) and whether the
// child identifier is left out. A request carries the loaded register, so it
// can be rendered on a worker thread, away from the database connection.
#pragma once

#include "domain/enumnames.h"
#include "services/registersnapshot.h"
#include "stats/statistics.h"

#include <QDateTime>

#include <memory>

namespace reviewdesk::reports {

enum class ReportKind
{
    CaseSummary,
    PanelPack,
    Executive,
    Timeline,
    Annual
};

} // namespace reviewdesk::reports

namespace reviewdesk {
template <>
struct EnumNames<reports::ReportKind>
{
    static constexpr std::pair<reports::ReportKind, const char*> table[] = {
        {reports::ReportKind::CaseSummary, "case-summary"},
        {reports::ReportKind::PanelPack, "panel-pack"},
        {reports::ReportKind::Executive, "executive"},
        {reports::ReportKind::Timeline, "timeline"},
        {reports::ReportKind::Annual, "annual"}};
};
} // namespace reviewdesk

namespace reviewdesk::reports {

// "Case summary", "Panel meeting pack"...: the title printed on every page.
QString reportTitle(ReportKind kind);
// Whether the kind reads its cases from a period (the others ignore one).
bool usesPeriod(ReportKind kind);

struct ReportRequest
{
    ReportKind kind = ReportKind::Executive;
    std::shared_ptr<const RegisterSnapshot> snapshot; // "as of" is snapshot->asOf()
    QString caseRef;                                  // case summary only
    QList<Milestone> caseMilestones;                  // the case summary's: the snapshot holds none
    Period period;
    bool redact = false;  // leave the child identifier out everywhere
    QDateTime generated;  // printed on every page; now when not set
    QString registerPath; // the register's file, which a report must never replace
};

// What a person chooses; requestFor() checks it and loads the register.
struct ReportOptions
{
    ReportKind kind = ReportKind::Executive;
    QString caseRef;
    Period period;
    QDate asOf;
    bool redact = false;
};

// Checks the options (a case summary needs a known case; a period may not end
// before it starts; the as-of date must be valid) and loads the register as of
// that date. Call on the thread that owns the workspace.
Result<ReportRequest> requestFor(Workspace& workspace, const ReportOptions& options);

// As requestFor, on a register already loaded as of options.asOf (the
// desktop's own snapshot, shared rather than read again); a case summary's
// milestones are read from the workspace.
Result<ReportRequest> requestFrom(Workspace& workspace,
                                  std::shared_ptr<const RegisterSnapshot> snapshot,
                                  const ReportOptions& options);

} // namespace reviewdesk::reports
