#include "reports/reportrequest.h"

#include "util/isodate.h"

namespace reviewdesk::reports {

QString reportTitle(ReportKind kind)
{
    switch (kind) {
    case ReportKind::CaseSummary:
        return QStringLiteral("Case summary");
    case ReportKind::PanelPack:
        return QStringLiteral("Panel meeting pack");
    case ReportKind::Executive:
        return QStringLiteral("Executive Group status report");
    case ReportKind::Timeline:
        return QStringLiteral("Timeline of open reviews");
    case ReportKind::Annual:
        return QStringLiteral("Annual report statistics");
    }
    return {};
}

bool usesPeriod(ReportKind kind)
{
    return kind == ReportKind::Executive || kind == ReportKind::Annual;
}

namespace {

Status checkOptions(const ReportOptions& options)
{
    if (!options.asOf.isValid())
        return Error::invalid(QStringLiteral("the as-of date is not a valid date"),
                              QStringLiteral("as-of"));
    const Period& period = options.period;
    if ((period.from && !period.from->isValid()) || (period.to && !period.to->isValid()))
        return Error::invalid(QStringLiteral("the period's dates are not valid dates"),
                              QStringLiteral("period"));
    if (period.from && period.to && *period.to < *period.from)
        return Error::invalid(QStringLiteral("the period ends (%1) before it starts (%2)")
                                  .arg(toIso(*period.to), toIso(*period.from)),
                              QStringLiteral("period"));
    if (options.kind == ReportKind::CaseSummary && options.caseRef.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("a case summary needs a case reference"),
                              QStringLiteral("case"));
    return success();
}

} // namespace

Result<ReportRequest> requestFrom(Workspace& workspace,
                                  std::shared_ptr<const RegisterSnapshot> snapshot,
                                  const ReportOptions& options)
{
    if (const Status checked = checkOptions(options); !checked)
        return checked.error();
    if (!snapshot || snapshot->asOf() != options.asOf)
        return Error::invalid(
            QStringLiteral("the register is not loaded as of %1").arg(toIso(options.asOf)));
    ReportRequest request;
    request.registerPath = workspace.database().path();
    request.kind = options.kind;
    request.period = options.period;
    request.redact = options.redact;
    request.generated = QDateTime::currentDateTime();
    if (options.kind == ReportKind::CaseSummary) {
        const QString ref = options.caseRef.trimmed();
        const CaseEntry* found = nullptr;
        for (const CaseEntry& entry : snapshot->entries())
            if (entry.file.kase.ref.compare(ref, Qt::CaseInsensitive) == 0)
                found = &entry;
        if (!found)
            return Error::notFound(QStringLiteral("no case with reference \"%1\"").arg(ref));
        request.caseRef = found->file.kase.ref;
        auto milestones = workspace.milestonesOf(found->file.kase.id);
        if (!milestones)
            return milestones.error();
        request.caseMilestones = std::move(*milestones);
    }
    request.snapshot = std::move(snapshot);
    return request;
}

Result<ReportRequest> requestFor(Workspace& workspace, const ReportOptions& options)
{
    if (const Status checked = checkOptions(options); !checked)
        return checked.error();
    auto snapshot = RegisterSnapshot::load(workspace, options.asOf);
    if (!snapshot)
        return snapshot.error();
    return requestFrom(workspace, std::make_shared<const RegisterSnapshot>(std::move(*snapshot)),
                       options);
}

} // namespace reviewdesk::reports
