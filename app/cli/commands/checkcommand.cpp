// check: schema version and full integrity; exit 1 if the file is not sound.
#include "command.h"

namespace reviewdesk::cli {
namespace {

class CheckCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override { return QStringLiteral("check the database file"); }
    QStringList usage() const override { return {QStringLiteral("check")}; }

    int run(Context& context, const QStringList& words) override
    {
        if (!parseOrComplain(context, *this, words, {}))
            return UsageError;
        auto workspace = context.existingWorkspace();
        if (!workspace)
            return context.fail(workspace.error());
        Database& database = (*workspace)->database();
        if (auto sound = database.checkIntegrity(); !sound)
            return context.fail(sound.error());
        context.out() << "schema " << database.schemaVersion() << " (current "
                      << Database::currentSchemaVersion() << "), integrity ok\n";
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeCheckCommand()
{
    return std::make_unique<CheckCommand>();
}

} // namespace reviewdesk::cli
