#include "schedule/deadlineengine.h"

namespace reviewdesk {
namespace {

// Only an LCSPR carries the statutory six-month clock; legacy SCRs, local
// learning reviews and national reviews are tracked by their milestones.
bool isLcspr(const CaseRecord& file)
{
    return file.practiceReview && file.practiceReview->type == PracticeReviewType::Lcspr;
}

} // namespace

DeadlineEngine::DeadlineEngine(WorkingCalendar calendar, ScheduleOptions options)
    : m_calendar(std::move(calendar)), m_options(options)
{}

std::optional<QDate> DeadlineEngine::happened(const std::optional<QDate>& date) const
{
    if (date && *date <= m_options.asOf)
        return date;
    return std::nullopt;
}

QDate DeadlineEngine::apply(const QDate& anchor, int offset, OffsetUnit unit) const
{
    switch (unit) {
    case OffsetUnit::WorkingDays:
        return m_calendar.addWorkingDays(anchor, offset);
    case OffsetUnit::CalendarDays:
        return anchor.addDays(offset);
    case OffsetUnit::CalendarMonths:
        return WorkingCalendar::addMonths(anchor, offset);
    }
    return anchor;
}

DeadlineStatus DeadlineEngine::statusOf(const QDate& due, const std::optional<QDate>& done) const
{
    if (done)
        return *done <= due ? DeadlineStatus::Met : DeadlineStatus::Late;
    if (m_options.asOf > due)
        return DeadlineStatus::Overdue;
    if (m_calendar.workingDaysBetween(m_options.asOf, due) <= m_options.warningWindow)
        return DeadlineStatus::DueSoon;
    return DeadlineStatus::Due;
}

int DeadlineEngine::workingDaysFor(DeadlineStatus status, const QDate& due,
                                   const std::optional<QDate>& done) const
{
    switch (status) {
    case DeadlineStatus::Met:
        return 0;
    case DeadlineStatus::Late:
        return m_calendar.workingDaysBetween(due, *done);
    case DeadlineStatus::Overdue:
        return m_calendar.workingDaysBetween(due, m_options.asOf);
    case DeadlineStatus::Due:
    case DeadlineStatus::DueSoon:
        return m_calendar.workingDaysBetween(m_options.asOf, due);
    }
    return 0;
}

Deadline DeadlineEngine::make(DeadlineKind kind, const CaseRecord& file, const QDate& start,
                              const QDate& due, const std::optional<QDate>& done) const
{
    Deadline deadline;
    deadline.kind = kind;
    deadline.caseId = file.kase.id;
    deadline.caseRef = file.kase.ref;
    deadline.start = start;
    deadline.due = due;
    deadline.done = happened(done);
    deadline.status = statusOf(due, deadline.done);
    deadline.workingDays = workingDaysFor(deadline.status, due, deadline.done);
    deadline.provisional = WorkingCalendar::isProvisional(due);
    return deadline;
}

std::optional<QDate> DeadlineEngine::publicationDue(const CaseRecord& file) const
{
    const auto& review = file.practiceReview;
    if (!isLcspr(file) || !happened(review->decided))
        return std::nullopt;
    const RuleSet* rules = findRuleSet(file.kase.ruleSet);
    const DeadlineRule* rule = rules ? rules->rule(DeadlineKind::LcsprPublication) : nullptr;
    if (!rule)
        return std::nullopt;
    QDate due = apply(review->decided, rule->offset, rule->unit);
    // Extensions are recorded events: the latest one agreed by the date asked about wins.
    for (const Extension& extension : file.extensions)
        if (!extension.agreedOn || *extension.agreedOn <= m_options.asOf)
            due = extension.newDue;
    return due;
}

std::optional<QDate> DeadlineEngine::anchorDate(const CaseRecord& file, AnchorEvent anchor) const
{
    switch (anchor) {
    case AnchorEvent::Aware:
        return file.kase.aware;
    case AnchorEvent::Notified:
        return happened(file.kase.notified);
    case AnchorEvent::PracticeDecision:
        return isLcspr(file) ? happened(file.practiceReview->decided) : std::nullopt;
    case AnchorEvent::PublicationTarget:
        if (!isLcspr(file) || !happened(file.practiceReview->decided))
            return std::nullopt;
        // The report is due 7 working days before publication: once the review
        // is published, before the day it was; until then, before the day planned.
        if (const auto published = happened(file.practiceReview->published))
            return published;
        if (file.practiceReview->plannedPublication)
            return file.practiceReview->plannedPublication;
        return publicationDue(file);
    }
    return std::nullopt;
}

QList<Deadline> DeadlineEngine::deadlinesFor(const CaseRecord& file) const
{
    QList<Deadline> deadlines;
    const Case& kase = file.kase;
    const RuleSet* rules = findRuleSet(kase.ruleSet);
    if (!rules || kase.aware > m_options.asOf)
        return deadlines;

    const RapidReview* rapid = file.rapidReview ? &*file.rapidReview : nullptr;
    const PracticeReview* practice = file.practiceReview ? &*file.practiceReview : nullptr;

    for (const DeadlineRule& rule : rules->rules) {
        const auto start = anchorDate(file, rule.anchor);
        if (!start)
            continue;
        const QDate due = apply(*start, rule.offset, rule.unit);
        switch (rule.kind) {
        case DeadlineKind::Notification:
            deadlines.append(make(rule.kind, file, *start, due, kase.notified));
            break;
        case DeadlineKind::RapidReview:
            // "Complete and sent": met when it reaches the national Panel. A
            // review completed but not yet sent is still open (validation keeps
            // a sent date on or after the completion date).
            deadlines.append(
                make(rule.kind, file, *start, due, rapid ? rapid->sent : std::nullopt));
            break;
        case DeadlineKind::LcsprPublication: {
            Deadline deadline =
                make(rule.kind, file, *start, *publicationDue(file), practice->published);
            deadline.extended = deadline.due != due;
            deadlines.append(deadline);
            break;
        }
        case DeadlineKind::NationalPanelSubmission:
            deadlines.append(make(rule.kind, file, *start, due, practice->sent));
            break;
        case DeadlineKind::Action:
            break;
        }
    }

    for (const Action& action : file.actions) {
        Deadline deadline = make(DeadlineKind::Action, file, action.due, action.due,
                                 isClosed(action.status) ? action.closed : OptionalDate());
        deadline.actionId = action.id;
        deadlines.append(deadline);
    }
    return deadlines;
}

} // namespace reviewdesk
