// agency add|list: the partnership's agencies by category.
#include "command.h"
#include "domain/json.h"
#include "services/directoryservice.h"

namespace reviewdesk::cli {
namespace {

class AgencyCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("agency"); }
    QString summary() const override { return QStringLiteral("the partnership's agencies"); }
    QStringList usage() const override
    {
        return {QStringLiteral("agency add NAME [--category %1]").arg(allNames<AgencyCategory>()),
                QStringLiteral("agency list [--json]")};
    }

    int run(Context& context, const QStringList& words) override
    {
        return dispatchSubcommand(context, *this, words,
                                  {{"add", &AgencyCommand::add}, {"list", &AgencyCommand::list}});
    }

private:
    int add(Context& context, const QStringList& words)
    {
        auto arguments =
            parseOrComplain(context, *this, words, {{QStringLiteral("category")}, {}, 1, 1});
        if (!arguments)
            return UsageError;
        auto category = enumOption<AgencyCategory>(*arguments, QStringLiteral("category"),
                                                   QStringLiteral("category"));
        if (!category)
            return context.fail(category.error());
        auto workspace = context.workspace();
        if (!workspace)
            return context.fail(workspace.error());
        auto added =
            DirectoryService(**workspace)
                .addAgency(arguments->positional(0), category->value_or(AgencyCategory::Other));
        if (!added)
            return context.fail(added.error());
        context.out() << added->id << '\n';
        return Success;
    }

    int list(Context& context, const QStringList& words)
    {
        return runListing(
            context, *this, words, [](Workspace& ws) { return DirectoryService(ws).agencies(); },
            [](const Agency& agency) { return json::toJson(agency); },
            [](const Agency& agency) {
                return QStringLiteral("%1\t%2\t%3")
                    .arg(agency.id)
                    .arg(agency.name, nameOf(agency.category));
            });
    }
};

} // namespace

std::unique_ptr<Command> makeAgencyCommand()
{
    return std::make_unique<AgencyCommand>();
}

} // namespace reviewdesk::cli
