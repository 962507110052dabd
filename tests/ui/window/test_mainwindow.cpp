// The main window makes each page the first time it is shown, so opening a
// large register does not wait for pages nobody has looked at yet.
#include "catch.h"
#include "charts/chartspage.h"
#include "editor/caseeditor.h"
#include "pages/actionspage.h"
#include "pages/directorypage.h"
#include "reports/reportspage.h"
#include "services/caseservice.h"
#include "services/workspace.h"
#include "session/appsession.h"
#include "tempdir.h"
#include "timeline/timelinepage.h"
#include "window/dashboardpage.h"
#include "window/mainwindow.h"
#include "window/registerpage.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>

using namespace reviewdesk;
using namespace reviewdesk::ui;
using namespace reviewdesk::testing;

namespace {

void makeRegister(const QString& path, const QString& refPrefix)
{
    auto workspace = Workspace::open(path, QStringLiteral("tester"));
    REQUIRE(workspace.ok());
    for (int i = 1; i <= 3; ++i) {
        Case draft;
        draft.ref = QStringLiteral("%1-%2").arg(refPrefix).arg(i);
        draft.aware = QDate(2024, 3, i);
        REQUIRE(CaseService(**workspace).addCase(draft).ok());
    }
}

// A register of three cases (PREFIX-1 to PREFIX-3) in a folder of its own,
// with the application's settings kept apart from the user's.
struct RegisterInFolder
{
    TempDir dir;
    QString path = dir.path(QStringLiteral("register.sqlite"));

    explicit RegisterInFolder(const QString& refPrefix)
    {
        QStandardPaths::setTestModeEnabled(true);
        makeRegister(path, refPrefix);
    }
};

template <typename PageType>
int made(const MainWindow& window)
{
    return int(window.findChildren<PageType*>().size());
}

// Pages of a file that was closed are deleted once the event loop runs.
void deleteClosedPages()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

TEST_CASE("opening a register makes the dashboard only, and each other page when first shown")
{
    const RegisterInFolder file(QStringLiteral("MW"));
    const QString& path = file.path;

    MainWindow window;
    REQUIRE(window.openDatabase(path));
    deleteClosedPages();
    CHECK(window.currentPage() == MainWindow::Dashboard);
    CHECK(made<DashboardPage>(window) == 1);
    CHECK(made<RegisterPage>(window) == 0);
    CHECK(made<ActionsPage>(window) == 0);
    CHECK(made<TimelinePage>(window) == 0);
    CHECK(made<ChartsPage>(window) == 0);
    CHECK(made<DirectoryPage>(window) == 0);
    CHECK(made<ReportsPage>(window) == 0);
    CHECK(made<CaseEditor>(window) == 0);

    window.showPage(MainWindow::Actions);
    CHECK(window.currentPage() == MainWindow::Actions);
    REQUIRE(made<ActionsPage>(window) == 1);
    CHECK(window.findChild<ActionsPage*>()->isVisibleTo(&window));
    CHECK(made<RegisterPage>(window) == 0);

    // Shown again, the same page: its state (filters, selection) is kept.
    ActionsPage* actions = window.findChild<ActionsPage*>();
    window.showPage(MainWindow::Cases);
    CHECK(window.currentPage() == MainWindow::Cases);
    REQUIRE(made<RegisterPage>(window) == 1);
    CHECK(window.findChild<RegisterPage*>()->isVisibleTo(&window));
    CHECK_FALSE(actions->isVisibleTo(&window));
    window.showPage(MainWindow::Actions);
    deleteClosedPages();
    CHECK(made<ActionsPage>(window) == 1);
    CHECK(window.findChild<ActionsPage*>() == actions);
    CHECK(actions->isVisibleTo(&window));

    // Opening a case makes the editor and shows it with that case.
    window.openCase(QStringLiteral("MW-2"));
    CHECK(window.currentPage() == MainWindow::CasePage);
    REQUIRE(made<CaseEditor>(window) == 1);
    CHECK(window.findChild<CaseEditor*>()->currentRef() == QStringLiteral("MW-2"));
    CHECK(window.findChild<CaseEditor*>()->isVisibleTo(&window));
}

TEST_CASE("opening another register drops the pages of the first and makes its own when shown")
{
    QStandardPaths::setTestModeEnabled(true);
    TempDir dir;
    const QString first = dir.path(QStringLiteral("first.sqlite"));
    const QString second = dir.path(QStringLiteral("second.sqlite"));
    makeRegister(first, QStringLiteral("ONE"));
    makeRegister(second, QStringLiteral("TWO"));

    MainWindow window;
    REQUIRE(window.openDatabase(first));
    window.showPage(MainWindow::Timeline);
    window.showPage(MainWindow::Reports);
    deleteClosedPages();
    CHECK(made<TimelinePage>(window) == 1);
    CHECK(made<ReportsPage>(window) == 1);

    REQUIRE(window.openDatabase(second));
    deleteClosedPages();
    CHECK(window.currentPage() == MainWindow::Dashboard);
    CHECK(made<DashboardPage>(window) == 1);
    CHECK(made<TimelinePage>(window) == 0);
    CHECK(made<ReportsPage>(window) == 0);

    window.showPage(MainWindow::Charts);
    CHECK(window.currentPage() == MainWindow::Charts);
    CHECK(made<ChartsPage>(window) == 1);
    window.newCase();
    CHECK(window.currentPage() == MainWindow::CasePage);
    CHECK(made<CaseEditor>(window) == 1);
    CHECK(window.session()->snapshot().entries().size() == 3);
    CHECK(window.session()->snapshot().entries().constFirst().file.kase.ref.startsWith(
        QStringLiteral("TWO-")));
}

TEST_CASE("Ctrl+S has one owner in the window, Save Case, and it saves the open case")
{
    RegisterInFolder registerFile(QStringLiteral("KEY"));
    MainWindow window;
    REQUIRE(window.openDatabase(registerFile.path));
    window.openCase(QStringLiteral("KEY-2"));
    REQUIRE(window.currentPage() == MainWindow::CasePage);
    auto* lead = window.findChild<QLineEdit*>(QStringLiteral("leadOfficer"));
    REQUIRE(lead);
    lead->setText(QStringLiteral("K. Farrow"));

    // Qt fires neither of two shortcuts for one key in one window.
    const QKeySequence save(QKeySequence::Save);
    QList<QAction*> owners;
    for (QAction* action : window.findChildren<QAction*>())
        if (action->shortcuts().contains(save))
            owners << action;
    int buttons = 0;
    for (QAbstractButton* button : window.findChildren<QAbstractButton*>())
        buttons += button->shortcut() == save;
    REQUIRE(owners.size() == 1);
    CHECK(buttons == 0);
    CHECK(owners.constFirst()->text() == QStringLiteral("&Save Case"));

    // The editor's button names the key, having none of its own.
    auto* saveButton = window.findChild<QAbstractButton*>(QStringLiteral("saveButton"));
    REQUIRE(saveButton);
    CHECK(saveButton->toolTip() ==
          QStringLiteral("Save the case (%1)").arg(save.toString(QKeySequence::NativeText)));

    owners.constFirst()->trigger();
    auto reopened = Workspace::open(registerFile.path, QStringLiteral("tester"));
    REQUIRE(reopened.ok());
    CHECK((*reopened)->caseFile(QStringLiteral("KEY-2"))->kase.leadOfficer ==
          QStringLiteral("K. Farrow"));
}

TEST_CASE("a new case opens with the cursor in its reference")
{
    RegisterInFolder registerFile(QStringLiteral("FOC"));
    MainWindow window;
    REQUIRE(window.openDatabase(registerFile.path));
    window.newCase();
    REQUIRE(window.currentPage() == MainWindow::CasePage);
    REQUIRE(window.focusWidget());
    CHECK(window.focusWidget()->objectName() == QStringLiteral("caseRef"));
}

TEST_CASE("the page list starts as narrow as its longest name allows")
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.show();
    auto* navigator = window.findChild<QWidget*>(QStringLiteral("navigator"));
    REQUIRE(navigator);
    // Its size hint alone would make it 256 pixels wide, whatever the names.
    CHECK(navigator->width() == navigator->minimumWidth());
    CHECK(navigator->width() < 200);
}

TEST_CASE("no page makes the window wider or taller than its default 1200 by 780")
{
    const RegisterInFolder file(QStringLiteral("SIZE"));
    const QString& path = file.path;

    MainWindow window;
    REQUIRE(window.openDatabase(path));
    window.resize(1200, 780);
    window.show();
    window.openCase(QStringLiteral("SIZE-1")); // so the case page has a case to show
    for (int page = MainWindow::Dashboard; page < MainWindow::PageCount; ++page) {
        window.showPage(MainWindow::Page(page));
        QCoreApplication::processEvents(); // layouts settle, as before a paint
        INFO("page " << page);
        CHECK(window.width() == 1200);
        CHECK(window.height() == 780);
    }
}

namespace {

QStringList buttonTexts(const MainWindow& window)
{
    QStringList texts;
    for (const QPushButton* button : window.findChildren<QPushButton*>())
        texts << button->text();
    return texts;
}

} // namespace

TEST_CASE("a window shown with no file offers to open or create one")
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    CHECK(buttonTexts(window).isEmpty()); // nothing is made before it is shown
    window.show();
    CHECK(buttonTexts(window) == QStringList{QStringLiteral("&Open…"), QStringLiteral("&New…")});
    CHECK(window.findChild<QListWidget*>(QStringLiteral("navigator"))->isEnabled() == false);
}

TEST_CASE("a window that opens a file as it is shown says so first, then shows the register")
{
    const RegisterInFolder file(QStringLiteral("OP"));
    const QString& path = file.path;

    MainWindow window;
    bool opened = false;
    window.openDatabaseWhenShown(path, [&opened] { opened = true; });
    window.show();
    // Its first page says what it is opening; the page offering another file is never made.
    auto* pages = window.findChild<QStackedWidget*>();
    REQUIRE(pages);
    const auto* first = qobject_cast<QLabel*>(pages->currentWidget());
    REQUIRE(first);
    CHECK(first->text() == QStringLiteral("Opening %1…").arg(QDir::toNativeSeparators(path)));
    CHECK(buttonTexts(window).isEmpty());
    // The status bar says the same; its path becomes selectable once the file is open.
    const auto* filePath = window.findChild<QLabel*>(QStringLiteral("filePath"));
    REQUIRE(filePath);
    CHECK(filePath->text() == first->text());
    CHECK_FALSE(filePath->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));

    QElapsedTimer waited;
    waited.start();
    while (!opened && waited.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    REQUIRE(opened);
    REQUIRE(window.session());
    CHECK(window.session()->path() == path);
    CHECK(window.currentPage() == MainWindow::Dashboard);
    CHECK_FALSE(buttonTexts(window).contains(QStringLiteral("&Open…")));
    CHECK(filePath->text() == QDir::toNativeSeparators(path));
    CHECK(filePath->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
}
