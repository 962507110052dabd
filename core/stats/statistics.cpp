#include "stats/statistics.h"

#include "util/isodate.h"

#include <QJsonArray>

#include <algorithm>

namespace reviewdesk {
namespace {

const Deadline* find(const QList<Deadline>& deadlines, DeadlineKind kind)
{
    for (const Deadline& deadline : deadlines)
        if (deadline.kind == kind)
            return &deadline;
    return nullptr;
}

void count(Timeliness& timeliness, const Deadline* deadline, const QString& ref)
{
    if (!deadline || !deadline->done)
        return;
    ++timeliness.done;
    timeliness.caseRefs << ref;
    if (deadline->status == DeadlineStatus::Met)
        ++timeliness.onTime;
    else
        timeliness.lateCaseRefs << ref;
}

std::optional<double> median(QList<int> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values.at(middle);
    return (values.at(middle - 1) + values.at(middle)) / 2.0;
}

QuarterFigures& quarterOf(QMap<int, QuarterFigures>& quarters, const QDate& day)
{
    const int quarter = (day.month() - 1) / 3 + 1;
    QuarterFigures& figures = quarters[day.year() * 4 + quarter - 1];
    figures.year = day.year();
    figures.quarter = quarter;
    return figures;
}

QJsonObject timelinessJson(const Timeliness& timeliness, const char* doneName)
{
    return {{QLatin1String(doneName), timeliness.done},
            {QStringLiteral("on_time"), timeliness.onTime}};
}

QJsonObject mapJson(const QMap<QString, int>& map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

Statistics statisticsFor(const RegisterSnapshot& snapshot, const Period& period)
{
    Statistics statistics;
    const QDate asOf = snapshot.asOf();
    const WorkingCalendar& calendar = snapshot.engine().calendar();
    QList<int> rapidReviewDays;
    QMap<int, QuarterFigures> quarters;

    for (const CaseEntry& entry : snapshot.entries()) {
        const CaseRecord& file = entry.file;
        const Case& kase = file.kase;
        if (!period.contains(kase.aware) || kase.aware > asOf)
            continue;
        ++statistics.cases;
        ++statistics.byStage[nameOf(entry.stage)];
        statistics.casesByStage[nameOf(entry.stage)] << kase.ref;
        for (const QString& theme : kase.themes) {
            ++statistics.byTheme[theme];
            statistics.casesByTheme[theme] << kase.ref;
        }

        QuarterFigures& quarter = quarterOf(quarters, kase.aware);
        const Deadline* notification = find(entry.deadlines, DeadlineKind::Notification);
        count(statistics.notifications, notification, kase.ref);
        count(quarter.notifications, notification, kase.ref);
        const Deadline* rapid = find(entry.deadlines, DeadlineKind::RapidReview);
        count(statistics.rapidReviews, rapid, kase.ref);
        count(quarter.rapidReviews, rapid, kase.ref);
        if (rapid && rapid->done)
            rapidReviewDays << calendar.workingDaysBetween(rapid->start, *rapid->done);

        if (const Deadline* publication = find(entry.deadlines, DeadlineKind::LcsprPublication)) {
            ++statistics.lcsprsDecided;
            LcsprDuration duration;
            duration.caseRef = kase.ref;
            duration.decided = publication->start;
            duration.due = publication->due;
            duration.published = publication->done.has_value();
            duration.end = publication->done.value_or(asOf);
            duration.onTime = publication->status == DeadlineStatus::Met;
            duration.days = int(duration.decided.daysTo(duration.end));
            duration.targetDays =
                int(duration.decided.daysTo(WorkingCalendar::addMonths(duration.decided, 6)));
            statistics.lcsprDurations << duration;
            if (duration.published) {
                ++statistics.lcsprsPublished;
                if (duration.onTime)
                    ++statistics.lcsprsPublishedOnTime;
            } else {
                ++statistics.lcsprsOpen;
            }
        }

        for (const Action& action : file.actions) {
            ++statistics.actions;
            const bool closed = isClosed(action.status) && action.closed && *action.closed <= asOf;
            const QString status = closed ? nameOf(action.status)
                                          : (isClosed(action.status) ? QStringLiteral("in-progress")
                                                                     : nameOf(action.status));
            ++statistics.actionsByStatus[status];
            if (closed)
                ++statistics.actionsComplete;
            else if (action.due < asOf) {
                ++statistics.actionsOverdue;
                ++statistics.overdueActionsByAgency[action.ownerAgency];
                statistics.overdueActionCasesByAgency[action.ownerAgency] << kase.ref;
            }
        }
    }

    statistics.rapidReviewMedianWorkingDays = median(rapidReviewDays);
    // Every quarter between the first and the last, so a chart shows empty quarters too.
    if (!quarters.isEmpty()) {
        for (int key = quarters.firstKey(); key <= quarters.lastKey(); ++key) {
            QuarterFigures figures = quarters.value(key);
            figures.year = key / 4;
            figures.quarter = key % 4 + 1;
            statistics.byQuarter << figures;
        }
    }
    return statistics;
}

QJsonObject toJson(const Statistics& statistics)
{
    QJsonArray quarters;
    for (const QuarterFigures& quarter : statistics.byQuarter)
        quarters.append(QJsonObject{
            {QStringLiteral("quarter"), quarter.label()},
            {QStringLiteral("notifications"),
             QJsonObject{{QStringLiteral("total"), quarter.notifications.done},
                         {QStringLiteral("on_time"), quarter.notifications.onTime}}},
            {QStringLiteral("rapid_reviews"), timelinessJson(quarter.rapidReviews, "completed")},
        });
    QJsonArray durations;
    for (const LcsprDuration& duration : statistics.lcsprDurations)
        durations.append(QJsonObject{
            {QStringLiteral("case"), duration.caseRef},
            {QStringLiteral("decided"), toIso(duration.decided)},
            {QStringLiteral("end"), toIso(duration.end)},
            {QStringLiteral("due"), toIso(duration.due)},
            {QStringLiteral("published"), duration.published},
            {QStringLiteral("on_time"), duration.onTime},
            {QStringLiteral("days"), duration.days},
            {QStringLiteral("target_days"), duration.targetDays},
        });
    QJsonObject rapid = timelinessJson(statistics.rapidReviews, "completed");
    rapid.insert(QStringLiteral("median_working_days"),
                 statistics.rapidReviewMedianWorkingDays
                     ? QJsonValue(*statistics.rapidReviewMedianWorkingDays)
                     : QJsonValue(QJsonValue::Null));
    return {
        {QStringLiteral("cases"), statistics.cases},
        {QStringLiteral("notifications"),
         QJsonObject{{QStringLiteral("total"), statistics.notifications.done},
                     {QStringLiteral("on_time"), statistics.notifications.onTime}}},
        {QStringLiteral("rapid_reviews"), rapid},
        {QStringLiteral("lcsprs"),
         QJsonObject{{QStringLiteral("decided"), statistics.lcsprsDecided},
                     {QStringLiteral("published"), statistics.lcsprsPublished},
                     {QStringLiteral("published_on_time"), statistics.lcsprsPublishedOnTime},
                     {QStringLiteral("open"), statistics.lcsprsOpen}}},
        {QStringLiteral("actions"),
         QJsonObject{{QStringLiteral("total"), statistics.actions},
                     {QStringLiteral("complete"), statistics.actionsComplete},
                     {QStringLiteral("overdue"), statistics.actionsOverdue}}},
        {QStringLiteral("by_quarter"), quarters},
        {QStringLiteral("by_stage"), mapJson(statistics.byStage)},
        {QStringLiteral("by_theme"), mapJson(statistics.byTheme)},
        {QStringLiteral("actions_by_status"), mapJson(statistics.actionsByStatus)},
        {QStringLiteral("overdue_actions_by_agency"), mapJson(statistics.overdueActionsByAgency)},
        {QStringLiteral("lcspr_durations"), durations},
    };
}

} // namespace reviewdesk
