// The figures behind the charts (statisticsFor, toJson) on a hand-made register.
//
// Eleven cases, written through the services into a temporary file, chosen so
// that each figure has on-time, late and open members, and so that the cohort
// edges (aware exactly on --from / --to, one day either side), the financial
// year boundary (31 Mar / 1 Apr, also a calendar-quarter boundary) and events
// dated after the as-of date are all exercised.
//
// Every expected number is worked out by hand from the statutory rules
// (working days from the official England & Wales bank holiday list), never by
// the code under test. "WD" = working days; day 0 is the aware date itself.
//
// 2024 holidays used: Mon 1 Jan, Fri 29 Mar (Good Friday), Mon 1 Apr (Easter
// Monday), Mon 6 May, Mon 27 May, Mon 26 Aug. 2025: Wed 1 Jan, Fri 18 Apr,
// Mon 21 Apr, Mon 5 May, Mon 26 May.
//
// ref    aware            notification (due +5 WD)  rapid review (due +15 WD)      then
// ST-01  Sun 31 Dec 2023  due  8 Jan, done  8 Jan met  due 22 Jan, done 22 Jan met(15)  no LCSPR;
// case closed ST-02  Mon  1 Jan 2024  due  8 Jan, done  9 Jan LATE due 22 Jan, done 24 Jan LATE(17)
// LCSPR 1 Feb, due 1 Aug,
//                                                                                     published 25
//                                                                                     Jul: on time
// ST-03  Wed 14 Feb 2024  due 21 Feb, done 16 Feb met  due  6 Mar, done  1 Mar met(12)  LCSPR 15
// Mar, due 15 Sep,
//                                                                                     published 10
//                                                                                     Oct: LATE
// ST-04  Sun 31 Mar 2024  due  8 Apr, done  5 Apr met  due 22 Apr, done 26 Apr LATE(19) LCSPR 30
// Apr, due 30 Oct,
//                                        extended to 31 Jan 2025 (agreed 1 Oct 2024), published 20
//                                        Jan 2025: on time
// ST-05  Mon  1 Apr 2024  due  8 Apr, done  8 Apr met  due 22 Apr, done 19 Apr met(14)  LCSPR 31
// May, due 30 Nov
//                               (clamped); extended to 29 Aug 2025 agreed 1 Jun 2025 (after 15 May
//                               2025); open
// ST-06  Mon 20 May 2024  due 28 May, done 24 May met  due 11 Jun, never completed     -
// ST-07  Sun 30 Jun 2024  due  5 Jul, done  8 Jul LATE due 19 Jul, done 19 Jul met(15)  no LCSPR
// ST-08  Mon  1 Jul 2024  due  8 Jul, never made       none                            -
// ST-09  Mon  6 Jan 2025  due 13 Jan, done 10 Jan met  due 27 Jan, done 31 Jan LATE(19) LCSPR 10
// Feb, due 10 Aug; open ST-10  Mon 31 Mar 2025  due  7 Apr, done 20 May LATE none - ST-11  Tue  1
// Apr 2025  due  8 Apr, done  3 Apr met  due 24 Apr, done 29 May LATE(38) LCSPR 10 Jun 2025, due 10
// Dec
//
// (n) = working days from aware to sending, what the median is taken of.
//
// Actions (id order):                      owner   due          status            closed
// A1 ST-02                                 Police  30 Sep 2024  complete          15 Sep 2024
// A2 ST-02                                 Health  31 Oct 2024  impact-evidenced  20 Oct 2024
// A3 ST-03                                 Police  31 Dec 2024  open              -
// A4 ST-03                                 Health  31 Dec 2025  in-progress       -
// A5 ST-04                                 Health  31 Mar 2025  open              -
// A6 ST-05                                 Police  30 Jun 2025  open              -
// A7 ST-06                                 Health  31 Mar 2025  complete          10 Jun 2025
#include "catch.h"
#include "qtprinters.h"
#include "services/actionservice.h"
#include "services/caseservice.h"
#include "services/registersnapshot.h"
#include "services/reviewservice.h"
#include "stats/statistics.h"
#include "tempdir.h"
#include "testdate.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

using namespace reviewdesk;
using namespace reviewdesk::testing;

namespace {

using reviewdesk::testing::d;

const QDate kAsOf = d(2025, 5, 15);    // Thu: the main "as of"
const QDate kEarly = d(2024, 9, 30);   // Mon: ST-09..ST-11 not yet aware
const QDate kLate = d(2025, 6, 30);    // Mon: every recorded event has happened
const QDate kFy24From = d(2024, 4, 1); // financial year 2024/25
const QDate kFy24To = d(2025, 3, 31);

struct CaseSpec
{
    QString ref;
    QDate aware;
    QStringList themes;
    std::optional<QDate> notified;
    std::optional<QDate> rapidCompleted;
    std::optional<RapidReviewDecision> decision;
    std::optional<QDate> lcsprDecided;
    std::optional<QDate> published;
    bool closed = false;
};

struct StatsFixture
{
    TempDir dir;
    std::unique_ptr<Workspace> workspace;

    StatsFixture()
    {
        auto opened =
            Workspace::open(dir.path(QStringLiteral("register.rdk")), QStringLiteral("tester"));
        if (!opened)
            FAIL(opened.error().message.toStdString());
        workspace = std::move(*opened);
        build();
    }

    void addCase(const CaseSpec& spec)
    {
        Case draft;
        draft.ref = spec.ref;
        draft.childId = QStringLiteral("X.Y.");
        draft.harm = Harm::SeriousHarm;
        draft.aware = spec.aware;
        draft.themes = spec.themes;
        if (spec.closed)
            draft.status = CaseStatus::Closed;
        auto added = CaseService(*workspace).addCase(draft);
        INFO(spec.ref.toStdString() << ": " << (added ? "" : added.error().message.toStdString()));
        REQUIRE(added.ok());
        if (spec.notified) {
            auto notified =
                CaseService(*workspace).recordNotification(spec.ref, *spec.notified, {});
            INFO((notified ? "" : notified.error().message.toStdString()));
            REQUIRE(notified.ok());
        }
        if (spec.rapidCompleted || spec.decision) {
            RapidReview rapid;
            rapid.completed = spec.rapidCompleted;
            rapid.sent = spec.rapidCompleted;
            rapid.decision = spec.decision;
            auto saved = ReviewService(*workspace).saveRapidReview(spec.ref, rapid);
            INFO((saved ? "" : saved.error().message.toStdString()));
            REQUIRE(saved.ok());
        }
        if (spec.lcsprDecided) {
            PracticeReview practice;
            practice.type = PracticeReviewType::Lcspr;
            practice.decided = *spec.lcsprDecided;
            practice.published = spec.published;
            auto saved = ReviewService(*workspace).savePracticeReview(spec.ref, practice);
            INFO((saved ? "" : saved.error().message.toStdString()));
            REQUIRE(saved.ok());
        }
    }

    void startRapidReview(const QString& ref, const QDate& started)
    {
        RapidReview rapid;
        rapid.started = started;
        REQUIRE(ReviewService(*workspace).saveRapidReview(ref, rapid).ok());
    }

    void extend(const QString& ref, const QDate& newDue, const QDate& agreedOn)
    {
        Extension extension;
        extension.newDue = newDue;
        extension.reason = QStringLiteral("criminal proceedings");
        extension.agreedBy = QStringLiteral("Panel chair");
        extension.agreedOn = agreedOn;
        auto saved = ReviewService(*workspace).extend(ref, extension);
        INFO((saved ? "" : saved.error().message.toStdString()));
        REQUIRE(saved.ok());
    }

    RecordId addAction(const QString& ref, const QString& owner, const QDate& due,
                       ActionStatus status = ActionStatus::Open,
                       std::optional<QDate> closed = std::nullopt)
    {
        Action action;
        action.recommendation = QStringLiteral("Learning from %1").arg(ref);
        action.ownerAgency = owner;
        action.due = due;
        action.status = status;
        action.closed = closed;
        auto added = ActionService(*workspace).addAction(ref, action);
        INFO((added ? "" : added.error().message.toStdString()));
        REQUIRE(added.ok());
        return added->id;
    }

    void build()
    {
        const auto lcspr = RapidReviewDecision::Lcspr;
        const auto noLcspr = RapidReviewDecision::NoLcspr;
        // Added out of aware order: the register is read in aware-date order.
        addCase({QStringLiteral("ST-11"),
                 d(2025, 4, 1),
                 {QStringLiteral("Substance misuse")},
                 d(2025, 4, 3),
                 d(2025, 5, 29),
                 lcspr,
                 d(2025, 6, 10),
                 std::nullopt});
        addCase({QStringLiteral("ST-10"),
                 d(2025, 3, 31),
                 {QStringLiteral("neglect")},
                 d(2025, 5, 20),
                 std::nullopt,
                 std::nullopt,
                 std::nullopt,
                 std::nullopt});
        addCase({QStringLiteral("ST-09"),
                 d(2025, 1, 6),
                 {QStringLiteral("domestic abuse")},
                 d(2025, 1, 10),
                 d(2025, 1, 31),
                 lcspr,
                 d(2025, 2, 10),
                 std::nullopt});
        addCase({QStringLiteral("ST-08"),
                 d(2024, 7, 1),
                 {},
                 std::nullopt,
                 std::nullopt,
                 std::nullopt,
                 std::nullopt,
                 std::nullopt});
        addCase({QStringLiteral("ST-07"),
                 d(2024, 6, 30),
                 {QStringLiteral("neglect"), QStringLiteral("online harm")},
                 d(2024, 7, 8),
                 d(2024, 7, 19),
                 noLcspr,
                 std::nullopt,
                 std::nullopt});
        addCase({QStringLiteral("ST-06"),
                 d(2024, 5, 20),
                 {QStringLiteral("sudden unexpected death in infancy")},
                 d(2024, 5, 24),
                 std::nullopt,
                 std::nullopt,
                 std::nullopt,
                 std::nullopt});
        startRapidReview(QStringLiteral("ST-06"), d(2024, 5, 21));
        addCase({QStringLiteral("ST-05"),
                 d(2024, 4, 1),
                 {QStringLiteral("Neglect")},
                 d(2024, 4, 8),
                 d(2024, 4, 19),
                 lcspr,
                 d(2024, 5, 31),
                 std::nullopt});
        addCase({QStringLiteral("ST-04"),
                 d(2024, 3, 31),
                 {QStringLiteral("domestic abuse"), QStringLiteral("substance misuse")},
                 d(2024, 4, 5),
                 d(2024, 4, 26),
                 lcspr,
                 d(2024, 4, 30),
                 d(2025, 1, 20)});
        addCase({QStringLiteral("ST-03"),
                 d(2024, 2, 14),
                 {QStringLiteral("online harm")},
                 d(2024, 2, 16),
                 d(2024, 3, 1),
                 lcspr,
                 d(2024, 3, 15),
                 d(2024, 10, 10)});
        addCase({QStringLiteral("ST-02"),
                 d(2024, 1, 1),
                 {QStringLiteral("neglect"), QStringLiteral("Domestic Abuse")},
                 d(2024, 1, 9),
                 d(2024, 1, 24),
                 lcspr,
                 d(2024, 2, 1),
                 d(2024, 7, 25)});
        addCase({QStringLiteral("ST-01"),
                 d(2023, 12, 31),
                 {QStringLiteral("neglect")},
                 d(2024, 1, 8),
                 d(2024, 1, 22),
                 noLcspr,
                 std::nullopt,
                 std::nullopt,
                 true});

        // ST-04: due 30 Oct 2024 moved to 31 Jan 2025, agreed 1 Oct 2024.
        extend(QStringLiteral("ST-04"), d(2025, 1, 31), d(2024, 10, 1));
        // ST-05: due 30 Nov 2024 moved to 29 Aug 2025, agreed only on 1 Jun 2025.
        extend(QStringLiteral("ST-05"), d(2025, 8, 29), d(2025, 6, 1));

        addAction(QStringLiteral("ST-02"), QStringLiteral("Police"), d(2024, 9, 30),
                  ActionStatus::Complete, d(2024, 9, 15));
        addAction(QStringLiteral("ST-02"), QStringLiteral("Health"), d(2024, 10, 31),
                  ActionStatus::ImpactEvidenced, d(2024, 10, 20));
        addAction(QStringLiteral("ST-03"), QStringLiteral("police"), d(2024, 12, 31));
        addAction(QStringLiteral("ST-03"), QStringLiteral("health"), d(2025, 12, 31),
                  ActionStatus::InProgress);
        addAction(QStringLiteral("ST-04"), QStringLiteral("Health"), d(2025, 3, 31));
        addAction(QStringLiteral("ST-05"), QStringLiteral("Police"), d(2025, 6, 30));
        const RecordId a7 =
            addAction(QStringLiteral("ST-06"), QStringLiteral("Health"), d(2025, 3, 31));
        REQUIRE(ActionService(*workspace).completeAction(a7, d(2025, 6, 10)).ok());
    }

    Statistics stats(std::optional<QDate> from, std::optional<QDate> to, const QDate& asOf)
    {
        auto snapshot = RegisterSnapshot::load(*workspace, asOf);
        REQUIRE(snapshot.ok());
        Period period;
        period.from = from;
        period.to = to;
        return statisticsFor(*snapshot, period);
    }
};

QJsonObject parse(const char* text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(document.isObject());
    return document.object();
}

std::string compact(const QJsonValue& value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact).toStdString();
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact).toStdString();
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).toStdString();
}

// Key by key, so a failure names the figure that differs.
void requireJson(const QJsonObject& actual, const char* expectedText)
{
    const QJsonObject expected = parse(expectedText);
    CHECK(actual.keys() == expected.keys());
    for (const QString& key : expected.keys()) {
        INFO("key " << key.toStdString());
        CHECK(compact(actual.value(key)) == compact(expected.value(key)));
    }
}

QStringList keysOf(const QMap<QString, int>& map)
{
    return map.keys();
}

} // namespace

TEST_CASE("whole register as of Thu 15 May 2025: every figure", "[stats]")
{
    StatsFixture fixture;
    const Statistics s = fixture.stats(std::nullopt, std::nullopt, kAsOf);

    // All eleven cases were aware by 15 May 2025.
    CHECK(s.cases == 11);

    // Notifications made by 15 May: all but ST-08 (never) and ST-10 (dated 20 May,
    // after the as-of date). Late: ST-02 (9 Jan > 8 Jan) and ST-07 (8 Jul > 5 Jul).
    CHECK(s.notifications.done == 9);
    CHECK(s.notifications.onTime == 7);
    CHECK(s.notifications.caseRefs == QStringList{"ST-01", "ST-02", "ST-03", "ST-04", "ST-05",
                                                  "ST-06", "ST-07", "ST-09", "ST-11"});
    CHECK(s.notifications.lateCaseRefs == QStringList{"ST-02", "ST-07"});

    // Rapid reviews completed by 15 May: ST-01,02,03,04,05,07,09 (ST-06 never,
    // ST-11 on 29 May). Late: ST-02, ST-04, ST-09.
    CHECK(s.rapidReviews.done == 7);
    CHECK(s.rapidReviews.onTime == 4);
    CHECK(s.rapidReviews.lateCaseRefs == QStringList{"ST-02", "ST-04", "ST-09"});
    // WD to sending, sorted: 12, 14, 15, 15, 17, 19, 19 -> the 4th: 15.
    REQUIRE(s.rapidReviewMedianWorkingDays.has_value());
    CHECK(*s.rapidReviewMedianWorkingDays == 15.0);

    // LCSPRs decided by 15 May: ST-02,03,04,05,09 (ST-11 decided 10 Jun 2025).
    // Published: ST-02 (on time), ST-03 (late), ST-04 (on time after its extension).
    // Open: ST-05 (past due: its extension was agreed after 15 May), ST-09 (not yet due).
    CHECK(s.lcsprsDecided == 5);
    CHECK(s.lcsprsPublished == 3);
    CHECK(s.lcsprsPublishedOnTime == 2);
    CHECK(s.lcsprsOpen == 2);

    // Actions: A1 complete, A2 impact-evidenced (both closed before 15 May);
    // A7's completion (10 Jun) has not happened yet. Overdue (open, due before
    // 15 May): A3 Police 31 Dec 2024, A5 Health 31 Mar 2025, A7 Health 31 Mar 2025.
    CHECK(s.actions == 7);
    CHECK(s.actionsComplete == 2);
    CHECK(s.actionsOverdue == 3);
    CHECK(s.actionsByStatus ==
          QMap<QString, int>{
              {"complete", 1}, {"impact-evidenced", 1}, {"open", 3}, {"in-progress", 2}});
    // "police" and "health" in the owner names are the same agencies, first spelling kept.
    CHECK(s.overdueActionsByAgency == QMap<QString, int>{{"Police", 1}, {"Health", 2}});

    // Calendar quarters of the aware date, from 2023-Q4 (ST-01) to 2025-Q2 (ST-11),
    // including 2024-Q3 (only ST-08, nothing done) and the empty 2024-Q4.
    REQUIRE(s.byQuarter.size() == 7);
    QStringList labels;
    for (const QuarterFigures& quarter : s.byQuarter)
        labels << quarter.label();
    CHECK(labels ==
          QStringList{"2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"});
    // 2024-Q1 holds ST-02, ST-03 and ST-04 (aware Sun 31 Mar); ST-05 (Mon 1 Apr) is Q2.
    CHECK(s.byQuarter[1].notifications.done == 3);
    CHECK(s.byQuarter[1].notifications.onTime == 2);
    CHECK(s.byQuarter[1].notifications.lateCaseRefs == QStringList{"ST-02"});
    CHECK(s.byQuarter[1].rapidReviews.done == 3);
    CHECK(s.byQuarter[1].rapidReviews.onTime == 1);
    CHECK(s.byQuarter[1].rapidReviews.lateCaseRefs == QStringList{"ST-02", "ST-04"});
    // 2024-Q2: ST-05, ST-06, ST-07 (aware Sun 30 Jun).
    CHECK(s.byQuarter[2].notifications.caseRefs == QStringList{"ST-05", "ST-06", "ST-07"});
    CHECK(s.byQuarter[2].notifications.lateCaseRefs == QStringList{"ST-07"});
    CHECK(s.byQuarter[2].rapidReviews.caseRefs == QStringList{"ST-05", "ST-07"});
    CHECK(s.byQuarter[3].notifications.done == 0);
    CHECK(s.byQuarter[4].year == 2024);
    CHECK(s.byQuarter[4].quarter == 4);
    CHECK(s.byQuarter[4].notifications.done == 0);
    // 2025-Q1: ST-09 (notified on time, rapid review late) and ST-10 (not notified by 15 May).
    CHECK(s.byQuarter[5].notifications.caseRefs == QStringList{"ST-09"});
    CHECK(s.byQuarter[5].rapidReviews.lateCaseRefs == QStringList{"ST-09"});
    // 2025-Q2: ST-11 notified on time, rapid review still open on 15 May.
    CHECK(s.byQuarter[6].notifications.onTime == 1);
    CHECK(s.byQuarter[6].rapidReviews.done == 0);

    CHECK(s.byStage == QMap<QString, int>{{"closed", 1},
                                          {"published", 3},
                                          {"lcspr", 2},
                                          {"rapid-review", 2},
                                          {"learning", 1},
                                          {"notification", 2}});
    // Themes are stored in one form: "Domestic Abuse" as typed is the standard
    // "domestic-abuse", "Sudden unexpected death in infancy" is "sudi".
    CHECK(s.byTheme == QMap<QString, int>{{"neglect", 5},
                                          {"domestic-abuse", 3},
                                          {"online-harm", 2},
                                          {"substance-misuse", 2},
                                          {"sudi", 1}});

    REQUIRE(s.lcsprDurations.size() == 5);
    const LcsprDuration& st02 = s.lcsprDurations[0];
    CHECK(st02.caseRef == "ST-02");
    CHECK(st02.decided == d(2024, 2, 1));
    CHECK(st02.end == d(2024, 7, 25));
    CHECK(st02.due == d(2024, 8, 1));
    CHECK(st02.published);
    CHECK(st02.onTime);
    CHECK(st02.days == 175);       // 1 Feb -> 25 Jul 2024
    CHECK(st02.targetDays == 182); // 1 Feb -> 1 Aug 2024 (29 Feb included)
    const LcsprDuration& st03 = s.lcsprDurations[1];
    CHECK(st03.caseRef == "ST-03");
    CHECK(st03.due == d(2024, 9, 15));
    CHECK(st03.published);
    CHECK_FALSE(st03.onTime);
    CHECK(st03.days == 209);       // 15 Mar -> 10 Oct 2024
    CHECK(st03.targetDays == 184); // 15 Mar -> 15 Sep 2024
    const LcsprDuration& st04 = s.lcsprDurations[2];
    CHECK(st04.caseRef == "ST-04");
    CHECK(st04.due == d(2025, 1, 31)); // after the extension
    CHECK(st04.published);
    CHECK(st04.onTime);            // 20 Jan 2025 <= 31 Jan 2025
    CHECK(st04.days == 265);       // 30 Apr 2024 -> 20 Jan 2025
    CHECK(st04.targetDays == 183); // 30 Apr -> 30 Oct 2024 (before extensions)
    const LcsprDuration& st05 = s.lcsprDurations[3];
    CHECK(st05.caseRef == "ST-05");
    CHECK(st05.due == d(2024, 11, 30)); // 31 May + 6 months, clamped; extension not yet agreed
    CHECK_FALSE(st05.published);
    CHECK_FALSE(st05.onTime);
    CHECK(st05.end == kAsOf);
    CHECK(st05.days == 349);       // 31 May 2024 -> 15 May 2025
    CHECK(st05.targetDays == 183); // 31 May -> 30 Nov 2024
    const LcsprDuration& st09 = s.lcsprDurations[4];
    CHECK(st09.caseRef == "ST-09");
    CHECK(st09.due == d(2025, 8, 10));
    CHECK_FALSE(st09.published);
    CHECK(st09.end == kAsOf);
    CHECK(st09.days == 94);        // 10 Feb -> 15 May 2025
    CHECK(st09.targetDays == 181); // 10 Feb -> 10 Aug 2025

    // The same, as the CLI prints it.
    requireJson(toJson(s), R"({
    "cases": 11,
    "notifications": {"total": 9, "on_time": 7},
    "rapid_reviews": {"completed": 7, "on_time": 4, "median_working_days": 15},
    "lcsprs": {"decided": 5, "published": 3, "published_on_time": 2, "open": 2},
    "actions": {"total": 7, "complete": 2, "overdue": 3},
    "by_quarter": [
        {"quarter": "2023-Q4", "notifications": {"total": 1, "on_time": 1}, "rapid_reviews": {"completed": 1, "on_time": 1}},
        {"quarter": "2024-Q1", "notifications": {"total": 3, "on_time": 2}, "rapid_reviews": {"completed": 3, "on_time": 1}},
        {"quarter": "2024-Q2", "notifications": {"total": 3, "on_time": 2}, "rapid_reviews": {"completed": 2, "on_time": 2}},
        {"quarter": "2024-Q3", "notifications": {"total": 0, "on_time": 0}, "rapid_reviews": {"completed": 0, "on_time": 0}},
        {"quarter": "2024-Q4", "notifications": {"total": 0, "on_time": 0}, "rapid_reviews": {"completed": 0, "on_time": 0}},
        {"quarter": "2025-Q1", "notifications": {"total": 1, "on_time": 1}, "rapid_reviews": {"completed": 1, "on_time": 0}},
        {"quarter": "2025-Q2", "notifications": {"total": 1, "on_time": 1}, "rapid_reviews": {"completed": 0, "on_time": 0}}],
    "by_stage": {"closed": 1, "published": 3, "lcspr": 2, "rapid-review": 2, "learning": 1, "notification": 2},
    "by_theme": {"neglect": 5, "domestic-abuse": 3, "online-harm": 2, "substance-misuse": 2, "sudi": 1},
    "actions_by_status": {"complete": 1, "impact-evidenced": 1, "open": 3, "in-progress": 2},
    "overdue_actions_by_agency": {"Police": 1, "Health": 2},
    "lcspr_durations": [
        {"case": "ST-02", "decided": "2024-02-01", "end": "2024-07-25", "due": "2024-08-01", "published": true, "on_time": true, "days": 175, "target_days": 182},
        {"case": "ST-03", "decided": "2024-03-15", "end": "2024-10-10", "due": "2024-09-15", "published": true, "on_time": false, "days": 209, "target_days": 184},
        {"case": "ST-04", "decided": "2024-04-30", "end": "2025-01-20", "due": "2025-01-31", "published": true, "on_time": true, "days": 265, "target_days": 183},
        {"case": "ST-05", "decided": "2024-05-31", "end": "2025-05-15", "due": "2024-11-30", "published": false, "on_time": false, "days": 349, "target_days": 183},
        {"case": "ST-09", "decided": "2025-02-10", "end": "2025-05-15", "due": "2025-08-10", "published": false, "on_time": false, "days": 94, "target_days": 181}]})");
}

TEST_CASE("calendar Q1 2024: aware on 1 Jan and on 31 Mar in, 31 Dec and 1 Apr out", "[stats]")
{
    StatsFixture fixture;
    // Cohort: ST-02 (Mon 1 Jan, on --from), ST-03, ST-04 (Sun 31 Mar, on --to).
    // ST-01 (Sun 31 Dec 2023) and ST-05 (Mon 1 Apr) are one day outside.
    // Rapid reviews: 17 (late), 12, 19 (late) WD -> median 17.
    // Actions of ST-02..04: A1 complete, A2 impact-evidenced, A3 open overdue
    // (Police), A4 in progress (due Dec 2025), A5 open overdue (Health).
    const Statistics s = fixture.stats(d(2024, 1, 1), d(2024, 3, 31), kAsOf);
    CHECK(s.cases == 3);
    CHECK(s.notifications.caseRefs == QStringList{"ST-02", "ST-03", "ST-04"});
    requireJson(toJson(s), R"({
    "cases": 3,
    "notifications": {"total": 3, "on_time": 2},
    "rapid_reviews": {"completed": 3, "on_time": 1, "median_working_days": 17},
    "lcsprs": {"decided": 3, "published": 3, "published_on_time": 2, "open": 0},
    "actions": {"total": 5, "complete": 2, "overdue": 2},
    "by_quarter": [
        {"quarter": "2024-Q1", "notifications": {"total": 3, "on_time": 2}, "rapid_reviews": {"completed": 3, "on_time": 1}}],
    "by_stage": {"published": 3},
    "by_theme": {"neglect": 1, "domestic-abuse": 2, "online-harm": 1, "substance-misuse": 1},
    "actions_by_status": {"complete": 1, "impact-evidenced": 1, "open": 2, "in-progress": 1},
    "overdue_actions_by_agency": {"Police": 1, "Health": 1},
    "lcspr_durations": [
        {"case": "ST-02", "decided": "2024-02-01", "end": "2024-07-25", "due": "2024-08-01", "published": true, "on_time": true, "days": 175, "target_days": 182},
        {"case": "ST-03", "decided": "2024-03-15", "end": "2024-10-10", "due": "2024-09-15", "published": true, "on_time": false, "days": 209, "target_days": 184},
        {"case": "ST-04", "decided": "2024-04-30", "end": "2025-01-20", "due": "2025-01-31", "published": true, "on_time": true, "days": 265, "target_days": 183}]})");
}

TEST_CASE("financial year 2024/25: aware on 1 Apr 2024 and 31 Mar 2025 in, the day before and "
          "after out",
          "[stats]")
{
    StatsFixture fixture;
    // Cohort: ST-05 (Mon 1 Apr 2024, on --from) .. ST-10 (Mon 31 Mar 2025, on --to);
    // ST-04 (Sun 31 Mar 2024) and ST-11 (Tue 1 Apr 2025) are outside.

    SECTION("as of 15 May 2025")
    {
        // Notifications made: ST-05, 06, 07 (late), 09; ST-08 never, ST-10 on 20 May.
        // Rapid reviews: ST-05 14, ST-07 15, ST-09 19 (late) -> median 15.
        // LCSPRs: ST-05 open past its due 30 Nov 2024 (the extension is agreed on
        // 1 Jun 2025, after the as-of date), ST-09 open, due 10 Aug 2025.
        // Actions: A6 open, due 30 Jun 2025; A7 completed 10 Jun 2025, so on
        // 15 May not complete and overdue (due 31 Mar 2025), owner Health.
        const Statistics s = fixture.stats(kFy24From, kFy24To, kAsOf);
        CHECK(s.cases == 6);
        CHECK(s.notifications.caseRefs == QStringList{"ST-05", "ST-06", "ST-07", "ST-09"});
        CHECK(s.rapidReviews.caseRefs == QStringList{"ST-05", "ST-07", "ST-09"});
        requireJson(toJson(s), R"({
    "cases": 6,
    "notifications": {"total": 4, "on_time": 3},
    "rapid_reviews": {"completed": 3, "on_time": 2, "median_working_days": 15},
    "lcsprs": {"decided": 2, "published": 0, "published_on_time": 0, "open": 2},
    "actions": {"total": 2, "complete": 0, "overdue": 1},
    "by_quarter": [
        {"quarter": "2024-Q2", "notifications": {"total": 3, "on_time": 2}, "rapid_reviews": {"completed": 2, "on_time": 2}},
        {"quarter": "2024-Q3", "notifications": {"total": 0, "on_time": 0}, "rapid_reviews": {"completed": 0, "on_time": 0}},
        {"quarter": "2024-Q4", "notifications": {"total": 0, "on_time": 0}, "rapid_reviews": {"completed": 0, "on_time": 0}},
        {"quarter": "2025-Q1", "notifications": {"total": 1, "on_time": 1}, "rapid_reviews": {"completed": 1, "on_time": 0}}],
    "by_stage": {"lcspr": 2, "rapid-review": 1, "learning": 1, "notification": 2},
    "by_theme": {"neglect": 3, "sudi": 1, "online-harm": 1, "domestic-abuse": 1},
    "actions_by_status": {"open": 1, "in-progress": 1},
    "overdue_actions_by_agency": {"Health": 1},
    "lcspr_durations": [
        {"case": "ST-05", "decided": "2024-05-31", "end": "2025-05-15", "due": "2024-11-30", "published": false, "on_time": false, "days": 349, "target_days": 183},
        {"case": "ST-09", "decided": "2025-02-10", "end": "2025-05-15", "due": "2025-08-10", "published": false, "on_time": false, "days": 94, "target_days": 181}]})");
    }

    SECTION("as of 30 Jun 2025: the later events have happened")
    {
        // ST-10's notification (20 May, due 7 Apr) now counts, late. ST-05's
        // extension (agreed 1 Jun) moves its due date to 29 Aug 2025: open, not
        // overdue. A7 is complete (10 Jun). A6 is due on 30 Jun itself: not overdue.
        // ST-10 is now at the rapid-review stage (notified, no rapid review).
        const Statistics s = fixture.stats(kFy24From, kFy24To, kLate);
        CHECK(s.notifications.lateCaseRefs == QStringList{"ST-07", "ST-10"});
        requireJson(toJson(s), R"({
    "cases": 6,
    "notifications": {"total": 5, "on_time": 3},
    "rapid_reviews": {"completed": 3, "on_time": 2, "median_working_days": 15},
    "lcsprs": {"decided": 2, "published": 0, "published_on_time": 0, "open": 2},
    "actions": {"total": 2, "complete": 1, "overdue": 0},
    "by_quarter": [
        {"quarter": "2024-Q2", "notifications": {"total": 3, "on_time": 2}, "rapid_reviews": {"completed": 2, "on_time": 2}},
        {"quarter": "2024-Q3", "notifications": {"total": 0, "on_time": 0}, "rapid_reviews": {"completed": 0, "on_time": 0}},
        {"quarter": "2024-Q4", "notifications": {"total": 0, "on_time": 0}, "rapid_reviews": {"completed": 0, "on_time": 0}},
        {"quarter": "2025-Q1", "notifications": {"total": 2, "on_time": 1}, "rapid_reviews": {"completed": 1, "on_time": 0}}],
    "by_stage": {"lcspr": 2, "rapid-review": 2, "learning": 1, "notification": 1},
    "by_theme": {"neglect": 3, "sudi": 1, "online-harm": 1, "domestic-abuse": 1},
    "actions_by_status": {"open": 1, "complete": 1},
    "overdue_actions_by_agency": {},
    "lcspr_durations": [
        {"case": "ST-05", "decided": "2024-05-31", "end": "2025-06-30", "due": "2025-08-29", "published": false, "on_time": false, "days": 395, "target_days": 183},
        {"case": "ST-09", "decided": "2025-02-10", "end": "2025-06-30", "due": "2025-08-10", "published": false, "on_time": false, "days": 140, "target_days": 181}]})");
    }
}

TEST_CASE("first half of 2024 spans the financial-year and quarter boundary", "[stats]")
{
    StatsFixture fixture;
    // ST-02 .. ST-07: aware Mon 1 Jan (on --from) to Sun 30 Jun (on --to);
    // ST-08 (Mon 1 Jul) is one day after. Sun 31 Mar is Q1, Mon 1 Apr Q2.
    // Rapid reviews: 17, 12, 19, 14, 15 -> sorted 12, 14, 15, 17, 19 -> 15.
    const Statistics s = fixture.stats(d(2024, 1, 1), d(2024, 6, 30), kAsOf);
    CHECK(s.byQuarter[0].notifications.caseRefs == QStringList{"ST-02", "ST-03", "ST-04"});
    CHECK(s.byQuarter[1].notifications.caseRefs == QStringList{"ST-05", "ST-06", "ST-07"});
    requireJson(toJson(s), R"({
    "cases": 6,
    "notifications": {"total": 6, "on_time": 4},
    "rapid_reviews": {"completed": 5, "on_time": 3, "median_working_days": 15},
    "lcsprs": {"decided": 4, "published": 3, "published_on_time": 2, "open": 1},
    "actions": {"total": 7, "complete": 2, "overdue": 3},
    "by_quarter": [
        {"quarter": "2024-Q1", "notifications": {"total": 3, "on_time": 2}, "rapid_reviews": {"completed": 3, "on_time": 1}},
        {"quarter": "2024-Q2", "notifications": {"total": 3, "on_time": 2}, "rapid_reviews": {"completed": 2, "on_time": 2}}],
    "by_stage": {"published": 3, "lcspr": 1, "rapid-review": 1, "learning": 1},
    "by_theme": {"neglect": 3, "domestic-abuse": 2, "online-harm": 2, "substance-misuse": 1, "sudi": 1},
    "actions_by_status": {"complete": 1, "impact-evidenced": 1, "open": 3, "in-progress": 2},
    "overdue_actions_by_agency": {"Police": 1, "Health": 2},
    "lcspr_durations": [
        {"case": "ST-02", "decided": "2024-02-01", "end": "2024-07-25", "due": "2024-08-01", "published": true, "on_time": true, "days": 175, "target_days": 182},
        {"case": "ST-03", "decided": "2024-03-15", "end": "2024-10-10", "due": "2024-09-15", "published": true, "on_time": false, "days": 209, "target_days": 184},
        {"case": "ST-04", "decided": "2024-04-30", "end": "2025-01-20", "due": "2025-01-31", "published": true, "on_time": true, "days": 265, "target_days": 183},
        {"case": "ST-05", "decided": "2024-05-31", "end": "2025-05-15", "due": "2024-11-30", "published": false, "on_time": false, "days": 349, "target_days": 183}]})");
}

TEST_CASE("as of Mon 30 Sep 2024, later events have not happened", "[stats]")
{
    StatsFixture fixture;
    // ST-09, ST-10, ST-11 are not aware yet: not in the cohort, even with no period.
    // LCSPRs: ST-02 published; ST-03 open (due 15 Sep, published 10 Oct: later);
    // ST-04 open, due 30 Oct (its extension is agreed on 1 Oct); ST-05 open.
    // Stage: ST-03 and ST-04 are "lcspr", not yet "published".
    // Actions: A1 complete (15 Sep). A2 (closed 20 Oct) and A7 (closed 10 Jun 2025)
    // are not closed yet, reported in progress, like A4. None due before 30 Sep
    // (A1 is due on 30 Sep but done).
    // Rapid reviews: 15, 17, 12, 19, 14, 15 -> 12, 14, 15, 15, 17, 19 -> (15 + 15) / 2.
    const Statistics s = fixture.stats(std::nullopt, std::nullopt, kEarly);
    CHECK(s.cases == 8);
    CHECK(s.rapidReviewMedianWorkingDays == std::optional<double>(15.0));
    requireJson(toJson(s), R"({
    "cases": 8,
    "notifications": {"total": 7, "on_time": 5},
    "rapid_reviews": {"completed": 6, "on_time": 4, "median_working_days": 15},
    "lcsprs": {"decided": 4, "published": 1, "published_on_time": 1, "open": 3},
    "actions": {"total": 7, "complete": 1, "overdue": 0},
    "by_quarter": [
        {"quarter": "2023-Q4", "notifications": {"total": 1, "on_time": 1}, "rapid_reviews": {"completed": 1, "on_time": 1}},
        {"quarter": "2024-Q1", "notifications": {"total": 3, "on_time": 2}, "rapid_reviews": {"completed": 3, "on_time": 1}},
        {"quarter": "2024-Q2", "notifications": {"total": 3, "on_time": 2}, "rapid_reviews": {"completed": 2, "on_time": 2}},
        {"quarter": "2024-Q3", "notifications": {"total": 0, "on_time": 0}, "rapid_reviews": {"completed": 0, "on_time": 0}}],
    "by_stage": {"closed": 1, "published": 1, "lcspr": 3, "rapid-review": 1, "learning": 1, "notification": 1},
    "by_theme": {"neglect": 4, "domestic-abuse": 2, "online-harm": 2, "substance-misuse": 1, "sudi": 1},
    "actions_by_status": {"complete": 1, "in-progress": 3, "open": 3},
    "overdue_actions_by_agency": {},
    "lcspr_durations": [
        {"case": "ST-02", "decided": "2024-02-01", "end": "2024-07-25", "due": "2024-08-01", "published": true, "on_time": true, "days": 175, "target_days": 182},
        {"case": "ST-03", "decided": "2024-03-15", "end": "2024-09-30", "due": "2024-09-15", "published": false, "on_time": false, "days": 199, "target_days": 184},
        {"case": "ST-04", "decided": "2024-04-30", "end": "2024-09-30", "due": "2024-10-30", "published": false, "on_time": false, "days": 153, "target_days": 183},
        {"case": "ST-05", "decided": "2024-05-31", "end": "2024-09-30", "due": "2024-11-30", "published": false, "on_time": false, "days": 122, "target_days": 183}]})");
}

TEST_CASE("as of Mon 30 Jun 2025, every recorded event counts", "[stats]")
{
    StatsFixture fixture;

    SECTION("whole register: an even number of rapid reviews")
    {
        // ST-11's rapid review (29 May, 38 WD, late) and LCSPR decision (10 Jun,
        // due 10 Dec 2025) now count. Rapid reviews sorted:
        // 12, 14, 15, 15, 17, 19, 19, 38 -> (15 + 17) / 2 = 16.
        // Overdue actions: A3 (Police, 31 Dec 2024) and A5 (Health, 31 Mar 2025).
        const Statistics s = fixture.stats(std::nullopt, std::nullopt, kLate);
        CHECK(s.rapidReviewMedianWorkingDays == std::optional<double>(16.0));
        requireJson(toJson(s), R"({
    "cases": 11,
    "notifications": {"total": 10, "on_time": 7},
    "rapid_reviews": {"completed": 8, "on_time": 4, "median_working_days": 16},
    "lcsprs": {"decided": 6, "published": 3, "published_on_time": 2, "open": 3},
    "actions": {"total": 7, "complete": 3, "overdue": 2},
    "by_quarter": [
        {"quarter": "2023-Q4", "notifications": {"total": 1, "on_time": 1}, "rapid_reviews": {"completed": 1, "on_time": 1}},
        {"quarter": "2024-Q1", "notifications": {"total": 3, "on_time": 2}, "rapid_reviews": {"completed": 3, "on_time": 1}},
        {"quarter": "2024-Q2", "notifications": {"total": 3, "on_time": 2}, "rapid_reviews": {"completed": 2, "on_time": 2}},
        {"quarter": "2024-Q3", "notifications": {"total": 0, "on_time": 0}, "rapid_reviews": {"completed": 0, "on_time": 0}},
        {"quarter": "2024-Q4", "notifications": {"total": 0, "on_time": 0}, "rapid_reviews": {"completed": 0, "on_time": 0}},
        {"quarter": "2025-Q1", "notifications": {"total": 2, "on_time": 1}, "rapid_reviews": {"completed": 1, "on_time": 0}},
        {"quarter": "2025-Q2", "notifications": {"total": 1, "on_time": 1}, "rapid_reviews": {"completed": 1, "on_time": 0}}],
    "by_stage": {"closed": 1, "published": 3, "lcspr": 3, "rapid-review": 2, "learning": 1, "notification": 1},
    "by_theme": {"neglect": 5, "domestic-abuse": 3, "online-harm": 2, "substance-misuse": 2, "sudi": 1},
    "actions_by_status": {"complete": 2, "impact-evidenced": 1, "open": 3, "in-progress": 1},
    "overdue_actions_by_agency": {"Police": 1, "Health": 1},
    "lcspr_durations": [
        {"case": "ST-02", "decided": "2024-02-01", "end": "2024-07-25", "due": "2024-08-01", "published": true, "on_time": true, "days": 175, "target_days": 182},
        {"case": "ST-03", "decided": "2024-03-15", "end": "2024-10-10", "due": "2024-09-15", "published": true, "on_time": false, "days": 209, "target_days": 184},
        {"case": "ST-04", "decided": "2024-04-30", "end": "2025-01-20", "due": "2025-01-31", "published": true, "on_time": true, "days": 265, "target_days": 183},
        {"case": "ST-05", "decided": "2024-05-31", "end": "2025-06-30", "due": "2025-08-29", "published": false, "on_time": false, "days": 395, "target_days": 183},
        {"case": "ST-09", "decided": "2025-02-10", "end": "2025-06-30", "due": "2025-08-10", "published": false, "on_time": false, "days": 140, "target_days": 181},
        {"case": "ST-11", "decided": "2025-06-10", "end": "2025-06-30", "due": "2025-12-10", "published": false, "on_time": false, "days": 20, "target_days": 183}]})");
    }

    SECTION("from 1 Jul 2024, no end: a half-day median")
    {
        // ST-08 .. ST-11. Rapid reviews: ST-09 19, ST-11 38 -> 28.5.
        // By quarter from 2024-Q3 (ST-08) to 2025-Q2 (ST-11), empty 2024-Q4 kept.
        const Statistics s = fixture.stats(d(2024, 7, 1), std::nullopt, kLate);
        CHECK(s.rapidReviewMedianWorkingDays == std::optional<double>(28.5));
        CHECK(keysOf(s.byStage) == QStringList{"lcspr", "notification", "rapid-review"});
        requireJson(toJson(s), R"({
    "cases": 4,
    "notifications": {"total": 3, "on_time": 2},
    "rapid_reviews": {"completed": 2, "on_time": 0, "median_working_days": 28.5},
    "lcsprs": {"decided": 2, "published": 0, "published_on_time": 0, "open": 2},
    "actions": {"total": 0, "complete": 0, "overdue": 0},
    "by_quarter": [
        {"quarter": "2024-Q3", "notifications": {"total": 0, "on_time": 0}, "rapid_reviews": {"completed": 0, "on_time": 0}},
        {"quarter": "2024-Q4", "notifications": {"total": 0, "on_time": 0}, "rapid_reviews": {"completed": 0, "on_time": 0}},
        {"quarter": "2025-Q1", "notifications": {"total": 2, "on_time": 1}, "rapid_reviews": {"completed": 1, "on_time": 0}},
        {"quarter": "2025-Q2", "notifications": {"total": 1, "on_time": 1}, "rapid_reviews": {"completed": 1, "on_time": 0}}],
    "by_stage": {"notification": 1, "lcspr": 2, "rapid-review": 1},
    "by_theme": {"domestic-abuse": 1, "neglect": 1, "substance-misuse": 1},
    "actions_by_status": {},
    "overdue_actions_by_agency": {},
    "lcspr_durations": [
        {"case": "ST-09", "decided": "2025-02-10", "end": "2025-06-30", "due": "2025-08-10", "published": false, "on_time": false, "days": 140, "target_days": 181},
        {"case": "ST-11", "decided": "2025-06-10", "end": "2025-06-30", "due": "2025-12-10", "published": false, "on_time": false, "days": 20, "target_days": 183}]})");
    }
}

TEST_CASE("a one-day period and an empty one", "[stats]")
{
    StatsFixture fixture;

    SECTION("only ST-08, never notified: its quarter is listed with zeros")
    {
        const Statistics s = fixture.stats(d(2024, 7, 1), d(2024, 7, 1), kAsOf);
        CHECK(s.rapidReviewMedianWorkingDays == std::nullopt);
        requireJson(toJson(s), R"({
    "cases": 1,
    "notifications": {"total": 0, "on_time": 0},
    "rapid_reviews": {"completed": 0, "on_time": 0, "median_working_days": null},
    "lcsprs": {"decided": 0, "published": 0, "published_on_time": 0, "open": 0},
    "actions": {"total": 0, "complete": 0, "overdue": 0},
    "by_quarter": [
        {"quarter": "2024-Q3", "notifications": {"total": 0, "on_time": 0}, "rapid_reviews": {"completed": 0, "on_time": 0}}],
    "by_stage": {"notification": 1},
    "by_theme": {},
    "actions_by_status": {},
    "overdue_actions_by_agency": {},
    "lcspr_durations": []})");
    }

    SECTION("after the last aware date: nothing at all")
    {
        const Statistics s = fixture.stats(d(2025, 4, 2), std::nullopt, kAsOf);
        requireJson(toJson(s), R"({
    "cases": 0,
    "notifications": {"total": 0, "on_time": 0},
    "rapid_reviews": {"completed": 0, "on_time": 0, "median_working_days": null},
    "lcsprs": {"decided": 0, "published": 0, "published_on_time": 0, "open": 0},
    "actions": {"total": 0, "complete": 0, "overdue": 0},
    "by_quarter": [],
    "by_stage": {},
    "by_theme": {},
    "actions_by_status": {},
    "overdue_actions_by_agency": {},
    "lcspr_durations": []})");
    }

    SECTION("a period entirely after the as-of date")
    {
        // ST-09..ST-11 are aware in 2025, after 30 Sep 2024: they do not exist yet.
        const Statistics s = fixture.stats(d(2025, 1, 1), std::nullopt, kEarly);
        CHECK(s.cases == 0);
        CHECK(s.byQuarter.isEmpty());
        CHECK(s.lcsprDurations.isEmpty());
    }
}
