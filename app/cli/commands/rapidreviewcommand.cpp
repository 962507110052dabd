// rapid-review REF: record the rapid review's dates and decision.
#include "command.h"
#include "services/reviewservice.h"
#include "util/isodate.h"

namespace reviewdesk::cli {
namespace {

class RapidReviewCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("rapid-review"); }
    QString summary() const override { return QStringLiteral("record a rapid review"); }
    QStringList usage() const override
    {
        return {
            QStringLiteral("rapid-review REF [--started DATE] [--meeting DATE] [--completed DATE] "
                           "[--sent DATE] [--decision %1] [--rationale TEXT] "
                           "[--panel-response %2] [--panel-response-date DATE]")
                .arg(allNames<RapidReviewDecision>(), allNames<PanelResponse>())};
    }

    int run(Context& context, const QStringList& words) override
    {
        const ArgumentSpec spec{
            {QStringLiteral("started"), QStringLiteral("meeting"), QStringLiteral("completed"),
             QStringLiteral("sent"), QStringLiteral("decision"), QStringLiteral("rationale"),
             QStringLiteral("panel-response"), QStringLiteral("panel-response-date")},
            {},
            1,
            1};
        auto arguments = parseOrComplain(context, *this, words, spec);
        if (!arguments)
            return UsageError;
        auto workspace = context.workspace();
        if (!workspace)
            return context.fail(workspace.error());
        auto file = (*workspace)->caseFile(arguments->positional(0));
        if (!file)
            return context.fail(file.error());
        RapidReview review = file->rapidReview.value_or(RapidReview{});

        const DateOption<RapidReview> dates[] = {
            {"started", "rapid review start date", &RapidReview::started},
            {"meeting", "rapid review meeting date", &RapidReview::meeting},
            {"completed", "rapid review completion date", &RapidReview::completed},
            {"sent", "date sent to the national Panel", &RapidReview::sent},
            {"panel-response-date", "national Panel response date",
             &RapidReview::panelResponseDate},
        };
        if (auto applied = applyDateOptions(*arguments, dates, review); !applied)
            return context.fail(applied.error());
        auto decision = enumOption<RapidReviewDecision>(*arguments, QStringLiteral("decision"),
                                                        QStringLiteral("decision"));
        if (!decision)
            return context.fail(decision.error());
        if (*decision)
            review.decision = *decision;
        auto response = enumOption<PanelResponse>(*arguments, QStringLiteral("panel-response"),
                                                  QStringLiteral("national Panel response"));
        if (!response)
            return context.fail(response.error());
        if (*response)
            review.panelResponse = *response;
        if (auto rationale = arguments->value(QStringLiteral("rationale")))
            review.rationale = rationale->trimmed();

        auto saved = ReviewService(**workspace).saveRapidReview(file->kase.ref, review);
        if (!saved)
            return context.fail(saved.error());
        context.out() << file->kase.ref << " rapid review saved";
        if (saved->completed)
            context.out() << " (completed " << toIso(*saved->completed) << ")";
        context.out() << '\n';
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeRapidReviewCommand()
{
    return std::make_unique<RapidReviewCommand>();
}

} // namespace reviewdesk::cli
