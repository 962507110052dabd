// Counts in messages take the singular for one and the plural otherwise.
#include "catch.h"
#include "util/counted.h"

using reviewdesk::actionsText;
using reviewdesk::byCount;
using reviewdesk::casesText;
using reviewdesk::counted;
using reviewdesk::workingDaysText;

TEST_CASE("a count of one takes the singular, every other count the plural")
{
    const QString one = QStringLiteral("case");
    const QString many = QStringLiteral("cases");
    CHECK(counted(1, one, many) == QStringLiteral("1 case"));
    CHECK(counted(0, one, many) == QStringLiteral("0 cases"));
    CHECK(counted(2, one, many) == QStringLiteral("2 cases"));
    CHECK(counted(50000, one, many) == QStringLiteral("50000 cases"));
}

TEST_CASE("working days are counted the same way")
{
    CHECK(workingDaysText(1) == QStringLiteral("1 working day"));
    CHECK(workingDaysText(0) == QStringLiteral("0 working days"));
    CHECK(workingDaysText(15) == QStringLiteral("15 working days"));
}

TEST_CASE("the register's own nouns, and the choice alone for any kind of count")
{
    CHECK(casesText(1) == QStringLiteral("1 case"));
    CHECK(casesText(300) == QStringLiteral("300 cases"));
    CHECK(actionsText(1) == QStringLiteral("1 action"));
    CHECK(actionsText(0) == QStringLiteral("0 actions"));
    const QString day = QStringLiteral("working day");
    const QString days = QStringLiteral("working days");
    CHECK(byCount(1.0, day, days) == day); // a median
    CHECK(byCount(1.5, day, days) == days);
    CHECK(byCount(qsizetype(2), day, days) == days);
}
