// England and Wales bank holidays, computed from the rules of the Banking and
// Financial Dealings Act 1971 and the royal proclamations since: Easter by the
// Gregorian computus, substitute weekdays for weekend holidays, and a table of
// the one-off moves and extra days. Correct for 1970-2100; later one-offs are
// added by the user as extra non-working days.
#pragma once

#include "calendar/namedday.h"

namespace reviewdesk {

// Saturday or Sunday: never a working day, and where a bank holiday that falls
// on one is substituted from.
inline bool isWeekend(const QDate& day)
{
    return day.dayOfWeek() >= Qt::Saturday;
}

// Easter Sunday of a Gregorian year.
QDate easterSunday(int year);

// The year's bank holidays in date order.
NamedDays englandAndWalesBankHolidays(int year);

// The last year covered by the government's published list when this release
// was made. Due dates after it are provisional: a one-off may still be announced.
inline constexpr int kLastOfficiallyPublishedYear = 2027;

} // namespace reviewdesk
