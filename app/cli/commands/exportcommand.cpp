// export csv|actions-csv|ics: the register as a spreadsheet, its learning
// actions as a spreadsheet, its open deadlines as a calendar.
#include "command.h"
#include "io/atomicfile.h"
#include "io/deadlinecalendar.h"
#include "io/registerexport.h"
#include "util/counted.h"

#include <QDateTime>

#include <algorithm>
#include <type_traits>

namespace reviewdesk::cli {
namespace {

class ExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return QStringLiteral("write the register, actions or deadlines to a file");
    }
    QStringList usage() const override
    {
        return {QStringLiteral("export csv --out FILE [--as-of DATE] [--redact]"),
                QStringLiteral("export actions-csv --out FILE"),
                QStringLiteral("export ics --out FILE [--case REF] [--as-of DATE]")};
    }

    int run(Context& context, const QStringList& words) override
    {
        return dispatchSubcommand(context, *this, words,
                                  {{"csv", &ExportCommand::cases},
                                   {"actions-csv", &ExportCommand::actions},
                                   {"ics", &ExportCommand::calendar}});
    }

private:
    // The options every form shares; nothing is read before they check out.
    std::optional<Arguments> parse(Context& context, const QStringList& words,
                                   const QStringList& valueOptions, const QStringList& flags = {})
    {
        auto arguments = parseOrComplain(context, *this, words, {valueOptions, flags, 0, 0});
        if (arguments && !arguments->value(QStringLiteral("out"))) {
            complainUsage(context, *this, QStringLiteral("export needs --out FILE"));
            return std::nullopt;
        }
        return arguments;
    }

    // Whole case files with their milestones, or the records without them.
    template <typename Record>
    Result<QList<Record>> load(Context& context)
    {
        // Reading an export must not create an empty register by mistake.
        auto workspace = context.existingWorkspace();
        if (!workspace)
            return workspace.error();
        if constexpr (std::is_same_v<Record, CaseFile>)
            return (*workspace)->loadRegister();
        else
            return (*workspace)->loadRegisterRecords();
    }

    // `what` is the count written, in words ("3 cases").
    int write(Context& context, const QString& path, const QByteArray& bytes, const QString& what)
    {
        if (auto written = io::writeFileAtomically(path, bytes, context.databasePath()); !written)
            return context.fail(written.error());
        context.out() << what << " written to " << path << '\n';
        return Success;
    }

    int cases(Context& context, const QStringList& words)
    {
        auto arguments = parse(context, words, {QStringLiteral("out"), QStringLiteral("as-of")},
                               {QStringLiteral("redact")});
        if (!arguments)
            return UsageError;
        auto given =
            optionalDateOption(*arguments, QStringLiteral("as-of"), QStringLiteral("as-of date"));
        if (!given)
            return context.fail(given.error());
        auto files = load<CaseFile>(context);
        if (!files)
            return context.fail(files.error());
        const io::CaseExportOptions options{given->value_or(context.today()),
                                            arguments->flag(QStringLiteral("redact"))};
        return write(context, *arguments->value(QStringLiteral("out")),
                     io::caseRegisterCsv(*files, options), casesText(files->size()));
    }

    int actions(Context& context, const QStringList& words)
    {
        auto arguments = parse(context, words, {QStringLiteral("out")});
        if (!arguments)
            return UsageError;
        auto files = load<CaseRecord>(context);
        if (!files)
            return context.fail(files.error());
        qsizetype count = 0;
        for (const CaseRecord& file : *files)
            count += file.actions.size();
        return write(context, *arguments->value(QStringLiteral("out")), io::actionsCsv(*files),
                     actionsText(count));
    }

    int calendar(Context& context, const QStringList& words)
    {
        auto arguments =
            parse(context, words,
                  {QStringLiteral("out"), QStringLiteral("case"), QStringLiteral("as-of")});
        if (!arguments)
            return UsageError;
        auto given =
            optionalDateOption(*arguments, QStringLiteral("as-of"), QStringLiteral("as-of date"));
        if (!given)
            return context.fail(given.error());
        auto files = load<CaseRecord>(context);
        if (!files)
            return context.fail(files.error());
        const QString ref = arguments->value(QStringLiteral("case")).value_or(QString()).trimmed();
        if (!ref.isEmpty()) {
            const bool known =
                std::any_of(files->cbegin(), files->cend(), [&](const CaseRecord& f) {
                    return f.kase.ref.compare(ref, Qt::CaseInsensitive) == 0;
                });
            if (!known)
                return context.fail(
                    Error::notFound(QStringLiteral("no case with reference \"%1\"").arg(ref)));
        }
        auto engine = (*context.workspace())->engine(given->value_or(context.today()));
        if (!engine)
            return context.fail(engine.error());
        const QByteArray calendar =
            io::deadlinesCalendar(*files, *engine, {QDateTime::currentDateTimeUtc(), ref});
        return write(context, *arguments->value(QStringLiteral("out")), calendar,
                     counted(calendar.count("BEGIN:VEVENT"), QStringLiteral("deadline"),
                             QStringLiteral("deadlines")));
    }
};

} // namespace

std::unique_ptr<Command> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace reviewdesk::cli
