#include "calendar/workingcalendar.h"

#include "calendar/bankholidays.h"

#include <QHash>

#include <vector>

namespace reviewdesk {
namespace {

// The precomputed span. Wider than the supported years so that arithmetic near
// their edges (2100-12-31 + 130 working days) stays on the fast path.
constexpr int kTableFirstYear = 1960;
constexpr int kTableLastYear = 2110;

} // namespace

struct WorkingCalendar::Table
{
    qint64 firstJulianDay = 0;
    qint64 lastJulianDay = 0;
    // countUpTo[i]: working days among table days 0..i inclusive.
    std::vector<int> countUpTo;
    // workingDays[k]: the table index of the k-th working day (0-based).
    std::vector<int> workingDays;
    QHash<qint64, QString> holidayNames; // bank holidays and extra days by Julian day
    NamedDays extraDays;

    bool contains(qint64 julianDay) const
    {
        return julianDay >= firstJulianDay && julianDay <= lastJulianDay;
    }
};

WorkingCalendar::WorkingCalendar(const NamedDays& extraNonWorkingDays)
{
    auto table = std::make_shared<Table>();
    table->firstJulianDay = QDate(kTableFirstYear, 1, 1).toJulianDay();
    table->lastJulianDay = QDate(kTableLastYear, 12, 31).toJulianDay();
    table->extraDays = extraNonWorkingDays;

    for (int year = kTableFirstYear; year <= kTableLastYear; ++year)
        for (const NamedDay& holiday : englandAndWalesBankHolidays(year))
            table->holidayNames.insert(holiday.date.toJulianDay(), holiday.name);
    for (const NamedDay& extra : extraNonWorkingDays)
        if (!table->holidayNames.contains(extra.date.toJulianDay()))
            table->holidayNames.insert(extra.date.toJulianDay(), extra.name);

    const auto size = static_cast<std::size_t>(table->lastJulianDay - table->firstJulianDay + 1);
    table->countUpTo.resize(size);
    table->workingDays.reserve(size * 5 / 7 + 1);
    int count = 0;
    QDate day = QDate::fromJulianDay(table->firstJulianDay);
    for (std::size_t i = 0; i < size; ++i, day = day.addDays(1)) {
        if (!isWeekend(day) && !table->holidayNames.contains(day.toJulianDay())) {
            table->workingDays.push_back(static_cast<int>(i));
            ++count;
        }
        table->countUpTo[i] = count;
    }
    m_table = std::move(table);
}

bool WorkingCalendar::isWorkingDay(const QDate& day) const
{
    const qint64 jd = day.toJulianDay();
    if (!m_table->contains(jd))
        return !isWeekend(day);
    const auto i = static_cast<std::size_t>(jd - m_table->firstJulianDay);
    const int before = i == 0 ? 0 : m_table->countUpTo[i - 1];
    return m_table->countUpTo[i] != before;
}

QDate WorkingCalendar::addWorkingDays(const QDate& from, int n) const
{
    const Table& t = *m_table;
    const qint64 jd = from.toJulianDay();
    if (n == 0)
        return from;
    if (t.contains(jd)) {
        const auto i = static_cast<std::size_t>(jd - t.firstJulianDay);
        const int upToFrom = t.countUpTo[i]; // working days on or before `from`
        // Working days strictly before `from`.
        const int fromIsWorking = upToFrom - (i == 0 ? 0 : t.countUpTo[i - 1]);
        const int beforeFrom = upToFrom - fromIsWorking;
        const long long k = n > 0 ? static_cast<long long>(upToFrom) + n - 1
                                  : static_cast<long long>(beforeFrom) + n;
        if (k >= 0 && k < static_cast<long long>(t.workingDays.size()))
            return QDate::fromJulianDay(t.firstJulianDay +
                                        t.workingDays[static_cast<std::size_t>(k)]);
    }
    // Outside the table: step one day at a time (weekends only out there).
    QDate day = from;
    const int step = n > 0 ? 1 : -1;
    for (int remaining = n > 0 ? n : -n; remaining > 0;) {
        day = day.addDays(step);
        if (isWorkingDay(day))
            --remaining;
    }
    return day;
}

int WorkingCalendar::workingDaysBetween(const QDate& from, const QDate& to) const
{
    // Backwards the count is of working days d with to <= d < from (from
    // excluded, to included), which is the forward count over the day before each.
    if (to < from)
        return -workingDaysBetween(to.addDays(-1), from.addDays(-1));
    const Table& t = *m_table;
    const qint64 a = from.toJulianDay();
    const qint64 b = to.toJulianDay();
    if (t.contains(a) && t.contains(b))
        return t.countUpTo[static_cast<std::size_t>(b - t.firstJulianDay)] -
               t.countUpTo[static_cast<std::size_t>(a - t.firstJulianDay)];
    const bool forward = a <= b;
    QDate day = forward ? from : to;
    const QDate end = forward ? to : from;
    int count = 0;
    while (day < end) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            ++count;
    }
    return forward ? count : -count;
}

QDate WorkingCalendar::addMonths(const QDate& from, int months)
{
    // QDate::addMonths already clamps to the last day of a shorter month.
    return from.addMonths(months);
}

std::optional<QString> WorkingCalendar::nonWorkingReason(const QDate& day) const
{
    const auto named = m_table->holidayNames.constFind(day.toJulianDay());
    if (named != m_table->holidayNames.constEnd())
        return *named;
    if (day.dayOfWeek() == Qt::Saturday)
        return QStringLiteral("Saturday");
    if (day.dayOfWeek() == Qt::Sunday)
        return QStringLiteral("Sunday");
    return std::nullopt;
}

NamedDays WorkingCalendar::skippedDaysBetween(const QDate& from, const QDate& to) const
{
    NamedDays skipped;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1))
        if (auto reason = nonWorkingReason(day))
            skipped.append({day, *reason});
    return skipped;
}

NamedDays WorkingCalendar::bankHolidays(int year)
{
    return englandAndWalesBankHolidays(year);
}

const NamedDays& WorkingCalendar::extraNonWorkingDays() const
{
    return m_table->extraDays;
}

bool WorkingCalendar::isProvisional(const QDate& day)
{
    return day.year() > kLastOfficiallyPublishedYear;
}

} // namespace reviewdesk
