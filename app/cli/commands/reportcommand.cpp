// report: a PDF report (case summary, panel pack, executive, timeline, annual)
// as of a date, optionally without the child identifier.
#include "command.h"
#include "reports/reportwriter.h"
#include "util/isodate.h"

namespace reviewdesk::cli {
namespace {

using reports::ReportKind;

class ReportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override { return QStringLiteral("a PDF report"); }
    QStringList usage() const override
    {
        return {QStringLiteral("report %1 --out FILE.pdf [--case REF] [--from DATE --to DATE] "
                               "[--as-of DATE] [--redact]")
                    .arg(allNames<ReportKind>())};
    }

    int run(Context& context, const QStringList& words) override
    {
        auto arguments =
            parseOrComplain(context, *this, words,
                            {{QStringLiteral("out"), QStringLiteral("case"), QStringLiteral("from"),
                              QStringLiteral("to"), QStringLiteral("as-of")},
                             {QStringLiteral("redact")},
                             1,
                             1});
        if (!arguments)
            return UsageError;
        const QString kindName = arguments->positional(0);
        const auto kind = enumFromName<ReportKind>(kindName);
        if (!kind)
            return context.fail(QStringLiteral("unknown report \"%1\"; use %2")
                                    .arg(kindName, allNames<ReportKind>(QStringLiteral(", "))));
        const auto out = arguments->value(QStringLiteral("out"));
        if (!out || out->isEmpty())
            return complainUsage(context, *this, QStringLiteral("missing --out FILE.pdf"));

        reports::ReportOptions options;
        options.kind = *kind;
        options.redact = arguments->flag(QStringLiteral("redact"));
        const auto caseRef = arguments->value(QStringLiteral("case"));
        if (caseRef && *kind != ReportKind::CaseSummary)
            return context.fail(QStringLiteral("--case is for the case-summary report only"));
        if (*kind == ReportKind::CaseSummary && (!caseRef || caseRef->trimmed().isEmpty()))
            return context.fail(QStringLiteral("the case-summary report needs --case REF"));
        options.caseRef = caseRef.value_or(QString());

        auto from =
            optionalDateOption(*arguments, QStringLiteral("from"), QStringLiteral("from date"));
        if (!from)
            return context.fail(from.error());
        auto to = optionalDateOption(*arguments, QStringLiteral("to"), QStringLiteral("to date"));
        if (!to)
            return context.fail(to.error());
        if ((*from || *to) && !reports::usesPeriod(*kind))
            return context.fail(
                QStringLiteral("--from and --to are for the executive and annual reports only"));
        options.period.from = *from;
        options.period.to = *to;
        auto asOf =
            optionalDateOption(*arguments, QStringLiteral("as-of"), QStringLiteral("as-of date"));
        if (!asOf)
            return context.fail(asOf.error());
        options.asOf = asOf->value_or(context.today());

        auto workspace = context.existingWorkspace();
        if (!workspace)
            return context.fail(workspace.error());
        auto request = reports::requestFor(**workspace, options);
        if (!request)
            return context.fail(request.error());
        const Status written = reports::writeReport(*request, *out);
        if (!written)
            return context.fail(written.error());
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeReportCommand()
{
    return std::make_unique<ReportCommand>();
}

} // namespace reviewdesk::cli
