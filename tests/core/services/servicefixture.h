// A workspace on a fresh temporary file, with helpers to count what was written.
#pragma once

#include "catch.h"
#include "services/workspace.h"
#include "tempdir.h"
#include "testdate.h"

#include <QSqlQuery>

#include <memory>

namespace reviewdesk::testing {

struct ServiceFixture
{
    TempDir dir;
    std::unique_ptr<Workspace> workspace;

    ServiceFixture()
    {
        auto opened =
            Workspace::open(dir.path(QStringLiteral("register.rdk")), QStringLiteral("tester"));
        if (!opened)
            FAIL(opened.error().message.toStdString());
        workspace = std::move(*opened);
    }

    int count(const char* table)
    {
        QSqlQuery query(workspace->database().connection());
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }

    // Rows in every table that a service writes to, for "nothing written" checks.
    QList<int> footprint()
    {
        QList<int> counts;
        for (const char* table :
             {"cases", "rapid_reviews", "practice_reviews", "extensions", "milestones", "actions",
              "agencies", "non_working_days", "settings", "audit_events"})
            counts << count(table);
        return counts;
    }
};

inline Case draftCase(const QString& ref, const QDate& aware = QDate(2024, 3, 4))
{
    Case kase;
    kase.ref = ref;
    kase.childId = QStringLiteral("J.D.");
    kase.harm = Harm::SeriousHarm;
    kase.incident = aware.addDays(-2);
    kase.aware = aware;
    kase.themes = {QStringLiteral("Neglect"), QStringLiteral("domestic abuse")};
    kase.sex = QStringLiteral("Boy");
    kase.ageBand = QStringLiteral("5 to 9");
    return kase;
}

} // namespace reviewdesk::testing
