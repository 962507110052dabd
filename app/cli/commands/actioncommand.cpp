// action add|complete|list: learning actions and their owners.
#include "command.h"
#include "domain/json.h"
#include "services/actionservice.h"
#include "util/isodate.h"

namespace reviewdesk::cli {
namespace {

class ActionCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("action"); }
    QString summary() const override { return QStringLiteral("learning actions"); }
    QStringList usage() const override
    {
        return {
            QStringLiteral("action add REF --text TEXT --owner AGENCY --due DATE [--officer NAME]"),
            QStringLiteral("action complete ID --date DATE [--evidence TEXT]"),
            QStringLiteral("action list [--json]")};
    }

    int run(Context& context, const QStringList& words) override
    {
        return dispatchSubcommand(context, *this, words,
                                  {{"add", &ActionCommand::add},
                                   {"complete", &ActionCommand::complete},
                                   {"list", &ActionCommand::list}});
    }

private:
    int add(Context& context, const QStringList& words)
    {
        const ArgumentSpec spec{{QStringLiteral("text"), QStringLiteral("owner"),
                                 QStringLiteral("due"), QStringLiteral("officer")},
                                {},
                                1,
                                1};
        auto arguments = parseOrComplain(context, *this, words, spec);
        if (!arguments)
            return UsageError;
        for (const char* required : {"text", "owner", "due"})
            if (!arguments->value(QString::fromLatin1(required)))
                return complainUsage(
                    context, *this,
                    QStringLiteral("action add needs --%1").arg(QLatin1String(required)));
        auto due =
            dateArgument(*arguments->value(QStringLiteral("due")), QStringLiteral("due date"));
        if (!due)
            return context.fail(due.error());
        Action action;
        action.recommendation = *arguments->value(QStringLiteral("text"));
        action.ownerAgency = *arguments->value(QStringLiteral("owner"));
        action.officer = arguments->value(QStringLiteral("officer")).value_or(QString()).trimmed();
        action.due = *due;

        auto workspace = context.workspace();
        if (!workspace)
            return context.fail(workspace.error());
        auto added = ActionService(**workspace).addAction(arguments->positional(0), action);
        if (!added)
            return context.fail(added.error());
        // The id comes last, alone on its line, for scripts.
        context.out() << added->id << '\n';
        return Success;
    }

    int complete(Context& context, const QStringList& words)
    {
        auto arguments =
            parseOrComplain(context, *this, words,
                            {{QStringLiteral("date"), QStringLiteral("evidence")}, {}, 1, 1});
        if (!arguments)
            return UsageError;
        if (!arguments->value(QStringLiteral("date")))
            return complainUsage(context, *this,
                                 QStringLiteral("action complete needs --date DATE"));
        bool ok = false;
        const RecordId id = arguments->positional(0).toLongLong(&ok);
        if (!ok || id <= 0)
            return context.fail(
                QStringLiteral("action id \"%1\" is not a number").arg(arguments->positional(0)));
        auto date = dateArgument(*arguments->value(QStringLiteral("date")),
                                 QStringLiteral("completion date"));
        if (!date)
            return context.fail(date.error());
        auto workspace = context.workspace();
        if (!workspace)
            return context.fail(workspace.error());
        auto done =
            ActionService(**workspace)
                .completeAction(id, *date,
                                arguments->value(QStringLiteral("evidence")).value_or(QString()));
        if (!done)
            return context.fail(done.error());
        context.out() << "action " << done->id << " complete on " << toIso(*done->closed) << '\n';
        return Success;
    }

    int list(Context& context, const QStringList& words)
    {
        auto arguments =
            parseOrComplain(context, *this, words, {{}, {QStringLiteral("json")}, 0, 0});
        if (!arguments)
            return UsageError;
        auto workspace = context.existingWorkspace();
        if (!workspace)
            return context.fail(workspace.error());
        auto files = (*workspace)->loadRegisterRecords();
        if (!files)
            return context.fail(files.error());
        QJsonArray rows;
        for (const CaseRecord& file : *files) {
            for (const Action& action : file.actions) {
                if (arguments->flag(QStringLiteral("json"))) {
                    QJsonObject row = json::toJson(action);
                    row.insert(QStringLiteral("case"), file.kase.ref);
                    rows.append(row);
                } else {
                    context.out() << action.id << '\t' << file.kase.ref << '\t'
                                  << action.ownerAgency << '\t' << toIso(action.due) << '\t'
                                  << nameOf(action.status) << '\t' << action.recommendation << '\n';
                }
            }
        }
        if (arguments->flag(QStringLiteral("json")))
            context.printJson(rows);
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeActionCommand()
{
    return std::make_unique<ActionCommand>();
}

} // namespace reviewdesk::cli
