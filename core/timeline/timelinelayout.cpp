#include "timeline/timelinelayout.h"

#include "schedule/wording.h"
#include "util/counted.h"
#include "util/isodate.h"

#include <algorithm>
#include <cmath>

namespace reviewdesk {
namespace {

using Kind = TimelineItem::Kind;
using TooltipWriter = std::function<QString()>;

// A tooltip written already: a case's timeline has few items.
TooltipWriter written(const QString& text)
{
    return [text] { return text; };
}

// Marks are sized from the row height so that a denser layout stays legible.
constexpr double kBarHeightRatio = 0.44;
constexpr double kMarkRatio = 0.56;

// Short words for the label beside a marker: the status always in words.
QString statusShort(DeadlineStatus status, int workingDays)
{
    switch (status) {
    case DeadlineStatus::Met:
        return QStringLiteral("Met");
    case DeadlineStatus::Late:
        // Done on a non-working day after the due date: late by no working day.
        return workingDays > 0 ? QStringLiteral("Late %1 WD").arg(workingDays)
                               : QStringLiteral("Late");
    case DeadlineStatus::Due:
        return QStringLiteral("Due in %1 WD").arg(workingDays);
    case DeadlineStatus::DueSoon:
        return QStringLiteral("Due soon, %1 WD").arg(workingDays);
    case DeadlineStatus::Overdue:
        return workingDays > 0 ? QStringLiteral("Overdue %1 WD").arg(workingDays)
                               : QStringLiteral("Overdue");
    }
    return {};
}

QString statusSentence(DeadlineStatus status, int workingDays, const std::optional<QDate>& done)
{
    switch (status) {
    case DeadlineStatus::Met:
        return QStringLiteral("Met: done %1").arg(toDisplay(*done));
    case DeadlineStatus::Late:
        return QStringLiteral("Late by %1: done %2")
            .arg(workingDaysText(workingDays), toDisplay(*done));
    case DeadlineStatus::Due:
        return QStringLiteral("Due in %1").arg(workingDaysText(workingDays));
    case DeadlineStatus::DueSoon:
        return QStringLiteral("Due soon: %1 left").arg(workingDaysText(workingDays));
    case DeadlineStatus::Overdue:
        return QStringLiteral("Overdue by %1").arg(workingDaysText(workingDays));
    }
    return {};
}

QString shortDeadlineTitle(DeadlineKind kind)
{
    switch (kind) {
    case DeadlineKind::Notification:
        return QStringLiteral("Notify");
    case DeadlineKind::RapidReview:
        return QStringLiteral("RR");
    case DeadlineKind::LcsprPublication:
        return QStringLiteral("LCSPR");
    case DeadlineKind::NationalPanelSubmission:
        return QStringLiteral("Submit");
    case DeadlineKind::Action:
        return QStringLiteral("Action");
    }
    return {};
}

class Builder
{
public:
    Builder(const TimelineScale& scale, double rowHeight, const QDate& today)
    {
        m_layout.scale = scale;
        m_layout.rowHeight = rowHeight;
        m_layout.today = today;
        m_layout.todayX = scale.x(today);
    }

    int addRow(const QString& label, const QString& caseRef)
    {
        m_layout.rowLabels << label;
        m_layout.rowCaseRefs << caseRef;
        return int(m_layout.rowLabels.size()) - 1;
    }

    double rowTop(int row) const { return row * m_layout.rowHeight; }
    double rowMiddle(int row) const { return rowTop(row) + m_layout.rowHeight / 2; }
    double markSize() const { return m_layout.rowHeight * kMarkRatio; }

    TimelineItem& add(TimelineItem item)
    {
        m_layout.items.append(std::move(item));
        return m_layout.items.last();
    }

    TimelineItem& addEvent(int row, const QDate& date, const QString& label, TooltipWriter tooltip,
                           const QString& caseRef)
    {
        TimelineItem item;
        item.kind = Kind::Event;
        item.label = label;
        item.writeTooltip = std::move(tooltip);
        item.start = item.end = date;
        item.caseRef = caseRef;
        item.row = row;
        item.rect = squareAt(row, date, markSize() * 0.8);
        return add(item);
    }

    TimelineItem& addMarker(int row, const QDate& due, DeadlineStatus status, const QString& label,
                            TooltipWriter tooltip, const QString& caseRef)
    {
        TimelineItem item;
        item.kind = Kind::DeadlineMarker;
        item.label = label;
        item.writeTooltip = std::move(tooltip);
        item.start = item.end = due;
        item.status = status;
        item.caseRef = caseRef;
        item.row = row;
        item.rect = squareAt(row, due, markSize());
        return add(item);
    }

    // A bar between two dates in either order; nothing when they are the same day.
    void addBar(int row, QDate from, QDate to, DeadlineStatus status, TooltipWriter tooltip,
                const QString& caseRef, std::optional<RecordId> actionId)
    {
        if (from > to)
            std::swap(from, to);
        if (from == to)
            return;
        TimelineItem item;
        item.kind = Kind::Bar;
        item.writeTooltip = std::move(tooltip);
        item.start = from;
        item.end = to;
        item.status = status;
        item.caseRef = caseRef;
        item.actionId = actionId;
        item.row = row;
        const double height = m_layout.rowHeight * kBarHeightRatio;
        const double left = m_layout.scale.x(from);
        item.rect = QRectF(left, rowMiddle(row) - height / 2, m_layout.scale.x(to) - left, height);
        add(item);
    }

    void addExtension(int row, const QDate& from, const QDate& to, TooltipWriter tooltip,
                      const QString& caseRef)
    {
        TimelineItem item;
        item.kind = Kind::Extension;
        item.label = QStringLiteral("Extended");
        item.writeTooltip = std::move(tooltip);
        item.start = from;
        item.end = to;
        item.caseRef = caseRef;
        item.row = row;
        const double height = m_layout.rowHeight * 0.3;
        const double left = m_layout.scale.x(std::min(from, to));
        const double right = m_layout.scale.x(std::max(from, to));
        // The arrow runs along the top of the row, clear of the bar.
        item.rect = QRectF(left, rowTop(row) + 1, right - left, height);
        add(item);
    }

    TimelineLayout finish()
    {
        const double margin = kTimelineMarginDays * m_layout.scale.pixelsPerDay;
        QRectF bounds(m_layout.todayX, 0, 0, m_layout.rowCount() * m_layout.rowHeight);
        for (const TimelineItem& item : std::as_const(m_layout.items))
            bounds = bounds.united(item.rect);
        bounds.setTop(0);
        bounds.setBottom(std::max(bounds.bottom(), m_layout.rowCount() * m_layout.rowHeight));
        m_layout.bounds = bounds.adjusted(-margin, 0, margin, 0);
        return std::move(m_layout);
    }

    const TimelineLayout& layout() const { return m_layout; }

private:
    QRectF squareAt(int row, const QDate& date, double size) const
    {
        const double x = m_layout.scale.x(date);
        return QRectF(x - size / 2, rowMiddle(row) - size / 2, size, size);
    }

    TimelineLayout m_layout;
};

std::optional<QDate> happened(const std::optional<QDate>& date, const QDate& today)
{
    if (date && date->isValid() && *date <= today)
        return date;
    return std::nullopt;
}

// An action's clock is its due date, and the submission counts back from the
// planned publication: their bars show the time left, or how late, not a clock's run.
bool countsDown(const Deadline& deadline)
{
    return deadline.kind == DeadlineKind::Action || deadline.start >= deadline.due;
}

QString deadlineTooltip(const Deadline& deadline, const DeadlineEngine* engine,
                        const QString& title)
{
    QStringList lines;
    lines << QStringLiteral("%1 — %2").arg(title, statusText(deadline.status));
    if (deadline.kind != DeadlineKind::Action)
        lines << (countsDown(deadline)
                      ? QStringLiteral("Counted back from %1").arg(toDisplay(deadline.start))
                      : QStringLiteral("Clock started %1").arg(toDisplay(deadline.start)));
    QString due = QStringLiteral("Due %1").arg(toDisplay(deadline.due));
    if (engine && !countsDown(deadline))
        due += QStringLiteral(" (%1 after the start)")
                   .arg(workingDaysText(
                       engine->calendar().workingDaysBetween(deadline.start, deadline.due)));
    if (deadline.provisional)
        due += QStringLiteral(", provisional");
    lines << due;
    lines << statusSentence(deadline.status, deadline.workingDays, deadline.done);
    if (deadline.extended)
        lines << QStringLiteral("Extended: an extension moved the due date");
    return lines.join(QLatin1Char('\n'));
}

// The end of a clock's bar: the event that stopped it, else today.
QDate barEnd(const Deadline& deadline, const QDate& today)
{
    return deadline.done ? *deadline.done : today;
}

// Arrows for each recorded extension in force by `today`, from the due date it
// moved to the new one. The first starts at the due date the rule gave.
void addExtensions(Builder& builder, int row, const CaseEntry& entry, const Deadline& deadline,
                   const DeadlineEngine* engine, const QDate& today)
{
    if (!deadline.extended || !entry.file.practiceReview)
        return;
    std::optional<QDate> previous;
    const RuleSet* rules = findRuleSet(entry.file.kase.ruleSet);
    const DeadlineRule* rule = rules ? rules->rule(DeadlineKind::LcsprPublication) : nullptr;
    if (rule && engine)
        previous = engine->apply(deadline.start, rule->offset, rule->unit);
    else if (rule && rule->unit == OffsetUnit::CalendarMonths)
        previous = WorkingCalendar::addMonths(deadline.start, rule->offset);
    for (const Extension& extension : entry.file.extensions) {
        if (extension.agreedOn && *extension.agreedOn > today)
            continue;
        if (previous && *previous != extension.newDue) {
            QStringList lines;
            lines << QStringLiteral("Extension: due %1 → %2")
                         .arg(toDisplay(*previous), toDisplay(extension.newDue));
            if (!extension.reason.isEmpty())
                lines << QStringLiteral("Reason: %1").arg(extension.reason);
            QString agreed;
            if (!extension.agreedBy.isEmpty())
                agreed = QStringLiteral("Agreed by %1").arg(extension.agreedBy);
            if (extension.agreedOn)
                agreed += (agreed.isEmpty() ? QStringLiteral("Agreed") : QString()) +
                          QStringLiteral(" on %1").arg(toDisplay(*extension.agreedOn));
            if (!agreed.isEmpty())
                lines << agreed;
            builder.addExtension(row, *previous, extension.newDue,
                                 written(lines.join(QLatin1Char('\n'))), entry.file.kase.ref);
        }
        previous = extension.newDue;
    }
}

void addDeadlineRow(Builder& builder, int row, const CaseEntry& entry, const Deadline& deadline,
                    const DeadlineEngine* engine, const QDate& today, bool withEventDot)
{
    const QString ref = entry.file.kase.ref;
    const QString title = kindText(deadline.kind);
    const TooltipWriter tooltip = written(deadlineTooltip(deadline, engine, title));
    if (countsDown(deadline)) {
        if (deadline.status != DeadlineStatus::Met)
            builder.addBar(row, deadline.due, barEnd(deadline, today), deadline.status, tooltip,
                           ref, deadline.actionId);
    } else {
        builder.addBar(row, deadline.start, barEnd(deadline, today), deadline.status, tooltip, ref,
                       deadline.actionId);
    }
    addExtensions(builder, row, entry, deadline, engine, today);
    const QString label =
        withEventDot
            ? statusShort(deadline.status, deadline.workingDays)
            : QStringLiteral("%1 %2").arg(shortDeadlineTitle(deadline.kind),
                                          statusShort(deadline.status, deadline.workingDays));
    builder.addMarker(row, deadline.due, deadline.status, label, tooltip, ref).actionId =
        deadline.actionId;
    if (withEventDot && deadline.done)
        builder
            .addEvent(row, *deadline.done, QString(),
                      written(QStringLiteral("%1 done %2").arg(title, toDisplay(*deadline.done))),
                      ref)
            .actionId = deadline.actionId;
}

void addEvents(Builder& builder, int row, const CaseRecord& file, const QDate& today)
{
    const QString ref = file.kase.ref;
    auto event = [&](const std::optional<QDate>& date, const QString& label,
                     const QString& detail = {}) {
        const auto when = happened(date, today);
        if (!when)
            return;
        QString tooltip = QStringLiteral("%1: %2").arg(label, toDisplay(*when));
        if (!detail.isEmpty())
            tooltip += QLatin1Char('\n') + detail;
        builder.addEvent(row, *when, label, written(tooltip), ref);
    };
    const Case& kase = file.kase;
    event(kase.incident, QStringLiteral("Incident"),
          kase.harm == Harm::Death ? QStringLiteral("Death") : QStringLiteral("Serious harm"));
    event(kase.aware, QStringLiteral("LA aware"), QStringLiteral("The clocks start here"));
    event(kase.notified, QStringLiteral("Notified"),
          kase.panelRef.isEmpty() ? QString()
                                  : QStringLiteral("National Panel ref %1").arg(kase.panelRef));
    if (const auto& rapid = file.rapidReview) {
        event(rapid->meeting, QStringLiteral("RR meeting"));
        QString decision;
        if (rapid->decision) {
            switch (*rapid->decision) {
            case RapidReviewDecision::Lcspr:
                decision = QStringLiteral("Decision: LCSPR");
                break;
            case RapidReviewDecision::NoLcspr:
                decision = QStringLiteral("Decision: no LCSPR");
                break;
            case RapidReviewDecision::NationalReview:
                decision = QStringLiteral("Decision: national review may be appropriate");
                break;
            }
        }
        event(rapid->completed, QStringLiteral("RR complete"), decision);
        event(rapid->sent, QStringLiteral("RR sent"), QStringLiteral("Sent to the national Panel"));
        if (rapid->panelResponse)
            event(rapid->panelResponseDate, QStringLiteral("Panel response"),
                  QStringLiteral("The national Panel: %1").arg(nameOf(*rapid->panelResponse)));
    }
    if (const auto& practice = file.practiceReview) {
        const QString type = practice->type == PracticeReviewType::Lcspr
                                 ? QStringLiteral("LCSPR")
                                 : nameOf(practice->type).toUpper();
        event(practice->decided, QStringLiteral("%1 decided").arg(type),
              practice->reviewer.isEmpty()
                  ? QString()
                  : QStringLiteral("Reviewer: %1").arg(practice->reviewer));
        event(practice->termsOfReference, QStringLiteral("Terms of reference"));
        event(practice->sent, QStringLiteral("Submitted"),
              QStringLiteral("Final report to the national Panel and the Secretary of State"));
        event(practice->published, QStringLiteral("Published"), practice->link);
    }
}

void addMilestoneRows(Builder& builder, const QString& ref, const QList<Milestone>& milestones,
                      MilestoneOwner owner, const DeadlineEngine& engine)
{
    const QDate today = engine.options().asOf;
    for (const Milestone& milestone : milestones) {
        if (milestone.owner != owner || !milestone.due.isValid())
            continue;
        const int row = builder.addRow(QStringLiteral("   %1").arg(milestone.name), ref);
        const auto done = happened(milestone.done, today);
        const DeadlineStatus status = engine.statusOf(milestone.due, done);
        const int days = engine.workingDaysFor(status, milestone.due, done);
        QStringList lines;
        lines << QStringLiteral("%1 — %2").arg(milestone.name, statusText(status));
        lines << QStringLiteral("Due %1").arg(toDisplay(milestone.due));
        lines << statusSentence(status, days, done);
        builder.addMarker(row, milestone.due, status, statusShort(status, days),
                          written(lines.join(QLatin1Char('\n'))), ref);
        if (done)
            builder.addEvent(
                row, *done, QString(),
                written(QStringLiteral("%1 done %2").arg(milestone.name, toDisplay(*done))), ref);
    }
}

QString actionLabel(const Action& action)
{
    QString text = action.recommendation.simplified();
    if (!action.ownerAgency.isEmpty())
        text = QStringLiteral("%1: %2").arg(action.ownerAgency, text);
    return text;
}

const Deadline* findDeadline(const CaseEntry& entry, DeadlineKind kind)
{
    for (const Deadline& deadline : entry.deadlines)
        if (deadline.kind == kind)
            return &deadline;
    return nullptr;
}

void widen(std::optional<QDate>& first, std::optional<QDate>& last, const QDate& date)
{
    if (!date.isValid())
        return;
    if (!first || date < *first)
        first = date;
    if (!last || date > *last)
        last = date;
}

} // namespace

QDate TimelineScale::dateAt(double x) const
{
    return origin.addDays(qint64(std::floor(x / pixelsPerDay)));
}

const QList<ZoomPreset>& zoomPresets()
{
    static const QList<ZoomPreset> presets = {
        {QStringLiteral("Weeks"), 24.0},
        {QStringLiteral("Months"), 6.0},
        {QStringLiteral("Quarters"), 2.0},
        {QStringLiteral("Years"), 0.6},
    };
    return presets;
}

int nearestZoomPreset(double pixelsPerDay)
{
    int best = 0;
    double bestDistance = -1;
    for (int i = 0; i < zoomPresets().size(); ++i) {
        const double distance = std::abs(std::log(zoomPresets()[i].pixelsPerDay / pixelsPerDay));
        if (bestDistance < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

int TimelineLayout::rowAt(double y) const
{
    if (y < 0 || rowHeight <= 0)
        return -1;
    const int row = int(y / rowHeight);
    return row < rowCount() ? row : -1;
}

const TimelineItem* TimelineLayout::itemAt(const QPointF& point) const
{
    // Small marks win over the bars under them; they get a little slack to be easy to hit.
    for (Kind kind : {Kind::Event, Kind::DeadlineMarker, Kind::Extension, Kind::Bar}) {
        const double slack = kind == Kind::Bar ? 0.0 : 2.0;
        for (auto it = items.crbegin(); it != items.crend(); ++it)
            if (it->kind == kind && it->rect.adjusted(-slack, -slack, slack, slack).contains(point))
                return &*it;
    }
    return nullptr;
}

TimelineLayout layoutCase(const CaseEntry& entry, const QList<Milestone>& milestones,
                          const TimelineScale& scale, double rowHeight,
                          const DeadlineEngine& engine)
{
    const QDate today = engine.options().asOf;
    const CaseRecord& file = entry.file;
    const QString ref = file.kase.ref;
    Builder builder(scale, rowHeight, today);

    addEvents(builder, builder.addRow(QStringLiteral("Events"), ref), file, today);

    auto deadlineRow = [&](DeadlineKind kind) {
        if (const Deadline* deadline = findDeadline(entry, kind))
            addDeadlineRow(builder, builder.addRow(kindText(kind), ref), entry, *deadline, &engine,
                           today, true);
    };
    deadlineRow(DeadlineKind::Notification);
    deadlineRow(DeadlineKind::RapidReview);
    addMilestoneRows(builder, ref, milestones, MilestoneOwner::RapidReview, engine);
    deadlineRow(DeadlineKind::LcsprPublication);
    // A practice review decided after the as-of date has no plan yet.
    if (file.practiceReview && happened(file.practiceReview->decided, today))
        addMilestoneRows(builder, ref, milestones, MilestoneOwner::PracticeReview, engine);
    deadlineRow(DeadlineKind::NationalPanelSubmission);

    for (const Deadline& deadline : entry.deadlines) {
        if (deadline.kind != DeadlineKind::Action || !deadline.actionId)
            continue;
        const Action* action = actionOf(deadline, file);
        const QString label = action ? actionLabel(*action) : QStringLiteral("Action");
        addDeadlineRow(builder, builder.addRow(QStringLiteral("Action: %1").arg(label), ref), entry,
                       deadline, &engine, today, true);
    }
    return builder.finish();
}

TimelineLayout layoutPortfolio(const QList<const CaseEntry*>& rows, const TimelineScale& scale,
                               double rowHeight, const QDate& today)
{
    Builder builder(scale, rowHeight, today);
    for (const CaseEntry* entry : rows) {
        const QString ref = entry->file.kase.ref;
        const int row =
            builder.addRow(QStringLiteral("%1  %2").arg(ref, stageText(entry->stage)), ref);
        // Clocks first, so that the markers of actions are drawn over their bars.
        for (const Deadline& deadline : entry->deadlines) {
            if (!isOpen(deadline.status))
                continue;
            // Copies, not pointers into the register: the tooltip may be
            // asked for after the register has moved on.
            std::optional<Action> action;
            if (const Action* found = actionOf(deadline, entry->file))
                action = *found;
            const TooltipWriter tooltip = [ref, deadline, action] {
                QString text = QStringLiteral("%1\n%2").arg(
                    ref, deadlineTooltip(deadline, nullptr, kindText(deadline.kind)));
                if (action)
                    text += QLatin1Char('\n') + actionLabel(*action);
                return text;
            };
            if (deadline.kind == DeadlineKind::Action && deadline.actionId) {
                builder
                    .addMarker(row, deadline.due, deadline.status,
                               QStringLiteral("Action %1")
                                   .arg(statusShort(deadline.status, deadline.workingDays)),
                               tooltip, ref)
                    .actionId = deadline.actionId;
                continue;
            }
            // A review's clock runs to today; a count-back (the submission) is only its date.
            if (!countsDown(deadline))
                builder.addBar(row, deadline.start, today, deadline.status, tooltip, ref, {});
            addExtensions(builder, row, *entry, deadline, nullptr, today);
            builder.addMarker(
                row, deadline.due, deadline.status,
                QStringLiteral("%1 %2").arg(shortDeadlineTitle(deadline.kind),
                                            statusShort(deadline.status, deadline.workingDays)),
                tooltip, ref);
        }
    }
    return builder.finish();
}

std::pair<QDate, QDate> dateRange(const QList<const CaseEntry*>& entries, const QDate& today,
                                  const QList<Milestone>& milestones)
{
    std::optional<QDate> first, last;
    widen(first, last, today);
    for (const CaseEntry* entry : entries) {
        const CaseRecord& file = entry->file;
        if (file.kase.incident && *file.kase.incident <= today)
            widen(first, last, *file.kase.incident);
        widen(first, last, file.kase.aware);
        for (const Deadline& deadline : entry->deadlines) {
            widen(first, last, deadline.start);
            widen(first, last, deadline.due);
        }
        for (const Extension& extension : file.extensions)
            widen(first, last, extension.newDue);
    }
    for (const Milestone& milestone : milestones)
        widen(first, last, milestone.due);
    return {first->addDays(-kTimelineMarginDays), last->addDays(kTimelineMarginDays)};
}

QList<const CaseEntry*> portfolioRows(const RegisterSnapshot& snapshot,
                                      const PortfolioFilter& filter)
{
    QList<const CaseEntry*> rows;
    for (const CaseEntry& entry : snapshot.entries()) {
        if (entry.file.kase.status == CaseStatus::Closed || entry.stage == CaseStage::Closed ||
            !entry.next())
            continue;
        if (filter.stage && entry.stage != *filter.stage)
            continue;
        if (filter.year && entry.file.kase.aware.year() != *filter.year)
            continue;
        if (filter.status &&
            std::none_of(entry.deadlines.cbegin(), entry.deadlines.cend(),
                         [&](const Deadline& d) { return d.status == *filter.status; }))
            continue;
        rows.append(&entry);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const CaseEntry* a, const CaseEntry* b) {
        if (a->next()->due != b->next()->due)
            return a->next()->due < b->next()->due;
        return a->file.kase.ref < b->file.kase.ref;
    });
    return rows;
}

} // namespace reviewdesk
