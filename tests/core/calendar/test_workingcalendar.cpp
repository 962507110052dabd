#include "calendar/bankholidays.h"
#include "calendar/namedday.h"
#include "calendar/workingcalendar.h"
#include "catch.h"
#include "qtprinters.h"

#include <QDate>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <random>
#include <string>

using namespace reviewdesk;

namespace {

const QString kSaturday = QStringLiteral("Saturday");
const QString kSunday = QStringLiteral("Sunday");

// The n-th working day after (n > 0) or before (n < 0) `from`, one day at a time.
QDate naiveAddWorkingDays(const WorkingCalendar& calendar, QDate day, int n)
{
    const int step = n > 0 ? 1 : -1;
    for (int remaining = n > 0 ? n : -n; remaining > 0;) {
        day = day.addDays(step);
        if (calendar.isWorkingDay(day))
            --remaining;
    }
    return day;
}

// Working days d with from < d <= to, or minus those with to <= d < from.
int naiveWorkingDaysBetween(const WorkingCalendar& calendar, const QDate& from, const QDate& to)
{
    int count = 0;
    if (from <= to) {
        for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
            count += calendar.isWorkingDay(d) ? 1 : 0;
        return count;
    }
    for (QDate d = to; d < from; d = d.addDays(1))
        count += calendar.isWorkingDay(d) ? 1 : 0;
    return -count;
}

// A date uniformly drawn from [first, last].
QDate randomDate(std::mt19937& rng, const QDate& first, const QDate& last)
{
    const auto span = static_cast<std::uint32_t>(first.daysTo(last) + 1);
    return first.addDays(rng() % span);
}

QString describe(const QDate& from, int n, const QDate& got, const QDate& expected)
{
    return QStringLiteral("%1 %2 %3: got %4, expected %5")
        .arg(from.toString(Qt::ISODate))
        .arg(n >= 0 ? QStringLiteral("+") : QStringLiteral("-"))
        .arg(n >= 0 ? n : -n)
        .arg(got.toString(Qt::ISODate), expected.toString(Qt::ISODate));
}

} // namespace

TEST_CASE("15 working days from Wed 20 Dec 2023 skip Christmas and New Year")
{
    const WorkingCalendar calendar;
    CHECK(calendar.addWorkingDays(QDate(2023, 12, 20), 15) == QDate(2024, 1, 15));
}

TEST_CASE("notification 5 working days from Wed 20 Dec 2023 is due Fri 29 Dec 2023")
{
    const WorkingCalendar calendar;
    CHECK(calendar.addWorkingDays(QDate(2023, 12, 20), 5) == QDate(2023, 12, 29));
}

TEST_CASE("day 0 is the start date itself, working or not")
{
    const WorkingCalendar calendar;
    CHECK(calendar.addWorkingDays(QDate(2024, 1, 10), 0) == QDate(2024, 1, 10)); // Wednesday
    CHECK(calendar.addWorkingDays(QDate(2024, 1, 6), 0) == QDate(2024, 1, 6));   // Saturday
    CHECK(calendar.addWorkingDays(QDate(2024, 1, 7), 0) == QDate(2024, 1, 7));   // Sunday
    CHECK(calendar.addWorkingDays(QDate(2023, 12, 25), 0) == QDate(2023, 12, 25));
}

TEST_CASE("working day 1 after a weekend start is the Monday")
{
    const WorkingCalendar calendar;
    CHECK(calendar.addWorkingDays(QDate(2024, 1, 6), 1) == QDate(2024, 1, 8)); // from Saturday
    CHECK(calendar.addWorkingDays(QDate(2024, 1, 7), 1) == QDate(2024, 1, 8)); // from Sunday
    CHECK(calendar.addWorkingDays(QDate(2024, 1, 5), 1) == QDate(2024, 1, 8)); // from Friday
    // Aware on Sat 6 Jan 2024: the 5-day notification is due Fri 12 Jan.
    CHECK(calendar.addWorkingDays(QDate(2024, 1, 6), 5) == QDate(2024, 1, 12));
}

TEST_CASE("working day 1 after a bank holiday start is the next working day")
{
    const WorkingCalendar calendar;
    CHECK(calendar.addWorkingDays(QDate(2023, 12, 25), 1) == QDate(2023, 12, 27));
    CHECK(calendar.addWorkingDays(QDate(2024, 3, 29), 1) == QDate(2024, 4, 2)); // Good Friday
}

TEST_CASE("N working days before a date count back from it, the date excluded")
{
    const WorkingCalendar calendar;
    // Report to the national Panel 7 working days before publication on Thu 11 Jan 2024.
    CHECK(calendar.addWorkingDays(QDate(2024, 1, 11), -7) == QDate(2024, 1, 2));
    // Publication on Fri 5 Jan 2024: back over New Year, Christmas and a weekend.
    CHECK(calendar.addWorkingDays(QDate(2024, 1, 5), -7) == QDate(2023, 12, 22));
    // Publication on Mon 1 Jul 2024.
    CHECK(calendar.addWorkingDays(QDate(2024, 7, 1), -7) == QDate(2024, 6, 20));
    CHECK(calendar.addWorkingDays(QDate(2024, 1, 8), -1) == QDate(2024, 1, 5));
}

TEST_CASE("working days before a non-working day count back from it")
{
    const WorkingCalendar calendar;
    CHECK(calendar.addWorkingDays(QDate(2024, 1, 6), -1) == QDate(2024, 1, 5)); // Saturday
    CHECK(calendar.addWorkingDays(QDate(2024, 1, 7), -1) == QDate(2024, 1, 5)); // Sunday
    CHECK(calendar.addWorkingDays(QDate(2024, 1, 1), -1) == QDate(2023, 12, 29));
    CHECK(calendar.addWorkingDays(QDate(2024, 1, 1), -3) == QDate(2023, 12, 27));
}

TEST_CASE("working days skip the Christmas and New Year substitute days")
{
    const WorkingCalendar calendar;
    CHECK(calendar.addWorkingDays(QDate(2021, 12, 24), 1) == QDate(2021, 12, 29));
    CHECK(calendar.addWorkingDays(QDate(2021, 12, 31), 1) == QDate(2022, 1, 4));
    CHECK(calendar.addWorkingDays(QDate(2022, 12, 23), 1) == QDate(2022, 12, 28));
    CHECK(calendar.addWorkingDays(QDate(2022, 12, 30), 1) == QDate(2023, 1, 3));
    CHECK(calendar.addWorkingDays(QDate(2023, 1, 3), -1) == QDate(2022, 12, 30));
    CHECK(calendar.addWorkingDays(QDate(2022, 12, 28), -1) == QDate(2022, 12, 23));
}

TEST_CASE("working days skip the 1999 millennium holiday and the 2000 New Year substitute")
{
    const WorkingCalendar calendar;
    CHECK(calendar.addWorkingDays(QDate(1999, 12, 24), 1) == QDate(1999, 12, 29));
    CHECK(calendar.addWorkingDays(QDate(1999, 12, 30), 1) == QDate(2000, 1, 4));
    CHECK(calendar.addWorkingDays(QDate(2000, 1, 4), -1) == QDate(1999, 12, 30));
}

TEST_CASE("working days skip Good Friday and Easter Monday")
{
    const WorkingCalendar calendar;
    CHECK(calendar.addWorkingDays(QDate(2024, 3, 28), 1) == QDate(2024, 4, 2));
    CHECK(calendar.addWorkingDays(QDate(2024, 4, 2), -1) == QDate(2024, 3, 28));
    CHECK(calendar.addWorkingDays(QDate(2024, 3, 25), 10) == QDate(2024, 4, 10));
    CHECK(calendar.addWorkingDays(QDate(2023, 4, 6), 1) == QDate(2023, 4, 11));
}

TEST_CASE("working days skip the 2022 jubilee weekend")
{
    const WorkingCalendar calendar;
    CHECK(calendar.addWorkingDays(QDate(2022, 6, 1), 1) == QDate(2022, 6, 6));
    CHECK(calendar.addWorkingDays(QDate(2022, 6, 6), -1) == QDate(2022, 6, 1));
    CHECK(calendar.workingDaysBetween(QDate(2022, 5, 31), QDate(2022, 6, 7)) == 3);
    // The usual spring holiday, Mon 30 May 2022, was a working day.
    CHECK(calendar.isWorkingDay(QDate(2022, 5, 30)));
}

TEST_CASE("workingDaysBetween counts from excluded and to included")
{
    const WorkingCalendar calendar;
    CHECK(calendar.workingDaysBetween(QDate(2023, 12, 20), QDate(2024, 1, 15)) == 15);
    CHECK(calendar.workingDaysBetween(QDate(2024, 1, 8), QDate(2024, 1, 12)) == 4);
    CHECK(calendar.workingDaysBetween(QDate(2024, 1, 5), QDate(2024, 1, 8)) == 1);
    CHECK(calendar.workingDaysBetween(QDate(2024, 1, 5), QDate(2024, 1, 7)) == 0);
    CHECK(calendar.workingDaysBetween(QDate(2024, 1, 6), QDate(2024, 1, 8)) == 1);
    CHECK(calendar.workingDaysBetween(QDate(2023, 12, 22), QDate(2023, 12, 27)) == 1);
}

TEST_CASE("workingDaysBetween is 0 for the same day")
{
    const WorkingCalendar calendar;
    CHECK(calendar.workingDaysBetween(QDate(2024, 1, 10), QDate(2024, 1, 10)) == 0);
    CHECK(calendar.workingDaysBetween(QDate(2024, 1, 6), QDate(2024, 1, 6)) == 0);
    CHECK(calendar.workingDaysBetween(QDate(2023, 12, 25), QDate(2023, 12, 25)) == 0);
}

TEST_CASE("workingDaysBetween is negative when to is before from")
{
    const WorkingCalendar calendar;
    CHECK(calendar.workingDaysBetween(QDate(2024, 1, 15), QDate(2023, 12, 20)) == -15);
    CHECK(calendar.workingDaysBetween(QDate(2024, 1, 12), QDate(2024, 1, 8)) == -4);
    // Backwards, to is included and from excluded, as forwards.
    CHECK(calendar.workingDaysBetween(QDate(2024, 1, 6), QDate(2024, 1, 5)) == -1); // Sat to Fri
    CHECK(calendar.workingDaysBetween(QDate(2024, 1, 8), QDate(2024, 1, 6)) == 0);  // Mon to Sat
    CHECK(calendar.workingDaysBetween(QDate(2023, 12, 25), QDate(2023, 12, 22)) == -1);
}

TEST_CASE("adding workingDaysBetween(from, to) to from gives back a working day to")
{
    const WorkingCalendar calendar;
    QStringList failures;
    int checked = 0;
    for (QDate from(2018, 1, 1); from <= QDate(2027, 12, 31); from = from.addDays(1)) {
        for (int offset = -45; offset <= 45; ++offset) {
            const QDate to = from.addDays(offset);
            if (!calendar.isWorkingDay(to))
                continue;
            const int n = calendar.workingDaysBetween(from, to);
            const QDate got = calendar.addWorkingDays(from, n);
            if (got != to && failures.size() < 10)
                failures.append(describe(from, n, got, to));
            ++checked;
        }
    }
    INFO(failures.join(QLatin1Char('\n')).toStdString());
    CHECK(failures.isEmpty());
    CHECK(checked > 200000);
}

TEST_CASE("workingDaysBetween counts back to the start from a due date")
{
    const WorkingCalendar calendar;
    for (QDate from(2018, 1, 1); from <= QDate(2027, 12, 31); from = from.addDays(7)) {
        for (int n : {1, 5, 7, 15, 60, 130}) {
            INFO("from " << from.toString(Qt::ISODate).toStdString() << " n " << n);
            CHECK(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, n)) == n);
            CHECK(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, -n)) == -n);
        }
    }
}

TEST_CASE("addWorkingDays and workingDaysBetween agree with a day-by-day count")
{
    const WorkingCalendar calendar;
    std::mt19937 rng(20240101u); // fixed seed: the same pairs on every run
    QStringList failures;
    int checked = 0;
    for (int i = 0; i < 6000; ++i) {
        QDate from;
        switch (i % 10) {
        case 0: // around the start of the precomputed span, before and after it
            from = randomDate(rng, QDate(1959, 9, 1), QDate(1960, 4, 30));
            break;
        case 1: // around its end
            from = randomDate(rng, QDate(2110, 9, 1), QDate(2111, 4, 30));
            break;
        case 2: // the edges of the supported years
            from = randomDate(rng, QDate(1970, 1, 1), QDate(1970, 3, 31));
            if (i % 20 == 12)
                from = randomDate(rng, QDate(2100, 10, 1), QDate(2100, 12, 31));
            break;
        default:
            from = randomDate(rng, QDate(1970, 1, 1), QDate(2100, 12, 31));
            break;
        }
        const int n = static_cast<int>(rng() % 161) - 30; // -30 .. 130
        const QDate expected = n == 0 ? from : naiveAddWorkingDays(calendar, from, n);
        const QDate got = calendar.addWorkingDays(from, n);
        if (got != expected && failures.size() < 10)
            failures.append(describe(from, n, got, expected));

        const QDate to = from.addDays(static_cast<int>(rng() % 401) - 200);
        const int between = calendar.workingDaysBetween(from, to);
        const int naiveBetween = naiveWorkingDaysBetween(calendar, from, to);
        if (between != naiveBetween && failures.size() < 10)
            failures.append(QStringLiteral("between %1 and %2: got %3, expected %4")
                                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                                .arg(between)
                                .arg(naiveBetween));
        ++checked;
    }
    INFO(failures.join(QLatin1Char('\n')).toStdString());
    CHECK(failures.isEmpty());
    CHECK(checked == 6000);
}

TEST_CASE("addWorkingDays agrees with a day-by-day count across the edges of the span")
{
    const WorkingCalendar calendar;
    QStringList failures;
    for (const QDate& from :
         {QDate(1960, 1, 1), QDate(1960, 1, 4), QDate(1960, 2, 15), QDate(1959, 12, 31),
          QDate(2110, 12, 31), QDate(2110, 12, 30), QDate(2110, 11, 2), QDate(2111, 1, 1)}) {
        for (int n = -130; n <= 130; ++n) {
            const QDate expected = n == 0 ? from : naiveAddWorkingDays(calendar, from, n);
            const QDate got = calendar.addWorkingDays(from, n);
            if (got != expected && failures.size() < 10)
                failures.append(describe(from, n, got, expected));
        }
    }
    INFO(failures.join(QLatin1Char('\n')).toStdString());
    CHECK(failures.isEmpty());
}

TEST_CASE("isWorkingDay is false exactly on weekends and bank holidays, 1970-2100")
{
    const WorkingCalendar calendar;
    QSet<QDate> holidays;
    for (int year = 1970; year <= 2100; ++year)
        for (const NamedDay& day : englandAndWalesBankHolidays(year))
            holidays.insert(day.date);

    QStringList failures;
    int workingDays = 0;
    for (QDate day(1970, 1, 1); day <= QDate(2100, 12, 31); day = day.addDays(1)) {
        const bool expected = day.dayOfWeek() <= Qt::Friday && !holidays.contains(day);
        if (calendar.isWorkingDay(day) != expected && failures.size() < 10)
            failures.append(day.toString(Qt::ISODate));
        workingDays += expected ? 1 : 0;
    }
    INFO(failures.join(QLatin1Char(' ')).toStdString());
    CHECK(failures.isEmpty());
    CHECK(calendar.workingDaysBetween(QDate(1969, 12, 31), QDate(2100, 12, 31)) == workingDays);
}

TEST_CASE("isWorkingDay for weekdays, weekends and bank holidays")
{
    const WorkingCalendar calendar;
    CHECK(calendar.isWorkingDay(QDate(2024, 1, 2)));
    CHECK(calendar.isWorkingDay(QDate(2024, 1, 5)));
    CHECK_FALSE(calendar.isWorkingDay(QDate(2024, 1, 6)));
    CHECK_FALSE(calendar.isWorkingDay(QDate(2024, 1, 7)));
    CHECK_FALSE(calendar.isWorkingDay(QDate(2024, 1, 1)));
    CHECK_FALSE(calendar.isWorkingDay(QDate(2024, 3, 29)));
    CHECK_FALSE(calendar.isWorkingDay(QDate(2024, 12, 25)));
    CHECK_FALSE(calendar.isWorkingDay(QDate(2022, 9, 19)));
    CHECK_FALSE(calendar.isWorkingDay(QDate(2023, 5, 8)));
    CHECK_FALSE(calendar.isWorkingDay(QDate(2020, 5, 8)));
    CHECK(calendar.isWorkingDay(QDate(2020, 5, 4)));
    CHECK(calendar.isWorkingDay(QDate(2023, 12, 27)));
}

TEST_CASE("addMonths keeps the day of month, clamped to the month's last day")
{
    CHECK(WorkingCalendar::addMonths(QDate(2024, 8, 31), 6) == QDate(2025, 2, 28));
    CHECK(WorkingCalendar::addMonths(QDate(2023, 8, 31), 6) == QDate(2024, 2, 29));
    CHECK(WorkingCalendar::addMonths(QDate(2024, 1, 31), 1) == QDate(2024, 2, 29));
    CHECK(WorkingCalendar::addMonths(QDate(2023, 1, 31), 1) == QDate(2023, 2, 28));
    CHECK(WorkingCalendar::addMonths(QDate(2024, 3, 31), 1) == QDate(2024, 4, 30));
    CHECK(WorkingCalendar::addMonths(QDate(2024, 1, 15), 6) == QDate(2024, 7, 15));
    CHECK(WorkingCalendar::addMonths(QDate(2024, 10, 31), 3) == QDate(2025, 1, 31));
    CHECK(WorkingCalendar::addMonths(QDate(2024, 2, 29), 12) == QDate(2025, 2, 28));
    CHECK(WorkingCalendar::addMonths(QDate(2024, 5, 20), 0) == QDate(2024, 5, 20));
}

TEST_CASE("addMonths backwards clamps too")
{
    CHECK(WorkingCalendar::addMonths(QDate(2024, 3, 31), -1) == QDate(2024, 2, 29));
    CHECK(WorkingCalendar::addMonths(QDate(2025, 2, 28), -6) == QDate(2024, 8, 28));
    CHECK(WorkingCalendar::addMonths(QDate(2024, 1, 31), -2) == QDate(2023, 11, 30));
}

TEST_CASE("a closure day given to the calendar moves a due date by one working day")
{
    const WorkingCalendar standard;
    const WorkingCalendar withClosure(
        {{QDate(2024, 1, 10), QStringLiteral("Council closure day")}});

    CHECK(standard.addWorkingDays(QDate(2024, 1, 8), 5) == QDate(2024, 1, 15));
    CHECK(withClosure.addWorkingDays(QDate(2024, 1, 8), 5) == QDate(2024, 1, 16));
    CHECK(withClosure.addWorkingDays(QDate(2024, 1, 16), -5) == QDate(2024, 1, 8));
    CHECK(withClosure.workingDaysBetween(QDate(2024, 1, 8), QDate(2024, 1, 16)) == 5);
    CHECK(standard.workingDaysBetween(QDate(2024, 1, 8), QDate(2024, 1, 16)) == 6);

    CHECK_FALSE(withClosure.isWorkingDay(QDate(2024, 1, 10)));
    CHECK(standard.isWorkingDay(QDate(2024, 1, 10)));
    CHECK(withClosure.nonWorkingReason(QDate(2024, 1, 10)) ==
          std::optional<QString>(QStringLiteral("Council closure day")));
    CHECK(standard.nonWorkingReason(QDate(2024, 1, 10)) == std::nullopt);

    REQUIRE(withClosure.extraNonWorkingDays().size() == 1);
    CHECK(withClosure.extraNonWorkingDays().first() ==
          NamedDay{QDate(2024, 1, 10), QStringLiteral("Council closure day")});
    CHECK(standard.extraNonWorkingDays().isEmpty());
}

TEST_CASE("a newly announced one-off bank holiday can be added as an extra day")
{
    const NamedDays extra = {{QDate(2030, 6, 4), QStringLiteral("Extra bank holiday")},
                             {QDate(2030, 6, 5), QStringLiteral("Second extra day")}};
    const WorkingCalendar calendar(extra);
    CHECK(calendar.addWorkingDays(QDate(2030, 6, 3), 1) == QDate(2030, 6, 6));
    CHECK(calendar.skippedDaysBetween(QDate(2030, 6, 3), QDate(2030, 6, 6)) == extra);
    CHECK(calendar.extraNonWorkingDays() == extra);
}

TEST_CASE("an extra day on a weekend changes no count")
{
    const WorkingCalendar calendar({{QDate(2024, 1, 6), QStringLiteral("Away day")}});
    CHECK(calendar.addWorkingDays(QDate(2024, 1, 5), 1) == QDate(2024, 1, 8));
    CHECK(calendar.workingDaysBetween(QDate(2024, 1, 1), QDate(2024, 1, 31)) == 22);
}

TEST_CASE("nonWorkingReason names weekends and bank holidays, nothing for a working day")
{
    const WorkingCalendar calendar;
    CHECK(calendar.nonWorkingReason(QDate(2024, 1, 6)) == std::optional<QString>(kSaturday));
    CHECK(calendar.nonWorkingReason(QDate(2024, 1, 7)) == std::optional<QString>(kSunday));
    CHECK(calendar.nonWorkingReason(QDate(2023, 12, 25)) ==
          std::optional<QString>(QStringLiteral("Christmas Day")));
    CHECK(calendar.nonWorkingReason(QDate(2024, 1, 1)) ==
          std::optional<QString>(QStringLiteral("New Year\u2019s Day")));
    CHECK(calendar.nonWorkingReason(QDate(2024, 3, 29)) ==
          std::optional<QString>(QStringLiteral("Good Friday")));
    CHECK(calendar.nonWorkingReason(QDate(2022, 12, 27)) ==
          std::optional<QString>(QStringLiteral("Christmas Day (substitute day)")));
    CHECK(calendar.nonWorkingReason(QDate(2024, 1, 2)) == std::nullopt);
    CHECK(calendar.nonWorkingReason(QDate(2024, 1, 5)) == std::nullopt);
}

TEST_CASE("the days skipped from 20 Dec 2023 to 15 Jan 2024 are the weekends and three holidays")
{
    const WorkingCalendar calendar;
    const NamedDays expected = {
        {QDate(2023, 12, 23), kSaturday},
        {QDate(2023, 12, 24), kSunday},
        {QDate(2023, 12, 25), QStringLiteral("Christmas Day")},
        {QDate(2023, 12, 26), QStringLiteral("Boxing Day")},
        {QDate(2023, 12, 30), kSaturday},
        {QDate(2023, 12, 31), kSunday},
        {QDate(2024, 1, 1), QStringLiteral("New Year\u2019s Day")},
        {QDate(2024, 1, 6), kSaturday},
        {QDate(2024, 1, 7), kSunday},
        {QDate(2024, 1, 13), kSaturday},
        {QDate(2024, 1, 14), kSunday},
    };
    CHECK(calendar.skippedDaysBetween(QDate(2023, 12, 20), QDate(2024, 1, 15)) == expected);
}

TEST_CASE("skippedDaysBetween leaves out the start day and includes the end day")
{
    const WorkingCalendar calendar;
    CHECK(calendar.skippedDaysBetween(QDate(2024, 1, 6), QDate(2024, 1, 8)) ==
          NamedDays{{QDate(2024, 1, 7), kSunday}});
    CHECK(calendar.skippedDaysBetween(QDate(2024, 1, 5), QDate(2024, 1, 6)) ==
          NamedDays{{QDate(2024, 1, 6), kSaturday}});
    CHECK(calendar.skippedDaysBetween(QDate(2024, 1, 6), QDate(2024, 1, 6)).isEmpty());
    CHECK(calendar.skippedDaysBetween(QDate(2024, 1, 8), QDate(2024, 1, 12)).isEmpty());
}

TEST_CASE("skippedDaysBetween lists a closure day by its name")
{
    const WorkingCalendar calendar({{QDate(2024, 1, 10), QStringLiteral("Council closure day")}});
    CHECK(calendar.skippedDaysBetween(QDate(2024, 1, 8), QDate(2024, 1, 16)) ==
          NamedDays{{QDate(2024, 1, 10), QStringLiteral("Council closure day")},
                    {QDate(2024, 1, 13), kSaturday},
                    {QDate(2024, 1, 14), kSunday}});
}

TEST_CASE("a due date after the last officially published year is provisional")
{
    CHECK_FALSE(WorkingCalendar::isProvisional(QDate(2027, 12, 31)));
    CHECK_FALSE(WorkingCalendar::isProvisional(QDate(2024, 6, 1)));
    CHECK_FALSE(WorkingCalendar::isProvisional(QDate(1999, 12, 31)));
    CHECK(WorkingCalendar::isProvisional(QDate(2028, 1, 3)));
    CHECK(WorkingCalendar::isProvisional(QDate(2100, 12, 31)));
}

TEST_CASE("a copy of a calendar behaves as the original, even after the original is gone")
{
    const NamedDays closure = {{QDate(2024, 1, 10), QStringLiteral("Council closure day")}};
    const WorkingCalendar original(closure);
    const WorkingCalendar copy = original;
    WorkingCalendar assigned;
    assigned = original;

    for (QDate day(2023, 12, 1); day <= QDate(2024, 2, 29); day = day.addDays(1)) {
        INFO(day.toString(Qt::ISODate).toStdString());
        CHECK(copy.isWorkingDay(day) == original.isWorkingDay(day));
        CHECK(assigned.isWorkingDay(day) == original.isWorkingDay(day));
        CHECK(copy.addWorkingDays(day, 15) == original.addWorkingDays(day, 15));
        CHECK(assigned.addWorkingDays(day, -7) == original.addWorkingDays(day, -7));
        CHECK(copy.nonWorkingReason(day) == original.nonWorkingReason(day));
    }
    CHECK(copy.extraNonWorkingDays() == closure);
    CHECK(assigned.extraNonWorkingDays() == closure);

    const WorkingCalendar survivor = [&closure] {
        const WorkingCalendar local(closure);
        return WorkingCalendar(local);
    }();
    CHECK(survivor.addWorkingDays(QDate(2024, 1, 8), 5) == QDate(2024, 1, 16));
    CHECK(survivor.nonWorkingReason(QDate(2024, 1, 10)) ==
          std::optional<QString>(QStringLiteral("Council closure day")));
}
