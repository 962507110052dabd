// What every page shares: each control has an object name (tests and
// accessibility tools find controls by it) and the pages open on an empty file.
#include "catch.h"
#include "pagefixture.h"
#include "pages/actioneditdialog.h"
#include "pages/actionspage.h"
#include "pages/agencydialog.h"
#include "pages/completeactiondialog.h"
#include "pages/directorypage.h"
#include "pages/nonworkingdaydialog.h"
#include "pages/persondialog.h"
#include "pages/settingsdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QUndoStack>

using namespace reviewdesk;
using namespace reviewdesk::testing;

namespace {

// The interactive children without an object name, by class (the views' own
// internal scroll bars and headers are not ours to name).
QStringList unnamedControls(const QWidget& widget)
{
    QStringList unnamed;
    for (QWidget* control : widget.findChildren<QWidget*>()) {
        const bool interactive =
            qobject_cast<QAbstractButton*>(control) || qobject_cast<QComboBox*>(control) ||
            qobject_cast<QLineEdit*>(control) || qobject_cast<QAbstractSpinBox*>(control) ||
            qobject_cast<QAbstractItemView*>(control);
        bool internal = false;
        for (QObject* up = control->parent(); up && up != &widget; up = up->parent())
            if (qobject_cast<QAbstractItemView*>(up) || qobject_cast<QComboBox*>(up) ||
                qobject_cast<QAbstractSpinBox*>(up))
                internal = true;
        if (interactive && !internal && control->objectName().isEmpty())
            unnamed << QString::fromLatin1(control->metaObject()->className());
    }
    return unnamed;
}

} // namespace

TEST_CASE("every control of the pages and the settings dialog has an object name")
{
    QStandardPaths::setTestModeEnabled(true);
    PageFixture f;
    QUndoStack undoStack;
    ui::ActionsPage actions(f.session.get(), &undoStack);
    ui::DirectoryPage directory(f.session.get());
    ui::SettingsDialog settings(f.session.get());
    CHECK(unnamedControls(actions) == QStringList{});
    CHECK(unnamedControls(directory) == QStringList{});
    CHECK(unnamedControls(settings) == QStringList{});

    Action action;
    action.due = QDate(2024, 4, 30);
    CHECK(unnamedControls(ui::CompleteActionDialog(action, kToday)) == QStringList{});
    CHECK(unnamedControls(ui::ActionEditDialog(action, {QStringLiteral("Police")}, kToday)) ==
          QStringList{});
    CHECK(unnamedControls(ui::AgencyDialog()) == QStringList{});
    CHECK(unnamedControls(ui::PersonDialog({}, {})) == QStringList{});
    CHECK(unnamedControls(ui::NonWorkingDayDialog(NonWorkingDayKind::Closure)) == QStringList{});
}

TEST_CASE("the pages open on an empty file with nothing to edit")
{
    PageFixture f;
    QUndoStack undoStack;
    ui::ActionsPage actions(f.session.get(), &undoStack);
    CHECK(child<QTableView>(actions, "actionsTable")->model()->rowCount() == 0);
    CHECK_FALSE(child<QAbstractButton>(actions, "markCompleteButton")->isEnabled());
    CHECK_FALSE(child<QAbstractButton>(actions, "editActionButton")->isEnabled());
    CHECK(child<QComboBox>(actions, "agencyFilter")->count() == 1);
    CHECK_FALSE(actions.selectedAction().has_value());

    ui::DirectoryPage directory(f.session.get());
    CHECK(child<QTableView>(directory, "agenciesTable")->model()->rowCount() == 0);
    CHECK(child<QTableView>(directory, "peopleTable")->model()->rowCount() == 0);
    CHECK_FALSE(child<QAbstractButton>(directory, "editAgencyButton")->isEnabled());
    CHECK_FALSE(child<QAbstractButton>(directory, "editPersonButton")->isEnabled());
}
