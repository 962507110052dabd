// meeting add|list: Case Review Panel meetings and the cases they discussed.
#include "command.h"
#include "domain/json.h"
#include "services/directoryservice.h"
#include "util/counted.h"
#include "util/isodate.h"

namespace reviewdesk::cli {
namespace {

class MeetingCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("meeting"); }
    QString summary() const override { return QStringLiteral("panel meetings"); }
    QStringList usage() const override
    {
        return {QStringLiteral("meeting add --date DATE [--title TEXT] [--cases REF,REF] "
                               "[--attendees TEXT] [--decisions TEXT]"),
                QStringLiteral("meeting list [--json]")};
    }

    int run(Context& context, const QStringList& words) override
    {
        return dispatchSubcommand(context, *this, words,
                                  {{"add", &MeetingCommand::add}, {"list", &MeetingCommand::list}});
    }

private:
    int add(Context& context, const QStringList& words)
    {
        const ArgumentSpec spec{{QStringLiteral("date"), QStringLiteral("title"),
                                 QStringLiteral("cases"), QStringLiteral("attendees"),
                                 QStringLiteral("decisions")},
                                {},
                                0,
                                0};
        auto arguments = parseOrComplain(context, *this, words, spec);
        if (!arguments)
            return UsageError;
        if (!arguments->value(QStringLiteral("date")))
            return complainUsage(context, *this, QStringLiteral("meeting add needs --date DATE"));
        auto date =
            dateArgument(*arguments->value(QStringLiteral("date")), QStringLiteral("meeting date"));
        if (!date)
            return context.fail(date.error());
        Meeting meeting;
        meeting.date = *date;
        meeting.title = arguments->value(QStringLiteral("title")).value_or(QString()).trimmed();
        meeting.attendees = arguments->value(QStringLiteral("attendees")).value_or(QString());
        meeting.decisions = arguments->value(QStringLiteral("decisions")).value_or(QString());
        QStringList refs;
        for (const QString& ref :
             arguments->value(QStringLiteral("cases")).value_or(QString()).split(QLatin1Char(',')))
            if (!ref.trimmed().isEmpty())
                refs << ref.trimmed();
        auto workspace = context.workspace();
        if (!workspace)
            return context.fail(workspace.error());
        auto added = DirectoryService(**workspace).addMeeting(meeting, refs);
        if (!added)
            return context.fail(added.error());
        context.out() << added->id << '\n';
        return Success;
    }

    int list(Context& context, const QStringList& words)
    {
        return runListing(
            context, *this, words, [](Workspace& ws) { return DirectoryService(ws).meetings(); },
            [](const Meeting& meeting) { return json::toJson(meeting); },
            [](const Meeting& meeting) {
                return QStringLiteral("%1\t%2\t%3\t%4")
                    .arg(meeting.id)
                    .arg(toIso(meeting.date), meeting.title, casesText(meeting.caseIds.size()));
            });
    }
};

} // namespace

std::unique_ptr<Command> makeMeetingCommand()
{
    return std::make_unique<MeetingCommand>();
}

} // namespace reviewdesk::cli
