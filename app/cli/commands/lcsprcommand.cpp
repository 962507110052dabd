// lcspr REF --decided DATE: commission or update the case's LCSPR.
#include "command.h"
#include "services/reviewservice.h"
#include "util/isodate.h"

namespace reviewdesk::cli {
namespace {

class LcsprCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("lcspr"); }
    QString summary() const override { return QStringLiteral("record a practice review"); }
    QStringList usage() const override
    {
        return {QStringLiteral("lcspr REF --decided DATE [--type %1] [--reviewer NAME] "
                               "[--method TEXT] [--terms-of-reference DATE] "
                               "[--planned-publication DATE] [--sent DATE] [--published DATE] "
                               "[--link URL]")
                    .arg(allNames<PracticeReviewType>())};
    }

    int run(Context& context, const QStringList& words) override
    {
        const ArgumentSpec spec{{QStringLiteral("decided"), QStringLiteral("type"),
                                 QStringLiteral("reviewer"), QStringLiteral("method"),
                                 QStringLiteral("terms-of-reference"),
                                 QStringLiteral("planned-publication"), QStringLiteral("sent"),
                                 QStringLiteral("published"), QStringLiteral("link")},
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
        if (!file->practiceReview && !arguments->value(QStringLiteral("decided")))
            return complainUsage(context, *this,
                                 QStringLiteral("a new LCSPR needs --decided DATE"));
        PracticeReview review = file->practiceReview.value_or(PracticeReview{});

        auto decided = optionalDateOption(*arguments, QStringLiteral("decided"),
                                          QStringLiteral("decision date"));
        if (!decided)
            return context.fail(decided.error());
        if (*decided)
            review.decided = **decided;
        const DateOption<PracticeReview> dates[] = {
            {"terms-of-reference", "terms of reference date", &PracticeReview::termsOfReference},
            {"planned-publication", "planned publication date",
             &PracticeReview::plannedPublication},
            {"sent", "date sent to the national Panel", &PracticeReview::sent},
            {"published", "publication date", &PracticeReview::published},
        };
        if (auto applied = applyDateOptions(*arguments, dates, review); !applied)
            return context.fail(applied.error());
        auto type = enumOption<PracticeReviewType>(*arguments, QStringLiteral("type"),
                                                   QStringLiteral("review type"));
        if (!type)
            return context.fail(type.error());
        if (*type)
            review.type = **type;
        if (auto reviewer = arguments->value(QStringLiteral("reviewer")))
            review.reviewer = reviewer->trimmed();
        if (auto method = arguments->value(QStringLiteral("method")))
            review.method = method->trimmed();
        if (auto link = arguments->value(QStringLiteral("link")))
            review.link = link->trimmed();

        auto saved = ReviewService(**workspace).savePracticeReview(file->kase.ref, review);
        if (!saved)
            return context.fail(saved.error());
        context.out() << file->kase.ref << ' ' << nameOf(saved->type) << " saved (decided "
                      << toIso(saved->decided) << ")\n";
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeLcsprCommand()
{
    return std::make_unique<LcsprCommand>();
}

} // namespace reviewdesk::cli
