// The Charts page, offscreen: each chart renders a picture that is not blank,
// exports to PNG, and the period selector chooses the cohort. The charts are
// drawn by the charts module, loaded as the application loads it.
#include "catch.h"
#include "charts/chartsmodule.h"
#include "charts/chartspage.h"
#include "charts/chartspecs.h"
#include "charts/periodselector.h"
#include "demo/demogenerator.h"
#include "domain/themes.h"
#include "session/appsession.h"
#include "stats/statistics.h"
#include "tempdir.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QColor>
#include <QComboBox>
#include <QCoreApplication>
#include <QGraphicsView>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPalette>
#include <QSpinBox>

#include <algorithm>
#include <functional>
#include <memory>
#include <utility>

using namespace reviewdesk;
using namespace reviewdesk::ui;
using namespace reviewdesk::testing;

namespace {

const QDate kToday(2026, 6, 30);

struct ChartsFixture
{
    TempDir dir;
    std::unique_ptr<AppSession> session;

    ChartsFixture()
    {
        auto opened = AppSession::open(dir.path(QStringLiteral("charts.rdk")),
                                       QStringLiteral("tester"), kToday);
        REQUIRE(opened.ok());
        session = std::move(*opened);
        auto made = generateDemoData(session->workspace(), DemoOptions{60, 4, kToday});
        REQUIRE(made.ok());
        REQUIRE(session->reload().ok());
    }
};

// Pixels that differ from the top-left corner's colour (the background).
int inkedPixels(const QImage& image)
{
    const QRgb background = image.pixel(0, 0);
    int count = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            if (image.pixel(x, y) != background)
                ++count;
    return count;
}

// The page's views, as the module made them: Qt Charts' own views.
QList<QChartView*> chartViews(const ChartsPage& page)
{
    QList<QChartView*> views;
    for (QWidget* widget : page.chartViews()) {
        auto* view = qobject_cast<QChartView*>(widget);
        REQUIRE(view);
        views << view;
    }
    return views;
}

} // namespace

TEST_CASE("every chart of the charts page renders a picture that is not blank")
{
    ChartsFixture fixture;
    ChartsPage page(fixture.session.get());
    page.periodSelector()->setKind(PeriodSelector::Kind::Everything);
    page.resize(1200, 900);
    page.show();

    const QList<QChartView*> views = chartViews(page);
    REQUIRE(views.size() == 7);
    QStringList titles;
    for (QChartView* view : views) {
        titles << view->chart()->title();
        view->resize(480, 320);
        const QImage image = view->grab().toImage();
        INFO(view->chart()->title().toStdString());
        CHECK(image.width() == 480);
        CHECK(inkedPixels(image) > 2000);
    }
    CHECK(titles == QStringList{QStringLiteral("Notifications within 5 working days"),
                                QStringLiteral("Rapid reviews within 15 working days"),
                                QStringLiteral("LCSPR duration against six months"),
                                QStringLiteral("Cases by current stage"),
                                QStringLiteral("Actions by status"),
                                QStringLiteral("Overdue actions by owner agency"),
                                QStringLiteral("Cases by theme")});
}

TEST_CASE("a chart exports to a PNG at twice its size on screen")
{
    ChartsFixture fixture;
    ChartsPage page(fixture.session.get());
    page.resize(1200, 900);
    page.show();
    QWidget* first = page.chartViews().constFirst();
    const QString path = fixture.dir.path(QStringLiteral("notifications.png"));
    REQUIRE(page.exportChart(0, path));
    QImage image(path);
    REQUIRE(!image.isNull());
    CHECK(image.size() == first->size() * 2);
    CHECK(image.width() >= 840); // the view is at least 420 pixels wide
    CHECK(inkedPixels(image) > 4000);
    CHECK_FALSE(page.exportChart(7, path)); // there is no eighth chart
}

TEST_CASE("the period selector chooses the cohort the summary counts")
{
    ChartsFixture fixture;
    ChartsPage page(fixture.session.get());
    auto* summary = page.findChild<QLabel*>(QStringLiteral("chartsSummary"));
    REQUIRE(summary);

    page.periodSelector()->setKind(PeriodSelector::Kind::Everything);
    CHECK(summary->text().startsWith(QStringLiteral("All cases: 60 cases.")));

    page.periodSelector()->setKind(PeriodSelector::Kind::FinancialYear);
    auto* year = page.findChild<QSpinBox*>(QStringLiteral("periodYear"));
    REQUIRE(year);
    CHECK(page.chartViews().size() == 7);
    year->setValue(2030); // no case was known then
    CHECK(summary->text().startsWith(
        QStringLiteral("Cases aware Mon 1 Apr 2030 to Mon 31 Mar 2031: 0 cases.")));
    // Said in words, with no empty plots.
    CHECK(summary->text().endsWith(
        QStringLiteral("\n\nNo case became known in this period: choose another period above.")));
    CHECK(page.chartViews().isEmpty());
    const std::optional<Period> period = page.periodSelector()->period();
    REQUIRE(period);
    CHECK(period->from == QDate(2030, 4, 1));
    CHECK(period->to == QDate(2031, 3, 31));
    year->setValue(2025);
    CHECK(page.chartViews().size() == 7);
}

namespace {

QBarCategoryAxis* categoriesOf(QChartView* view)
{
    for (QAbstractAxis* axis : view->chart()->axes())
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
            return categories;
    return nullptr;
}

// A horizontal bar chart's categories as they read from the top.
QStringList fromTheTop(QChartView* view)
{
    QStringList names = categoriesOf(view)->categories();
    std::reverse(names.begin(), names.end());
    return names;
}

// The chart's single bar set's values, from the top.
QList<int> countsFromTheTop(QChartView* view)
{
    auto* series = qobject_cast<QAbstractBarSeries*>(view->chart()->series().constFirst());
    QList<int> counts;
    const QBarSet* set = series->barSets().constFirst();
    for (qsizetype i = set->count() - 1; i >= 0; --i)
        counts << int(set->at(i));
    return counts;
}

// Whether `names` appear in `order`'s order (each one in it).
bool inOrder(const QStringList& names, const QStringList& order)
{
    qsizetype last = -1;
    for (const QString& name : names) {
        const qsizetype at = order.indexOf(name);
        if (at <= last)
            return false;
        last = at;
    }
    return true;
}

} // namespace

TEST_CASE("bar charts read from the top in lifecycle order or largest first, every name in full")
{
    ChartsFixture fixture;
    ChartsPage page(fixture.session.get());
    page.periodSelector()->setKind(PeriodSelector::Kind::Everything);
    const QList<QChartView*> views = chartViews(page);
    REQUIRE(views.size() == 7);
    for (QChartView* view : views)
        if (QBarCategoryAxis* axis = categoriesOf(view)) {
            INFO(view->chart()->title().toStdString());
            CHECK_FALSE(axis->truncateLabels());
        }

    const QStringList stages = fromTheTop(views.at(3));
    INFO(stages.join(", ").toStdString());
    CHECK(stages.size() >= 3);
    CHECK(inOrder(stages, {"Notification", "Rapid review", "Decision", "LCSPR", "National review",
                           "Learning", "Published", "Closed"}));

    // Actions by status: bars (not a pie), open first.
    CHECK(categoriesOf(views.at(4)) != nullptr);
    CHECK(
        inOrder(fromTheTop(views.at(4)), {"Open", "In progress", "Complete", "Impact evidenced"}));

    // Themes by their words ("SUDI", "Domestic abuse"), not their stored keys.
    const QStringList themes = fromTheTop(views.at(6));
    CHECK(themes.size() >= 5);
    for (const StandardTheme& standard : standardThemes())
        CHECK_FALSE(themes.contains(standard.name));
    CHECK(themes.contains(QStringLiteral("Neglect")));

    for (QChartView* view : {views.at(5), views.at(6)}) {
        INFO(view->chart()->title().toStdString());
        const QList<int> counts = countsFromTheTop(view);
        CHECK(counts.size() >= 3);
        CHECK(std::is_sorted(counts.cbegin(), counts.cend(), std::greater<>()));
    }
}

TEST_CASE("charts stand two abreast where two fit, else one above the other")
{
    ChartsFixture fixture;
    ChartsPage page(fixture.session.get());
    page.resize(1400, 900);
    page.show();
    QCoreApplication::processEvents();
    CHECK(page.chartColumns() == 2);
    CHECK(page.chartViews().at(1)->x() > page.chartViews().at(0)->x());

    page.resize(800, 900);
    QCoreApplication::processEvents();
    CHECK(page.chartColumns() == 1);
    QCoreApplication::processEvents();
    CHECK(page.chartViews().at(1)->x() == page.chartViews().at(0)->x());
    CHECK(page.chartViews().at(1)->y() > page.chartViews().at(0)->y());
}

TEST_CASE("a count beside a bar takes the axis labels' colour, in light and dark palettes")
{
    ChartsFixture fixture;
    ChartsPage page(fixture.session.get());
    const auto besideBars = [&page]() {
        QChart* stages = chartViews(page).at(3)->chart();
        auto* series = qobject_cast<QAbstractBarSeries*>(stages->series().constFirst());
        REQUIRE(series);
        CHECK(series->labelsPosition() == QAbstractBarSeries::LabelsOutsideEnd);
        return std::pair{series->barSets().constFirst()->labelColor(),
                         stages->axes().constFirst()->labelsColor()};
    };
    const auto [light, lightAxis] = besideBars();
    CHECK(light == lightAxis);
    CHECK(light.lightness() < 128); // dark words on a light chart

    QPalette dark = page.palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, Qt::white);
    page.setPalette(dark); // the page rebuilds its charts in the dark theme
    const auto [onDark, darkAxis] = besideBars();
    CHECK(onDark == darkAxis);
    CHECK(onDark.lightness() > 128); // light words on a dark chart
}

namespace {

// What the last clicked bar handed on to the page.
struct LastClick
{
    QString title;
    QStringList refs;

    BarClicked receiver()
    {
        return [this](const QString& clickedTitle, const QStringList& clickedRefs) {
            title = clickedTitle;
            refs = clickedRefs;
        };
    }
};

// The quarter with the most late notifications: both its bars have cases.
int quarterWithMostLate(const Statistics& statistics)
{
    const auto mostLate = std::max_element(
        statistics.byQuarter.cbegin(), statistics.byQuarter.cend(),
        [](const QuarterFigures& a, const QuarterFigures& b) {
            return a.notifications.lateCaseRefs.size() < b.notifications.lateCaseRefs.size();
        });
    REQUIRE(mostLate != statistics.byQuarter.cend());
    REQUIRE_FALSE(mostLate->notifications.lateCaseRefs.isEmpty());
    return int(mostLate - statistics.byQuarter.cbegin());
}

} // namespace

TEST_CASE("a bar of the timeliness charts lists the cases behind it, on time or late")
{
    ChartsFixture fixture;
    const Statistics statistics = statisticsFor(fixture.session->snapshot(), Period{});
    LastClick click;
    const ChartSpec chart = notificationsChart(statistics, click.receiver());
    CHECK(chart.shape == ChartSpec::Shape::StackedColumns);
    REQUIRE(chart.sets.size() == 2);
    CHECK(chart.sets.at(0).name == QStringLiteral("On time"));
    CHECK(chart.sets.at(1).name == QStringLiteral("Late"));
    REQUIRE(chart.categories.size() == statistics.byQuarter.size());

    const int quarter = quarterWithMostLate(statistics);
    const QuarterFigures& figuresOfQuarter = statistics.byQuarter.at(quarter);
    const Timeliness& figures = figuresOfQuarter.notifications;
    CHECK(chart.sets.at(0).values.at(quarter) == figures.onTime);
    CHECK(chart.sets.at(1).values.at(quarter) == figures.done - figures.onTime);

    REQUIRE(chart.clicked);
    chart.clicked(1, quarter);
    CHECK(click.title == QStringLiteral("Notifications within 5 working days — %1, Late")
                             .arg(figuresOfQuarter.label()));
    CHECK(click.refs == figures.lateCaseRefs);

    chart.clicked(0, quarter);
    CHECK(click.title == QStringLiteral("Notifications within 5 working days — %1, On time")
                             .arg(figuresOfQuarter.label()));
    CHECK(click.refs.size() == figures.onTime);
    for (const QString& ref : std::as_const(click.refs)) {
        CHECK(figures.caseRefs.contains(ref));
        CHECK_FALSE(figures.lateCaseRefs.contains(ref));
    }
}

TEST_CASE("a bar lying down lists its category's cases; the actions chart has none to list")
{
    ChartsFixture fixture;
    const Statistics statistics = statisticsFor(fixture.session->snapshot(), Period{});
    LastClick click;
    const ChartSpec stages = stageChart(statistics, click.receiver());
    REQUIRE(stages.sets.size() == 1);
    REQUIRE_FALSE(stages.categories.isEmpty());
    // Drawn from the bottom: the last category drawn is the top bar, the first stage.
    const qsizetype top = stages.categories.size() - 1;
    REQUIRE(stages.clicked);
    stages.clicked(0, int(top));
    CHECK(click.title ==
          QStringLiteral("Cases by current stage — %1").arg(stages.categories.at(top)));
    CHECK(click.refs.size() == stages.sets.at(0).values.at(top));

    CHECK_FALSE(actionStatusChart(statistics).clicked);
}

TEST_CASE("the charts module is found beside the application and loaded whole")
{
    // Loaded with every symbol bound, into a test program that exports none of
    // ReviewDesk's own: the module needs nothing of the application's code.
    // (Whether it brings the Qt Charts it needs, which this program links to
    // read the charts, the package's test shows.)
    // Named as a user reading an error would want it: one plain path.
    CHECK(chartsModulePath().endsWith(QStringLiteral("/reviewdesk/modules/reviewdesk-charts")));
    CHECK_FALSE(chartsModulePath().contains(QStringLiteral("/../")));
    const ChartsModule& module = chartsModule();
    INFO(module.error.toStdString());
    CHECK(module.makeView != nullptr);
    CHECK(module.error.isEmpty());
}

namespace {

// The loader's message for the module at `path`, refused because it `why`.
QString refusal(const QString& path, const QString& why)
{
    return QStringLiteral("The charts cannot be drawn: the part of ReviewDesk that draws them (%1) "
                          "%2 Reinstalling ReviewDesk mends this.")
        .arg(path, why);
}

} // namespace

TEST_CASE("a missing or foreign charts module is refused with a message")
{
    TempDir dir;
    const QString missing = dir.path(QStringLiteral("reviewdesk-charts"));
    const ChartsModule none = loadChartsModule(missing);
    CHECK(none.makeView == nullptr);
    CHECK(none.error.startsWith(
        QStringLiteral("The charts cannot be drawn: the part of ReviewDesk that draws them (%1) "
                       "could not be loaded (")
            .arg(missing)));
    CHECK(none.error.endsWith(QStringLiteral(" Reinstalling ReviewDesk mends this.")));

    // A real library, but not one of ours.
    const ChartsModule foreign = loadChartsModule(QStringLiteral("libsqlite3.so.0"));
    CHECK(foreign.makeView == nullptr);
    CHECK(foreign.error == refusal(QStringLiteral("libsqlite3.so.0"),
                                   QStringLiteral("is not a ReviewDesk charts module.")));
}

TEST_CASE("a charts module of another version is refused, naming both versions")
{
    const QString path = QStringLiteral(REVIEWDESK_OTHER_VERSION_CHARTS_MODULE);
    const ChartsModule other = loadChartsModule(path);
    CHECK(other.makeView == nullptr);
    CHECK(other.error ==
          refusal(path, QStringLiteral("is from version 0.0.1 (charts module revision 0), not "
                                       "this version %1.")
                            .arg(QLatin1String(kChartsModuleBuild))));
}

TEST_CASE("a charts page whose module could not be loaded shows its figures and says why")
{
    ChartsFixture fixture;
    TempDir dir;
    const ChartsModule missing = loadChartsModule(dir.path(QStringLiteral("reviewdesk-charts")));
    REQUIRE_FALSE(missing.error.isEmpty());
    ChartsPage page(fixture.session.get(), missing);
    page.periodSelector()->setKind(PeriodSelector::Kind::Everything);
    auto* summary = page.findChild<QLabel*>(QStringLiteral("chartsSummary"));
    REQUIRE(summary);
    CHECK(summary->text().startsWith(QStringLiteral("All cases: 60 cases.")));
    CHECK(summary->text().endsWith(QStringLiteral(".\n\n") + missing.error));
    // Built twice (made, then the period chosen): said once, not appended again.
    CHECK(summary->text().count(missing.error) == 1);
    CHECK(page.chartViews().isEmpty());
    CHECK(page.findChildren<QGraphicsView*>().isEmpty());
}

TEST_CASE(
    "the drawn charts keep their colours, legends and titles, and a clicked bar lists its cases")
{
    ChartsFixture fixture;
    ChartsPage page(fixture.session.get());
    page.periodSelector()->setKind(PeriodSelector::Kind::Everything);
    const QList<QChartView*> views = chartViews(page);
    REQUIRE(views.size() == 7);

    // Notifications: stacked on time (green) and late (red), with a legend.
    QChart* notifications = views.at(0)->chart();
    auto* stacked = qobject_cast<QAbstractBarSeries*>(notifications->series().constFirst());
    REQUIRE(stacked);
    REQUIRE(stacked->barSets().size() == 2);
    CHECK(stacked->barSets().at(0)->label() == QStringLiteral("On time"));
    CHECK(stacked->barSets().at(0)->color() == QColor(0x2e, 0x7d, 0x32));
    CHECK(stacked->barSets().at(1)->color() == QColor(0xc6, 0x28, 0x28));
    CHECK(notifications->legend()->isVisible());
    QStringList axisTitles;
    for (QAbstractAxis* axis : notifications->axes())
        axisTitles << axis->titleText();
    CHECK(axisTitles ==
          QStringList{QStringLiteral("Quarter of the aware date"), QStringLiteral("Cases")});

    // Cases by stage: one blue set, no legend.
    QChart* stages = views.at(3)->chart();
    auto* bars = qobject_cast<QAbstractBarSeries*>(stages->series().constFirst());
    REQUIRE(bars);
    CHECK(bars->barSets().constFirst()->color() == QColor(0x1e, 0x5a, 0x9c));
    CHECK_FALSE(stages->legend()->isVisible());

    // Clicking the late part of the quarter with the most late notifications,
    // through the series the module drew, lists exactly those cases.
    const Statistics statistics = statisticsFor(fixture.session->snapshot(), Period{});
    const int quarter = quarterWithMostLate(statistics);
    emit stacked->clicked(quarter, stacked->barSets().at(1));
    auto* cases = page.findChild<QListWidget*>(QStringLiteral("chartCases"));
    REQUIRE(cases);
    QStringList listed;
    for (int row = 0; row < cases->count(); ++row)
        listed << cases->item(row)->text();
    CHECK(listed == statistics.byQuarter.at(quarter).notifications.lateCaseRefs);
}
