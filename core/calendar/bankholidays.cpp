#include "calendar/bankholidays.h"

#include <algorithm>
#include <array>

namespace reviewdesk {
namespace {

QDate firstMonday(int year, int month)
{
    QDate day(year, month, 1);
    return day.addDays((8 - day.dayOfWeek()) % 7);
}

QDate lastMonday(int year, int month)
{
    QDate day(year, month, QDate(year, month, 1).daysInMonth());
    return day.addDays(-((day.dayOfWeek() - 1) % 7));
}

// A one-off change by proclamation: a regular holiday moved, or an extra day.
struct OneOff
{
    int year, month, day;
    const char* name;
    const char* replaces; // name of the regular holiday it moves, or nullptr for an extra day
};

constexpr std::array kOneOffs{
    OneOff{1977, 6, 6, "Spring bank holiday", "Spring bank holiday"},
    OneOff{1977, 6, 7, "Silver Jubilee of Elizabeth II", nullptr},
    OneOff{1981, 7, 29, "Wedding of Charles and Diana", nullptr},
    OneOff{1995, 5, 8, "Early May bank holiday (VE Day)", "Early May bank holiday"},
    OneOff{1999, 12, 31, "Millennium celebrations", nullptr},
    OneOff{2002, 6, 4, "Spring bank holiday", "Spring bank holiday"},
    OneOff{2002, 6, 3, "Golden Jubilee of Elizabeth II", nullptr},
    OneOff{2011, 4, 29, "Wedding of William and Catherine", nullptr},
    OneOff{2012, 6, 4, "Spring bank holiday", "Spring bank holiday"},
    OneOff{2012, 6, 5, "Diamond Jubilee of Elizabeth II", nullptr},
    OneOff{2020, 5, 8, "Early May bank holiday (VE day)", "Early May bank holiday"},
    OneOff{2022, 6, 2, "Spring bank holiday", "Spring bank holiday"},
    OneOff{2022, 6, 3, "Platinum Jubilee bank holiday", nullptr},
    OneOff{2022, 9, 19, "Bank Holiday for the State Funeral of Queen Elizabeth II", nullptr},
    OneOff{2023, 5, 8, "Bank holiday for the coronation of King Charles III", nullptr},
};

// Adds a fixed-date holiday; on a weekend (or on a day already taken by an
// earlier holiday, as Boxing Day after a Saturday Christmas) the next free
// weekday is the substitute.
void addWithSubstitute(NamedDays& days, QDate date, const QString& name)
{
    auto taken = [&days](const QDate& d) {
        return std::any_of(days.begin(), days.end(),
                           [&d](const NamedDay& h) { return h.date == d; });
    };
    if (!isWeekend(date) && !taken(date)) {
        days.append({date, name});
        return;
    }
    QDate substitute = date.addDays(1);
    while (isWeekend(substitute) || taken(substitute))
        substitute = substitute.addDays(1);
    days.append({substitute, name + QStringLiteral(" (substitute day)")});
}

} // namespace

QDate easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

NamedDays englandAndWalesBankHolidays(int year)
{
    NamedDays days;
    // New Year's Day has been a bank holiday in England and Wales since 1974.
    if (year >= 1974)
        addWithSubstitute(days, QDate(year, 1, 1), QStringLiteral("New Year’s Day"));

    const QDate easter = easterSunday(year);
    days.append({easter.addDays(-2), QStringLiteral("Good Friday")});
    days.append({easter.addDays(1), QStringLiteral("Easter Monday")});

    // The early May holiday began in 1978.
    if (year >= 1978)
        days.append({firstMonday(year, 5), QStringLiteral("Early May bank holiday")});
    days.append({lastMonday(year, 5), QStringLiteral("Spring bank holiday")});
    days.append({lastMonday(year, 8), QStringLiteral("Summer bank holiday")});

    // One-offs: a moved holiday replaces its regular date; an extra day is added.
    for (const OneOff& change : kOneOffs) {
        if (change.year != year)
            continue;
        const QDate date(change.year, change.month, change.day);
        const QString name = QString::fromUtf8(change.name);
        if (change.replaces) {
            const QString replaced = QString::fromUtf8(change.replaces);
            auto it = std::find_if(days.begin(), days.end(),
                                   [&replaced](const NamedDay& d) { return d.name == replaced; });
            if (it != days.end())
                *it = {date, name};
        } else {
            days.append({date, name});
        }
    }

    // When Christmas Day is a Sunday, Boxing Day keeps Monday 26 December and
    // Christmas Day's substitute is Tuesday 27 December (as in 2016 and 2022).
    const QDate christmas(year, 12, 25);
    const QDate boxingDay(year, 12, 26);
    if (christmas.dayOfWeek() == Qt::Sunday) {
        addWithSubstitute(days, boxingDay, QStringLiteral("Boxing Day"));
        addWithSubstitute(days, christmas, QStringLiteral("Christmas Day"));
    } else {
        addWithSubstitute(days, christmas, QStringLiteral("Christmas Day"));
        addWithSubstitute(days, boxingDay, QStringLiteral("Boxing Day"));
    }

    std::sort(days.begin(), days.end(),
              [](const NamedDay& a, const NamedDay& b) { return a.date < b.date; });
    return days;
}

} // namespace reviewdesk
