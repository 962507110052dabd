// person add|list: panel members and officers by role.
#include "command.h"
#include "domain/json.h"
#include "services/directoryservice.h"

namespace reviewdesk::cli {
namespace {

class PersonCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("person"); }
    QString summary() const override { return QStringLiteral("panel members by role"); }
    QStringList usage() const override
    {
        return {QStringLiteral("person add NAME --role %1").arg(allNames<PersonRole>()),
                QStringLiteral("person list [--json]")};
    }

    int run(Context& context, const QStringList& words) override
    {
        return dispatchSubcommand(context, *this, words,
                                  {{"add", &PersonCommand::add}, {"list", &PersonCommand::list}});
    }

private:
    int add(Context& context, const QStringList& words)
    {
        auto arguments =
            parseOrComplain(context, *this, words, {{QStringLiteral("role")}, {}, 1, 1});
        if (!arguments)
            return UsageError;
        if (!arguments->value(QStringLiteral("role")))
            return complainUsage(context, *this, QStringLiteral("person add needs --role"));
        auto role =
            enumOption<PersonRole>(*arguments, QStringLiteral("role"), QStringLiteral("role"));
        if (!role)
            return context.fail(role.error());
        auto workspace = context.workspace();
        if (!workspace)
            return context.fail(workspace.error());
        Person person;
        person.name = arguments->positional(0);
        person.role = **role;
        auto added = DirectoryService(**workspace).addPerson(person);
        if (!added)
            return context.fail(added.error());
        context.out() << added->id << '\n';
        return Success;
    }

    int list(Context& context, const QStringList& words)
    {
        return runListing(
            context, *this, words, [](Workspace& ws) { return DirectoryService(ws).people(); },
            [](const Person& person) { return json::toJson(person); },
            [](const Person& person) {
                return QStringLiteral("%1\t%2\t%3")
                    .arg(person.id)
                    .arg(person.name, nameOf(person.role));
            });
    }
};

} // namespace

std::unique_ptr<Command> makePersonCommand()
{
    return std::make_unique<PersonCommand>();
}

} // namespace reviewdesk::cli
