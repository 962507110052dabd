// extend REF --to DATE --reason TEXT: move the LCSPR's publication due date.
#include "command.h"
#include "services/reviewservice.h"
#include "util/isodate.h"

namespace reviewdesk::cli {
namespace {

class ExtendCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("extend"); }
    QString summary() const override
    {
        return QStringLiteral("extend an LCSPR's publication date");
    }
    QStringList usage() const override
    {
        return {QStringLiteral(
            "extend REF --to DATE --reason TEXT [--agreed-by NAME] [--agreed-on DATE]")};
    }

    int run(Context& context, const QStringList& words) override
    {
        const ArgumentSpec spec{{QStringLiteral("to"), QStringLiteral("reason"),
                                 QStringLiteral("agreed-by"), QStringLiteral("agreed-on")},
                                {},
                                1,
                                1};
        auto arguments = parseOrComplain(context, *this, words, spec);
        if (!arguments)
            return UsageError;
        if (!arguments->value(QStringLiteral("to")) || !arguments->value(QStringLiteral("reason")))
            return complainUsage(context, *this,
                                 QStringLiteral("extend needs --to DATE and --reason TEXT"));
        auto to = dateArgument(*arguments->value(QStringLiteral("to")),
                               QStringLiteral("extended due date"));
        if (!to)
            return context.fail(to.error());
        auto agreedOn = optionalDateOption(*arguments, QStringLiteral("agreed-on"),
                                           QStringLiteral("date the extension was agreed"));
        if (!agreedOn)
            return context.fail(agreedOn.error());
        Extension extension;
        extension.newDue = *to;
        extension.reason = *arguments->value(QStringLiteral("reason"));
        extension.agreedBy =
            arguments->value(QStringLiteral("agreed-by")).value_or(QString()).trimmed();
        extension.agreedOn = *agreedOn;

        auto workspace = context.workspace();
        if (!workspace)
            return context.fail(workspace.error());
        auto saved = ReviewService(**workspace).extend(arguments->positional(0), extension);
        if (!saved)
            return context.fail(saved.error());
        context.out() << arguments->positional(0) << " LCSPR publication due "
                      << toIso(saved->newDue) << '\n';
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeExtendCommand()
{
    return std::make_unique<ExtendCommand>();
}

} // namespace reviewdesk::cli
