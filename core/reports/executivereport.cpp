// The monthly status report to the Executive Group: counts, timeliness,
// reviews in progress against their target, overdue actions by agency.
#include "reports/reportcontent.h"
#include "reports/reportwording.h"
#include "util/counted.h"
#include "util/isodate.h"

#include <algorithm>

namespace reviewdesk::reports {
namespace {

// "SSCP-1, SSCP-2, ... and 12 more": the cases behind a count, kept short.
QString someRefs(QStringList refs, int shown = 6)
{
    refs.sort();
    if (refs.size() <= shown)
        return refs.join(QStringLiteral(", "));
    return QStringLiteral("%1 and %2 more")
        .arg(refs.mid(0, shown).join(QStringLiteral(", ")))
        .arg(refs.size() - shown);
}

} // namespace

ReportDocument executiveReport(const ReportRequest& request)
{
    const Statistics stats = statisticsFor(*request.snapshot, request.period);
    ReportDocument document;
    document.title = reportTitle(ReportKind::Executive);
    document.subtitle = subtitleFor(request, true);

    document.blocks << Heading{QStringLiteral("Counts")};
    Table counts;
    counts.widths = {3, 2};
    counts.rows << QStringList{QStringLiteral("Cases in the period"), QString::number(stats.cases)};
    for (auto it = stats.byStage.cbegin(); it != stats.byStage.cend(); ++it)
        counts.rows << QStringList{QStringLiteral("At stage: %1").arg(stageLabel(it.key())),
                                   QString::number(it.value())};
    counts.rows
        << QStringList{QStringLiteral("LCSPRs decided"), QString::number(stats.lcsprsDecided)}
        << QStringList{QStringLiteral("LCSPRs published"), QString::number(stats.lcsprsPublished)}
        << QStringList{QStringLiteral("LCSPRs in progress"), QString::number(stats.lcsprsOpen)}
        << QStringList{QStringLiteral("Learning actions"), QString::number(stats.actions)}
        << QStringList{QStringLiteral("Actions complete"), QString::number(stats.actionsComplete)}
        << QStringList{QStringLiteral("Actions overdue"), QString::number(stats.actionsOverdue)};
    document.blocks << counts;

    document.blocks << Heading{QStringLiteral("Timeliness")};
    Table timeliness;
    timeliness.headers = {QStringLiteral("Measure"), QStringLiteral("On time"),
                          QStringLiteral("Late cases")};
    timeliness.widths = {2.4, 1.6, 3};
    timeliness.rows << QStringList{QStringLiteral("National Panel notified within 5 working days"),
                                   ratioText(stats.notifications.onTime, stats.notifications.done),
                                   someRefs(stats.notifications.lateCaseRefs)}
                    << QStringList{QStringLiteral(
                                       "Rapid reviews complete and sent within 15 working days"),
                                   ratioText(stats.rapidReviews.onTime, stats.rapidReviews.done),
                                   someRefs(stats.rapidReviews.lateCaseRefs)}
                    << QStringList{QStringLiteral("LCSPRs published by their due date"),
                                   ratioText(stats.lcsprsPublishedOnTime, stats.lcsprsPublished),
                                   QString()};
    document.blocks << timeliness;
    if (stats.rapidReviewMedianWorkingDays)
        document.blocks << Paragraph{
            QStringLiteral(
                "Median rapid review: %1 %2 from awareness to sending it to the national Panel.")
                .arg(*stats.rapidReviewMedianWorkingDays)
                .arg(byCount(*stats.rapidReviewMedianWorkingDays, QStringLiteral("working day"),
                             QStringLiteral("working days"))),
            true};

    document.blocks << Heading{QStringLiteral("Reviews in progress against target")};
    QList<const LcsprDuration*> running;
    for (const LcsprDuration& duration : stats.lcsprDurations)
        if (!duration.published)
            running << &duration;
    std::stable_sort(running.begin(), running.end(), [](const auto* a, const auto* b) {
        return a->due != b->due ? a->due < b->due : a->caseRef < b->caseRef;
    });
    if (running.isEmpty()) {
        document.blocks << Paragraph{QStringLiteral("No LCSPR in progress on this date."), true};
    } else {
        Table table;
        table.headers = {QStringLiteral("Case"),          QStringLiteral("Decided"),
                         QStringLiteral("Due"),           QStringLiteral("Days so far"),
                         QStringLiteral("Target (days)"), QStringLiteral("Against target")};
        table.widths = {1.6, 1.5, 1.5, 1, 1, 1.3};
        table.statusColumn = 5;
        const QDate asOf = request.snapshot->asOf();
        for (const LcsprDuration* d : running) {
            const bool overdue = d->due < asOf;
            const bool extended = d->due != WorkingCalendar::addMonths(d->decided, 6);
            QString due = toDisplay(d->due);
            if (extended)
                due += QStringLiteral(" (extended)");
            table.rows << QStringList{
                d->caseRef, toDisplay(d->decided), due, QString::number(d->days),
                // The target the row is judged against:
                // to the due date, extensions included.
                QString::number(d->decided.daysTo(d->due)),
                overdue ? QStringLiteral("Overdue") : QStringLiteral("On track")};
            table.rowStatus << (overdue ? DeadlineStatus::Overdue : DeadlineStatus::Due);
        }
        document.blocks << table;
    }

    document.blocks << Heading{QStringLiteral("Overdue actions by agency")};
    if (stats.overdueActionsByAgency.isEmpty()) {
        document.blocks << Paragraph{QStringLiteral("No action is overdue on this date."), true};
    } else {
        QList<std::pair<QString, int>> agencies;
        for (auto it = stats.overdueActionsByAgency.cbegin();
             it != stats.overdueActionsByAgency.cend(); ++it)
            agencies.append({it.key(), it.value()});
        std::stable_sort(agencies.begin(), agencies.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        Table table;
        table.headers = {QStringLiteral("Agency"), QStringLiteral("Overdue"),
                         QStringLiteral("Cases")};
        table.widths = {2, 0.8, 4};
        int total = 0;
        for (const auto& [agency, count] : agencies) {
            table.rows << QStringList{agency, QString::number(count),
                                      someRefs(stats.overdueActionCasesByAgency.value(agency))};
            total += count;
        }
        table.rows << QStringList{QStringLiteral("Total"), QString::number(total), QString()};
        table.lastRowBold = true;
        document.blocks << table;
    }
    return document;
}

} // namespace reviewdesk::reports
