// ActionsModel and ActionsFilter over the known register of modelsfixture.h.
#include "catch.h"
#include "models/actionsfilter.h"
#include "models/actionsmodel.h"
#include "models/modelroles.h"
#include "modelsfixture.h"
#include "qtprinters.h"
#include "services/actionservice.h"

using namespace reviewdesk;
using namespace reviewdesk::testing;
using reviewdesk::ui::ActionsFilter;
using reviewdesk::ui::ActionsModel;

namespace {

QList<qint64> actionIds(const QAbstractItemModel& model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.data(model.index(row, 0), ui::ActionIdRole).toLongLong();
    return ids;
}

QStringList row(const QAbstractItemModel& model, int row)
{
    QStringList cells;
    for (int column = 0; column < model.columnCount(); ++column)
        cells << model.data(model.index(row, column)).toString();
    return cells;
}

} // namespace

TEST_CASE("the actions model lists every action of every case with its deadline status")
{
    ModelsFixture fixture;
    ActionsModel model(fixture.session.get());
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers << model.headerData(column, Qt::Horizontal).toString();
    CHECK(headers == QStringList{"Case", "Recommendation", "Owner agency", "Officer", "Due",
                                 "Status", "Closed"});
    CHECK(actionIds(model) ==
          QList<qint64>{fixture.action1, fixture.action2, fixture.action3, fixture.action4});
    CHECK(row(model, 0) == QStringList{"SSCP-2023-010", "Review safe sleep advice", "Health Trust",
                                       "Dr Rao", "Tue 20 Feb 2024", "Open — overdue (8 WD late)",
                                       ""});
    CHECK(row(model, 1) == QStringList{"SSCP-2023-010", "Update neglect toolkit",
                                       "Children's Services", "Ann Cole", "Tue 5 Mar 2024",
                                       "In progress", ""});
    CHECK(row(model, 2) == QStringList{"SSCP-2023-010", "Train GPs", "Health Trust", "Dr Rao",
                                       "Wed 28 Feb 2024", "Complete", "Tue 27 Feb 2024"});
    CHECK(row(model, 3) == QStringList{"SSCP-2024-003", "Share learning brief", "Police",
                                       "DS Green", "Tue 27 Feb 2024", "Open — overdue (3 WD late)",
                                       ""});
    const auto status = [&](int r) {
        return model.data(model.index(r, ActionsModel::Status), ui::StatusRole).toInt();
    };
    CHECK(status(0) == int(DeadlineStatus::Overdue));
    CHECK(status(1) == int(DeadlineStatus::DueSoon));
    CHECK(status(2) == int(DeadlineStatus::Met));
    CHECK(model.data(model.index(3, ActionsModel::Case), ui::CaseRefRole).toString() ==
          "SSCP-2024-003");
    CHECK(model.data(model.index(2, ActionsModel::Closed), ui::SortRole).toString() ==
          "2024-02-27");
    CHECK(model.data(model.index(2, ActionsModel::Due), ui::SortRole).toString() == "2024-02-28");
}

TEST_CASE("the actions filter opens overdue first, then by due date")
{
    ModelsFixture fixture;
    ActionsModel model(fixture.session.get());
    ActionsFilter filter;
    filter.setSourceModel(&model);
    CHECK(actionIds(filter) ==
          QList<qint64>{fixture.action1, fixture.action4, fixture.action3, fixture.action2});
    filter.sort(ActionsModel::Due, Qt::DescendingOrder);
    CHECK(actionIds(filter) ==
          QList<qint64>{fixture.action2, fixture.action3, fixture.action4, fixture.action1});
    // Only action 3 is closed: a closed date sorts before none; ties keep the order they had.
    filter.sort(ActionsModel::Closed, Qt::AscendingOrder);
    CHECK(actionIds(filter) ==
          QList<qint64>{fixture.action3, fixture.action2, fixture.action4, fixture.action1});
    filter.sort(ActionsModel::Case, Qt::DescendingOrder);
    CHECK(actionIds(filter) ==
          QList<qint64>{fixture.action4, fixture.action3, fixture.action2, fixture.action1});
    filter.sort(ActionsModel::Recommendation, Qt::AscendingOrder);
    CHECK(actionIds(filter) ==
          QList<qint64>{fixture.action1, fixture.action4, fixture.action3, fixture.action2});
}

TEST_CASE("an action completed late moves from the overdue ones to its due date's place")
{
    ModelsFixture fixture;
    ActionsModel model(fixture.session.get());
    ActionsFilter filter;
    filter.setSourceModel(&model);
    REQUIRE(actionIds(filter) ==
            QList<qint64>{fixture.action1, fixture.action4, fixture.action3, fixture.action2});

    // Action 1 was due on 20 Feb: completed on 29 Feb it is late, no longer overdue.
    REQUIRE(
        ActionService(fixture.workspace()).completeAction(fixture.action1, d(2024, 2, 29)).ok());
    REQUIRE(fixture.session->caseWritten(QStringLiteral("SSCP-2023-010")).ok());
    CHECK(actionIds(filter) ==
          QList<qint64>{fixture.action4, fixture.action1, fixture.action3, fixture.action2});
}

TEST_CASE("the actions filter narrows by agency, recorded status and overdue")
{
    ModelsFixture fixture;
    ActionsModel model(fixture.session.get());
    ActionsFilter filter;
    filter.setSourceModel(&model);

    filter.setAgency(QStringLiteral("Health Trust"));
    CHECK(actionIds(filter) == QList<qint64>{fixture.action1, fixture.action3});
    filter.setAgency(QStringLiteral("health trust"));
    CHECK(actionIds(filter) == QList<qint64>{fixture.action1, fixture.action3});
    filter.setAgency(QStringLiteral("Health"));
    CHECK(filter.rowCount() == 0);
    filter.setAgency(QString());
    CHECK(filter.rowCount() == 4);

    filter.setStatus(ActionStatus::Open);
    CHECK(actionIds(filter) == QList<qint64>{fixture.action1, fixture.action4});
    filter.setStatus(ActionStatus::InProgress);
    CHECK(actionIds(filter) == QList<qint64>{fixture.action2});
    filter.setStatus(ActionStatus::Complete);
    filter.setAgency(QStringLiteral("Health Trust"));
    CHECK(actionIds(filter) == QList<qint64>{fixture.action3});
    filter.setStatus(std::nullopt);
    filter.setAgency(QString());

    filter.setOverdueOnly(true);
    CHECK(actionIds(filter) == QList<qint64>{fixture.action1, fixture.action4});
    filter.setAgency(QStringLiteral("Police"));
    CHECK(actionIds(filter) == QList<qint64>{fixture.action4});
}

TEST_CASE("the actions model follows completions and new actions")
{
    ModelsFixture fixture;
    ActionsModel model(fixture.session.get());
    ActionsFilter filter;
    filter.setSourceModel(&model);
    filter.setOverdueOnly(true);

    QList<int> changed;
    QObject::connect(
        &model, &QAbstractItemModel::dataChanged,
        [&](const QModelIndex& from, const QModelIndex& to) { changed << from.row() << to.row(); });
    QList<int> inserted;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted,
                     [&](const QModelIndex&, int first, int last) { inserted << first << last; });

    REQUIRE(
        ActionService(fixture.workspace()).completeAction(fixture.action1, d(2024, 2, 29)).ok());
    REQUIRE(fixture.session->caseWritten(QStringLiteral("SSCP-2023-010")).ok());
    CHECK(changed == QList<int>{0, 2});
    // Due Tue 20 Feb, done Thu 29 Feb: 21, 22, 23, 26, 27, 28, 29 Feb.
    CHECK(model.data(model.index(0, ActionsModel::Status)).toString() == "Complete — late (7 WD)");
    CHECK(model.data(model.index(0, ActionsModel::Closed)).toString() == "Thu 29 Feb 2024");
    CHECK(model.data(model.index(0, ActionsModel::Status), ui::StatusRole).toInt() ==
          int(DeadlineStatus::Late));
    CHECK(actionIds(filter) == QList<qint64>{fixture.action4});

    // A new action on SSCP-2024-002, the last case: its rows follow all the others.
    const RecordId added =
        fixture.addAction(QStringLiteral("SSCP-2024-002"), QStringLiteral("Audit referrals"),
                          QStringLiteral("Police"), QStringLiteral("DS Green"), d(2024, 2, 26));
    changed.clear();
    REQUIRE(fixture.session->caseWritten(QStringLiteral("SSCP-2024-002")).ok());
    CHECK(inserted == QList<int>{4, 4});
    CHECK(changed.isEmpty());
    CHECK(model.rowCount() == 5);
    CHECK(model.data(model.index(4, 0), ui::ActionIdRole).toLongLong() == added);
    CHECK(model.data(model.index(4, ActionsModel::Status)).toString() ==
          "Open — overdue (4 WD late)");
    CHECK(actionIds(filter) == QList<qint64>{added, fixture.action4});
}
