// backup DEST: a consistent copy of the file, even while others write to it.
#include "command.h"

namespace reviewdesk::cli {
namespace {

class BackupCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override { return QStringLiteral("copy the database safely"); }
    QStringList usage() const override { return {QStringLiteral("backup DEST")}; }

    int run(Context& context, const QStringList& words) override
    {
        auto arguments = parseOrComplain(context, *this, words, {{}, {}, 1, 1});
        if (!arguments)
            return UsageError;
        auto workspace = context.existingWorkspace();
        if (!workspace)
            return context.fail(workspace.error());
        if (auto copied = (*workspace)->database().backupTo(arguments->positional(0)); !copied)
            return context.fail(copied.error());
        context.out() << "backup written to " << arguments->positional(0) << '\n';
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeBackupCommand()
{
    return std::make_unique<BackupCommand>();
}

} // namespace reviewdesk::cli
