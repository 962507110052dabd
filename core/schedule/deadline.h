// A computed deadline of a case and where it stands on a given date.
#pragma once

#include "domain/case.h"
#include "schedule/ruleset.h"
#include "util/optionaldate.h"

#include <QDate>

#include <optional>

namespace reviewdesk {

enum class DeadlineStatus
{
    Met,
    Late,
    Due,
    DueSoon,
    Overdue
};
template <>
struct EnumNames<DeadlineStatus>
{
    static constexpr std::pair<DeadlineStatus, const char*> table[] = {
        {DeadlineStatus::Met, "met"},
        {DeadlineStatus::Late, "late"},
        {DeadlineStatus::Due, "due"},
        {DeadlineStatus::DueSoon, "due-soon"},
        {DeadlineStatus::Overdue, "overdue"}};
};

inline bool isOpen(DeadlineStatus status)
{
    return status == DeadlineStatus::Due || status == DeadlineStatus::DueSoon ||
           status == DeadlineStatus::Overdue;
}

// Members are ordered so that no padding is needed: a register of 50,000
// cases holds about 200,000 of these.
struct Deadline
{
    RecordId caseId = 0;
    QString caseRef;
    std::optional<RecordId> actionId; // for kind Action
    QDate start;                      // the clock's start (anchor date)
    QDate due;
    OptionalDate done; // as of the date asked about
    DeadlineKind kind = DeadlineKind::Notification;
    DeadlineStatus status = DeadlineStatus::Due;
    // Working days: left until due (Due, DueSoon), late by (Late, Overdue), 0 when met.
    int workingDays = 0;
    bool extended = false;    // an extension moved the due date
    bool provisional = false; // due in a year the official holiday list does not cover yet
};
static_assert(sizeof(void*) != 8 || sizeof(Deadline) == 88, "Deadline has grown padding");

} // namespace reviewdesk
