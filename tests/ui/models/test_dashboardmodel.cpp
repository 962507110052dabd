// DashboardModel over the known register of modelsfixture.h, as of Fri 1 Mar 2024.
#include "catch.h"
#include "models/dashboardmodel.h"
#include "models/modelroles.h"
#include "modelsfixture.h"
#include "qtprinters.h"
#include "services/actionservice.h"

using namespace reviewdesk;
using namespace reviewdesk::testing;
using reviewdesk::ui::DashboardModel;
using reviewdesk::ui::DashboardSection;

namespace {

// Each row as "case | deadline | due | working days | status".
QStringList rows(const DashboardModel& model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells << model.data(model.index(row, column)).toString();
        result << cells.join(QStringLiteral(" | "));
    }
    return result;
}

} // namespace

TEST_CASE("the dashboard's overdue section lists open cases' late deadlines, most late first")
{
    ModelsFixture fixture;
    DashboardModel model(fixture.session.get(), DashboardSection::Overdue);
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers << model.headerData(column, Qt::Horizontal).toString();
    CHECK(headers == QStringList{"Case", "Deadline", "Due", "Working days", "Status"});
    // SSCP-2022-005 is closed: its unrecorded rapid review is not on the dashboard.
    CHECK(rows(model) ==
          QStringList{
              "SSCP-2024-001 | Notification | Mon 12 Feb 2024 | 14 late | Overdue (14 WD late)",
              QStringLiteral("SSCP-2023-010 | Action %1: Review safe sleep advice | Tue 20 Feb "
                             "2024 | 8 late | Overdue (8 WD late)")
                  .arg(fixture.action1),
              "SSCP-2023-010 | Report to national Panel | Thu 22 Feb 2024 | 6 late | Overdue (6 "
              "WD late)",
              "SSCP-2024-001 | Rapid review | Mon 26 Feb 2024 | 4 late | Overdue (4 WD late)",
              QStringLiteral("SSCP-2024-003 | Action %1: Share learning brief | Tue 27 Feb 2024 "
                             "| 3 late | Overdue (3 WD late)")
                  .arg(fixture.action4)});
    CHECK(model.data(model.index(1, DashboardModel::Case), ui::ActionIdRole).toLongLong() ==
          fixture.action1);
    CHECK(model.data(model.index(0, DashboardModel::Status), ui::StatusRole).toInt() ==
          int(DeadlineStatus::Overdue));
    CHECK_FALSE(model.data(model.index(0, DashboardModel::Case), ui::StatusRole).isValid());
    CHECK(model.data(model.index(0, DashboardModel::Due), ui::SortRole).toString() == "2024-02-12");
    CHECK(model.data(model.index(0, DashboardModel::WorkingDays), ui::SortRole).toInt() == -14);
    CHECK(model.data(model.index(0, DashboardModel::Case), ui::CaseRefRole).toString() ==
          "SSCP-2024-001");
    CHECK(model.data(model.index(0, DashboardModel::Case), ui::CaseIdRole).toLongLong() ==
          fixture.session->snapshot().entries()[3].file.kase.id);
}

TEST_CASE("the dashboard's due-soon section lists the next 10 working days by due date")
{
    ModelsFixture fixture;
    DashboardModel model(fixture.session.get(), DashboardSection::DueSoon);
    // The LCSPR decided Mon 4 Sep 2023 is due for publication six months later.
    CHECK(rows(model) ==
          QStringList{"SSCP-2023-010 | LCSPR publication | Mon 4 Mar 2024 | 1 left | Due soon "
                      "(1 WD left)",
                      QStringLiteral("SSCP-2023-010 | Action %1: Update neglect toolkit | Tue 5 "
                                     "Mar 2024 | 2 left | Due soon (2 WD left)")
                          .arg(fixture.action2),
                      "SSCP-2024-002 | Rapid review | Tue 12 Mar 2024 | 7 left | Due (7 WD left)"});
    CHECK(model.data(model.index(2, DashboardModel::Status), ui::StatusRole).toInt() ==
          int(DeadlineStatus::Due));
}

TEST_CASE("the dashboard's recently completed section lists the newest first")
{
    ModelsFixture fixture;
    DashboardModel model(fixture.session.get(), DashboardSection::RecentlyCompleted);
    CHECK(rows(model) ==
          QStringList{QStringLiteral("SSCP-2023-010 | Action %1: Train GPs | Wed 28 Feb 2024 | "
                                     "done 3 WD ago | Met")
                          .arg(fixture.action3),
                      "SSCP-2024-002 | Notification | Tue 27 Feb 2024 | done 6 WD ago | Met"});
    CHECK(model.data(model.index(0, DashboardModel::Status), ui::StatusRole).toInt() ==
          int(DeadlineStatus::Met));
}

TEST_CASE("the dashboard's counts cover the whole register")
{
    ModelsFixture fixture;
    DashboardModel model(fixture.session.get(), DashboardSection::Overdue);
    const Dashboard& counts = model.counts();
    CHECK(counts.openCases == 4);
    CHECK(counts.openRapidReviews == 2);
    CHECK(counts.lcsprsInProgress == 1);
    CHECK(counts.actionsOverdue == 2);
}

TEST_CASE("the dashboard recomputes after a write")
{
    ModelsFixture fixture;
    DashboardModel overdue(fixture.session.get(), DashboardSection::Overdue);
    DashboardModel recent(fixture.session.get(), DashboardSection::RecentlyCompleted);
    int resets = 0;
    int countChanges = 0;
    QObject::connect(&overdue, &QAbstractItemModel::modelReset, [&] { ++resets; });
    QObject::connect(&overdue, &DashboardModel::countsChanged, [&] { ++countChanges; });

    REQUIRE(ActionService(fixture.workspace()).completeAction(fixture.action1, d(2024, 3, 1)).ok());
    REQUIRE(fixture.session->caseWritten(QStringLiteral("SSCP-2023-010")).ok());
    CHECK(resets == 1);
    CHECK(countChanges == 1);
    CHECK(overdue.rowCount() == 4);
    CHECK(overdue.counts().actionsOverdue == 1);
    // Done today, 8 working days after its due date.
    CHECK(recent.rowCount() == 3);
    CHECK(recent.data(recent.index(0, DashboardModel::Deadline)).toString() ==
          QStringLiteral("Action %1: Review safe sleep advice").arg(fixture.action1));
    CHECK(recent.data(recent.index(0, DashboardModel::WorkingDays)).toString() == "done today");
    CHECK(recent.data(recent.index(0, DashboardModel::Status)).toString() == "Late (8 WD)");
}

TEST_CASE("each dashboard model keeps only its own section's list")
{
    ModelsFixture fixture;
    DashboardModel overdue(fixture.session.get(), DashboardSection::Overdue);
    DashboardModel recent(fixture.session.get(), DashboardSection::RecentlyCompleted);
    CHECK(overdue.counts().overdue.size() == overdue.rowCount());
    CHECK(overdue.rowCount() == 5);
    CHECK(overdue.counts().dueSoon.isEmpty());
    CHECK(overdue.counts().recentlyCompleted.isEmpty());
    CHECK(recent.counts().overdue.isEmpty());
    CHECK(recent.counts().recentlyCompleted.size() == recent.rowCount());
}

TEST_CASE("a weekend date with no working day between it and today is not called today")
{
    ModelsFixture fixture;
    // Due Sat 2 Mar 2024, the day after the fixture's Friday: no working day left.
    const RecordId dueSaturday =
        fixture.addAction(QStringLiteral("SSCP-2024-002"), QStringLiteral("Audit referrals"),
                          QStringLiteral("Police"), QStringLiteral("DS Green"), d(2024, 3, 2));
    const RecordId dueFriday =
        fixture.addAction(QStringLiteral("SSCP-2024-002"), QStringLiteral("Brief the board"),
                          QStringLiteral("Police"), QStringLiteral("DS Green"), d(2024, 3, 1));
    REQUIRE(fixture.session->reload().ok());

    DashboardModel dueSoon(fixture.session.get(), DashboardSection::DueSoon);
    REQUIRE(dueSoon.rowCount() == 5);
    CHECK(rows(dueSoon).mid(0, 2) ==
          QStringList{QStringLiteral("SSCP-2024-002 | Action %1: Brief the board | Fri 1 Mar 2024 "
                                     "| today | Due today")
                          .arg(dueFriday),
                      QStringLiteral("SSCP-2024-002 | Action %1: Audit referrals | Sat 2 Mar 2024 "
                                     "| 0 left | Due soon (0 WD left)")
                          .arg(dueSaturday)});
    CHECK(dueSoon.data(dueSoon.index(0, DashboardModel::Status), Qt::ToolTipRole).toString() ==
          QStringLiteral("Brief the board (Police)\nAction %1 due Fri 1 Mar 2024: due today")
              .arg(dueFriday));
    CHECK(dueSoon.data(dueSoon.index(1, DashboardModel::Status), Qt::ToolTipRole).toString() ==
          QStringLiteral("Audit referrals (Police)\n"
                         "Action %1 due Sat 2 Mar 2024: no working day left before it")
              .arg(dueSaturday));

    // Done on the Friday, seen on Saturday: no working day since, but not today.
    REQUIRE(ActionService(fixture.workspace()).completeAction(dueFriday, d(2024, 3, 1)).ok());
    const QString path = fixture.dir.path(QStringLiteral("register.rdk"));
    fixture.session.reset();
    auto saturday = ui::AppSession::open(path, QStringLiteral("tester"), d(2024, 3, 2));
    REQUIRE(saturday.ok());
    DashboardModel recent(saturday->get(), DashboardSection::RecentlyCompleted);
    REQUIRE(recent.rowCount() == 3);
    CHECK(rows(recent).first() ==
          QStringLiteral("SSCP-2024-002 | Action %1: Brief the board | Fri 1 Mar 2024 | done Fri 1 "
                         "Mar 2024 | Met")
              .arg(dueFriday));
}
