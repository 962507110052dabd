// The timeline view and page, offscreen: they render a timeline that is not
// blank, export PNG and PDF, and answer the mouse and keyboard.
#include "catch.h"
#include "services/actionservice.h"
#include "services/caseservice.h"
#include "services/reviewservice.h"
#include "session/appsession.h"
#include "tempdir.h"
#include "testdate.h"
#include "timeline/timelinepage.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QImage>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QScrollBar>

#include <cmath>
#include <memory>

using namespace reviewdesk;
using namespace reviewdesk::ui;
using namespace reviewdesk::testing;

namespace {

using reviewdesk::testing::d;

Case draftCase(const QString& ref, const QDate& aware)
{
    Case kase;
    kase.ref = ref;
    kase.childId = QStringLiteral("A.B.");
    kase.incident = aware.addDays(-2);
    kase.aware = aware;
    return kase;
}

// Three open reviews as of Sat 1 Jun 2024: an LCSPR with an extension and an
// overdue action, a case not yet notified (overdue), one in rapid review.
struct TimelineUiFixture
{
    TempDir dir;
    std::unique_ptr<AppSession> session;

    TimelineUiFixture()
    {
        auto opened = AppSession::open(dir.path(QStringLiteral("register.rdk")),
                                       QStringLiteral("tester"), d(2024, 6, 1));
        REQUIRE(opened.ok());
        session = std::move(*opened);
        Workspace& workspace = session->workspace();
        CaseService cases(workspace);
        ReviewService reviews(workspace);
        const QString ref = QStringLiteral("TL-2023-001");
        Case lcspr = draftCase(ref, d(2023, 12, 20));
        lcspr.notified = d(2023, 12, 22);
        REQUIRE(cases.addCase(lcspr).ok());
        RapidReview rapid;
        rapid.completed = d(2024, 1, 12);
        rapid.sent = d(2024, 1, 12);
        rapid.decision = RapidReviewDecision::Lcspr;
        REQUIRE(reviews.saveRapidReview(ref, rapid).ok());
        PracticeReview practice;
        practice.decided = d(2024, 2, 2);
        REQUIRE(reviews.savePracticeReview(ref, practice).ok());
        Extension extension;
        extension.newDue = d(2024, 10, 2);
        extension.reason = QStringLiteral("criminal trial");
        extension.agreedOn = d(2024, 5, 20);
        REQUIRE(reviews.extend(ref, extension).ok());
        Action action;
        action.recommendation = QStringLiteral("Audit neglect referrals");
        action.ownerAgency = QStringLiteral("Children's services");
        action.due = d(2024, 5, 15);
        REQUIRE(ActionService(workspace).addAction(ref, action).ok());
        REQUIRE(cases.addCase(draftCase(QStringLiteral("TL-2024-002"), d(2024, 5, 20))).ok());
        Case rapidStage = draftCase(QStringLiteral("TL-2024-003"), d(2024, 5, 29));
        rapidStage.notified = d(2024, 5, 30);
        REQUIRE(cases.addCase(rapidStage).ok());
        REQUIRE(session->reload().ok());
    }
};

// Pixels that differ from the background colour.
int paintedPixels(const QImage& image, const QColor& background)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const QRgb plain = background.rgb();
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            count += line[x] != plain ? 1 : 0;
    }
    return count;
}

int pixelsOf(const QImage& image, const QColor& color)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            count += line[x] == color.rgb() ? 1 : 0;
    }
    return count;
}

void sendMouse(QWidget* target, QEvent::Type type, const QPointF& at)
{
    QMouseEvent event(type, at, target->mapToGlobal(at), Qt::LeftButton,
                      type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton,
                      Qt::NoModifier);
    QApplication::sendEvent(target, &event);
}

void sendKey(QWidget* target, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QKeyEvent event(QEvent::KeyPress, key, modifiers);
    QApplication::sendEvent(target, &event);
}

// The viewport point of a layout point.
QPointF onScreen(const TimelineView& view, const QPointF& layoutPoint)
{
    const TimelinePaintOptions options = view.paintOptions();
    const QRectF visible = view.visibleRect();
    return layoutPoint - visible.topLeft() + QPointF(options.labelWidth, options.axisHeight);
}

} // namespace

TEST_CASE("The portfolio view renders its open reviews into an image that is not blank")
{
    TimelineUiFixture fixture;
    TimelineView view(fixture.session.get());
    view.resize(900, 400);
    view.show();
    view.setPixelsPerDay(4.0);
    view.scrollToToday();

    REQUIRE(view.timelineLayout().rowCount() == 3);
    const QImage image = view.renderVisible();
    CHECK(image.size() == view.viewport()->size());
    const TimelinePalette palette = view.timelinePalette();
    const int painted = paintedPixels(image, palette.background);
    CHECK(painted > image.width() * image.height() / 10);
    CHECK(pixelsOf(image, palette.overdue.fill) > 20); // the overdue notification's bar
    CHECK(pixelsOf(image, palette.today) > 100);       // the today line
}

TEST_CASE("The portfolio is laid out when the view is first shown, not before")
{
    TimelineUiFixture fixture;
    TimelineView view(fixture.session.get());
    view.resize(900, 400);
    CHECK_FALSE(view.isLaidOut());
    view.setPixelsPerDay(24.0); // changes made while hidden wait too
    view.refresh();
    CHECK_FALSE(view.isLaidOut());
    view.show();
    CHECK(view.isLaidOut());
    CHECK(view.timelineLayout().rowCount() == 3);
    CHECK(view.timelineLayout().scale.pixelsPerDay == 24.0);
    // Scrolled so that today sits two fifths of the way across, as on opening.
    const int todayAtTwoFifths =
        int(std::round(view.timelineLayout().todayX - view.visibleRect().width() * 0.4));
    REQUIRE(todayAtTwoFifths > 0);
    REQUIRE(view.horizontalScrollBar()->maximum() > todayAtTwoFifths);
    CHECK(view.horizontalScrollBar()->value() == todayAtTwoFifths);

    TimelineView hidden(fixture.session.get());
    CHECK(hidden.timelineLayout().rowCount() == 3); // asked for: laid out then
    CHECK(hidden.isLaidOut());

    TimelineView oneCase(fixture.session.get());
    oneCase.setCase(QStringLiteral("TL-2023-001")); // small: laid out at once
    CHECK(oneCase.isLaidOut());
}

TEST_CASE("A case timeline renders its lanes, and an unknown case renders an empty timeline")
{
    TimelineUiFixture fixture;
    TimelineView view(fixture.session.get());
    view.resize(900, 600);
    view.show();
    view.setCase(QStringLiteral("TL-2023-001"));
    CHECK(view.mode() == TimelineView::Mode::Case);
    CHECK(view.timelineLayout().rowCount() == 20);
    const QImage image = view.renderVisible();
    CHECK(paintedPixels(image, view.timelinePalette().background) >
          image.width() * image.height() / 10);

    view.setCase(QStringLiteral("NO-SUCH-CASE"));
    CHECK(view.timelineLayout().rowCount() == 0);
    CHECK_FALSE(view.renderVisible().isNull());
}

TEST_CASE("A case timeline reads the case's milestones again after a write")
{
    TimelineUiFixture fixture;
    TimelineView view(fixture.session.get());
    const QString ref = QStringLiteral("TL-2023-001");
    view.setCase(ref);
    // "Letters to agencies": aware Wed 20 Dec 2023 plus one working day.
    auto letters = [&]() -> const TimelineItem* {
        const TimelineLayout& layout = view.timelineLayout();
        const int row = int(layout.rowLabels.indexOf(QStringLiteral("   Letters to agencies")));
        for (const TimelineItem& item : layout.items)
            if (item.row == row && item.kind == TimelineItem::Kind::DeadlineMarker)
                return &item;
        return nullptr;
    };
    REQUIRE(letters());
    CHECK(letters()->start == d(2023, 12, 21));
    CHECK(letters()->status == DeadlineStatus::Overdue);

    auto file = fixture.session->workspace().caseFile(ref);
    REQUIRE(file.ok());
    Milestone milestone = file->milestones.first();
    REQUIRE(milestone.name == QStringLiteral("Letters to agencies"));
    milestone.done = d(2023, 12, 21);
    REQUIRE(ReviewService(fixture.session->workspace()).saveMilestone(ref, milestone).ok());
    REQUIRE(fixture.session->caseWritten(ref).ok());

    REQUIRE(letters());
    CHECK(letters()->status == DeadlineStatus::Met);
    CHECK(view.timelineLayout().rowCount() == 20);
}

TEST_CASE("Export writes the visible timeline as a PNG of the view's size and as a PDF")
{
    TimelineUiFixture fixture;
    TempDir out;
    TimelineView view(fixture.session.get());
    view.resize(800, 360);
    view.show();

    const QString png = out.path(QStringLiteral("timeline.png"));
    REQUIRE(view.exportPng(png));
    QImage loaded;
    REQUIRE(loaded.load(png));
    CHECK(loaded.size() == view.viewport()->size() * view.devicePixelRatioF());
    CHECK(paintedPixels(loaded, view.timelinePalette().background) > 1000);

    const QString pdf = out.path(QStringLiteral("timeline.pdf"));
    REQUIRE(view.exportPdf(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    CHECK(file.size() > 2000);

    CHECK_FALSE(view.exportPng(out.path(QStringLiteral("no-such-folder/timeline.png"))));
}

TEST_CASE("Clicking a mark activates it; double-clicking a portfolio row opens its case")
{
    TimelineUiFixture fixture;
    TimelineView view(fixture.session.get());
    view.resize(900, 400);
    view.show();
    view.setPixelsPerDay(6.0);

    QStringList activated;
    std::optional<RecordId> activatedAction;
    QStringList opened;
    QObject::connect(&view, &TimelineView::itemActivated,
                     [&](const QString& ref, std::optional<RecordId> action) {
                         activated << ref;
                         activatedAction = action;
                     });
    QObject::connect(&view, &TimelineView::openCaseRequested,
                     [&](const QString& ref) { opened << ref; });

    // The overdue notification's diamond of the second row (TL-2024-002, due 28 May).
    const TimelineItem* marker = nullptr;
    for (const TimelineItem& item : view.timelineLayout().items)
        if (item.row == 1 && item.kind == TimelineItem::Kind::DeadlineMarker && !marker)
            marker = &item;
    REQUIRE(marker);
    REQUIRE(view.visibleRect().contains(marker->rect.center()));
    const QPointF at = onScreen(view, marker->rect.center());
    sendMouse(view.viewport(), QEvent::MouseButtonPress, at);
    sendMouse(view.viewport(), QEvent::MouseButtonRelease, at);
    CHECK(activated == QStringList{QStringLiteral("TL-2024-002")});
    CHECK_FALSE(activatedAction.has_value());
    CHECK(view.selectedRow() == 1);

    sendMouse(view.viewport(), QEvent::MouseButtonDblClick, at);
    CHECK(opened == QStringList{QStringLiteral("TL-2024-002")});
}

TEST_CASE("The keyboard zooms, moves through rows and opens the selected case")
{
    TimelineUiFixture fixture;
    TimelineView view(fixture.session.get());
    view.resize(900, 400);
    view.show();
    view.setPixelsPerDay(4.0);
    QStringList opened;
    QObject::connect(&view, &TimelineView::openCaseRequested,
                     [&](const QString& ref) { opened << ref; });

    sendKey(&view, Qt::Key_Plus);
    CHECK(view.pixelsPerDay() == Approx(6.0));
    sendKey(&view, Qt::Key_Minus);
    sendKey(&view, Qt::Key_Minus);
    CHECK(view.pixelsPerDay() == Approx(4.0 / 1.5));

    sendKey(&view, Qt::Key_Down);
    sendKey(&view, Qt::Key_Down);
    sendKey(&view, Qt::Key_Down);
    CHECK(view.selectedRow() == 2);
    sendKey(&view, Qt::Key_Return);
    CHECK(opened == QStringList{QStringLiteral("TL-2024-003")});

    // Today puts today's line in view.
    view.horizontalScrollBar()->setValue(0);
    sendKey(&view, Qt::Key_T);
    CHECK(view.visibleRect().contains(QPointF(view.timelineLayout().todayX, 1)));
}

TEST_CASE("The timeline page filters the portfolio, switches to a case and renders")
{
    TimelineUiFixture fixture;
    TimelinePage page(fixture.session.get());
    page.resize(1100, 600);
    page.show();
    TimelineView* view = page.view();
    CHECK(view->mode() == TimelineView::Mode::Portfolio);
    CHECK(view->timelineLayout().rowCount() == 3);

    auto* status = page.findChildren<QComboBox*>().at(3);
    REQUIRE(status->accessibleName() == QStringLiteral("Status"));
    status->setCurrentIndex(status->findText(QStringLiteral("Overdue")));
    CHECK(view->timelineLayout().rowCount() == 2);
    CHECK(view->filter().status == DeadlineStatus::Overdue);

    auto* year = page.findChildren<QComboBox*>().at(4);
    REQUIRE(year->accessibleName() == QStringLiteral("Year aware"));
    CHECK(year->count() == 3); // All years, 2024, 2023
    year->setCurrentIndex(year->findText(QStringLiteral("2023")));
    CHECK(view->timelineLayout().rowCount() == 1);

    page.showCase(QStringLiteral("TL-2024-003"));
    CHECK(view->mode() == TimelineView::Mode::Case);
    CHECK(view->caseRef() == QStringLiteral("TL-2024-003"));

    const QImage image = page.grab().toImage();
    CHECK(paintedPixels(image, view->timelinePalette().background) >
          image.width() * image.height() / 10);

    // A new case reaches the page's case list.
    REQUIRE(CaseService(fixture.session->workspace())
                .addCase(draftCase(QStringLiteral("TL-2024-009"), d(2024, 5, 31)))
                .ok());
    REQUIRE(fixture.session->caseWritten(QStringLiteral("TL-2024-009")).ok());
    auto* cases = page.findChildren<QComboBox*>().at(1);
    CHECK(cases->findText(QStringLiteral("TL-2024-009")) >= 0);
    CHECK(cases->currentText() == QStringLiteral("TL-2024-003")); // the case shown stays chosen
    CHECK(view->caseRef() == QStringLiteral("TL-2024-003"));
    page.showPortfolio();
    CHECK(view->timelineLayout().rowCount() == 1); // still filtered to overdue in 2023
}

TEST_CASE("The timeline's case picker takes part of a reference and shows only a chosen case")
{
    TimelineUiFixture fixture;
    TimelinePage page(fixture.session.get());
    page.resize(1100, 600);
    page.show();
    page.showCase(QStringLiteral("TL-2024-003"));
    TimelineView* view = page.view();
    auto* picker = page.findChild<QComboBox*>(QStringLiteral("timelineCase"));
    REQUIRE(picker);
    REQUIRE(picker->isEditable());

    // Part of a reference offers the references that contain it.
    QCompleter* completer = picker->completer();
    completer->setCompletionPrefix(QStringLiteral("2024-00"));
    QStringList offered;
    for (int row = 0; row < completer->completionCount(); ++row) {
        completer->setCurrentRow(row);
        offered << completer->currentCompletion();
    }
    CHECK(offered == QStringList{QStringLiteral("TL-2024-002"), QStringLiteral("TL-2024-003")});

    // Words that match no case are not a case: the timeline stays on the chosen one.
    picker->setEditText(QStringLiteral("no such case"));
    page.showPortfolio();
    auto* mode = page.findChild<QComboBox*>(QStringLiteral("timelineMode"));
    REQUIRE(mode);
    mode->setCurrentIndex(1); // back to "This case"
    CHECK(view->mode() == TimelineView::Mode::Case);
    CHECK(view->caseRef() == QStringLiteral("TL-2024-003"));

    // Left unmatched, the words give way to the case shown.
    emit picker->lineEdit()->editingFinished();
    CHECK(picker->currentText() == QStringLiteral("TL-2024-003"));

    // Choosing a reference shows that case.
    picker->setCurrentIndex(picker->findText(QStringLiteral("TL-2024-002")));
    CHECK(view->caseRef() == QStringLiteral("TL-2024-002"));

    // Words being typed when the register changes do not move the picker off the case shown.
    picker->setEditText(QStringLiteral("2024-00"));
    REQUIRE(CaseService(fixture.session->workspace())
                .addCase(draftCase(QStringLiteral("TL-2024-010"), d(2024, 6, 3)))
                .ok());
    REQUIRE(fixture.session->caseWritten(QStringLiteral("TL-2024-010")).ok());
    CHECK(picker->itemText(picker->currentIndex()) == QStringLiteral("TL-2024-002"));
    CHECK(view->caseRef() == QStringLiteral("TL-2024-002"));
}
