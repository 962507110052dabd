// calendar holidays|add|months|closure|bank-holiday: working-day arithmetic
// with England and Wales bank holidays and the partnership's own closures.
#include "calendar/bankholidays.h"
#include "command.h"
#include "services/calendarservice.h"
#include "util/isodate.h"

#include <QFileInfo>

namespace reviewdesk::cli {
namespace {

class CalendarCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("calendar"); }
    QString summary() const override { return QStringLiteral("working days and bank holidays"); }
    QStringList usage() const override
    {
        return {QStringLiteral("calendar holidays YEAR"),
                QStringLiteral("calendar add DATE N [--explain]"),
                QStringLiteral("calendar months DATE N"),
                QStringLiteral("calendar closure add DATE NAME"),
                QStringLiteral("calendar bank-holiday add DATE NAME"),
                QStringLiteral("calendar non-working-days")};
    }

    int run(Context& context, const QStringList& words) override
    {
        const QString sub = words.value(0);
        const QStringList rest = words.mid(1);
        if (sub == QLatin1String("holidays"))
            return holidays(context, rest);
        if (sub == QLatin1String("add"))
            return add(context, rest);
        if (sub == QLatin1String("months"))
            return months(context, rest);
        if (sub == QLatin1String("closure") || sub == QLatin1String("bank-holiday"))
            return addNonWorkingDay(context, sub, rest);
        if (sub == QLatin1String("non-working-days"))
            return listNonWorkingDays(context, rest);
        return complainUsage(context, *this,
                             sub.isEmpty() ? QStringLiteral("missing subcommand")
                                           : QStringLiteral("unknown subcommand \"%1\"").arg(sub));
    }

private:
    // The file's calendar when the database exists; a pure calculation never creates one.
    Result<WorkingCalendar> calendarFor(Context& context)
    {
        if (!QFileInfo::exists(context.databasePath()))
            return WorkingCalendar();
        auto workspace = context.workspace();
        if (!workspace)
            return workspace.error();
        return (*workspace)->calendar();
    }

    int holidays(Context& context, const QStringList& words)
    {
        auto arguments = parseOrComplain(context, *this, words, {{}, {}, 1, 1});
        if (!arguments)
            return UsageError;
        auto year = integerArgument(arguments->positional(0), QStringLiteral("year"));
        if (!year)
            return context.fail(year.error());
        if (*year < kFirstSupportedYear || *year > kLastSupportedYear)
            return context.fail(QStringLiteral("year %1 is outside the supported years %2-%3")
                                    .arg(*year)
                                    .arg(kFirstSupportedYear)
                                    .arg(kLastSupportedYear));
        for (const NamedDay& day : WorkingCalendar::bankHolidays(*year))
            context.out() << toIso(day.date) << '\t' << day.name << '\n';
        return Success;
    }

    int add(Context& context, const QStringList& words)
    {
        auto arguments =
            parseOrComplain(context, *this, words, {{}, {QStringLiteral("explain")}, 2, 2});
        if (!arguments)
            return UsageError;
        auto from = dateArgument(arguments->positional(0), QStringLiteral("date"));
        if (!from)
            return context.fail(from.error());
        auto count = integerArgument(arguments->positional(1), QStringLiteral("N"));
        if (!count)
            return context.fail(count.error());
        if (*count < -2000 || *count > 2000)
            return context.fail(QStringLiteral("N must be between -2000 and 2000 working days"));
        auto calendar = calendarFor(context);
        if (!calendar)
            return context.fail(calendar.error());
        const QDate result = calendar->addWorkingDays(*from, *count);
        context.out() << toIso(result) << '\n';
        if (arguments->flag(QStringLiteral("explain"))) {
            const QDate first = std::min(*from, result);
            const QDate last = std::max(*from, result);
            for (const NamedDay& skipped : calendar->skippedDaysBetween(first, last))
                context.out() << "  skipped " << toDisplay(skipped.date) << " — " << skipped.name
                              << '\n';
            if (WorkingCalendar::isProvisional(result))
                context.out() << "  provisional: bank holidays after "
                              << kLastOfficiallyPublishedYear << " may still be announced\n";
        }
        return Success;
    }

    int months(Context& context, const QStringList& words)
    {
        auto arguments = parseOrComplain(context, *this, words, {{}, {}, 2, 2});
        if (!arguments)
            return UsageError;
        auto from = dateArgument(arguments->positional(0), QStringLiteral("date"));
        if (!from)
            return context.fail(from.error());
        auto count = integerArgument(arguments->positional(1), QStringLiteral("N"));
        if (!count)
            return context.fail(count.error());
        if (*count < -1200 || *count > 1200)
            return context.fail(QStringLiteral("N must be between -1200 and 1200 months"));
        context.out() << toIso(WorkingCalendar::addMonths(*from, *count)) << '\n';
        return Success;
    }

    int addNonWorkingDay(Context& context, const QString& kind, const QStringList& words)
    {
        if (words.value(0) != QLatin1String("add"))
            return complainUsage(context, *this, QStringLiteral("expected \"%1 add\"").arg(kind));
        auto arguments = parseOrComplain(context, *this, words.mid(1), {{}, {}, 2, 2});
        if (!arguments)
            return UsageError;
        auto day = dateArgument(arguments->positional(0), QStringLiteral("date"));
        if (!day)
            return context.fail(day.error());
        auto workspace = context.workspace();
        if (!workspace)
            return context.fail(workspace.error());
        const auto dayKind = kind == QLatin1String("closure") ? NonWorkingDayKind::Closure
                                                              : NonWorkingDayKind::BankHoliday;
        if (auto added = CalendarService(**workspace)
                             .addNonWorkingDay(*day, arguments->positional(1), dayKind);
            !added)
            return context.fail(added.error());
        context.out() << toIso(*day) << '\t' << arguments->positional(1).trimmed() << '\n';
        return Success;
    }

    int listNonWorkingDays(Context& context, const QStringList& words)
    {
        if (!parseOrComplain(context, *this, words, {}))
            return UsageError;
        auto calendar = calendarFor(context);
        if (!calendar)
            return context.fail(calendar.error());
        for (const NamedDay& day : calendar->extraNonWorkingDays())
            context.out() << toIso(day.date) << '\t' << day.name << '\n';
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeCalendarCommand()
{
    return std::make_unique<CalendarCommand>();
}

} // namespace reviewdesk::cli
