// The register page's filter choices read as the register does: stages and
// statuses in their words, each theme once as shown.
#include "catch.h"
#include "services/caseservice.h"
#include "session/appsession.h"
#include "tempdir.h"
#include "window/registerpage.h"

#include <QComboBox>
#include <QStandardPaths>

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

} // namespace

TEST_CASE("the register's filter choices are in words, each theme once as shown")
{
    QStandardPaths::setTestModeEnabled(true);
    TempDir dir;
    auto opened = AppSession::open(dir.path(QStringLiteral("register.rdk")),
                                   QStringLiteral("tester"), QDate(2024, 3, 1));
    REQUIRE(opened.ok());
    AppSession& session = **opened;
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
