// audit: the recorded changes, all or one case's.
#include "command.h"
#include "domain/json.h"
#include "storage/auditlog.h"

namespace reviewdesk::cli {
namespace {

class AuditCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override { return QStringLiteral("the audit trail"); }
    QStringList usage() const override { return {QStringLiteral("audit [--case REF] [--json]")}; }

    int run(Context& context, const QStringList& words) override
    {
        auto arguments = parseOrComplain(
            context, *this, words, {{QStringLiteral("case")}, {QStringLiteral("json")}, 0, 0});
        if (!arguments)
            return UsageError;
        auto workspace = context.existingWorkspace();
        if (!workspace)
            return context.fail(workspace.error());
        const QString ref = arguments->value(QStringLiteral("case")).value_or(QString());
        if (!ref.isEmpty()) {
            auto file = (*workspace)->caseFile(ref);
            if (!file)
                return context.fail(file.error());
        }
        auto events = AuditLog((*workspace)->database()).events(ref);
        if (!events)
            return context.fail(events.error());
        if (arguments->flag(QStringLiteral("json"))) {
            QJsonArray rows;
            for (const AuditEvent& event : *events)
                rows.append(json::toJson(event));
            context.printJson(rows);
            return Success;
        }
        for (const AuditEvent& event : *events)
            context.out() << event.at.toString(Qt::ISODate) << '\t' << event.actor << '\t'
                          << (event.caseRef.isEmpty() ? QStringLiteral("-") : event.caseRef) << '\t'
                          << event.summary << '\n';
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeAuditCommand()
{
    return std::make_unique<AuditCommand>();
}

} // namespace reviewdesk::cli
