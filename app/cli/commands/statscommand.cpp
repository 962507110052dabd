// stats: the figures behind the charts, for a cohort of cases by aware date.
#include "command.h"
#include "services/registersnapshot.h"
#include "stats/statistics.h"
#include "util/isodate.h"

namespace reviewdesk::cli {
namespace {

class StatsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override { return QStringLiteral("timeliness and volume figures"); }
    QStringList usage() const override
    {
        return {QStringLiteral("stats [--from DATE] [--to DATE] [--as-of DATE] [--json]")};
    }

    int run(Context& context, const QStringList& words) override
    {
        auto arguments = parseOrComplain(
            context, *this, words,
            {{QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("as-of")},
             {QStringLiteral("json")},
             0,
             0});
        if (!arguments)
            return UsageError;
        Period period;
        auto from =
            optionalDateOption(*arguments, QStringLiteral("from"), QStringLiteral("from date"));
        if (!from)
            return context.fail(from.error());
        auto to = optionalDateOption(*arguments, QStringLiteral("to"), QStringLiteral("to date"));
        if (!to)
            return context.fail(to.error());
        auto asOf =
            optionalDateOption(*arguments, QStringLiteral("as-of"), QStringLiteral("as-of date"));
        if (!asOf)
            return context.fail(asOf.error());
        period.from = *from;
        period.to = *to;
        if (period.from && period.to && *period.to < *period.from)
            return context.fail(QStringLiteral("the period ends (%1) before it starts (%2)")
                                    .arg(toIso(*period.to), toIso(*period.from)));
        auto workspace = context.workspaceForRegister();
        if (!workspace)
            return context.fail(workspace.error());
        auto snapshot = RegisterSnapshot::load(**workspace, asOf->value_or(context.today()));
        if (!snapshot)
            return context.fail(snapshot.error());
        const Statistics statistics = statisticsFor(*snapshot, period);
        if (arguments->flag(QStringLiteral("json"))) {
            context.printJson(toJson(statistics));
            return Success;
        }
        QTextStream& out = context.out();
        out << "Cases aware in the period: " << statistics.cases << "\n";
        out << "Notifications made: " << statistics.notifications.done
            << ", within 5 working days: " << statistics.notifications.onTime << "\n";
        out << "Rapid reviews completed: " << statistics.rapidReviews.done
            << ", within 15 working days: " << statistics.rapidReviews.onTime;
        if (statistics.rapidReviewMedianWorkingDays)
            out << ", median " << *statistics.rapidReviewMedianWorkingDays << " working days";
        out << "\n";
        out << "LCSPRs decided: " << statistics.lcsprsDecided << ", published "
            << statistics.lcsprsPublished << " (" << statistics.lcsprsPublishedOnTime
            << " on time), open " << statistics.lcsprsOpen << "\n";
        out << "Actions: " << statistics.actions << ", complete " << statistics.actionsComplete
            << ", overdue " << statistics.actionsOverdue << "\n";
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeStatsCommand()
{
    return std::make_unique<StatsCommand>();
}

} // namespace reviewdesk::cli
