// What the timeline painter writes, read back as text from a paint device
// that records the text drawn on it, rather than as pixels.
#include "catch.h"
#include "qtprinters.h"
#include "testdate.h"
#include "timeline/timelinepainter.h"

#include <QPaintEngine>
#include <QPainter>
#include <QTextItem>

using namespace reviewdesk;
using reviewdesk::testing::d;

namespace {

// Keeps the text of every text item painted; draws nothing else.
class TextRecordingEngine : public QPaintEngine
{
public:
    TextRecordingEngine() : QPaintEngine(QPaintEngine::AllFeatures) {}
    bool begin(QPaintDevice*) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState&) override {}
    void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override {}
    void drawPolygon(const QPointF*, int, PolygonDrawMode) override {}
    void drawPath(const QPainterPath&) override {}
    void drawTextItem(const QPointF&, const QTextItem& item) override { texts << item.text(); }
    Type type() const override { return QPaintEngine::User; }

    QStringList texts;
};

class TextRecordingDevice : public QPaintDevice
{
public:
    QPaintEngine* paintEngine() const override { return &m_engine; }
    const QStringList& texts() const { return m_engine.texts; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return 1000;
        case PdmHeight:
            return 300;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        default:
            return 0;
        }
    }

private:
    mutable TextRecordingEngine m_engine;
};

// One row whose only mark, an overdue action's due date, lies just left of
// the part of the timeline in view.
TimelineLayout oneMarkJustOutOfView()
{
    TimelineLayout layout;
    layout.scale = TimelineScale{d(2026, 9, 1), 4.0};
    layout.today = d(2026, 12, 6);
    layout.rowLabels = {QStringLiteral("DEMO-2026-0016  Learning")};
    layout.rowCaseRefs = {QStringLiteral("DEMO-2026-0016")};
    TimelineItem mark;
    mark.kind = TimelineItem::Kind::DeadlineMarker;
    mark.label = QStringLiteral("Action Overdue 36 WD");
    mark.start = mark.end = d(2026, 10, 1);
    mark.status = DeadlineStatus::Overdue;
    mark.caseRef = layout.rowCaseRefs.first();
    const double x = layout.scale.x(mark.start);
    mark.rect = QRectF(x - 6, 6, 12, 12);
    layout.items = {mark};
    layout.bounds = QRectF(0, 0, 800, layout.rowHeight);
    return layout;
}

// The texts painted for `visible` that name the layout's one mark.
QStringList textsNamingTheMark(const TimelineLayout& layout, const QRectF& visible)
{
    TextRecordingDevice device;
    {
        QPainter painter(&device);
        paintTimeline(painter, layout, TimelinePalette::light(), visible);
    }
    QStringList naming;
    for (const QString& text : device.texts())
        if (text.contains(layout.items.first().label))
            naming << text;
    return naming;
}

} // namespace

TEST_CASE("a mark just out of view is named once, at the edge, not also by its own label")
{
    const TimelineLayout layout = oneMarkJustOutOfView();
    const double markRight = layout.items.first().rect.right();
    // The view starts 10 px after the mark: its label, drawn to its right,
    // would reach into view.
    const QRectF visible(markRight + 10, 0, 500, layout.rowHeight);
    CHECK(textsNamingTheMark(layout, visible) ==
          QStringList{QStringLiteral("Thu 1 Oct 2026  Action Overdue 36 WD")});
}

TEST_CASE("a mark in view is named by its own label, with no edge hint")
{
    const TimelineLayout layout = oneMarkJustOutOfView();
    const QRectF visible(layout.items.first().rect.left() - 50, 0, 500, layout.rowHeight);
    CHECK(textsNamingTheMark(layout, visible) ==
          QStringList{QStringLiteral("Action Overdue 36 WD")});
}
