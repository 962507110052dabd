// demo: fill the database with realistic synthetic data (no real person).
#include "command.h"
#include "demo/demogenerator.h"

namespace reviewdesk::cli {
namespace {

class DemoCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override { return QStringLiteral("generate synthetic demo data"); }
    QStringList usage() const override
    {
        return {QStringLiteral("demo [--cases N] [--seed S] [--today DATE]")};
    }

    int run(Context& context, const QStringList& words) override
    {
        auto arguments = parseOrComplain(
            context, *this, words,
            {{QStringLiteral("cases"), QStringLiteral("seed"), QStringLiteral("today")}, {}, 0, 0});
        if (!arguments)
            return UsageError;
        DemoOptions options;
        options.today = context.today();
        if (auto text = arguments->value(QStringLiteral("cases"))) {
            auto count = integerArgument(*text, QStringLiteral("number of cases"));
            if (!count)
                return context.fail(count.error());
            options.cases = *count;
        }
        if (auto text = arguments->value(QStringLiteral("seed"))) {
            bool ok = false;
            options.seed = text->toUInt(&ok);
            if (!ok)
                return context.fail(QStringLiteral("seed \"%1\" is not a whole number").arg(*text));
        }
        auto today =
            optionalDateOption(*arguments, QStringLiteral("today"), QStringLiteral("today"));
        if (!today)
            return context.fail(today.error());
        if (*today)
            options.today = **today;
        auto workspace = context.workspace();
        if (!workspace)
            return context.fail(workspace.error());
        auto made = generateDemoData(**workspace, options);
        if (!made)
            return context.fail(made.error());
        context.out() << *made << " demonstration cases added to " << context.databasePath()
                      << '\n';
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeDemoCommand()
{
    return std::make_unique<DemoCommand>();
}

} // namespace reviewdesk::cli
