// The Reports page, offscreen: its controls become the report options, a
// report renders through the page on a worker thread into a PDF file, and a
// bad choice is refused with a message and no file.
#include "catch.h"
#include "charts/periodselector.h"
#include "demo/demogenerator.h"
#include "reports/reportspage.h"
#include "session/appsession.h"
#include "tempdir.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEventLoop>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

#include <memory>

using namespace reviewdesk;
using namespace reviewdesk::ui;
using namespace reviewdesk::testing;

namespace {

const QDate kToday(2026, 6, 30);

struct ReportsFixture
{
    TempDir dir;
    std::unique_ptr<AppSession> session;
    std::unique_ptr<ReportsPage> page;

    ReportsFixture()
    {
        auto opened = AppSession::open(dir.path(QStringLiteral("reports.rdk")),
                                       QStringLiteral("tester"), kToday);
        REQUIRE(opened.ok());
        session = std::move(*opened);
        REQUIRE(generateDemoData(session->workspace(), DemoOptions{30, 4, kToday}).ok());
        REQUIRE(session->reload().ok());
        page = std::make_unique<ReportsPage>(session.get());
    }

    template <typename Widget>
    Widget* child(const char* name)
    {
        auto* widget = page->findChild<Widget*>(QLatin1String(name));
        REQUIRE(widget);
        return widget;
    }

    void chooseKind(reports::ReportKind kind)
    {
        auto* combo = child<QComboBox>("reportKind");
        combo->setCurrentIndex(combo->findData(int(kind)));
        REQUIRE(combo->currentData().toInt() == int(kind));
    }

    // Runs the event loop until the page reports the end of its run (or a
    // generous limit passes, so a broken build fails rather than hangs).
    std::optional<bool> waitForReport()
    {
        std::optional<bool> written;
        QEventLoop loop;
        QObject::connect(page.get(), &ReportsPage::reportFinished, &loop,
                         [&](bool ok, const QString&) {
                             written = ok;
                             loop.quit();
                         });
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        return written;
    }

    QString firstRef() const { return session->snapshot().entries().first().file.kase.ref; }
};

} // namespace

TEST_CASE("the reports page turns its controls into report options")
{
    ReportsFixture fixture;
    auto* caseBox = fixture.child<QComboBox>("reportCase");
    CHECK(caseBox->count() == 30);

    fixture.chooseKind(reports::ReportKind::CaseSummary);
    CHECK(caseBox->isEnabled());
    caseBox->setCurrentText(QString());
    auto noCase = fixture.page->options();
    REQUIRE_FALSE(noCase.ok());
    CHECK(noCase.error().message == QStringLiteral("Choose the case to summarise."));

    caseBox->setCurrentText(fixture.firstRef());
    fixture.child<QCheckBox>("reportRedact")->setChecked(true);
    fixture.child<QDateEdit>("reportAsOf")->setDate(QDate(2026, 1, 31));
    auto summary = fixture.page->options();
    REQUIRE(summary.ok());
    CHECK(summary->kind == reports::ReportKind::CaseSummary);
    CHECK(summary->caseRef == fixture.firstRef());
    CHECK(summary->redact);
    CHECK(summary->asOf == QDate(2026, 1, 31));

    // The period is for the executive and annual reports only.
    fixture.chooseKind(reports::ReportKind::PanelPack);
    CHECK_FALSE(caseBox->isEnabled());
    CHECK_FALSE(fixture.page->findChild<PeriodSelector*>()->isEnabled());
    fixture.chooseKind(reports::ReportKind::Annual);
    auto* period = fixture.page->findChild<PeriodSelector*>();
    CHECK(period->isEnabled());
    period->setKind(PeriodSelector::Kind::Everything);
    auto annual = fixture.page->options();
    REQUIRE(annual.ok());
    CHECK(annual->kind == reports::ReportKind::Annual);
    CHECK_FALSE(annual->period.from.has_value());
    CHECK_FALSE(annual->period.to.has_value());
    CHECK(annual->caseRef.isEmpty());
}

TEST_CASE("a report renders through the page on a worker thread into a PDF")
{
    ReportsFixture fixture;
    fixture.chooseKind(reports::ReportKind::CaseSummary);
    fixture.child<QComboBox>("reportCase")->setCurrentText(fixture.firstRef());
    const QString path = fixture.dir.path(QStringLiteral("summary.pdf"));
    REQUIRE(fixture.page->startReport(path));
    CHECK(fixture.page->isRunning());
    CHECK_FALSE(fixture.child<QPushButton>("reportSave")->isEnabled());
    // One report at a time.
    CHECK_FALSE(fixture.page->startReport(fixture.dir.path(QStringLiteral("second.pdf"))));

    const auto written = fixture.waitForReport();
    REQUIRE(written.has_value());
    CHECK(*written);
    CHECK_FALSE(fixture.page->isRunning());
    CHECK(fixture.page->lastPdf() == path);
    CHECK(fixture.child<QPushButton>("reportSave")->isEnabled());
    CHECK_FALSE(fixture.child<QPushButton>("reportOpen")->isHidden());
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
    CHECK_FALSE(QFile::exists(fixture.dir.path(QStringLiteral("second.pdf"))));
}

TEST_CASE("the page refuses an unknown case with a message and writes nothing")
{
    ReportsFixture fixture;
    fixture.chooseKind(reports::ReportKind::CaseSummary);
    fixture.child<QComboBox>("reportCase")->setCurrentText(QStringLiteral("NO-SUCH-CASE"));
    const QString path = fixture.dir.path(QStringLiteral("summary.pdf"));
    CHECK_FALSE(fixture.page->startReport(path));
    CHECK_FALSE(fixture.page->isRunning());
    CHECK(fixture.child<QLabel>("reportStatus")->text() ==
          QStringLiteral("no case with reference \"NO-SUCH-CASE\""));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("'As of' moves to the new day when the day turns, unless the user chose a date")
{
    ReportsFixture fixture;
    auto* asOf = fixture.child<QDateEdit>("reportAsOf");
    REQUIRE(asOf->date() == kToday);

    REQUIRE(fixture.session->reload(kToday.addDays(1)).ok());
    CHECK(asOf->date() == QDate(2026, 7, 1));

    asOf->setDate(QDate(2026, 3, 31)); // the end of a quarter, on purpose
    REQUIRE(fixture.session->reload(kToday.addDays(2)).ok());
    CHECK(asOf->date() == QDate(2026, 3, 31));
}
