// RegisterModel and RegisterFilter over the known register of modelsfixture.h.
#include "catch.h"
#include "models/modelroles.h"
#include "models/registerfilter.h"
#include "models/registermodel.h"
#include "modelsfixture.h"
#include "qtprinters.h"
#include "services/caseservice.h"

using namespace reviewdesk;
using namespace reviewdesk::testing;
using reviewdesk::ui::RegisterFilter;
using reviewdesk::ui::RegisterModel;

namespace {

QString text(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

QStringList refs(const QAbstractItemModel& model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.data(model.index(row, 0), ui::CaseRefRole).toString();
    return result;
}

} // namespace

TEST_CASE("the register model has one row per case and labelled columns")
{
    ModelsFixture fixture;
    RegisterModel model(fixture.session.get());
    CHECK(model.rowCount() == 5);
    CHECK(model.columnCount() == RegisterModel::ColumnCount);
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers << model.headerData(column, Qt::Horizontal).toString();
    CHECK(headers == QStringList{"Reference", "Child", "Harm", "Aware", "Stage", "Next deadline",
                                 "Due", "Status", "Themes", "Lead officer"});
    CHECK(refs(model) == QStringList{"SSCP-2022-005", "SSCP-2023-010", "SSCP-2024-003",
                                     "SSCP-2024-001", "SSCP-2024-002"});
}

TEST_CASE("the register model shows a case in words and dates")
{
    ModelsFixture fixture;
    RegisterModel model(fixture.session.get());
    // Themes are stored in lower case by the case service.
    // SSCP-2024-001: not notified, so the notification due Mon 12 Feb is 14 working days late.
    CHECK(text(model, 3, RegisterModel::Ref) == "SSCP-2024-001");
    CHECK(text(model, 3, RegisterModel::Child) == "AB");
    CHECK(text(model, 3, RegisterModel::Harm) == "Death");
    CHECK(text(model, 3, RegisterModel::Aware) == "Mon 5 Feb 2024");
    CHECK(text(model, 3, RegisterModel::Stage) == "Notification");
    CHECK(text(model, 3, RegisterModel::NextDeadline) == "Notification");
    CHECK(text(model, 3, RegisterModel::NextDue) == "Mon 12 Feb 2024");
    CHECK(text(model, 3, RegisterModel::Status) == "Overdue (14 WD late)");
    CHECK(text(model, 3, RegisterModel::Themes) == "SUDI");
    CHECK(text(model, 3, RegisterModel::Lead) == "Kim Lee");
    CHECK(text(model, 3, RegisterModel::Status, Qt::ToolTipRole) ==
          "Notification due Mon 12 Feb 2024: overdue by 14 working days");
    CHECK(text(model, 3, RegisterModel::Status, Qt::AccessibleTextRole) == "Overdue (14 WD late)");

    // SSCP-2024-002: notified, rapid review due Tue 12 Mar, 7 working days left.
    CHECK(text(model, 4, RegisterModel::Harm) == "Serious harm");
    CHECK(text(model, 4, RegisterModel::Stage) == "Rapid review");
    CHECK(text(model, 4, RegisterModel::NextDeadline) == "Rapid review");
    CHECK(text(model, 4, RegisterModel::NextDue) == "Tue 12 Mar 2024");
    CHECK(text(model, 4, RegisterModel::Status) == "Due (7 WD left)");
    CHECK(text(model, 4, RegisterModel::Themes) == "Neglect, Parental mental health");

    // SSCP-2023-010: an LCSPR whose earliest open deadline is action 1, due Tue 20 Feb.
    CHECK(text(model, 1, RegisterModel::Stage) == "LCSPR");
    CHECK(text(model, 1, RegisterModel::NextDeadline) ==
          QStringLiteral("Action %1").arg(fixture.action1));
    CHECK(text(model, 1, RegisterModel::NextDue) == "Tue 20 Feb 2024");
    CHECK(text(model, 1, RegisterModel::Status) == "Overdue (8 WD late)");
    // Which action that is, where "Action N" alone says nothing to a reader.
    CHECK(text(model, 1, RegisterModel::NextDeadline, Qt::ToolTipRole) ==
          QStringLiteral("Review safe sleep advice (Health Trust)\n"
                         "Action %1 due Tue 20 Feb 2024: overdue by 8 working days")
              .arg(fixture.action1));

    CHECK(text(model, 2, RegisterModel::Stage) == "Learning");
    CHECK(text(model, 2, RegisterModel::Status) == "Overdue (3 WD late)");
    CHECK(text(model, 0, RegisterModel::Stage) == "Closed");
}

TEST_CASE("the register model gives ids, references, statuses and sortable values as roles")
{
    ModelsFixture fixture;
    RegisterModel model(fixture.session.get());
    const QModelIndex status = model.index(4, RegisterModel::Status);
    CHECK(model.data(status, ui::StatusRole).toInt() == int(DeadlineStatus::Due));
    CHECK(model.data(status, ui::SortRole).toInt() == 7);
    CHECK(model.data(model.index(3, RegisterModel::Status), ui::SortRole).toInt() == -14);
    CHECK(model.data(model.index(3, RegisterModel::Status), ui::StatusRole).toInt() ==
          int(DeadlineStatus::Overdue));
    CHECK(model.data(model.index(3, RegisterModel::Status), ui::WorkingDaysRole).toInt() == 14);
    // Only the status cell carries a status, so a status delegate paints one pill per row.
    CHECK_FALSE(model.data(model.index(3, RegisterModel::Ref), ui::StatusRole).isValid());
    CHECK(model.data(model.index(4, RegisterModel::NextDue), ui::SortRole).toString() ==
          "2024-03-12");
    CHECK(model.data(model.index(4, RegisterModel::Aware), ui::SortRole).toString() ==
          "2024-02-20");
    CHECK(model.data(model.index(4, RegisterModel::Stage), ui::SortRole).toInt() ==
          int(CaseStage::RapidReview));
    CHECK(model.data(model.index(4, RegisterModel::Ref), ui::CaseRefRole).toString() ==
          "SSCP-2024-002");
    const RecordId id = fixture.session->snapshot().entries()[4].file.kase.id;
    CHECK(model.data(model.index(4, RegisterModel::Child), ui::CaseIdRole).toLongLong() == id);
    CHECK(&model.entry(4) == &fixture.session->snapshot().entries()[4]);
}

TEST_CASE("the register filter sorts by next due date, cases without one last")
{
    ModelsFixture fixture;
    RegisterModel model(fixture.session.get());
    RegisterFilter filter;
    filter.setSourceModel(&model);
    filter.sort(RegisterModel::NextDue, Qt::AscendingOrder);
    // SSCP-2022-005 is closed with its rapid review never recorded: due Mon 30 May 2022.
    CHECK(text(filter, 0, RegisterModel::NextDue) == "Mon 30 May 2022");
    CHECK(refs(filter) == QStringList{"SSCP-2022-005", "SSCP-2024-001", "SSCP-2023-010",
                                      "SSCP-2024-003", "SSCP-2024-002"});
    filter.sort(RegisterModel::Status, Qt::AscendingOrder);
    CHECK(refs(filter).mid(1) ==
          QStringList{"SSCP-2024-001", "SSCP-2023-010", "SSCP-2024-003", "SSCP-2024-002"});
}

TEST_CASE("the register filter matches text in the reference, child, lead officer and themes")
{
    ModelsFixture fixture;
    RegisterModel model(fixture.session.get());
    RegisterFilter filter;
    filter.setSourceModel(&model);

    filter.setText(QStringLiteral("sudi"));
    CHECK(refs(filter) == QStringList{"SSCP-2024-001"});
    filter.setText(QStringLiteral("ab"));
    CHECK(refs(filter) == QStringList{"SSCP-2024-001"});
    filter.setText(QStringLiteral("neglect"));
    CHECK(refs(filter) == QStringList{"SSCP-2023-010", "SSCP-2024-002"});
    filter.setText(QStringLiteral("kim"));
    CHECK(refs(filter) == QStringList{"SSCP-2024-003", "SSCP-2024-001"});
    filter.setText(QStringLiteral("2023-"));
    CHECK(refs(filter) == QStringList{"SSCP-2023-010"});
    // Regular-expression characters are plain text here.
    filter.setText(QStringLiteral("S.CP"));
    CHECK(filter.rowCount() == 0);
    filter.setText(QString());
    CHECK(filter.rowCount() == 5);
}

TEST_CASE("the register filter narrows by stage, next deadline status, aware year and theme")
{
    ModelsFixture fixture;
    RegisterModel model(fixture.session.get());
    RegisterFilter filter;
    filter.setSourceModel(&model);

    filter.setStage(CaseStage::Lcspr);
    CHECK(refs(filter) == QStringList{"SSCP-2023-010"});
    filter.setStage(CaseStage::Learning);
    CHECK(refs(filter) == QStringList{"SSCP-2024-003"});
    filter.setStage(std::nullopt);

    filter.setStatus(DeadlineStatus::Overdue);
    CHECK(refs(filter) ==
          QStringList{"SSCP-2022-005", "SSCP-2023-010", "SSCP-2024-003", "SSCP-2024-001"});
    filter.setStatus(DeadlineStatus::Due);
    CHECK(refs(filter) == QStringList{"SSCP-2024-002"});
    filter.setStatus(DeadlineStatus::DueSoon);
    CHECK(filter.rowCount() == 0);
    filter.setStatus(std::nullopt);

    filter.setYear(2024);
    CHECK(refs(filter) == QStringList{"SSCP-2024-003", "SSCP-2024-001", "SSCP-2024-002"});
    filter.setYear(2023);
    CHECK(refs(filter) == QStringList{"SSCP-2023-010"});
    filter.setYear(std::nullopt);

    filter.setTheme(QStringLiteral("Neglect"));
    CHECK(refs(filter) == QStringList{"SSCP-2023-010", "SSCP-2024-002"});
    filter.setTheme(QStringLiteral("negl"));
    CHECK(filter.rowCount() == 0);

    // Criteria combine.
    filter.setTheme(QStringLiteral("neglect"));
    filter.setYear(2024);
    CHECK(refs(filter) == QStringList{"SSCP-2024-002"});
}

TEST_CASE("the register model shows a saved edit and an added case")
{
    ModelsFixture fixture;
    RegisterModel model(fixture.session.get());
    RegisterFilter filter;
    filter.setSourceModel(&model);
    filter.setText(QStringLiteral("kl"));
    CHECK(filter.rowCount() == 0);

    QList<int> changedRows;
    QObject::connect(&model, &QAbstractItemModel::dataChanged,
                     [&](const QModelIndex& from, const QModelIndex& to) {
                         CHECK(from.column() == 0);
                         CHECK(to.column() == RegisterModel::ColumnCount - 1);
                         changedRows << from.row();
                     });
    QList<int> insertedRows;
    QObject::connect(
        &model, &QAbstractItemModel::rowsInserted,
        [&](const QModelIndex&, int first, int last) { insertedRows << first << last; });

    Case kase = fixture.session->snapshot().entries()[4].file.kase;
    kase.childId = QStringLiteral("KL");
    REQUIRE(CaseService(fixture.workspace()).updateCase(kase).ok());
    REQUIRE(fixture.session->caseWritten(kase.ref).ok());
    CHECK(changedRows == QList<int>{4});
    CHECK(text(model, 4, RegisterModel::Child) == "KL");
    CHECK(refs(filter) == QStringList{"SSCP-2024-002"});

    fixture.addCase(QStringLiteral("SSCP-2024-009"), QStringLiteral("MN"), Harm::SeriousHarm,
                    d(2024, 2, 28), {QStringLiteral("Exploitation")}, QStringLiteral("Ravi Shah"));
    REQUIRE(fixture.session->caseWritten(QStringLiteral("SSCP-2024-009")).ok());
    CHECK(insertedRows == QList<int>{5, 5});
    CHECK(model.rowCount() == 6);
    // Aware Wed 28 Feb: notification due Wed 6 Mar, 3 working days from Fri 1 Mar.
    CHECK(text(model, 5, RegisterModel::Ref) == "SSCP-2024-009");
    CHECK(text(model, 5, RegisterModel::NextDue) == "Wed 6 Mar 2024");
    CHECK(text(model, 5, RegisterModel::Status) == "Due soon (3 WD left)");
    filter.setText(QStringLiteral("exploit"));
    CHECK(refs(filter) == QStringList{"SSCP-2024-009"});
}

TEST_CASE("the register model resets when the session reloads")
{
    ModelsFixture fixture;
    RegisterModel model(fixture.session.get());
    int resets = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&] { ++resets; });
    fixture.addCase(QStringLiteral("SSCP-2024-010"), QStringLiteral("OP"), Harm::SeriousHarm,
                    d(2024, 2, 26), {}, QString());
    REQUIRE(fixture.session->reload().ok());
    CHECK(resets == 1);
    CHECK(model.rowCount() == 6);
}

TEST_CASE("a standard theme stored by its key shows and is found by the words shown")
{
    ModelsFixture fixture;
    fixture.addCase(QStringLiteral("SSCP-2024-010"), QStringLiteral("QR"), Harm::SeriousHarm,
                    d(2024, 2, 26), {QStringLiteral("domestic-abuse"), QStringLiteral("send")},
                    QStringLiteral("Ravi Shah"));
    REQUIRE(fixture.session->reload().ok());
    RegisterModel model(fixture.session.get());
    RegisterFilter filter;
    filter.setSourceModel(&model);

    filter.setText(QStringLiteral("domestic abuse"));
    REQUIRE(refs(filter) == QStringList{"SSCP-2024-010"});
    CHECK(filter.index(0, RegisterModel::Themes).data().toString() == "Domestic abuse, SEND");
    filter.setText(QStringLiteral("send"));
    CHECK(refs(filter) == QStringList{"SSCP-2024-010"});
}

TEST_CASE("the theme filter takes a theme as shown: the standard one ticked and the words typed")
{
    ModelsFixture fixture;
    fixture.addCase(QStringLiteral("SSCP-2024-010"), QStringLiteral("QR"), Harm::SeriousHarm,
                    d(2024, 2, 26), {QStringLiteral("domestic-abuse")},
                    QStringLiteral("Ravi Shah"));
    fixture.addCase(QStringLiteral("SSCP-2024-011"), QStringLiteral("ST"), Harm::SeriousHarm,
                    d(2024, 2, 27), {QStringLiteral("Domestic abuse")},
                    QStringLiteral("Ravi Shah"));
    REQUIRE(fixture.session->reload().ok());
    RegisterModel model(fixture.session.get());
    RegisterFilter filter;
    filter.setSourceModel(&model);

    filter.setTheme(QStringLiteral("Domestic abuse"));
    CHECK(refs(filter) == QStringList{"SSCP-2024-010", "SSCP-2024-011"});
    filter.setTheme(QStringLiteral("SUDI"));
    CHECK(refs(filter) == QStringList{"SSCP-2024-001"});
    filter.setTheme(QStringLiteral("domestic-abuse")); // a key is not what is shown
    CHECK(filter.rowCount() == 0);
}

TEST_CASE("the search finds edits and new cases made before its texts were first built")
{
    ModelsFixture fixture;
    RegisterModel model(fixture.session.get());
    RegisterFilter filter;
    filter.setSourceModel(&model); // builds nothing yet: no search has asked

    // An edit, a new case and a reload, all before the first search.
    Case kase = fixture.session->snapshot().entries()[4].file.kase;
    kase.childId = QStringLiteral("KL");
    REQUIRE(CaseService(fixture.workspace()).updateCase(kase).ok());
    REQUIRE(fixture.session->caseWritten(kase.ref).ok());
    fixture.addCase(QStringLiteral("SSCP-2024-009"), QStringLiteral("MN"), Harm::SeriousHarm,
                    d(2024, 2, 28), {QStringLiteral("Exploitation")}, QStringLiteral("Ravi Shah"));
    REQUIRE(fixture.session->caseWritten(QStringLiteral("SSCP-2024-009")).ok());

    filter.setText(QStringLiteral("kl"));
    CHECK(refs(filter) == QStringList{"SSCP-2024-002"});
    filter.setText(QStringLiteral("exploit"));
    CHECK(refs(filter) == QStringList{"SSCP-2024-009"});

    // Built now, and kept up to date: a later edit is found at once.
    kase = fixture.session->snapshot().entries()[4].file.kase;
    kase.leadOfficer = QStringLiteral("Exploit Lead");
    REQUIRE(CaseService(fixture.workspace()).updateCase(kase).ok());
    REQUIRE(fixture.session->caseWritten(kase.ref).ok());
    filter.setText(QStringLiteral("exploit lead"));
    CHECK(refs(filter) == QStringList{"SSCP-2024-002"});
}

TEST_CASE("texts are built when asked, and built again at once on a reload once built")
{
    ModelsFixture fixture;
    RegisterModel model(fixture.session.get());
    RegisterFilter filter;
    filter.setSourceModel(&model);
    CHECK_FALSE(filter.searchPrepared());
    REQUIRE(fixture.session->reload().ok()); // never built: still not
    CHECK_FALSE(filter.searchPrepared());
    filter.prepareSearch();
    CHECK(filter.searchPrepared());
    fixture.addCase(QStringLiteral("SSCP-2024-012"), QStringLiteral("UV"), Harm::SeriousHarm,
                    d(2024, 2, 26), {}, QString());
    REQUIRE(fixture.session->reload().ok());
    CHECK(filter.searchPrepared()); // built again with the new case, before any search
    filter.setText(QStringLiteral("sudi"));
    CHECK(refs(filter) == QStringList{"SSCP-2024-001"});
}

TEST_CASE("every case is found by its own child and lead officer among many distinct ones")
{
    // More distinct initials and officers than the search texts' cache holds
    // at first, so it grows while the texts are written.
    ModelsFixture fixture;
    const int cases = 150;
    for (int i = 0; i < cases; ++i)
        fixture.addCase(QStringLiteral("MANY-%1").arg(i, 3, 10, QLatin1Char('0')),
                        QStringLiteral("Q%1X").arg(i), Harm::SeriousHarm, d(2024, 2, 26), {},
                        QStringLiteral("Officer %1 Z").arg(i));
    REQUIRE(fixture.session->reload().ok());
    RegisterModel model(fixture.session.get());
    RegisterFilter filter;
    filter.setSourceModel(&model);
    filter.prepareSearch();
    for (int i = 0; i < cases; ++i) {
        const QString ref = QStringLiteral("MANY-%1").arg(i, 3, 10, QLatin1Char('0'));
        INFO(ref.toStdString());
        filter.setText(QStringLiteral("q%1x").arg(i));
        CHECK(refs(filter) == QStringList{ref});
        filter.setText(QStringLiteral("officer %1 z").arg(i));
        CHECK(refs(filter) == QStringList{ref});
    }
}
