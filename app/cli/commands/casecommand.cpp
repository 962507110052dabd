// case add|notify|edit|list|show: the case register.
#include "command.h"
#include "deadlineformat.h"
#include "domain/json.h"
#include "schedule/casestage.h"
#include "services/caseservice.h"
#include "services/registersnapshot.h"
#include "util/isodate.h"

#include <algorithm>

namespace reviewdesk::cli {
namespace {

QString orDash(const std::optional<QDate>& date)
{
    return date ? toIso(*date) : QStringLiteral("-");
}

QStringList splitList(const QString& text)
{
    QStringList items;
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    return items;
}

class CaseCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("case"); }
    QString summary() const override { return QStringLiteral("the case register"); }
    QStringList usage() const override
    {
        return {
            QStringLiteral("case add REF --aware DATE --harm %1 [--incident DATE] [--child ID] "
                           "[--themes a,b] [--lead NAME] [--rules NAME]")
                .arg(allNames<Harm>()),
            QStringLiteral("case notify REF --date DATE [--panel-ref TEXT]"),
            QStringLiteral("case edit REF [--lead NAME] [--themes a,b] [--child ID] [--harm %1] "
                           "[--incident DATE] [--aware DATE] [--status open|closed] "
                           "[--if-version V]")
                .arg(allNames<Harm>()),
            QStringLiteral("case list [--as-of DATE] [--json]"),
            QStringLiteral("case show REF [--as-of DATE] [--json]"),
        };
    }

    int run(Context& context, const QStringList& words) override
    {
        return dispatchSubcommand(context, *this, words,
                                  {{"add", &CaseCommand::add},
                                   {"notify", &CaseCommand::notify},
                                   {"edit", &CaseCommand::edit},
                                   {"list", &CaseCommand::list},
                                   {"show", &CaseCommand::show}});
    }

private:
    int add(Context& context, const QStringList& words)
    {
        const ArgumentSpec spec{{QStringLiteral("aware"), QStringLiteral("harm"),
                                 QStringLiteral("incident"), QStringLiteral("child"),
                                 QStringLiteral("themes"), QStringLiteral("lead"),
                                 QStringLiteral("rules")},
                                {},
                                1,
                                1};
        auto arguments = parseOrComplain(context, *this, words, spec);
        if (!arguments)
            return UsageError;
        if (!arguments->value(QStringLiteral("aware")))
            return complainUsage(context, *this, QStringLiteral("case add needs --aware DATE"));
        if (!arguments->value(QStringLiteral("harm")))
            return complainUsage(context, *this,
                                 QStringLiteral("case add needs --harm %1").arg(allNames<Harm>()));
        Case draft;
        draft.ref = arguments->positional(0);
        auto aware =
            dateArgument(*arguments->value(QStringLiteral("aware")), QStringLiteral("aware date"));
        if (!aware)
            return context.fail(aware.error());
        draft.aware = *aware;
        auto incident = optionalDateOption(*arguments, QStringLiteral("incident"),
                                           QStringLiteral("incident date"));
        if (!incident)
            return context.fail(incident.error());
        draft.incident = *incident;
        auto harm = enumOption<Harm>(*arguments, QStringLiteral("harm"), QStringLiteral("harm"));
        if (!harm)
            return context.fail(harm.error());
        draft.harm = **harm;
        draft.childId = arguments->value(QStringLiteral("child")).value_or(QString()).trimmed();
        draft.themes = splitList(arguments->value(QStringLiteral("themes")).value_or(QString()));
        draft.leadOfficer = arguments->value(QStringLiteral("lead")).value_or(QString()).trimmed();
        draft.ruleSet = arguments->value(QStringLiteral("rules")).value_or(QString());

        auto workspace = context.workspace();
        if (!workspace)
            return context.fail(workspace.error());
        auto added = CaseService(**workspace).addCase(draft);
        if (!added)
            return context.fail(added.error());
        context.out() << added->ref << '\n';
        return Success;
    }

    int notify(Context& context, const QStringList& words)
    {
        auto arguments =
            parseOrComplain(context, *this, words,
                            {{QStringLiteral("date"), QStringLiteral("panel-ref")}, {}, 1, 1});
        if (!arguments)
            return UsageError;
        if (!arguments->value(QStringLiteral("date")))
            return complainUsage(context, *this, QStringLiteral("case notify needs --date DATE"));
        auto date = dateArgument(*arguments->value(QStringLiteral("date")),
                                 QStringLiteral("notification date"));
        if (!date)
            return context.fail(date.error());
        auto workspace = context.workspace();
        if (!workspace)
            return context.fail(workspace.error());
        auto saved = CaseService(**workspace)
                         .recordNotification(arguments->positional(0), *date,
                                             arguments->value(QStringLiteral("panel-ref")));
        if (!saved)
            return context.fail(saved.error());
        context.out() << saved->ref << " notified " << toIso(*saved->notified) << '\n';
        return Success;
    }

    int edit(Context& context, const QStringList& words)
    {
        const ArgumentSpec spec{{QStringLiteral("lead"), QStringLiteral("themes"),
                                 QStringLiteral("child"), QStringLiteral("harm"),
                                 QStringLiteral("incident"), QStringLiteral("aware"),
                                 QStringLiteral("status"), QStringLiteral("panel-ref"),
                                 QStringLiteral("notes"), QStringLiteral("if-version")},
                                {},
                                1,
                                1};
        auto arguments = parseOrComplain(context, *this, words, spec);
        if (!arguments)
            return UsageError;
        auto workspace = context.workspace();
        if (!workspace)
            return context.fail(workspace.error());
        auto file = (*workspace)->caseFile(arguments->positional(0));
        if (!file)
            return context.fail(file.error());
        Case edited = file->kase;
        if (auto expected = arguments->value(QStringLiteral("if-version"))) {
            auto version = integerArgument(*expected, QStringLiteral("version"));
            if (!version)
                return context.fail(version.error());
            if (*version != edited.version)
                return context.fail(Error::conflict(
                    QStringLiteral("case %1 was changed by someone else since you opened it "
                                   "(version %2, now %3); nothing was saved")
                        .arg(edited.ref)
                        .arg(*version)
                        .arg(edited.version)));
            edited.version = *version; // the write itself checks again, atomically
        }
        if (auto lead = arguments->value(QStringLiteral("lead")))
            edited.leadOfficer = lead->trimmed();
        if (auto themes = arguments->value(QStringLiteral("themes")))
            edited.themes = splitList(*themes);
        if (auto child = arguments->value(QStringLiteral("child")))
            edited.childId = child->trimmed();
        if (auto panelRef = arguments->value(QStringLiteral("panel-ref")))
            edited.panelRef = panelRef->trimmed();
        if (auto notes = arguments->value(QStringLiteral("notes")))
            edited.notes = *notes;
        auto harm = enumOption<Harm>(*arguments, QStringLiteral("harm"), QStringLiteral("harm"));
        if (!harm)
            return context.fail(harm.error());
        if (*harm)
            edited.harm = **harm;
        auto status =
            enumOption<CaseStatus>(*arguments, QStringLiteral("status"), QStringLiteral("status"));
        if (!status)
            return context.fail(status.error());
        if (*status)
            edited.status = **status;
        if (auto text = arguments->value(QStringLiteral("aware"))) {
            auto aware = dateArgument(*text, QStringLiteral("aware date"));
            if (!aware)
                return context.fail(aware.error());
            edited.aware = *aware;
        }
        auto incident = optionalDateOption(*arguments, QStringLiteral("incident"),
                                           QStringLiteral("incident date"));
        if (!incident)
            return context.fail(incident.error());
        if (*incident)
            edited.incident = *incident;

        auto saved = CaseService(**workspace).updateCase(edited);
        if (!saved)
            return context.fail(saved.error());
        context.out() << saved->ref << " saved (version " << saved->version << ")\n";
        return Success;
    }

    Result<QDate> asOf(Context& context, const Arguments& arguments)
    {
        auto given =
            optionalDateOption(arguments, QStringLiteral("as-of"), QStringLiteral("as-of date"));
        if (!given)
            return given.error();
        return given->value_or(context.today());
    }

    int list(Context& context, const QStringList& words)
    {
        auto arguments = parseOrComplain(
            context, *this, words, {{QStringLiteral("as-of")}, {QStringLiteral("json")}, 0, 0});
        if (!arguments)
            return UsageError;
        auto day = asOf(context, *arguments);
        if (!day)
            return context.fail(day.error());
        auto workspace = context.workspaceForRegister();
        if (!workspace)
            return context.fail(workspace.error());
        auto snapshot = RegisterSnapshot::load(**workspace, *day);
        if (!snapshot)
            return context.fail(snapshot.error());

        QJsonArray rows;
        for (const CaseEntry& entry : snapshot->entries()) {
            const CaseRecord& file = entry.file;
            const Deadline* next = entry.next();
            const QString stage = nameOf(entry.stage);
            if (arguments->flag(QStringLiteral("json"))) {
                QJsonObject row{
                    {QStringLiteral("ref"), file.kase.ref},
                    {QStringLiteral("child"), file.kase.childId},
                    {QStringLiteral("harm"), nameOf(file.kase.harm)},
                    {QStringLiteral("aware"), toIso(file.kase.aware)},
                    {QStringLiteral("notified"), file.kase.notified && *file.kase.notified <= *day
                                                     ? QJsonValue(toIso(*file.kase.notified))
                                                     : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("stage"), stage},
                    {QStringLiteral("themes"), QJsonArray::fromStringList(file.kase.themes)},
                    {QStringLiteral("lead"), file.kase.leadOfficer},
                    {QStringLiteral("next_deadline"),
                     next ? QJsonValue(deadlineJson(*next)) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("version"), file.kase.version},
                };
                rows.append(row);
            } else {
                context.out() << file.kase.ref << '\t' << toIso(file.kase.aware) << '\t' << stage
                              << '\t'
                              << (next ? QStringLiteral("%1 %2 %3")
                                             .arg(nameOf(next->kind), toIso(next->due),
                                                  nameOf(next->status))
                                       : QStringLiteral("-"))
                              << '\n';
            }
        }
        if (arguments->flag(QStringLiteral("json")))
            context.printJson(rows);
        return Success;
    }

    int show(Context& context, const QStringList& words)
    {
        auto arguments = parseOrComplain(
            context, *this, words, {{QStringLiteral("as-of")}, {QStringLiteral("json")}, 1, 1});
        if (!arguments)
            return UsageError;
        auto day = asOf(context, *arguments);
        if (!day)
            return context.fail(day.error());
        auto workspace = context.existingWorkspace();
        if (!workspace)
            return context.fail(workspace.error());
        auto file = (*workspace)->caseFile(arguments->positional(0));
        if (!file)
            return context.fail(file.error());
        auto engine = (*workspace)->engine(*day);
        if (!engine)
            return context.fail(engine.error());
        const QList<Deadline> deadlines = engine->deadlinesFor(*file);

        if (arguments->flag(QStringLiteral("json"))) {
            QJsonObject object = json::toJson(file->kase);
            object.insert(QStringLiteral("stage"), nameOf(stageOf(*file, *day)));
            object.insert(QStringLiteral("rapid_review"),
                          file->rapidReview ? QJsonValue(json::toJson(*file->rapidReview))
                                            : QJsonValue(QJsonValue::Null));
            object.insert(QStringLiteral("practice_review"),
                          file->practiceReview ? QJsonValue(json::toJson(*file->practiceReview))
                                               : QJsonValue(QJsonValue::Null));
            QJsonArray extensions, milestones, actions, deadlineArray;
            for (const Extension& extension : file->extensions)
                extensions.append(json::toJson(extension));
            for (const Milestone& milestone : file->milestones)
                milestones.append(json::toJson(milestone));
            for (const Action& action : file->actions)
                actions.append(json::toJson(action));
            for (const Deadline& deadline : deadlines)
                deadlineArray.append(deadlineJson(deadline));
            object.insert(QStringLiteral("extensions"), extensions);
            object.insert(QStringLiteral("milestones"), milestones);
            object.insert(QStringLiteral("actions"), actions);
            object.insert(QStringLiteral("deadlines"), deadlineArray);
            context.printJson(object);
            return Success;
        }

        const Case& kase = file->kase;
        QTextStream& out = context.out();
        out << "Case " << kase.ref << " (version " << kase.version << ", " << kase.ruleSet << ")\n";
        out << "  stage:     " << nameOf(stageOf(*file, *day)) << "\n";
        out << "  child:     " << (kase.childId.isEmpty() ? QStringLiteral("-") : kase.childId)
            << "\n";
        out << "  harm:      " << nameOf(kase.harm) << "\n";
        out << "  incident:  " << (kase.incident ? toIso(*kase.incident) : QStringLiteral("-"))
            << "\n";
        out << "  aware:     " << toIso(kase.aware) << "\n";
        out << "  notified:  " << (kase.notified ? toIso(*kase.notified) : QStringLiteral("-"))
            << (kase.panelRef.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(kase.panelRef))
            << "\n";
        out << "  themes:    " << kase.themes.join(QStringLiteral(", ")) << "\n";
        out << "  lead:      " << kase.leadOfficer << "\n";
        if (const auto& rapid = file->rapidReview)
            out << "Rapid review: completed " << orDash(rapid->completed) << ", sent "
                << orDash(rapid->sent) << ", decision "
                << (rapid->decision ? nameOf(*rapid->decision) : QStringLiteral("-")) << "\n";
        if (const auto& practice = file->practiceReview)
            out << nameOf(practice->type).toUpper() << ": decided " << toIso(practice->decided)
                << ", reviewer " << practice->reviewer << ", planned publication "
                << orDash(practice->plannedPublication) << ", published "
                << orDash(practice->published) << "\n";
        for (const Extension& extension : file->extensions)
            out << "  extended to " << toIso(extension.newDue) << ": " << extension.reason << "\n";
        for (const Action& action : file->actions)
            out << "Action " << action.id << " (" << action.ownerAgency << ", due "
                << toIso(action.due) << ", " << nameOf(action.status)
                << "): " << action.recommendation << "\n";
        out << "Deadlines as of " << toIso(*day) << ":\n";
        for (const Deadline& deadline : deadlines)
            out << "  " << deadlineLine(deadline) << "\n";
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeCaseCommand()
{
    return std::make_unique<CaseCommand>();
}

} // namespace reviewdesk::cli
