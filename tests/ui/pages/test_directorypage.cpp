// The directory page: agencies and people added and edited through
// DirectoryService, with the service's refusals shown in the dialog.
#include "catch.h"
#include "pagefixture.h"
#include "pages/agencydialog.h"
#include "pages/directorypage.h"
#include "pages/hintedtableview.h"
#include "pages/persondialog.h"
#include "services/directoryservice.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

using namespace reviewdesk;
using namespace reviewdesk::testing;
using reviewdesk::ui::DirectoryPage;

namespace {

ui::AgencyDialog* openAddAgency(DirectoryPage& page)
{
    flushDeletes();
    child<QPushButton>(page, "addAgencyButton")->click();
    return child<ui::AgencyDialog>(page, "agencyDialog");
}

} // namespace

TEST_CASE("the directory page adds an agency with its category")
{
    PageFixture f;
    DirectoryPage page(f.session.get());
    int directoryChanged = 0;
    QObject::connect(f.session.get(), &ui::AppSession::directoryChanged, &page,
                     [&] { ++directoryChanged; });

    auto* dialog = openAddAgency(page);
    QStringList categories;
    auto* category = child<QComboBox>(*dialog, "agencyCategoryCombo");
    for (int i = 0; i < category->count(); ++i)
        categories << category->itemText(i);
    CHECK(categories == QStringList{QStringLiteral("Safeguarding partner"),
                                    QStringLiteral("Education"), QStringLiteral("Health"),
                                    QStringLiteral("Police"), QStringLiteral("Local authority"),
                                    QStringLiteral("Justice"), QStringLiteral("Voluntary"),
                                    QStringLiteral("Other")});
    child<QLineEdit>(*dialog, "agencyNameEdit")->setText(QStringLiteral("Surrey Police"));
    category->setCurrentIndex(category->findText(QStringLiteral("Police")));
    child<QPushButton>(*dialog, "okButton")->click();

    CHECK(dialog->result() == QDialog::Accepted);
    auto agencies = DirectoryService(f.workspace()).agencies();
    REQUIRE(agencies);
    REQUIRE(agencies->size() == 1);
    CHECK(agencies->first().name == QStringLiteral("Surrey Police"));
    CHECK(agencies->first().category == AgencyCategory::Police);
    CHECK(directoryChanged == 1);
    const QAbstractItemModel& table = *child<QTableView>(page, "agenciesTable")->model();
    CHECK(column(table, 0) == QStringList{QStringLiteral("Surrey Police")});
    CHECK(column(table, 1) == QStringList{QStringLiteral("Police")});
}

TEST_CASE("the directory page refuses a duplicate agency name ignoring case, in the dialog")
{
    PageFixture f;
    REQUIRE(DirectoryService(f.workspace())
                .addAgency(QStringLiteral("Surrey Police"), AgencyCategory::Police));
    DirectoryPage page(f.session.get());

    auto* dialog = openAddAgency(page);
    child<QLineEdit>(*dialog, "agencyNameEdit")->setText(QStringLiteral("surrey POLICE"));
    dialog->requestSave();

    CHECK(dialog->isVisible());
    auto* error = child<QLabel>(*dialog, "errorLabel");
    CHECK(error->text() == QStringLiteral("an agency called \"Surrey Police\" already exists"));
    CHECK_FALSE(error->isHidden());
    CHECK(f.count(QStringLiteral("agencies")) == 1);

    SECTION("an empty name is refused in words too")
    {
        child<QLineEdit>(*dialog, "agencyNameEdit")->setText(QStringLiteral("   "));
        dialog->requestSave();
        CHECK(error->text() == QStringLiteral("the agency needs a name"));
    }
    SECTION("a corrected name is then saved and the dialog closes")
    {
        child<QLineEdit>(*dialog, "agencyNameEdit")->setText(QStringLiteral("Surrey Schools"));
        dialog->requestSave();
        CHECK(dialog->result() == QDialog::Accepted);
        CHECK(f.count(QStringLiteral("agencies")) == 2);
    }
}

TEST_CASE("editing an agency renames it and recategorises it; a clash is refused")
{
    PageFixture f;
    DirectoryService directory(f.workspace());
    REQUIRE(directory.addAgency(QStringLiteral("Police"), AgencyCategory::Other));
    REQUIRE(directory.addAgency(QStringLiteral("Schools"), AgencyCategory::Education));
    DirectoryPage page(f.session.get());
    auto* table = child<QTableView>(page, "agenciesTable");
    table->selectRow(0); // "Police" sorts first
    child<QPushButton>(page, "editAgencyButton")->click();
    auto* dialog = child<ui::AgencyDialog>(page, "agencyDialog");
    CHECK(child<QLineEdit>(*dialog, "agencyNameEdit")->text() == QStringLiteral("Police"));

    child<QLineEdit>(*dialog, "agencyNameEdit")->setText(QStringLiteral("SCHOOLS"));
    dialog->requestSave();
    CHECK(dialog->error() == QStringLiteral("an agency called \"Schools\" already exists"));

    child<QLineEdit>(*dialog, "agencyNameEdit")->setText(QStringLiteral("Surrey Police"));
    dialog->setCategory(AgencyCategory::Police);
    dialog->requestSave();
    CHECK(dialog->result() == QDialog::Accepted);
    CHECK(column(*table->model(), 0) ==
          QStringList{QStringLiteral("Schools"), QStringLiteral("Surrey Police")});
    CHECK(column(*table->model(), 1) ==
          QStringList{QStringLiteral("Education"), QStringLiteral("Police")});
}

TEST_CASE("the directory page adds a person with a role and agency, and edits them")
{
    PageFixture f;
    REQUIRE(DirectoryService(f.workspace())
                .addAgency(QStringLiteral("Surrey Police"), AgencyCategory::Police));
    DirectoryPage page(f.session.get());

    child<QPushButton>(page, "addPersonButton")->click();
    auto* dialog = child<ui::PersonDialog>(page, "personDialog");
    child<QLineEdit>(*dialog, "personNameEdit")->setText(QStringLiteral("  Sam   Jones "));
    dialog->setRole(PersonRole::Chair);
    auto* agency = child<QComboBox>(*dialog, "personAgencyCombo");
    CHECK(agency->itemText(0) == QStringLiteral("No agency"));
    agency->setCurrentIndex(agency->findText(QStringLiteral("Surrey Police")));
    dialog->requestSave();
    CHECK(dialog->result() == QDialog::Accepted);

    auto* table = child<QTableView>(page, "peopleTable");
    CHECK(column(*table->model(), 0) == QStringList{QStringLiteral("Sam Jones")});
    CHECK(column(*table->model(), 1) == QStringList{QStringLiteral("Chair")});
    CHECK(column(*table->model(), 2) == QStringList{QStringLiteral("Surrey Police")});

    flushDeletes();
    table->selectRow(0);
    child<QPushButton>(page, "editPersonButton")->click();
    auto* edit = child<ui::PersonDialog>(page, "personDialog");
    CHECK(child<QLineEdit>(*edit, "personNameEdit")->text() == QStringLiteral("Sam Jones"));
    CHECK(child<QComboBox>(*edit, "personRoleCombo")->currentText() == QStringLiteral("Chair"));
    child<QLineEdit>(*edit, "personNameEdit")->setText(QString());
    edit->requestSave();
    CHECK(edit->error() == QStringLiteral("the person needs a name"));
    child<QLineEdit>(*edit, "personNameEdit")->setText(QStringLiteral("Sam Jones-Smith"));
    edit->setRole(PersonRole::SupportOfficer);
    edit->setAgency(std::nullopt);
    edit->requestSave();
    CHECK(edit->result() == QDialog::Accepted);
    CHECK(column(*table->model(), 0) == QStringList{QStringLiteral("Sam Jones-Smith")});
    CHECK(column(*table->model(), 1) == QStringList{QStringLiteral("Support officer")});
    CHECK(column(*table->model(), 2) == QStringList{QString()});
    auto people = DirectoryService(f.workspace()).people();
    REQUIRE(people);
    REQUIRE(people->size() == 1);
    CHECK(people->first().role == PersonRole::SupportOfficer);
    CHECK_FALSE(people->first().agencyId.has_value());
}

TEST_CASE("an agency edit someone else saved first is refused and the directory reloaded")
{
    PageFixture f;
    DirectoryService directory(f.workspace());
    REQUIRE(directory.addAgency(QStringLiteral("Police"), AgencyCategory::Other));
    DirectoryPage page(f.session.get());
    child<QTableView>(page, "agenciesTable")->selectRow(0);
    page.editAgency();
    auto* dialog = child<ui::AgencyDialog>(page, "agencyDialog");

    auto agencies = directory.agencies();
    REQUIRE(agencies);
    Agency theirs = agencies->first();
    theirs.category = AgencyCategory::Police;
    REQUIRE(directory.updateAgency(theirs));

    dialog->setName(QStringLiteral("Constabulary"));
    dialog->requestSave();
    CHECK(dialog->result() == QDialog::Rejected);
    CHECK(page.findChild<QMessageBox*>(QStringLiteral("staleWriteMessage")) != nullptr);
    CHECK(column(*child<QTableView>(page, "agenciesTable")->model(), 0) ==
          QStringList{QStringLiteral("Police")});
    CHECK(column(*child<QTableView>(page, "agenciesTable")->model(), 1) ==
          QStringList{QStringLiteral("Police")});
}

TEST_CASE("a long agency name stays on one line in a column wide enough for it")
{
    PageFixture f;
    const QString longName = QStringLiteral("Integrated Care Board for Surrey Heartlands");
    REQUIRE(DirectoryService(f.workspace()).addAgency(longName, AgencyCategory::Health));
    DirectoryPage page(f.session.get());
    page.resize(1000, 600);
    page.show();
    auto* view = child<QTableView>(page, "agenciesTable");
    CHECK_FALSE(view->wordWrap());
    CHECK(view->horizontalHeader()->sectionResizeMode(0) == QHeaderView::Stretch);
    CHECK(view->columnWidth(0) > view->fontMetrics().horizontalAdvance(longName));
    // The category fits its words and leaves the rest to the name.
    CHECK(view->columnWidth(1) <
          view->fontMetrics().horizontalAdvance(QStringLiteral("Safeguarding partner")) + 40);
}

TEST_CASE("an empty directory says what belongs in each table and how to add it")
{
    PageFixture f;
    DirectoryPage page(f.session.get());
    auto* agencies = child<ui::HintedTableView>(page, "agenciesTable");
    auto* people = child<ui::HintedTableView>(page, "peopleTable");
    CHECK(agencies->shownHint() ==
          QStringLiteral("No agencies yet. Use Add agency… to add the partnership's agencies; "
                         "an action's owner is added here when first named."));
    CHECK(people->shownHint() ==
          QStringLiteral("No people yet. Use Add person… to add the panel's chair, members, "
                         "support officers and reviewers."));

    // An agency added elsewhere (an action's new owner) fills its table.
    REQUIRE(DirectoryService(f.workspace())
                .addAgency(QStringLiteral("Police"), AgencyCategory::Police));
    emit f.session->directoryChanged();
    CHECK(agencies->shownHint().isEmpty());
    CHECK_FALSE(people->shownHint().isEmpty());
}
