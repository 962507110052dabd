// WorkingCalendar: which days are working days (not a weekend, not a bank
// holiday, not a non-working day the partnership added) and the counting
// conventions of the statutory guidance:
//  - day 0 is the start date itself; "within N working days of D" is the N-th
//    working day after D, even when D itself is not a working day;
//  - "N working days before P" is the N-th working day counting back, P excluded;
//  - months keep the day of month, clamped to the month's last day.
// The whole supported span is precomputed once into a prefix count, so every
// query is a couple of array reads. Copies share the table.
#pragma once

#include "calendar/namedday.h"

#include <QDate>

#include <memory>
#include <optional>

namespace reviewdesk {

class WorkingCalendar
{
public:
    // England and Wales bank holidays plus the given extra non-working days
    // (local closure days, newly announced one-off bank holidays).
    explicit WorkingCalendar(const NamedDays& extraNonWorkingDays = {});

    bool isWorkingDay(const QDate& day) const;

    // The n-th working day after `from` (n > 0), before it (n < 0), or `from` (n == 0).
    QDate addWorkingDays(const QDate& from, int n) const;

    // Working days d with from < d <= to; when to < from, minus the number of
    // working days d with to <= d < from (from is always excluded, to included).
    // So addWorkingDays(from, workingDaysBetween(from, to)) == to for a working day `to`.
    int workingDaysBetween(const QDate& from, const QDate& to) const;

    // Same day of month `months` later (or earlier), clamped to the month's end.
    static QDate addMonths(const QDate& from, int months);

    // Why a day is not a working day ("Saturday", "Christmas Day", a closure's
    // name), or nothing for a working day.
    std::optional<QString> nonWorkingReason(const QDate& day) const;

    // The non-working days strictly after `from` up to and including `to`, with
    // their reasons: the explanation of a due date.
    NamedDays skippedDaysBetween(const QDate& from, const QDate& to) const;

    // The bank holidays of a year (England and Wales), without the user's extra days.
    static NamedDays bankHolidays(int year);

    const NamedDays& extraNonWorkingDays() const;

    // A due date in a year the official list does not yet cover may still move.
    static bool isProvisional(const QDate& day);

private:
    struct Table;
    std::shared_ptr<const Table> m_table;
};

} // namespace reviewdesk
