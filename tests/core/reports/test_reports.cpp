// PDF reports (reports::writeReport) on a register built through the services:
// every kind renders a valid PDF whose text (read back with poppler's
// pdftotext) carries the marking, title, dates and "Page N of M" on every
// page; redaction removes the child identifier; a cancel or a bad path
// leaves no file behind.
//
// The register, as of Thu 15 May 2025:
//   RP-001  child "Kestrel", aware Mon 6 Jan 2025, notified Wed 8 Jan (due Mon 13 Jan: met),
//           rapid review completed Mon 20 Jan (due Mon 27 Jan: met), decision LCSPR,
//           LCSPR decided Mon 3 Feb 2025 (due Sun 3 Aug 2025), one action owned by the
//           Police due Mon 31 Mar 2025, open: overdue, 30 working days late on 15 May
//           (April's 22 weekdays less Good Friday 18 Apr and Easter Monday 21 Apr,
//           then 1-15 May's 11 weekdays less the early May holiday, Mon 5 May).
//   RP-002  child "Osprey", aware Tue 6 May 2025, not notified: due Tue 13 May, overdue.
//   BULK-01..60  child "Wren", aware on successive Mondays from 3 Jun 2024, notified.
#include "catch.h"
#include "qtprinters.h"
#include "reports/reportwriter.h"
#include "services/actionservice.h"
#include "services/caseservice.h"
#include "services/reviewservice.h"
#include "tempdir.h"
#include "testdate.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace reviewdesk;
using namespace reviewdesk::reports;
using namespace reviewdesk::testing;

namespace {

using reviewdesk::testing::d;

const QDate kAsOf = d(2025, 5, 15);
const QDateTime kGenerated(d(2025, 6, 2), QTime(9, 30));

QString run(const QString& program, const QStringList& arguments, int* exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(60000));
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pageCount(const QString& pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

// The text of each page, in reading order, with ligatures ("ﬁ") as their
// letters, as a PDF viewer's search matches them.
QStringList pageTexts(const QString& pdf)
{
    QStringList pages = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                            .normalized(QString::NormalizationForm_KC)
                            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

struct ReportFixture
{
    TempDir dir;
    std::unique_ptr<Workspace> workspace;

    ReportFixture()
    {
        auto opened =
            Workspace::open(dir.path(QStringLiteral("register.rdk")), QStringLiteral("tester"));
        if (!opened)
            FAIL(opened.error().message.toStdString());
        workspace = std::move(*opened);
        build();
    }

    void addCase(const QString& ref, const QString& child, const QDate& aware,
                 const QString& notes = {})
    {
        Case draft;
        draft.ref = ref;
        draft.childId = child;
        draft.harm = Harm::SeriousHarm;
        draft.aware = aware;
        draft.themes = {QStringLiteral("neglect")};
        draft.notes = notes;
        auto added = CaseService(*workspace).addCase(draft);
        INFO((added ? "" : added.error().message.toStdString()));
        REQUIRE(added.ok());
    }

    void build()
    {
        addCase(QStringLiteral("RP-001"), QStringLiteral("Kestrel"), d(2025, 1, 6),
                QStringLiteral("Kestrel is known to children's services."));
        REQUIRE(CaseService(*workspace)
                    .recordNotification(QStringLiteral("RP-001"), d(2025, 1, 8), {})
                    .ok());
        RapidReview rapid;
        rapid.started = d(2025, 1, 7);
        rapid.completed = d(2025, 1, 20);
        rapid.decision = RapidReviewDecision::Lcspr;
        rapid.rationale = QStringLiteral("Kestrel's school raised concerns twice.");
        REQUIRE(ReviewService(*workspace).saveRapidReview(QStringLiteral("RP-001"), rapid).ok());
        PracticeReview lcspr;
        lcspr.type = PracticeReviewType::Lcspr;
        lcspr.decided = d(2025, 2, 3);
        lcspr.reviewer = QStringLiteral("Independent reviewer");
        REQUIRE(ReviewService(*workspace).savePracticeReview(QStringLiteral("RP-001"), lcspr).ok());
        Action action;
        action.recommendation = QStringLiteral("Share concerns about Kestrel with health visitors");
        action.ownerAgency = QStringLiteral("Police");
        action.due = d(2025, 3, 31);
        REQUIRE(ActionService(*workspace).addAction(QStringLiteral("RP-001"), action).ok());

        addCase(QStringLiteral("RP-002"), QStringLiteral("Osprey"), d(2025, 5, 6));
        for (int i = 1; i <= 60; ++i) {
            const QString ref = QStringLiteral("BULK-%1").arg(i, 2, 10, QLatin1Char('0'));
            const QDate aware = d(2024, 6, 3).addDays(7 * (i - 1));
            addCase(ref, QStringLiteral("Wren"), aware);
            REQUIRE(CaseService(*workspace).recordNotification(ref, aware.addDays(1), {}).ok());
        }
    }

    ReportRequest request(ReportKind kind, bool redact = false, const QString& ref = {})
    {
        ReportOptions options;
        options.kind = kind;
        options.caseRef = ref;
        options.asOf = kAsOf;
        options.redact = redact;
        auto made = requestFor(*workspace, options);
        INFO((made ? "" : made.error().message.toStdString()));
        REQUIRE(made.ok());
        made->generated = kGenerated;
        return *made;
    }

    QString write(const ReportRequest& request, const QString& name)
    {
        const QString path = dir.path(name);
        const Status written = writeReport(request, path);
        INFO((written ? "" : written.error().message.toStdString()));
        REQUIRE(written.ok());
        int qpdf = -1;
        run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &qpdf);
        CHECK(qpdf == 0);
        return path;
    }
};

// Marking at top and bottom, the title, the dates and "Page N of M" on every page.
void checkEveryPage(const QString& pdf, const QString& title, int expectedPages)
{
    const int pages = pageCount(pdf);
    CHECK(pages == expectedPages);
    const QStringList texts = pageTexts(pdf);
    REQUIRE(texts.size() == pages);
    for (int page = 0; page < pages; ++page) {
        INFO("page " << page + 1);
        const QString& text = texts[page];
        CHECK(text.count(QStringLiteral("OFFICIAL-SENSITIVE")) == 2);
        CHECK(text.contains(title));
        CHECK(text.contains(QStringLiteral("As of Thu 15 May 2025")));
        CHECK(text.contains(QStringLiteral("generated Mon 2 Jun 2025 09:30")));
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages)));
    }
}

} // namespace

TEST_CASE("a case summary shows the case, its deadlines, decisions and actions")
{
    ReportFixture fixture;
    const QString pdf =
        fixture.write(fixture.request(ReportKind::CaseSummary, false, QStringLiteral("rp-001")),
                      QStringLiteral("case.pdf"));
    checkEveryPage(pdf, QStringLiteral("Case summary: RP-001"), 2);
    // Table cells wrap; the words read on, whatever the line breaks.
    const QString text = pageTexts(pdf).join(QLatin1Char('\n')).simplified();
    CHECK(text.contains(QStringLiteral("Kestrel")));
    CHECK(text.contains(QStringLiteral("Mon 6 Jan 2025")));
    CHECK(text.contains(QStringLiteral("Rapid review decision: An LCSPR")));
    // Stored names read as words: the standard theme and the rule set's title.
    CHECK(text.contains(QStringLiteral("Themes Neglect")));
    CHECK(text.contains(QStringLiteral("Rule set England — Working Together 2023")));
    CHECK(text.contains(QStringLiteral("Share concerns about Kestrel with health visitors")));
    CHECK(text.contains(QStringLiteral("30 WD late")));
    CHECK_FALSE(text.contains(QStringLiteral("RP-002")));
    // The milestones of both plans, read for the request: the register holds none.
    CHECK(text.contains(QStringLiteral("Milestones")));
    CHECK(text.contains(QStringLiteral("Letters to agencies")));
    CHECK(text.contains(QStringLiteral("Scoping and terms of reference")));
}

TEST_CASE("a case summary's request carries the case's milestones, in plan order")
{
    ReportFixture fixture;
    const ReportRequest request =
        fixture.request(ReportKind::CaseSummary, false, QStringLiteral("rp-001"));
    CHECK(request.caseRef == QStringLiteral("RP-001"));
    REQUIRE(request.caseMilestones.size() == 14); // four rapid review steps, ten LCSPR steps
    // Aware Mon 6 Jan 2025: one working day on; the LCSPR decided Mon 3 Feb: 14 days on.
    CHECK(request.caseMilestones.at(0).name == QStringLiteral("Letters to agencies"));
    CHECK(request.caseMilestones.at(0).due == d(2025, 1, 7));
    CHECK(request.caseMilestones.at(4).name == QStringLiteral("Scoping and terms of reference"));
    CHECK(request.caseMilestones.at(4).due == d(2025, 2, 17));
    // Other kinds read none.
    CHECK(fixture.request(ReportKind::Executive).caseMilestones.isEmpty());
}

TEST_CASE("redaction leaves the child identifier out of every kind of report")
{
    ReportFixture fixture;
    const QList<std::pair<ReportKind, QString>> kinds = {
        {ReportKind::CaseSummary, QStringLiteral("RP-001")},
        {ReportKind::PanelPack, {}},
        {ReportKind::Executive, {}},
        {ReportKind::Timeline, {}},
        {ReportKind::Annual, {}}};
    for (const auto& [kind, ref] : kinds) {
        INFO(nameOf(kind).toStdString());
        const QString pdf = fixture.write(fixture.request(kind, true, ref),
                                          nameOf(kind) + QStringLiteral("-redacted.pdf"));
        const QString text = pageTexts(pdf).join(QLatin1Char('\n'));
        CHECK(text.contains(QStringLiteral("Redacted: the child identifier is left out.")));
        for (const char* child : {"Kestrel", "Osprey", "Wren"})
            CHECK_FALSE(text.contains(QLatin1String(child), Qt::CaseInsensitive));
    }
    // Without redaction the identifiers are there (case summary and panel pack show them).
    const QString pack =
        fixture.write(fixture.request(ReportKind::PanelPack), QStringLiteral("pack.pdf"));
    const QString text = pageTexts(pack).join(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("Kestrel")));
    CHECK(text.contains(QStringLiteral("Osprey")));
}

TEST_CASE("a case summary redacts the identifier inside notes and rationale too")
{
    ReportFixture fixture;
    const QString pdf =
        fixture.write(fixture.request(ReportKind::CaseSummary, true, QStringLiteral("RP-001")),
                      QStringLiteral("case.pdf"));
    const QString text = pageTexts(pdf).join(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("[redacted] is known to children's services.")));
    CHECK(text.contains(QStringLiteral("[redacted]'s school raised concerns twice.")));
}

TEST_CASE(
    "the panel pack lists every open case, overdue first, over pages with the header repeated")
{
    ReportFixture fixture;
    const QString pdf =
        fixture.write(fixture.request(ReportKind::PanelPack), QStringLiteral("pack.pdf"));
    const int pages = pageCount(pdf);
    checkEveryPage(pdf, QStringLiteral("Panel meeting pack"), pages);
    // Five: the overdue action's row names it on a second line, which moves
    // the last open case (BULK-50) onto a page of its own.
    CHECK(pages == 5);
    const QStringList texts = pageTexts(pdf);
    const QString all = texts.join(QLatin1Char('\n'));
    // BULK-50 became known on Mon 12 May 2025; BULK-51 on the 19th, after the as-of date.
    for (int i = 1; i <= 60; ++i) {
        INFO(i);
        CHECK(all.contains(QStringLiteral("BULK-%1").arg(i, 2, 10, QLatin1Char('0'))) == (i <= 50));
    }
    // Among the overdue items: RP-001's action and RP-002's notification (the
    // BULK cases' rapid reviews were never recorded, so they are overdue too).
    const qsizetype overdue = all.indexOf(QStringLiteral("Overdue items"));
    const qsizetype open = all.indexOf(QStringLiteral("Open cases"), overdue);
    REQUIRE(overdue >= 0);
    REQUIRE(open > overdue);
    const QString overdueSection = all.mid(overdue, open - overdue);
    CHECK(overdueSection.contains(QStringLiteral("RP-001")));
    CHECK(overdueSection.contains(QStringLiteral("RP-002")));
    // The action named under its number: "Action 1" alone tells a panel nothing.
    CHECK(overdueSection.simplified().contains(
        QStringLiteral("RP-001 LCSPR Action 1 Share concerns about Kestrel with health visitors "
                       "(Police) Mon 31 Mar 2025 30 WD late")));
    // The open-cases table continues on every later page with its header row.
    for (int page = 1; page < pages; ++page)
        CHECK(texts[page].contains(QStringLiteral("Decision needed")));
}

TEST_CASE("the executive, timeline and annual reports render with their figures")
{
    ReportFixture fixture;
    const QString executive =
        fixture.write(fixture.request(ReportKind::Executive), QStringLiteral("executive.pdf"));
    checkEveryPage(executive, QStringLiteral("Executive Group status report"), 1);
    const QString executiveText = pageTexts(executive).join(QLatin1Char('\n'));
    CHECK(executiveText.contains(QStringLiteral("Cases in the period")));
    CHECK(executiveText.contains(QStringLiteral("Police")));

    const QString timeline =
        fixture.write(fixture.request(ReportKind::Timeline), QStringLiteral("timeline.pdf"));
    const int timelinePages = pageCount(timeline);
    checkEveryPage(timeline, QStringLiteral("Timeline of open reviews"), timelinePages);
    CHECK(timelinePages == 3);
    const QString timelineText = pageTexts(timeline).join(QLatin1Char('\n'));
    CHECK(timelineText.contains(QStringLiteral("RP-001")));
    CHECK(timelineText.contains(QStringLiteral("RP-002")));

    const QString annual =
        fixture.write(fixture.request(ReportKind::Annual), QStringLiteral("annual.pdf"));
    checkEveryPage(annual, QStringLiteral("Annual report statistics"), 2);
    const QString annualText = pageTexts(annual).join(QLatin1Char('\n'));
    CHECK(annualText.contains(QStringLiteral("Serious incidents (cases) in the period")));
    CHECK(annualText.contains(
        QStringLiteral("Rapid reviews complete and sent within 15 working days, by quarter")));
    // The charts are vector drawings with text, not pictures.
    const QString images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), annual});
    CHECK(images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 2); // the header lines only
}

TEST_CASE("progress grows to the total and a cancel leaves no file")
{
    ReportFixture fixture;
    const ReportRequest request = fixture.request(ReportKind::PanelPack);
    const QString path = fixture.dir.path(QStringLiteral("pack.pdf"));
    int last = -1;
    int total = -1;
    bool grew = true;
    REQUIRE(writeReport(request, path, [&](int done, int all) {
                grew = grew && done >= last && (total < 0 || all == total);
                last = done;
                total = all;
                return true;
            }).ok());
    CHECK(grew);
    CHECK(total > 60);
    CHECK(last == total);

    QFile::remove(path);
    int calls = 0;
    const Status cancelled = writeReport(request, path, [&](int, int) { return ++calls < 2; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().message == cancelledMessage());
    CHECK_FALSE(QFile::exists(path));
    // Nor its temporary file.
    CHECK(QDir(fixture.dir.root()).entryList({QStringLiteral("pack*")}, QDir::Files).isEmpty());
}

TEST_CASE("a cancelled report leaves an existing file as it was")
{
    ReportFixture fixture;
    const QString path = fixture.dir.path(QStringLiteral("old.pdf"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("previous report");
    }
    REQUIRE_FALSE(writeReport(fixture.request(ReportKind::Annual), path, [](int, int) {
                      return false;
                  }).ok());
    QFile old(path);
    REQUIRE(old.open(QIODevice::ReadOnly));
    CHECK(old.readAll() == QByteArray("previous report"));
}

TEST_CASE("bad requests are refused with a clear error")
{
    ReportFixture fixture;
    ReportOptions options;
    options.asOf = kAsOf;
    options.kind = ReportKind::CaseSummary;
    auto missing = requestFor(*fixture.workspace, options);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message == QStringLiteral("a case summary needs a case reference"));

    options.caseRef = QStringLiteral("NOPE-1");
    auto unknown = requestFor(*fixture.workspace, options);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind == ErrorKind::NotFound);

    options.kind = ReportKind::Annual;
    options.period = {d(2025, 3, 31), d(2024, 4, 1)};
    auto reversed = requestFor(*fixture.workspace, options);
    REQUIRE_FALSE(reversed.ok());
    CHECK(reversed.error().message ==
          QStringLiteral("the period ends (2024-04-01) before it starts (2025-03-31)"));

    const Status folder = writeReport(fixture.request(ReportKind::Executive), fixture.dir.root());
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().kind == ErrorKind::Storage);
    const QString nowhere = fixture.dir.path(QStringLiteral("no-such-folder/report.pdf"));
    const Status unwritable = writeReport(fixture.request(ReportKind::Executive), nowhere);
    REQUIRE_FALSE(unwritable.ok());
    CHECK(unwritable.error().message.startsWith(QStringLiteral("cannot write ")));
    CHECK_FALSE(QFile::exists(nowhere));
}
