// The register page's filter choices read as the register does: stages and
// statuses in their words, each theme once as shown; its columns as they open.
#include "catch.h"
#include "models/registermodel.h"
#include "services/caseservice.h"
#include "session/appsession.h"
#include "session/appsettings.h"
#include "tempdir.h"
#include "util/isodate.h"
#include "window/registerpage.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>

#include <memory>

using namespace reviewdesk;
using namespace reviewdesk::ui;
using namespace reviewdesk::testing;

namespace {

QStringList choices(const QComboBox& combo)
{
    QStringList texts;
    for (int i = 0; i < combo.count(); ++i)
        texts << combo.itemText(i);
    return texts;
}

// A session on a new file in `dir`, "today" Fri 1 Mar 2024, with no column
// layout a user saved: each page opens with the default columns.
std::unique_ptr<AppSession> openRegister(const TempDir& dir)
{
    QStandardPaths::setTestModeEnabled(true);
    AppSettings().remove(QStringLiteral("register/columns"));
    auto opened = AppSession::open(dir.path(QStringLiteral("register.rdk")),
                                   QStringLiteral("tester"), QDate(2024, 3, 1));
    if (!opened)
        FAIL(opened.error().message.toStdString());
    return std::move(*opened);
}

} // namespace

TEST_CASE("the register's filter choices are in words, each theme once as shown")
{
    TempDir dir;
    const auto opened = openRegister(dir);
    AppSession& session = *opened;
    const QList<QStringList> themes = {{QStringLiteral("domestic-abuse"), QStringLiteral("sudi")},
                                       {QStringLiteral("Domestic abuse")},
                                       {QStringLiteral("county lines")}};
    for (int i = 0; i < themes.size(); ++i) {
        Case draft;
        draft.ref = QStringLiteral("RG-%1").arg(i + 1);
        draft.aware = QDate(2024, 2, 20 + i);
        draft.themes = themes.at(i);
        REQUIRE(CaseService(session.workspace()).addCase(draft).ok());
    }
    REQUIRE(session.reload().ok());
    RegisterPage page(&session);

    auto* theme = page.findChild<QComboBox*>(QStringLiteral("themeFilter"));
    REQUIRE(theme);
    CHECK(choices(*theme) == QStringList{"All themes", "County lines", "Domestic abuse", "SUDI"});
    auto* stage = page.findChild<QComboBox*>(QStringLiteral("stageFilter"));
    REQUIRE(stage);
    CHECK(choices(*stage).mid(0, 5) ==
          QStringList{"All stages", "Notification", "Rapid review", "Decision", "LCSPR"});
    auto* status = page.findChild<QComboBox*>(QStringLiteral("statusFilter"));
    REQUIRE(status);
    CHECK(choices(*status) == QStringList{"Any status", "Due", "Due soon", "Overdue"});
}

TEST_CASE("the register opens with dates whole, the lead officer before the themes, and the "
          "themes in the room left")
{
    TempDir dir;
    const auto opened = openRegister(dir);
    AppSession& session = *opened;
    Case draft;
    draft.ref = QStringLiteral("RG-1");
    draft.aware = QDate(2024, 2, 28); // "Wed 28 Feb 2024": narrower than a date in May
    draft.leadOfficer = QStringLiteral("S. Malik");
    draft.themes = {QStringLiteral("domestic-abuse"), QStringLiteral("sudi"),
                    QStringLiteral("neglect"), QStringLiteral("online-harm")};
    REQUIRE(CaseService(session.workspace()).addCase(draft).ok());
    REQUIRE(session.reload().ok());
    RegisterPage page(&session);
    page.resize(1600, 500);
    page.show();
    QApplication::processEvents();
    auto* view = page.findChild<QTableView*>(QStringLiteral("registerView"));
    REQUIRE(view);
    QHeaderView* header = view->horizontalHeader();

    CHECK(header->logicalIndex(header->count() - 1) == RegisterModel::Themes);
    CHECK(header->logicalIndex(header->count() - 2) == RegisterModel::Lead);
    // A date wider than any shown fits whole, in both date columns.
    const int mayDate = view->fontMetrics().horizontalAdvance(toDisplay(QDate(2025, 5, 28)));
    CHECK(view->columnWidth(RegisterModel::Aware) > mayDate);
    CHECK(view->columnWidth(RegisterModel::NextDue) > mayDate);

    // Wide enough: the themes take exactly the room left, so nothing scrolls sideways.
    int others = 0;
    for (int column = 0; column < RegisterModel::ColumnCount; ++column)
        if (column != RegisterModel::Themes)
            others += header->sectionSize(column);
    CHECK(header->sectionSize(RegisterModel::Themes) == view->viewport()->width() - others);
    CHECK(view->horizontalScrollBar()->maximum() == 0);

    // Narrower: the themes give way to the other columns rather than keep
    // the width of their longest list; the tooltip reads them whole.
    const QModelIndex themes = view->model()->index(0, RegisterModel::Themes);
    const QString fullThemes = QStringLiteral("Domestic abuse, SUDI, Neglect, Online harm");
    CHECK(themes.data().toString() == fullThemes);
    CHECK(themes.data(Qt::ToolTipRole).toString() == fullThemes);
    page.resize(1000, 500);
    QApplication::processEvents();
    CHECK(header->sectionSize(RegisterModel::Themes) <
          view->fontMetrics().horizontalAdvance(fullThemes));
}

TEST_CASE("the register's word columns fit every word they can show, not just the rows measured")
{
    TempDir dir;
    const auto opened = openRegister(dir);
    Case draft; // one case at notification, its harm serious, its next deadline the notification
    draft.ref = QStringLiteral("RG-1");
    draft.aware = QDate(2024, 2, 28);
    REQUIRE(CaseService(opened->workspace()).addCase(draft).ok());
    REQUIRE(opened->reload().ok());
    RegisterPage page(opened.get());
    auto* view = page.findChild<QTableView*>(QStringLiteral("registerView"));
    REQUIRE(view);
    auto fits = [view](int column, const QString& words) {
        INFO(words.toStdString());
        CHECK(view->columnWidth(column) > view->fontMetrics().horizontalAdvance(words));
    };
    fits(RegisterModel::Stage, QStringLiteral("National review"));
    fits(RegisterModel::Harm, QStringLiteral("Serious harm"));
    fits(RegisterModel::NextDeadline, QStringLiteral("LCSPR publication"));
    fits(RegisterModel::NextDeadline, QStringLiteral("Action 123456"));
}

TEST_CASE("the register's columns as a user left them come back, and Reset columns undoes them")
{
    TempDir dir;
    const auto opened = openRegister(dir);
    auto lastTwo = [](const QHeaderView& header) {
        return QList<int>{header.logicalIndex(header.count() - 2),
                          header.logicalIndex(header.count() - 1)};
    };
    const QList<int> defaultEnd{RegisterModel::Lead, RegisterModel::Themes};
    {
        RegisterPage page(opened.get());
        QHeaderView* header = page.view()->horizontalHeader();
        REQUIRE(lastTwo(*header) == defaultEnd);
        header->moveSection(header->visualIndex(RegisterModel::Themes), 0);
        header->hideSection(RegisterModel::Child);
    } // closing the page saves its columns
    {
        // A layout saved by an earlier version, under the old name, is not used.
        AppSettings().setValue(QStringLiteral("register/header"), QByteArray("old"));
        RegisterPage page(opened.get());
        QHeaderView* header = page.view()->horizontalHeader();
        CHECK(header->logicalIndex(0) == RegisterModel::Themes);
        CHECK(header->isSectionHidden(RegisterModel::Child));

        page.resetColumns();
        CHECK(header->logicalIndex(0) == RegisterModel::Ref);
        CHECK(lastTwo(*header) == defaultEnd);
        CHECK_FALSE(header->isSectionHidden(RegisterModel::Child));
    }
    CHECK_FALSE(AppSettings().contains(QStringLiteral("register/header")));
}

TEST_CASE("columns saved on a register of short references never cut a longer one short")
{
    const QString longRef = QStringLiteral("SAFEGUARDING-PARTNERSHIP-2024-0001");
    TempDir first;
    {
        const auto opened = openRegister(first);
        RegisterPage page(opened.get());
        page.view()->setColumnWidth(RegisterModel::Ref, 40); // as if fitted to "A-1"
    }                                                        // closing the page saves its columns
    TempDir second;
    auto opened = AppSession::open(second.path(QStringLiteral("register.rdk")),
                                   QStringLiteral("tester"), QDate(2024, 3, 1));
    REQUIRE(opened.ok());
    // 110 short references come first in the register's order, the long one
    // after them: beyond the hundred rows a column's contents are measured on.
    CaseService cases((*opened)->workspace());
    for (int i = 1; i <= 110; ++i) {
        Case shortOne;
        shortOne.ref = QStringLiteral("S-%1").arg(i);
        shortOne.aware = QDate(2024, 1, 2);
        REQUIRE(cases.addCase(shortOne).ok());
    }
    Case draft;
    draft.ref = longRef;
    draft.aware = QDate(2024, 2, 1);
    REQUIRE(cases.addCase(draft).ok());
    REQUIRE((*opened)->reload().ok());
    {
        RegisterPage page(opened->get());
        QTableView* view = page.view();
        CHECK(view->columnWidth(RegisterModel::Ref) >
              view->fontMetrics().horizontalAdvance(longRef));
        view->setColumnWidth(RegisterModel::Ref, 900);
    }
    // A reference column the user made wider than it needs stays as wide.
    RegisterPage again(opened->get());
    CHECK(again.view()->columnWidth(RegisterModel::Ref) == 900);
}

TEST_CASE("Enter in the search opens the one case found, or goes to the first of several")
{
    TempDir dir;
    const auto opened = openRegister(dir);
    for (const char* ref : {"ENT-1", "ENT-2", "OTHER-1"}) {
        Case draft;
        draft.ref = QString::fromLatin1(ref);
        draft.aware = QDate(2024, 2, 20);
        REQUIRE(CaseService(opened->workspace()).addCase(draft).ok());
    }
    REQUIRE(opened->reload().ok());
    RegisterPage page(opened.get());
    QStringList requested;
    QObject::connect(&page, &RegisterPage::openCaseRequested,
                     [&](const QString& ref) { requested << ref; });
    QLineEdit* search = page.searchBox();

    search->setText(QStringLiteral("other"));
    emit search->returnPressed();
    CHECK(requested == QStringList{QStringLiteral("OTHER-1")});

    search->setText(QStringLiteral("ent-"));
    emit search->returnPressed();
    CHECK(requested.size() == 1); // two found: nothing opened
    CHECK(page.focusWidget() == page.view());
    CHECK(page.view()->currentIndex().row() == 0);

    // Tab from the last filter reaches the cases, not what follows the page
    // in its window (the table was made before the search and the filters).
    QWidget window;
    auto* inWindow = new RegisterPage(opened.get(), &window);
    new QLineEdit(&window); // what follows the page
    QWidget* next =
        inWindow->findChild<QComboBox*>(QStringLiteral("themeFilter"))->nextInFocusChain();
    while (next && !(next->focusPolicy() & Qt::TabFocus))
        next = next->nextInFocusChain();
    CHECK(next == inWindow->view());
}
