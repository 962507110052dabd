// The figures behind the charts, the executive report and the annual report.
// The period selects a cohort: the cases whose aware date falls in it.
// Everything about those cases is counted with its status as of the
// snapshot's date ("as of"), so a report for last year stays reproducible.
#pragma once

#include "services/registersnapshot.h"

#include <QJsonObject>
#include <QMap>

namespace reviewdesk {

struct Period
{
    std::optional<QDate> from; // inclusive; none: from the first case
    std::optional<QDate> to;   // inclusive; none: to the last case

    bool contains(const QDate& day) const { return (!from || day >= *from) && (!to || day <= *to); }

    static Period calendarYear(int year) { return {QDate(year, 1, 1), QDate(year, 12, 31)}; }
    // The public sector's year, April to March: financialYear(2024) is 2024-25.
    static Period financialYear(int startYear)
    {
        return {QDate(startYear, 4, 1), QDate(startYear + 1, 3, 31)};
    }
    static Period quarter(int year, int quarter)
    {
        const QDate first(year, (quarter - 1) * 3 + 1, 1);
        return {first, first.addMonths(3).addDays(-1)};
    }
};

// Done on time against done in all (open deadlines are not counted).
struct Timeliness
{
    int done = 0;
    int onTime = 0;
    QStringList caseRefs; // the cases behind the count, for "click a bar"
    QStringList lateCaseRefs;
};

struct QuarterFigures
{
    int year = 0;
    int quarter = 0; // 1-4, calendar quarters of the aware date
    Timeliness notifications;
    Timeliness rapidReviews;

    QString label() const { return QStringLiteral("%1-Q%2").arg(year).arg(quarter); }
};

// One LCSPR's duration from decision to publication (or to the as-of date
// while it is open), against its due date after extensions.
struct LcsprDuration
{
    QString caseRef;
    QDate decided;
    QDate end;
    QDate due; // after extensions
    bool published = false;
    bool onTime = false; // published by the due date
    int days = 0;        // calendar days decided..end
    int targetDays = 0;  // calendar days decided..six months (before extensions)
};

struct Statistics
{
    int cases = 0;
    Timeliness notifications;
    Timeliness rapidReviews;
    std::optional<double> rapidReviewMedianWorkingDays;
    int lcsprsDecided = 0;
    int lcsprsPublished = 0;
    int lcsprsPublishedOnTime = 0;
    int lcsprsOpen = 0;
    int actions = 0;
    int actionsComplete = 0;
    int actionsOverdue = 0;
    QList<QuarterFigures> byQuarter; // in date order, every quarter of the cohort
    QMap<QString, int> byStage;
    QMap<QString, int> byTheme;
    // The cases behind each bar of the stage and theme charts.
    QMap<QString, QStringList> casesByStage;
    QMap<QString, QStringList> casesByTheme;
    QMap<QString, QStringList> overdueActionCasesByAgency;
    QMap<QString, int> actionsByStatus;
    QMap<QString, int> overdueActionsByAgency;
    QList<LcsprDuration> lcsprDurations;
};

Statistics statisticsFor(const RegisterSnapshot& snapshot, const Period& period);

QJsonObject toJson(const Statistics& statistics);

} // namespace reviewdesk
