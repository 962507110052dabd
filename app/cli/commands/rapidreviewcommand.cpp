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

        struct DateField
        {
            const char* option;
            const char* what;
            std::optional<QDate> RapidReview::*field;
        };
        const DateField dates[] = {
            {"started", "rapid review start date", &RapidReview::started},
            {"meeting", "rapid review meeting date", &RapidReview::meeting},
            {"completed", "rapid review completion date", &RapidReview::completed},
            {"sent", "date sent to the national Panel", &RapidReview::sent},
            {"panel-response-date", "national Panel response date",
             &RapidReview::panelResponseDate},
        };
        for (const DateField& date : dates) {
            auto value = optionalDateOption(*arguments, QString::fromLatin1(date.option),
                                            QString::fromLatin1(date.what));
            if (!value)
                return context.fail(value.error());
            if (*value)
                review.*date.field = *value;
        }
        if (auto decisionName = arguments->value(QStringLiteral("decision"))) {
            const auto decision = enumFromName<RapidReviewDecision>(*decisionName);
            if (!decision)
                return context.fail(
                    QStringLiteral("unknown decision \"%1\"; use %2")
                        .arg(*decisionName, allNames<RapidReviewDecision>(QStringLiteral(", "))));
            review.decision = *decision;
        }
        if (auto responseName = arguments->value(QStringLiteral("panel-response"))) {
            const auto response = enumFromName<PanelResponse>(*responseName);
            if (!response)
                return context.fail(
                    QStringLiteral("unknown national Panel response \"%1\"; use %2")
                        .arg(*responseName, allNames<PanelResponse>(QStringLiteral(", "))));
            review.panelResponse = *response;
        }
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
