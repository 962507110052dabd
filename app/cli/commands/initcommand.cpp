// init: create (or upgrade) the database file.
#include "command.h"

namespace reviewdesk::cli {
namespace {

class InitCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override { return QStringLiteral("create the database file"); }
    QStringList usage() const override { return {QStringLiteral("init")}; }

    int run(Context& context, const QStringList& words) override
    {
        if (!parseOrComplain(context, *this, words, {}))
            return UsageError;
        auto workspace = context.workspace();
        if (!workspace)
            return context.fail(workspace.error());
        context.out() << "ReviewDesk database ready: " << context.databasePath() << " (schema "
                      << (*workspace)->database().schemaVersion() << ")\n";
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeInitCommand()
{
    return std::make_unique<InitCommand>();
}

} // namespace reviewdesk::cli
