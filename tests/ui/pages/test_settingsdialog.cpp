// The settings dialog: the warning window and default rule set applied on OK
// (and the register reloaded), non-working days saved as they are added, and
// the user's display name kept on this computer.
#include "catch.h"
#include "pagefixture.h"
#include "pages/nonworkingdaydialog.h"
#include "pages/settingsdialog.h"
#include "schedule/ruleset.h"
#include "session/appsettings.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

using namespace reviewdesk;
using namespace reviewdesk::testing;
using reviewdesk::ui::SettingsDialog;

namespace {

// Aware Wed 28 Feb 2024: the rapid review is due Wed 20 Mar 2024, 13 working days after today.
struct SettingsFixture : PageFixture
{
    SettingsFixture()
    {
        addCase(QStringLiteral("SSCP-2024-010"), QDate(2024, 2, 28));
        // QSettings writes under a test location, never the user's own settings.
        QStandardPaths::setTestModeEnabled(true);
        ui::AppSettings().remove(SettingsDialog::kDisplayNameKey);
    }

    const Deadline& rapidReview()
    {
        const auto& entries = session->snapshot().entries();
        REQUIRE(entries.size() == 1);
        const Deadline* found = nullptr;
        for (const Deadline& deadline : entries.first().deadlines)
            if (deadline.kind == DeadlineKind::RapidReview)
                found = &deadline;
        REQUIRE(found != nullptr);
        return *found;
    }
};

ui::NonWorkingDayDialog* addDay(SettingsDialog& dialog, const char* button, const QString& date,
                                const QString& name)
{
    flushDeletes();
    child<QPushButton>(dialog, button)->click();
    auto* day = child<ui::NonWorkingDayDialog>(dialog, "nonWorkingDayDialog");
    child<QLineEdit>(*day, "dayDateEdit")->setText(date);
    child<QLineEdit>(*day, "dayNameEdit")->setText(name);
    child<QPushButton>(*day, "okButton")->click();
    return day;
}

} // namespace

TEST_CASE("a wider warning window turns a due deadline due-soon once OK reloads the register")
{
    SettingsFixture f;
    CHECK(f.rapidReview().due == QDate(2024, 3, 20));
    CHECK(f.rapidReview().status == DeadlineStatus::Due);

    SettingsDialog dialog(f.session.get());
    auto* window = child<QSpinBox>(dialog, "warningWindowSpin");
    CHECK(window->value() == 3);
    CHECK(window->minimum() == 0);
    CHECK(window->maximum() == 60);
    window->setValue(13);
    child<QPushButton>(dialog, "okButton")->click();

    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(*f.workspace().warningWindow() == 13);
    CHECK(f.rapidReview().status == DeadlineStatus::DueSoon);
    CHECK(f.rapidReview().workingDays == 13);
}

TEST_CASE("Cancel leaves the warning window and rule set as they were")
{
    SettingsFixture f;
    SettingsDialog dialog(f.session.get());
    child<QSpinBox>(dialog, "warningWindowSpin")->setValue(20);
    auto* rules = child<QComboBox>(dialog, "defaultRuleSetCombo");
    rules->setCurrentIndex(rules->findData(QStringLiteral("england-wt2018")));
    child<QPushButton>(dialog, "cancelButton")->click();
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK(*f.workspace().warningWindow() == 3);
    CHECK(*f.workspace().defaultRuleSet() == QStringLiteral("england-wt2023"));
    CHECK(f.rapidReview().status == DeadlineStatus::Due);
}

TEST_CASE("the default rule set is chosen by title and saved by name")
{
    SettingsFixture f;
    SettingsDialog dialog(f.session.get());
    auto* rules = child<QComboBox>(dialog, "defaultRuleSetCombo");
    REQUIRE(rules->count() == builtInRuleSets().size());
    CHECK(rules->currentText() == QStringLiteral("England — Working Together 2023"));
    rules->setCurrentIndex(rules->findText(QStringLiteral("England — Working Together 2018")));
    REQUIRE(dialog.applyChanges());
    CHECK(*f.workspace().defaultRuleSet() == QStringLiteral("england-wt2018"));
}

TEST_CASE("a closure day is saved at once, listed, and counted by the calendar")
{
    SettingsFixture f;
    SettingsDialog dialog(f.session.get());
    auto* days = child<QListWidget>(dialog, "nonWorkingDaysList");
    CHECK(days->count() == 0);
    CHECK(
        child<QLabel>(dialog, "savedAtOnceNote")->text().contains(QStringLiteral("saved at once")));

    auto* day = addDay(dialog, "addClosureDayButton", QStringLiteral("2024-03-04"),
                       QStringLiteral("Council closure day"));
    CHECK(day->result() == QDialog::Accepted);
    REQUIRE(days->count() == 1);
    CHECK(days->item(0)->text() == QStringLiteral("Mon 4 Mar 2024 — Council closure day"));
    auto calendar = f.workspace().calendar();
    REQUIRE(calendar);
    CHECK_FALSE(calendar->isWorkingDay(QDate(2024, 3, 4)));
    CHECK(calendar->nonWorkingReason(QDate(2024, 3, 4)) == QStringLiteral("Council closure day"));
    // The register moved at once: one more day to skip before the rapid review is due.
    CHECK(f.rapidReview().due == QDate(2024, 3, 21));

    // Cancel does not take it back: it was saved when added.
    child<QPushButton>(dialog, "cancelButton")->click();
    CHECK(f.count(QStringLiteral("non_working_days")) == 1);
}

TEST_CASE("a bank holiday on a day that is already a holiday is refused with the reason")
{
    SettingsFixture f;
    SettingsDialog dialog(f.session.get());
    auto* day = addDay(dialog, "addBankHolidayButton", QStringLiteral("2024-12-25"),
                       QStringLiteral("Christmas"));
    CHECK(day->isVisible());
    CHECK(child<QLabel>(*day, "errorLabel")->text() ==
          QStringLiteral("2024-12-25 is already a non-working day (Christmas Day)"));
    CHECK(f.count(QStringLiteral("non_working_days")) == 0);

    SECTION("an impossible date is refused in words")
    {
        child<QLineEdit>(*day, "dayDateEdit")->setText(QStringLiteral("2025-02-29"));
        day->requestSave();
        CHECK(day->error() == QStringLiteral("date 2025-02-29 does not exist in the calendar"));
    }
    SECTION("a new one-off bank holiday is added and listed")
    {
        child<QLineEdit>(*day, "dayDateEdit")->setText(QStringLiteral("2027-06-07"));
        child<QLineEdit>(*day, "dayNameEdit")->setText(QStringLiteral("Jubilee holiday"));
        day->requestSave();
        CHECK(day->result() == QDialog::Accepted);
        auto* days = child<QListWidget>(dialog, "nonWorkingDaysList");
        REQUIRE(days->count() == 1);
        CHECK(days->item(0)->text() == QStringLiteral("Mon 7 Jun 2027 — Jubilee holiday"));
    }
}

TEST_CASE("the display name is kept on this computer, else the system user name")
{
    SettingsFixture f;
    CHECK(SettingsDialog::displayName() == systemUserName());
    {
        SettingsDialog dialog(f.session.get());
        child<QLineEdit>(dialog, "displayNameEdit")->setText(QStringLiteral("  Jo   Bloggs "));
        REQUIRE(dialog.applyChanges());
    }
    CHECK(SettingsDialog::displayName() == QStringLiteral("Jo Bloggs"));
    {
        SettingsDialog dialog(f.session.get());
        auto* name = child<QLineEdit>(dialog, "displayNameEdit");
        CHECK(name->text() == QStringLiteral("Jo Bloggs"));
        name->clear();
        REQUIRE(dialog.applyChanges());
    }
    CHECK(SettingsDialog::displayName() == systemUserName());
}
