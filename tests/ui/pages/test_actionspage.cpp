// The actions page: its filters, "Mark complete…" and "Edit…" through the
// services with undo, and stale writes refused with a message.
#include "catch.h"
#include "models/actionsmodel.h"
#include "models/modelroles.h"
#include "pagefixture.h"
#include "pages/actioneditdialog.h"
#include "pages/actionspage.h"
#include "pages/completeactiondialog.h"
#include "pages/hintedtableview.h"
#include "services/directoryservice.h"
#include "storage/actionrepository.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

using namespace reviewdesk;
using namespace reviewdesk::testing;
using reviewdesk::ui::ActionsPage;

namespace {

// Two cases, five actions, three agencies ("police" names the same agency as "Police").
struct ActionsFixture : PageFixture
{
    Action overdue, openLater, inProgress, complete, overdueSchools;
    QUndoStack undoStack;

    ActionsFixture()
    {
        addCase(QStringLiteral("SSCP-2024-001"), QDate(2024, 1, 8));
        addCase(QStringLiteral("SSCP-2024-002"), QDate(2024, 2, 5));
        overdue = addAction(QStringLiteral("SSCP-2024-001"), QStringLiteral("Joint training"),
                            QStringLiteral("Police"), QDate(2024, 2, 15));
        openLater = addAction(QStringLiteral("SSCP-2024-001"), QStringLiteral("Attendance audit"),
                              QStringLiteral("Surrey Schools"), QDate(2024, 4, 30));
        inProgress = addAction(QStringLiteral("SSCP-2024-002"), QStringLiteral("Referral review"),
                               QStringLiteral("police"), QDate(2024, 5, 31));
        complete = addAction(QStringLiteral("SSCP-2024-002"), QStringLiteral("Discharge letters"),
                             QStringLiteral("NHS Trust"), QDate(2024, 2, 20));
        overdueSchools = addAction(QStringLiteral("SSCP-2024-002"), QStringLiteral("Briefing"),
                                   QStringLiteral("Surrey Schools"), QDate(2024, 2, 26));
        ActionService actions(workspace());
        inProgress.status = ActionStatus::InProgress;
        REQUIRE(actions.updateAction(inProgress));
        REQUIRE(actions.completeAction(complete.id, QDate(2024, 2, 19), QStringLiteral("Sent")));
        REQUIRE(session->reload());
    }

    QList<qint64> shownIds(const ActionsPage& page)
    {
        const QAbstractItemModel& model = *child<QTableView>(page, "actionsTable")->model();
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row, 0).data(ui::ActionIdRole).value<qint64>();
        return ids;
    }
};

void choose(QComboBox& combo, const QString& text)
{
    const int index = combo.findText(text);
    if (index < 0)
        FAIL("no choice " << text.toStdString() << " in " << combo.objectName().toStdString());
    combo.setCurrentIndex(index);
}

} // namespace

TEST_CASE("the actions page lists every action, overdue first, then by due date")
{
    ActionsFixture f;
    ActionsPage page(f.session.get(), &f.undoStack);
    CHECK(f.shownIds(page) == QList<qint64>{f.overdue.id, f.overdueSchools.id, f.complete.id,
                                            f.openLater.id, f.inProgress.id});
}

TEST_CASE("every actions column but the recommendation fits its contents")
{
    ActionsFixture f;
    ActionsPage page(f.session.get(), &f.undoStack);
    auto* view = child<QTableView>(page, "actionsTable");
    QHeaderView* header = view->horizontalHeader();
    CHECK(header->sectionResizeMode(ui::ActionsModel::Recommendation) == QHeaderView::Stretch);
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        if (column == ui::ActionsModel::Recommendation)
            continue;
        INFO("column "
             << view->model()->headerData(column, Qt::Horizontal).toString().toStdString());
        // Wide enough for the widest cell (the status pills included) and its title.
        CHECK(view->columnWidth(column) >=
              static_cast<QAbstractItemView*>(view)->sizeHintForColumn(column));
        CHECK(view->columnWidth(column) >= header->sectionSizeHint(column));
    }
}

TEST_CASE("the date columns fit any date even when no action shown has been closed")
{
    PageFixture f;
    f.addCase(QStringLiteral("SSCP-2024-001"), QDate(2024, 1, 8));
    f.addAction(QStringLiteral("SSCP-2024-001"), QStringLiteral("Joint training"),
                QStringLiteral("Police"), QDate(2024, 2, 15));
    REQUIRE(f.session->reload());
    QUndoStack undoStack;
    ActionsPage page(f.session.get(), &undoStack);
    auto* view = child<QTableView>(page, "actionsTable");
    const int widestDate = view->fontMetrics().horizontalAdvance(QStringLiteral("Wed 28 May 2025"));
    CHECK(view->columnWidth(ui::ActionsModel::Closed) > widestDate);
    CHECK(view->columnWidth(ui::ActionsModel::Due) > widestDate);
}

TEST_CASE("the agency filter offers every agency once and shows only that agency's actions")
{
    ActionsFixture f;
    ActionsPage page(f.session.get(), &f.undoStack);
    auto* agencies = child<QComboBox>(page, "agencyFilter");
    QStringList choices;
    for (int i = 0; i < agencies->count(); ++i)
        choices << agencies->itemText(i);
    CHECK(choices == QStringList{QStringLiteral("All agencies"), QStringLiteral("NHS Trust"),
                                 QStringLiteral("Police"), QStringLiteral("Surrey Schools")});

    choose(*agencies, QStringLiteral("Police"));
    CHECK(f.shownIds(page) == QList<qint64>{f.overdue.id, f.inProgress.id});
    choose(*agencies, QStringLiteral("Surrey Schools"));
    CHECK(f.shownIds(page) == QList<qint64>{f.overdueSchools.id, f.openLater.id});
    choose(*agencies, QStringLiteral("All agencies"));
    CHECK(f.shownIds(page).size() == 5);
}

TEST_CASE("the status filter shows one recorded status, or the overdue actions only")
{
    ActionsFixture f;
    ActionsPage page(f.session.get(), &f.undoStack);
    auto* status = child<QComboBox>(page, "statusFilter");
    QStringList choices;
    for (int i = 0; i < status->count(); ++i)
        choices << status->itemText(i);
    CHECK(choices == QStringList{QStringLiteral("All"), QStringLiteral("Open"),
                                 QStringLiteral("In progress"), QStringLiteral("Complete"),
                                 QStringLiteral("Impact evidenced"),
                                 QStringLiteral("Overdue only")});

    choose(*status, QStringLiteral("In progress"));
    CHECK(f.shownIds(page) == QList<qint64>{f.inProgress.id});
    choose(*status, QStringLiteral("Complete"));
    CHECK(f.shownIds(page) == QList<qint64>{f.complete.id});
    choose(*status, QStringLiteral("Open"));
    CHECK(f.shownIds(page) == QList<qint64>{f.overdue.id, f.overdueSchools.id, f.openLater.id});
    choose(*status, QStringLiteral("Impact evidenced"));
    CHECK(f.shownIds(page).isEmpty());
    choose(*status, QStringLiteral("Overdue only"));
    CHECK(f.shownIds(page) == QList<qint64>{f.overdue.id, f.overdueSchools.id});

    SECTION("both filters together")
    {
        choose(*child<QComboBox>(page, "agencyFilter"), QStringLiteral("Police"));
        CHECK(f.shownIds(page) == QList<qint64>{f.overdue.id});
    }
}

TEST_CASE("an agency added elsewhere appears in the agency filter, keeping the choice")
{
    ActionsFixture f;
    ActionsPage page(f.session.get(), &f.undoStack);
    auto* agencies = child<QComboBox>(page, "agencyFilter");
    choose(*agencies, QStringLiteral("Police"));
    REQUIRE(DirectoryService(f.workspace())
                .addAgency(QStringLiteral("Children's Services"), AgencyCategory::LocalAuthority));
    f.session->notifyDirectoryChanged();
    CHECK(agencies->findText(QStringLiteral("Children's Services")) == 1);
    CHECK(agencies->currentText() == QStringLiteral("Police"));
    CHECK(f.shownIds(page) == QList<qint64>{f.overdue.id, f.inProgress.id});
}

TEST_CASE("marking an action complete writes it, and undo reopens it in the database")
{
    ActionsFixture f;
    ActionsPage page(f.session.get(), &f.undoStack);
    REQUIRE(page.selectAction(f.openLater.id));
    auto* markComplete = child<QPushButton>(page, "markCompleteButton");
    REQUIRE(markComplete->isEnabled());
    markComplete->click();

    auto* dialog = child<ui::CompleteActionDialog>(page, "completeActionDialog");
    // The default is the session's today, not the computer's.
    CHECK(child<QLineEdit>(*dialog, "closedDateEdit")->text() == QStringLiteral("2024-03-01"));
    child<QLineEdit>(*dialog, "closedDateEdit")->setText(QStringLiteral("2024-02-28"));
    child<QPlainTextEdit>(*dialog, "evidenceEdit")->setPlainText(QStringLiteral("Audit report"));
    child<QPushButton>(*dialog, "okButton")->click();

    CHECK(dialog->result() == QDialog::Accepted);
    CHECK(f.stored("actions", f.openLater.id, "status") == QStringLiteral("complete"));
    CHECK(f.stored("actions", f.openLater.id, "closed") == QStringLiteral("2024-02-28"));
    CHECK(f.stored("actions", f.openLater.id, "evidence") == QStringLiteral("Audit report"));
    REQUIRE(f.undoStack.count() == 1);
    CHECK(f.undoStack.undoText() ==
          QStringLiteral("Complete action %1 of SSCP-2024-001").arg(f.openLater.id));
    // The page shows the saved state and no longer offers to complete it again.
    CHECK(page.selectedAction()->status == ActionStatus::Complete);
    CHECK_FALSE(markComplete->isEnabled());

    f.undoStack.undo();
    CHECK(f.stored("actions", f.openLater.id, "status") == QStringLiteral("open"));
    CHECK(f.stored("actions", f.openLater.id, "closed") == QStringLiteral("NULL"));
    CHECK(f.stored("actions", f.openLater.id, "evidence") == QString());
    CHECK(page.selectedAction()->status == ActionStatus::Open);
    CHECK(markComplete->isEnabled());

    f.undoStack.redo();
    CHECK(f.stored("actions", f.openLater.id, "status") == QStringLiteral("complete"));
    CHECK(f.stored("actions", f.openLater.id, "closed") == QStringLiteral("2024-02-28"));
}

TEST_CASE("a completion date that is not a date, or before the case began, keeps the dialog open")
{
    ActionsFixture f;
    ActionsPage page(f.session.get(), &f.undoStack);
    REQUIRE(page.selectAction(f.openLater.id));
    page.markComplete();
    auto* dialog = child<ui::CompleteActionDialog>(page, "completeActionDialog");
    auto* closed = child<QLineEdit>(*dialog, "closedDateEdit");

    closed->setText(QStringLiteral("2024-02-30"));
    dialog->requestSave();
    CHECK(dialog->error() ==
          QStringLiteral("completion date 2024-02-30 does not exist in the calendar"));

    closed->setText(QStringLiteral("2024-01-02"));
    dialog->requestSave();
    CHECK(dialog->error() ==
          QStringLiteral(
              "the action completion date 2024-01-02 is before the aware date 2024-01-08"));
    CHECK(dialog->isVisible());
    CHECK(f.stored("actions", f.openLater.id, "status") == QStringLiteral("open"));
    CHECK(f.undoStack.count() == 0);
}

TEST_CASE("editing an action to a new owner name creates the agency, and undo restores the owner")
{
    ActionsFixture f;
    ActionsPage page(f.session.get(), &f.undoStack);
    int directoryChanged = 0;
    QObject::connect(f.session.get(), &ui::AppSession::directoryChanged, &page,
                     [&] { ++directoryChanged; });
    REQUIRE(page.selectAction(f.openLater.id));
    child<QPushButton>(page, "editActionButton")->click();
    auto* dialog = child<ui::ActionEditDialog>(page, "actionEditDialog");
    CHECK(child<QComboBox>(*dialog, "ownerAgencyCombo")->currentText() ==
          QStringLiteral("Surrey Schools"));
    CHECK(child<QLineEdit>(*dialog, "dueDateEdit")->text() == QStringLiteral("2024-04-30"));
    CHECK_FALSE(child<QLineEdit>(*dialog, "closedDateEdit")->isEnabled());

    child<QComboBox>(*dialog, "ownerAgencyCombo")->setCurrentText(QStringLiteral("Youth Justice"));
    child<QLineEdit>(*dialog, "officerEdit")->setText(QStringLiteral("R. Patel"));
    child<QLineEdit>(*dialog, "dueDateEdit")->setText(QStringLiteral("2024-06-28"));
    dialog->setStatus(ActionStatus::InProgress);
    child<QPushButton>(*dialog, "okButton")->click();

    CHECK(dialog->result() == QDialog::Accepted);
    auto agency =
        ActionRepository(f.workspace().database()).agencyByName(QStringLiteral("youth justice"));
    REQUIRE(agency);
    REQUIRE(agency->has_value());
    CHECK(f.stored("actions", f.openLater.id, "owner_agency_id") == QString::number((*agency)->id));
    CHECK(f.stored("actions", f.openLater.id, "officer") == QStringLiteral("R. Patel"));
    CHECK(f.stored("actions", f.openLater.id, "due") == QStringLiteral("2024-06-28"));
    CHECK(f.stored("actions", f.openLater.id, "status") == QStringLiteral("in-progress"));
    CHECK(directoryChanged == 1);
    CHECK(child<QComboBox>(page, "agencyFilter")->findText(QStringLiteral("Youth Justice")) > 0);

    f.undoStack.undo();
    CHECK(f.stored("actions", f.openLater.id, "owner_agency_id") ==
          QString::number(f.openLater.ownerAgencyId));
    CHECK(f.stored("actions", f.openLater.id, "due") == QStringLiteral("2024-04-30"));
    CHECK(f.stored("actions", f.openLater.id, "status") == QStringLiteral("open"));
    CHECK(page.selectedAction()->ownerAgency == QStringLiteral("Surrey Schools"));
}

TEST_CASE("setting a closed status in the edit dialog fills the completion date with today")
{
    ActionsFixture f;
    ActionsPage page(f.session.get(), &f.undoStack);
    REQUIRE(page.selectAction(f.overdue.id));
    page.editAction();
    auto* dialog = child<ui::ActionEditDialog>(page, "actionEditDialog");
    dialog->setStatus(ActionStatus::ImpactEvidenced);
    CHECK(child<QLineEdit>(*dialog, "closedDateEdit")->text() == QStringLiteral("2024-03-01"));
    dialog->requestSave();
    CHECK(f.stored("actions", f.overdue.id, "status") == QStringLiteral("impact-evidenced"));
    CHECK(f.stored("actions", f.overdue.id, "closed") == QStringLiteral("2024-03-01"));
}

TEST_CASE("an edit to an action someone else saved since is refused, reported and reloaded")
{
    ActionsFixture f;
    ActionsPage page(f.session.get(), &f.undoStack);
    int resets = 0;
    QObject::connect(f.session.get(), &ui::AppSession::registerReset, &page, [&] { ++resets; });
    REQUIRE(page.selectAction(f.openLater.id));
    page.editAction();
    auto* dialog = child<ui::ActionEditDialog>(page, "actionEditDialog");

    // Someone else saves the same action while the dialog is open.
    Action theirs = f.openLater;
    theirs.officer = QStringLiteral("Their officer");
    REQUIRE(ActionService(f.workspace()).updateAction(theirs));

    child<QLineEdit>(*dialog, "officerEdit")->setText(QStringLiteral("My officer"));
    dialog->requestSave();

    CHECK(dialog->result() == QDialog::Rejected);
    CHECK(f.stored("actions", f.openLater.id, "officer") == QStringLiteral("Their officer"));
    CHECK(f.undoStack.count() == 0);
    CHECK(resets == 1);
    auto* message = child<QMessageBox>(page, "staleWriteMessage");
    CHECK(message->informativeText() ==
          QStringLiteral("action %1 was changed by someone else since you opened it; reload it "
                         "and make your change again")
              .arg(f.openLater.id));
    REQUIRE(page.selectAction(f.openLater.id));
    CHECK(page.selectedAction()->officer == QStringLiteral("Their officer"));
}

TEST_CASE("completing an action someone else saved since is refused, not written over")
{
    ActionsFixture f;
    ActionsPage page(f.session.get(), &f.undoStack);
    REQUIRE(page.selectAction(f.openLater.id));
    page.markComplete();
    auto* dialog = child<ui::CompleteActionDialog>(page, "completeActionDialog");
    Action theirs = f.openLater;
    theirs.due = QDate(2024, 7, 31);
    REQUIRE(ActionService(f.workspace()).updateAction(theirs));

    dialog->requestSave();
    CHECK(dialog->result() == QDialog::Rejected);
    CHECK(f.stored("actions", f.openLater.id, "status") == QStringLiteral("open"));
    CHECK(f.stored("actions", f.openLater.id, "due") == QStringLiteral("2024-07-31"));
    CHECK(f.undoStack.count() == 0);
    CHECK(page.findChild<QMessageBox*>(QStringLiteral("staleWriteMessage")) != nullptr);
}

TEST_CASE("undo after someone else saved the action is refused and reported")
{
    ActionsFixture f;
    ActionsPage page(f.session.get(), &f.undoStack);
    QStringList errors;
    QObject::connect(f.session.get(), &ui::AppSession::errorOccurred, &page,
                     [&](const QString& message) { errors << message; });
    REQUIRE(page.selectAction(f.openLater.id));
    page.markComplete();
    child<ui::CompleteActionDialog>(page, "completeActionDialog")->requestSave();
    REQUIRE(f.stored("actions", f.openLater.id, "status") == QStringLiteral("complete"));

    Action theirs = *page.selectedAction();
    theirs.evidence = QStringLiteral("Their evidence");
    REQUIRE(ActionService(f.workspace()).updateAction(theirs));

    f.undoStack.undo();
    CHECK(f.stored("actions", f.openLater.id, "status") == QStringLiteral("complete"));
    CHECK(f.stored("actions", f.openLater.id, "evidence") == QStringLiteral("Their evidence"));
    REQUIRE(errors.size() == 1);
    CHECK(
        errors.first() ==
        QStringLiteral("Could not undo or redo \"Complete action %1 of SSCP-2024-001\": action %1 "
                       "was changed by someone else since you opened it; reload it and make "
                       "your change again")
            .arg(f.openLater.id));
}

TEST_CASE("Enter on an action asks to open its case")
{
    ActionsFixture f;
    ActionsPage page(f.session.get(), &f.undoStack);
    QStringList opened;
    QObject::connect(&page, &ActionsPage::openCaseRequested, &page,
                     [&](const QString& ref) { opened << ref; });
    REQUIRE(page.selectAction(f.complete.id));
    auto* view = child<QTableView>(page, "actionsTable");
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(view, &enter);
    CHECK(opened == QStringList{QStringLiteral("SSCP-2024-002")});
}

TEST_CASE("an empty actions table says whether there are none or the filters hide them")
{
    {
        PageFixture empty;
        QUndoStack undoStack;
        ActionsPage page(empty.session.get(), &undoStack);
        CHECK(child<ui::HintedTableView>(page, "actionsTable")->shownHint() ==
              QStringLiteral("No learning actions yet. Open a case and use Add action… in its "
                             "Actions section."));
    }
    ActionsFixture f;
    ActionsPage page(f.session.get(), &f.undoStack);
    auto* table = child<ui::HintedTableView>(page, "actionsTable");
    CHECK(table->shownHint().isEmpty());
    // NHS Trust's one action is complete: none of its actions is overdue.
    choose(*child<QComboBox>(page, "agencyFilter"), QStringLiteral("NHS Trust"));
    choose(*child<QComboBox>(page, "statusFilter"), QStringLiteral("Overdue only"));
    CHECK(table->model()->rowCount() == 0);
    CHECK(table->shownHint() == QStringLiteral("No action matches the filters."));
    // Followed as the filters emptied the table, not only when asked.
    CHECK(table->accessibleDescription() == QStringLiteral("No action matches the filters."));
}
