// The dashboard page's headline counts follow the register after a save.
#include "catch.h"
#include "services/caseservice.h"
#include "session/appsession.h"
#include "tempdir.h"
#include "window/dashboardpage.h"

#include <QLabel>

using namespace reviewdesk;
using namespace reviewdesk::ui;
using namespace reviewdesk::testing;

TEST_CASE("the dashboard's counts change when a case is added")
{
    TempDir dir;
    auto opened = AppSession::open(dir.path(QStringLiteral("dashboard.rdk")),
                                   QStringLiteral("tester"), QDate(2024, 3, 1));
    REQUIRE(opened.ok());
    AppSession& session = **opened;
    DashboardPage page(&session);
    auto* counts = page.findChild<QLabel*>(QStringLiteral("dashboardCounts"));
    REQUIRE(counts);
    CHECK(counts->text().contains(QStringLiteral("As of Fri 1 Mar 2024: <b>0</b> open cases")));
    CHECK(counts->text().contains(QStringLiteral("<b>0</b> open rapid reviews")));

    // Aware Mon 26 Feb 2024: the rapid review is due on 18 Mar, open on 1 Mar.
    Case draft;
    draft.ref = QStringLiteral("DB-2024-001");
    draft.aware = QDate(2024, 2, 26);
    REQUIRE(CaseService(session.workspace()).addCase(draft).ok());
    REQUIRE(session.caseWritten(draft.ref).ok());

    // One of each takes the singular.
    CHECK(counts->text() ==
          QStringLiteral("<span style='font-size:large'>As of Fri 1 Mar 2024: <b>1</b> open case · "
                         "<b>1</b> open rapid review · <b>0</b> LCSPRs in progress · <b>0</b> "
                         "actions overdue</span>"));
}
