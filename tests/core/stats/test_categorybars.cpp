// The bars of a counts-by-category chart: words that read the same make one
// bar, the order is a lifecycle's or largest first, and the rest past a limit
// become "Other".
#include "catch.h"
#include "domain/enums.h"
#include "domain/themes.h"
#include "qtprinters.h"
#include "schedule/casestage.h"
#include "stats/categorybars.h"

using namespace reviewdesk;

namespace {

QStringList labels(const QList<CategoryBar>& bars)
{
    QStringList result;
    for (const CategoryBar& bar : bars)
        result << QStringLiteral("%1 %2").arg(bar.label).arg(bar.count);
    return result;
}

} // namespace

TEST_CASE("bars come largest first, equal counts by their words")
{
    const QMap<QString, int> counts = {{"police", 3}, {"housing", 7}, {"education", 3}};
    CHECK(labels(categoryBars(counts, {})) == QStringList{"housing 7", "education 3", "police 3"});
}

TEST_CASE("a standard theme ticked and the same words typed make one bar with both cases")
{
    const QMap<QString, int> counts = {
        {"domestic-abuse", 3}, {"domestic abuse", 2}, {"sudi", 1}, {"county lines", 4}};
    const QMap<QString, QStringList> cases = {{"domestic-abuse", {"A-1", "A-2", "A-3"}},
                                              {"domestic abuse", {"A-3", "A-4"}},
                                              {"sudi", {"A-5"}},
                                              {"county lines", {"A-6"}}};
    const QList<CategoryBar> bars = categoryBars(counts, {themeText, {}, 0}, cases);
    CHECK(labels(bars) == QStringList{"Domestic abuse 5", "County lines 4", "SUDI 1"});
    CHECK(bars.at(0).names == QStringList{"domestic abuse", "domestic-abuse"});
    // A case with both spellings is listed once.
    CHECK(bars.at(0).caseRefs == QStringList{"A-3", "A-4", "A-1", "A-2"});
}

TEST_CASE("a lifecycle's order comes first, names outside it after, largest first")
{
    const QMap<QString, int> counts = {
        {"learning", 9}, {"notification", 1}, {"lcspr", 4}, {"something-new", 2}};
    const QList<CategoryBar> bars = categoryBars(counts, {nullptr, declaredOrder<CaseStage>()});
    CHECK(labels(bars) ==
          QStringList{"notification 1", "lcspr 4", "learning 9", "something-new 2"});
    CHECK(declaredOrder<ActionStatus>() ==
          QStringList{"open", "in-progress", "complete", "impact-evidenced"});
}

TEST_CASE("past the limit the smallest bars are summed as one Other bar")
{
    QMap<QString, int> counts;
    QMap<QString, QStringList> cases;
    for (int i = 1; i <= 6; ++i) {
        const QString name = QStringLiteral("theme %1").arg(i);
        counts.insert(name, i * 10);
        cases.insert(name, {QStringLiteral("C-%1").arg(i)});
    }
    const QList<CategoryBar> bars = categoryBars(counts, {nullptr, {}, 4}, cases);
    CHECK(labels(bars) ==
          QStringList{"theme 6 60", "theme 5 50", "theme 4 40", "Other (3 more) 60"});
    CHECK(bars.last().names == QStringList{"theme 3", "theme 2", "theme 1"});
    CHECK(bars.last().caseRefs == QStringList{"C-3", "C-2", "C-1"});
    // At the limit exactly, nothing is summed.
    CHECK(categoryBars(counts, {nullptr, {}, 6}).size() == 6);
    CHECK(categoryBars({}, {nullptr, {}, 4}).isEmpty());
}
