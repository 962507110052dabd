// The timeline's layout model: positions of marks for known dates and zoom,
// the items of a known case, the portfolio's rows, hit testing. No painting.
#include "catch.h"
#include "qtprinters.h"
#include "services/actionservice.h"
#include "services/caseservice.h"
#include "services/registersnapshot.h"
#include "services/reviewservice.h"
#include "tempdir.h"
#include "testdate.h"
#include "timeline/timelinelayout.h"

#include <memory>

using namespace reviewdesk;
using namespace reviewdesk::testing;

namespace {

using reviewdesk::testing::d;

using Kind = TimelineItem::Kind;

const QDate kToday = d(2024, 6, 1);
const QString kLcsprRef = QStringLiteral("TL-2023-001");

Case draftCase(const QString& ref, const QDate& aware)
{
    Case kase;
    kase.ref = ref;
    kase.childId = QStringLiteral("A.B.");
    kase.incident = aware.addDays(-2);
    kase.aware = aware;
    return kase;
}

// A register on a temporary file:
//  TL-2023-001 aware Wed 20 Dec 2023, notified Fri 22 Dec (due Fri 29 Dec: met),
//    rapid review complete Fri 12 Jan 2024 (due Mon 15 Jan: met), LCSPR decided
//    Fri 2 Feb 2024 (due Fri 2 Aug) extended to Wed 2 Oct 2024 on 20 May;
//    submission due Mon 23 Sep 2024; an action due Wed 15 May 2024, open (overdue).
//  TL-2024-002 aware Mon 20 May 2024, not notified (due Tue 28 May: overdue).
//  TL-2024-003 aware Wed 29 May 2024, notified Thu 30 May (rapid review due Wed 19 Jun).
//  TL-2024-004 aware Mon 15 Apr 2024, closed.
//  TL-2022-005 aware Mon 10 Jan 2022, every deadline met.
struct TimelineFixture
{
    TempDir dir;
    std::unique_ptr<Workspace> workspace;
    std::optional<RegisterSnapshot> snapshot;

    TimelineFixture()
    {
        auto opened =
            Workspace::open(dir.path(QStringLiteral("register.rdk")), QStringLiteral("tester"));
        REQUIRE(opened.ok());
        workspace = std::move(*opened);
        CaseService cases(*workspace);
        ReviewService reviews(*workspace);

        Case lcspr = draftCase(kLcsprRef, d(2023, 12, 20));
        lcspr.notified = d(2023, 12, 22);
        REQUIRE(cases.addCase(lcspr).ok());
        RapidReview rapid;
        rapid.started = d(2023, 12, 21);
        rapid.completed = d(2024, 1, 12);
        rapid.sent = d(2024, 1, 15);
        rapid.decision = RapidReviewDecision::Lcspr;
        REQUIRE(reviews.saveRapidReview(kLcsprRef, rapid).ok());
        PracticeReview practice;
        practice.decided = d(2024, 2, 2);
        REQUIRE(reviews.savePracticeReview(kLcsprRef, practice).ok());
        Extension extension;
        extension.newDue = d(2024, 10, 2);
        extension.reason = QStringLiteral("criminal trial");
        extension.agreedBy = QStringLiteral("Panel chair");
        extension.agreedOn = d(2024, 5, 20);
        REQUIRE(reviews.extend(kLcsprRef, extension).ok());
        Action action;
        action.recommendation = QStringLiteral("Audit neglect referrals");
        action.ownerAgency = QStringLiteral("Children's services");
        action.due = d(2024, 5, 15);
        REQUIRE(ActionService(*workspace).addAction(kLcsprRef, action).ok());

        REQUIRE(cases.addCase(draftCase(QStringLiteral("TL-2024-002"), d(2024, 5, 20))).ok());
        Case rapidStage = draftCase(QStringLiteral("TL-2024-003"), d(2024, 5, 29));
        rapidStage.notified = d(2024, 5, 30);
        REQUIRE(cases.addCase(rapidStage).ok());
        Case closed = draftCase(QStringLiteral("TL-2024-004"), d(2024, 4, 15));
        closed.status = CaseStatus::Closed;
        REQUIRE(cases.addCase(closed).ok());

        Case done = draftCase(QStringLiteral("TL-2022-005"), d(2022, 1, 10));
        done.notified = d(2022, 1, 11);
        REQUIRE(cases.addCase(done).ok());
        RapidReview doneRapid;
        doneRapid.started = d(2022, 1, 11);
        doneRapid.completed = d(2022, 1, 20);
        doneRapid.sent = d(2022, 1, 20);
        doneRapid.decision = RapidReviewDecision::NoLcspr;
        REQUIRE(reviews.saveRapidReview(QStringLiteral("TL-2022-005"), doneRapid).ok());

        auto loaded = RegisterSnapshot::load(*workspace, kToday);
        REQUIRE(loaded.ok());
        snapshot = std::move(*loaded);
    }

    const CaseEntry& entry(const QString& ref) const
    {
        for (const CaseEntry& candidate : snapshot->entries())
            if (candidate.file.kase.ref == ref)
                return candidate;
        FAIL("no case " << ref.toStdString());
        return snapshot->entries().first();
    }

    // The case's milestones, which the snapshot does not hold.
    QList<Milestone> milestones(const QString& ref) const
    {
        auto milestones = workspace->milestonesOf(entry(ref).file.kase.id);
        REQUIRE(milestones.ok());
        return *milestones;
    }

    QStringList refs(const QList<const CaseEntry*>& rows) const
    {
        QStringList result;
        for (const CaseEntry* row : rows)
            result << row->file.kase.ref;
        return result;
    }
};

QList<const TimelineItem*> itemsIn(const TimelineLayout& layout, int row)
{
    QList<const TimelineItem*> result;
    for (const TimelineItem& item : layout.items)
        if (item.row == row)
            result << &item;
    return result;
}

const TimelineItem* find(const TimelineLayout& layout, int row, Kind kind)
{
    for (const TimelineItem& item : layout.items)
        if (item.row == row && item.kind == kind)
            return &item;
    return nullptr;
}

const TimelineScale kScale{d(2023, 12, 1), 4.0};
constexpr double kRow = 25.0;

} // namespace

TEST_CASE("A timeline scale maps dates to x at a number of pixels per day and back")
{
    const TimelineScale scale{d(2024, 1, 1), 4.0};
    CHECK(scale.x(d(2024, 1, 15)) == 56.0);
    CHECK(scale.x(d(2024, 1, 1)) == 0.0);
    CHECK(scale.x(d(2023, 12, 25)) == -28.0);
    CHECK(scale.x(d(2025, 1, 1)) == 366 * 4.0); // 2024 is a leap year
    CHECK(scale.dateAt(56.0) == d(2024, 1, 15));
    CHECK(scale.dateAt(59.9) == d(2024, 1, 15));
    CHECK(scale.dateAt(60.0) == d(2024, 1, 16));
    CHECK(scale.dateAt(-0.5) == d(2023, 12, 31));

    const TimelineScale years{d(2024, 1, 1), 0.6};
    CHECK(years.x(d(2024, 1, 11)) == Approx(6.0));
}

TEST_CASE("Zoom presets run from weeks to years, finest first")
{
    const auto& presets = zoomPresets();
    REQUIRE(presets.size() == 4);
    CHECK(presets[0].name == QStringLiteral("Weeks"));
    CHECK(presets[3].name == QStringLiteral("Years"));
    for (int i = 1; i < presets.size(); ++i)
        CHECK(presets[i].pixelsPerDay < presets[i - 1].pixelsPerDay);
    CHECK(presets.first().pixelsPerDay <= kMaxPixelsPerDay);
    CHECK(presets.last().pixelsPerDay >= kMinPixelsPerDay);
    CHECK(nearestZoomPreset(24.0) == 0);
    CHECK(nearestZoomPreset(5.0) == 1);
    CHECK(nearestZoomPreset(0.3) == 3);
}

TEST_CASE("A case timeline has a row per lane: events, clocks, milestones, actions")
{
    TimelineFixture fixture;
    const TimelineLayout layout =
        layoutCase(fixture.entry(kLcsprRef), fixture.milestones(kLcsprRef), kScale, kRow,
                   fixture.snapshot->engine());

    REQUIRE(layout.rowCount() == 20);
    CHECK(layout.rowLabels[0] == QStringLiteral("Events"));
    CHECK(layout.rowLabels[1] == QStringLiteral("Notification"));
    CHECK(layout.rowLabels[2] == QStringLiteral("Rapid review"));
    CHECK(layout.rowLabels[3].trimmed() == QStringLiteral("Letters to agencies"));
    CHECK(layout.rowLabels[6].trimmed() == QStringLiteral("Sign-off by the three partners"));
    CHECK(layout.rowLabels[7] == QStringLiteral("LCSPR publication"));
    CHECK(layout.rowLabels[8].trimmed() == QStringLiteral("Scoping and terms of reference"));
    CHECK(layout.rowLabels[17].trimmed() == QStringLiteral("Publication"));
    CHECK(layout.rowLabels[18] == QStringLiteral("Report to national Panel"));
    CHECK(layout.rowLabels[19] ==
          QStringLiteral("Action: Children's services: Audit neglect referrals"));
    CHECK(layout.rowCaseRefs == QStringList(20, kLcsprRef));
    CHECK(layout.todayX == 732.0); // 1 Jun 2024 is 183 days after 1 Dec 2023
    CHECK(layout.rowHeight == kRow);

    SECTION("the events row: incident, awareness, notification, rapid review, decision")
    {
        QStringList labels;
        QList<QDate> dates;
        QList<double> xs;
        for (const TimelineItem* item : itemsIn(layout, 0)) {
            CHECK(item->kind == Kind::Event);
            CHECK_FALSE(item->status.has_value());
            labels << item->label;
            dates << item->start;
            xs << item->rect.center().x();
        }
        CHECK(labels == QStringList{QStringLiteral("Incident"), QStringLiteral("LA aware"),
                                    QStringLiteral("Notified"), QStringLiteral("RR complete"),
                                    QStringLiteral("RR sent"), QStringLiteral("LCSPR decided")});
        CHECK(dates == QList<QDate>{d(2023, 12, 18), d(2023, 12, 20), d(2023, 12, 22),
                                    d(2024, 1, 12), d(2024, 1, 15), d(2024, 2, 2)});
        CHECK(xs == QList<double>{68.0, 76.0, 84.0, 168.0, 180.0, 252.0});
        CHECK(itemsIn(layout, 0)[3]->tooltip() ==
              QStringLiteral("RR complete: Fri 12 Jan 2024\nDecision: LCSPR"));
    }

    SECTION("the notification clock: a bar from awareness to notification, met")
    {
        const TimelineItem* bar = find(layout, 1, Kind::Bar);
        REQUIRE(bar);
        CHECK(bar->start == d(2023, 12, 20));
        CHECK(bar->end == d(2023, 12, 22));
        CHECK(bar->status == DeadlineStatus::Met);
        CHECK(bar->rect == QRectF(76, 32, 8, 11));
        const TimelineItem* marker = find(layout, 1, Kind::DeadlineMarker);
        REQUIRE(marker);
        CHECK(marker->start == d(2023, 12, 29));
        CHECK(marker->status == DeadlineStatus::Met);
        CHECK(marker->rect == QRectF(105, 30.5, 14, 14));
        CHECK(marker->label == QStringLiteral("Met"));
        CHECK(marker->tooltip() == QStringLiteral("Notification — Met\n"
                                                  "Clock started Wed 20 Dec 2023\n"
                                                  "Due Fri 29 Dec 2023 (5 working days after the "
                                                  "start)\n"
                                                  "Met: done Fri 22 Dec 2023"));
        const TimelineItem* done = find(layout, 1, Kind::Event);
        REQUIRE(done);
        CHECK(done->start == d(2023, 12, 22));
    }

    SECTION("the rapid review clock runs from awareness until it is sent, on its due date")
    {
        const TimelineItem* bar = find(layout, 2, Kind::Bar);
        REQUIRE(bar);
        CHECK(bar->rect == QRectF(76, 57, 104, 11));
        CHECK(bar->status == DeadlineStatus::Met);
        CHECK(find(layout, 2, Kind::DeadlineMarker)->start == d(2024, 1, 15));
    }

    SECTION("the open LCSPR clock runs to today; its extension is an arrow from old to new due")
    {
        const TimelineItem* bar = find(layout, 7, Kind::Bar);
        REQUIRE(bar);
        CHECK(bar->start == d(2024, 2, 2));
        CHECK(bar->end == kToday);
        CHECK(bar->rect == QRectF(252, 7 * kRow + 7, 480, 11));
        CHECK(bar->status == DeadlineStatus::Due);
        const TimelineItem* extension = find(layout, 7, Kind::Extension);
        REQUIRE(extension);
        CHECK(extension->start == d(2024, 8, 2));
        CHECK(extension->end == d(2024, 10, 2));
        CHECK(extension->rect.left() == 980.0);
        CHECK(extension->rect.right() == 1224.0);
        CHECK(extension->tooltip().startsWith(
            QStringLiteral("Extension: due Fri 2 Aug 2024 → Wed 2 Oct 2024\n"
                           "Reason: criminal trial\n"
                           "Agreed by Panel chair on Mon 20 May 2024")));
        const TimelineItem* marker = find(layout, 7, Kind::DeadlineMarker);
        REQUIRE(marker);
        CHECK(marker->start == d(2024, 10, 2));
        CHECK(marker->rect.center().x() == 1224.0);
    }

    SECTION("milestones: a marker at each due date with its status")
    {
        const TimelineItem* letters = find(layout, 3, Kind::DeadlineMarker);
        REQUIRE(letters);
        CHECK(letters->start == d(2023, 12, 21)); // one working day after awareness
        CHECK(letters->status == DeadlineStatus::Overdue);
        CHECK(find(layout, 3, Kind::Event) == nullptr); // not recorded as done
    }

    SECTION("the submission counts back from publication: its bar runs from today to due")
    {
        const TimelineItem* marker = find(layout, 18, Kind::DeadlineMarker);
        REQUIRE(marker);
        CHECK(marker->start == d(2024, 9, 23));
        CHECK(marker->status == DeadlineStatus::Due);
        const TimelineItem* bar = find(layout, 18, Kind::Bar);
        REQUIRE(bar);
        CHECK(bar->start == kToday);
        CHECK(bar->end == d(2024, 9, 23));
    }

    SECTION("an overdue action: marker at due, a bar from due to today, its action id")
    {
        const TimelineItem* marker = find(layout, 19, Kind::DeadlineMarker);
        REQUIRE(marker);
        CHECK(marker->start == d(2024, 5, 15));
        CHECK(marker->status == DeadlineStatus::Overdue);
        CHECK(marker->label == QStringLiteral("Overdue 11 WD")); // spring bank holiday skipped
        REQUIRE(marker->actionId.has_value());
        CHECK(*marker->actionId == fixture.entry(kLcsprRef).file.actions.first().id);
        const TimelineItem* bar = find(layout, 19, Kind::Bar);
        REQUIRE(bar);
        CHECK(bar->rect == QRectF(664, 19 * kRow + 7, 68, 11));
        CHECK(bar->actionId == marker->actionId);
    }

    SECTION("bounds hold every item and the rows, with a margin of days each side")
    {
        CHECK(layout.bounds.top() == 0.0);
        CHECK(layout.bounds.bottom() == 20 * kRow);
        CHECK(layout.bounds.left() == Approx(68.0 - 5.6 - 56)); // the incident's dot
        CHECK(layout.bounds.right() == 1224.0 + 7 + 56);
    }
}

TEST_CASE("A case timeline without its milestones has no milestone rows")
{
    TimelineFixture fixture;
    const TimelineLayout layout =
        layoutCase(fixture.entry(kLcsprRef), {}, kScale, kRow, fixture.snapshot->engine());
    CHECK(layout.rowLabels ==
          QStringList{QStringLiteral("Events"), QStringLiteral("Notification"),
                      QStringLiteral("Rapid review"), QStringLiteral("LCSPR publication"),
                      QStringLiteral("Report to national Panel"),
                      QStringLiteral("Action: Children's services: Audit neglect referrals")});
}

TEST_CASE("A timeline's date range spans the entries' dates and the milestones passed")
{
    TimelineFixture fixture;
    const QList<const CaseEntry*> lcspr{&fixture.entry(kLcsprRef)};
    // Incident Mon 18 Dec 2023 to the extended publication Wed 2 Oct 2024, 14 days either side.
    CHECK(dateRange(lcspr, kToday) == std::pair{d(2023, 12, 4), d(2024, 10, 16)});
    // Its own milestones all fall inside that span.
    CHECK(dateRange(lcspr, kToday, fixture.milestones(kLcsprRef)) ==
          std::pair{d(2023, 12, 4), d(2024, 10, 16)});
    Milestone late;
    late.due = d(2025, 3, 3);
    CHECK(dateRange(lcspr, kToday, {late}) == std::pair{d(2023, 12, 4), d(2025, 3, 17)});
    // Nothing at all: today with the margin.
    CHECK(dateRange({}, kToday) == std::pair{d(2024, 5, 18), d(2024, 6, 15)});
}

TEST_CASE("A timeline at another zoom scales every x and no y")
{
    TimelineFixture fixture;
    const TimelineScale weeks{d(2024, 1, 1), 24.0};
    const TimelineLayout layout =
        layoutCase(fixture.entry(kLcsprRef), fixture.milestones(kLcsprRef), weeks, kRow,
                   fixture.snapshot->engine());
    const TimelineItem* marker = find(layout, 2, Kind::DeadlineMarker);
    REQUIRE(marker);
    CHECK(marker->rect.center() == QPointF(14 * 24.0, 2 * kRow + kRow / 2)); // Mon 15 Jan 2024
    CHECK(layout.todayX == 152 * 24.0);
}

TEST_CASE("An event after the as-of date has not happened and is not drawn")
{
    TimelineFixture fixture;
    auto engine = fixture.workspace->engine(d(2024, 1, 1));
    REQUIRE(engine.ok());
    auto file = fixture.workspace->caseFile(kLcsprRef);
    REQUIRE(file.ok());
    const CaseEntry asOfNewYear = RegisterSnapshot::entryFor(*file, *engine);
    const TimelineLayout layout = layoutCase(asOfNewYear, file->milestones, kScale, kRow, *engine);
    QStringList labels;
    for (const TimelineItem* item : itemsIn(layout, 0))
        labels << item->label;
    CHECK(labels == QStringList{QStringLiteral("Incident"), QStringLiteral("LA aware"),
                                QStringLiteral("Notified")});
    CHECK(layout.rowLabels.count(QStringLiteral("LCSPR publication")) == 0);
    const TimelineItem* rapid = find(layout, 2, Kind::Bar);
    REQUIRE(rapid);
    CHECK(rapid->end == d(2024, 1, 1)); // open: the bar runs to the as-of date
    CHECK(rapid->status == DeadlineStatus::Due);
}

TEST_CASE("The portfolio lists open reviews soonest next deadline first, and filters them")
{
    TimelineFixture fixture;
    const RegisterSnapshot& snapshot = *fixture.snapshot;

    // Closed and finished cases are left out.
    CHECK(fixture.refs(portfolioRows(snapshot)) ==
          QStringList{kLcsprRef, QStringLiteral("TL-2024-002"), QStringLiteral("TL-2024-003")});

    PortfolioFilter byStage;
    byStage.stage = CaseStage::RapidReview;
    CHECK(fixture.refs(portfolioRows(snapshot, byStage)) ==
          QStringList{QStringLiteral("TL-2024-003")});

    PortfolioFilter byStatus;
    byStatus.status = DeadlineStatus::Overdue;
    CHECK(fixture.refs(portfolioRows(snapshot, byStatus)) ==
          QStringList{kLcsprRef, QStringLiteral("TL-2024-002")});

    PortfolioFilter byYear;
    byYear.year = 2024;
    CHECK(fixture.refs(portfolioRows(snapshot, byYear)) ==
          QStringList{QStringLiteral("TL-2024-002"), QStringLiteral("TL-2024-003")});

    PortfolioFilter none;
    none.year = 2024;
    none.stage = CaseStage::Lcspr;
    CHECK(portfolioRows(snapshot, none).isEmpty());
}

TEST_CASE("A portfolio row holds the bars and markers of its case's open deadlines")
{
    TimelineFixture fixture;
    const auto rows = portfolioRows(*fixture.snapshot);
    const TimelineLayout layout = layoutPortfolio(rows, kScale, kRow, kToday);

    REQUIRE(layout.rowCount() == 3);
    CHECK(layout.rowLabels[0] == QStringLiteral("TL-2023-001  LCSPR"));
    CHECK(layout.rowLabels[1] == QStringLiteral("TL-2024-002  Notification"));
    CHECK(layout.rowLabels[2] == QStringLiteral("TL-2024-003  Rapid review"));
    CHECK(layout.rowCaseRefs[1] == QStringLiteral("TL-2024-002"));

    QList<Kind> kinds;
    for (const TimelineItem* item : itemsIn(layout, 0))
        kinds << item->kind;
    // LCSPR: bar, extension, marker; the submission (a count-back) and the action: markers.
    CHECK(kinds == QList<Kind>{Kind::Bar, Kind::Extension, Kind::DeadlineMarker,
                               Kind::DeadlineMarker, Kind::DeadlineMarker});
    const TimelineItem* action = itemsIn(layout, 0)[4];
    CHECK(action->status == DeadlineStatus::Overdue);
    CHECK(action->actionId.has_value());
    CHECK(action->label == QStringLiteral("Action Overdue 11 WD"));

    // Not notified: the notification (overdue) and the rapid review (due) both run to today.
    const auto second = itemsIn(layout, 1);
    REQUIRE(second.size() == 4);
    CHECK(second[0]->kind == Kind::Bar);
    CHECK(second[0]->rect == QRectF(kScale.x(d(2024, 5, 20)), kRow + 7, 48, 11));
    CHECK(second[0]->status == DeadlineStatus::Overdue);
    CHECK(second[1]->kind == Kind::DeadlineMarker);
    CHECK(second[1]->start == d(2024, 5, 28));
    CHECK(second[1]->label == QStringLiteral("Notify Overdue 3 WD"));
    CHECK(second[3]->start == d(2024, 6, 11));
    CHECK(second[3]->status == DeadlineStatus::Due);
}

TEST_CASE("A portfolio's tooltips, asked for after the register has gone, say what it said")
{
    TimelineLayout layout;
    {
        TimelineFixture fixture;
        layout = layoutPortfolio(portfolioRows(*fixture.snapshot), kScale, kRow, kToday);
    } // the register and every entry the layout was made from are gone

    const TimelineItem* action = itemsIn(layout, 0)[4];
    CHECK(action->tooltip() == QStringLiteral("TL-2023-001\n"
                                              "Action — Overdue\n"
                                              "Due Wed 15 May 2024\n"
                                              "Overdue by 11 working days\n"
                                              "Children's services: Audit neglect referrals"));
    const TimelineItem* notification = itemsIn(layout, 1)[1];
    // Five working days from Mon 20 May, past the spring bank holiday.
    CHECK(notification->tooltip() == QStringLiteral("TL-2024-002\n"
                                                    "Notification — Overdue\n"
                                                    "Clock started Mon 20 May 2024\n"
                                                    "Due Tue 28 May 2024\n"
                                                    "Overdue by 3 working days"));
    // The bar and the marker of one clock say the same.
    CHECK(itemsIn(layout, 1)[0]->tooltip() == notification->tooltip());
}

TEST_CASE("itemAt finds the mark under a point, dots and diamonds before bars")
{
    TimelineFixture fixture;
    const TimelineLayout layout =
        layoutCase(fixture.entry(kLcsprRef), fixture.milestones(kLcsprRef), kScale, kRow,
                   fixture.snapshot->engine());

    const TimelineItem* marker = layout.itemAt(QPointF(112, 37.5));
    REQUIRE(marker);
    CHECK(marker->kind == Kind::DeadlineMarker);
    CHECK(marker->row == 1);

    const TimelineItem* done = layout.itemAt(QPointF(84, 37.5)); // on the bar, over the dot
    REQUIRE(done);
    CHECK(done->kind == Kind::Event);

    const TimelineItem* bar = layout.itemAt(QPointF(120, 62));
    REQUIRE(bar);
    CHECK(bar->kind == Kind::Bar);
    CHECK(bar->row == 2);

    const TimelineItem* action = layout.itemAt(QPointF(700, 19 * kRow + 12));
    REQUIRE(action);
    CHECK(action->actionId.has_value());

    CHECK(layout.itemAt(QPointF(5000, 5)) == nullptr);
    CHECK(layout.itemAt(QPointF(120, 2)) == nullptr); // the events row between dots
    CHECK(layout.rowAt(62) == 2);
    CHECK(layout.rowAt(20 * kRow) == -1);
    CHECK(layout.rowAt(-1) == -1);
}
