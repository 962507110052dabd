#include "timeline/timelineview.h"

#include "session/appsession.h"
#include "util/isodate.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <utility>

namespace reviewdesk::ui {
namespace {

constexpr double kZoomStep = 1.5;
// Where "Today" puts today: a little left of the middle, so what is coming shows.
constexpr double kTodayFraction = 0.4;

QString marking()
{
    return QStringLiteral("OFFICIAL-SENSITIVE");
}

} // namespace

TimelineView::TimelineView(AppSession* session, QWidget* parent)
    : QAbstractScrollArea(parent), m_session(session),
      m_pixelsPerDay(zoomPresets().at(1).pixelsPerDay)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Timeline"));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(int(m_rowHeight));
    connect(session, &AppSession::registerReset, this, &TimelineView::refresh);
    connect(session, &AppSession::caseChanged, this, &TimelineView::refresh);
    connect(session, &AppSession::caseAdded, this, &TimelineView::refresh);
    relayout();
    scrollToToday();
}

void TimelineView::showPortfolio()
{
    m_mode = Mode::Portfolio;
    m_caseRef.clear();
    m_caseMilestones.clear();
    m_selectedRow = m_selectedItem = -1;
    relayout();
    scrollToToday();
}

void TimelineView::setFilter(const PortfolioFilter& filter)
{
    m_filter = filter;
    if (m_mode != Mode::Portfolio)
        return;
    m_selectedRow = m_selectedItem = -1;
    relayout();
}

void TimelineView::setCase(const QString& ref)
{
    m_mode = Mode::Case;
    m_caseRef = ref;
    m_selectedRow = m_selectedItem = -1;
    readCaseMilestones();
    relayout();
    // A case opens fitted to the window, from its incident to its last due date.
    const double dataWidth = visibleRect().width();
    const double days = m_layout.bounds.width() / m_pixelsPerDay;
    if (m_layout.rowCount() > 0 && dataWidth > 100 && days > 0) {
        const double fit =
            std::clamp(dataWidth / days, kMinPixelsPerDay, zoomPresets().first().pixelsPerDay);
        if (std::abs(fit - m_pixelsPerDay) > 1e-9) {
            m_pixelsPerDay = fit;
            relayout();
            emit zoomChanged(m_pixelsPerDay);
        }
    }
    horizontalScrollBar()->setValue(int(m_layout.bounds.left()));
    verticalScrollBar()->setValue(0);
}

void TimelineView::refresh()
{
    // Keep the date at the left edge where it was.
    const QDate left = m_layout.scale.origin.isValid()
                           ? m_layout.scale.dateAt(horizontalScrollBar()->value())
                           : QDate();
    const QString selectedRef = m_layout.rowCaseRefs.value(m_selectedRow);
    if (m_mode == Mode::Case)
        readCaseMilestones();
    relayout();
    if (left.isValid())
        horizontalScrollBar()->setValue(int(std::round(m_layout.scale.x(left))));
    m_selectedItem = -1;
    if (m_mode == Mode::Portfolio)
        m_selectedRow = selectedRef.isEmpty() ? -1 : int(m_layout.rowCaseRefs.indexOf(selectedRef));
    else if (m_selectedRow >= m_layout.rowCount())
        m_selectedRow = -1;
    viewport()->update();
}

const CaseEntry* TimelineView::shownCase() const
{
    const RegisterSnapshot& snapshot = m_session->snapshot();
    for (const CaseEntry& entry : snapshot.entries())
        if (entry.file.kase.ref == m_caseRef)
            return &entry;
    return nullptr;
}

void TimelineView::readCaseMilestones()
{
    m_caseMilestones.clear();
    const CaseEntry* entry = shownCase();
    if (!entry)
        return;
    auto milestones = m_session->workspace().milestonesOf(entry->file.kase.id);
    if (!milestones) {
        emit m_session->errorOccurred(tr("The milestones of %1 could not be read: %2")
                                          .arg(m_caseRef, milestones.error().message));
        return;
    }
    m_caseMilestones = std::move(*milestones);
}

// The portfolio of a 50,000-case register lays out to some 45 MiB, and most
// sessions never open the Timeline page: until the view is first shown (or its
// layout asked for), the portfolio is not laid out at all. A single case is
// small and is laid out at once, as opening one needs its size to fit it.
void TimelineView::relayout()
{
    if (!m_laidOut && m_mode == Mode::Portfolio && !isVisible())
        return;
    layOutNow();
}

void TimelineView::ensureLaidOut()
{
    if (m_laidOut)
        return;
    layOutNow();
    if (std::exchange(m_scrollToTodayWhenLaidOut, false))
        scrollToToday();
}

void TimelineView::showEvent(QShowEvent* event)
{
    QAbstractScrollArea::showEvent(event);
    ensureLaidOut();
}

void TimelineView::layOutNow()
{
    m_laidOut = true;
    const RegisterSnapshot& snapshot = m_session->snapshot();
    const QDate today = snapshot.asOf();
    QList<const CaseEntry*> entries;
    if (m_mode == Mode::Portfolio)
        entries = portfolioRows(snapshot, m_filter);
    else if (const CaseEntry* entry = shownCase())
        entries << entry;
    const auto [first, last] = dateRange(entries, today, m_caseMilestones);
    const TimelineScale scale{first, m_pixelsPerDay};
    if (m_mode == Mode::Portfolio)
        m_layout = layoutPortfolio(entries, scale, m_rowHeight, today);
    else if (!entries.isEmpty())
        m_layout =
            layoutCase(*entries.first(), m_caseMilestones, scale, m_rowHeight, snapshot.engine());
    else
        m_layout = layoutPortfolio({}, scale, m_rowHeight, today);
    m_contentWidth = std::max(scale.x(last), m_layout.bounds.right());
    if (m_selectedItem >= m_layout.items.size())
        m_selectedItem = -1;
    updateScrollBars();
    viewport()->update();
}

void TimelineView::updateScrollBars()
{
    const QRectF visible = visibleRect();
    horizontalScrollBar()->setRange(0,
                                    std::max(0, int(std::ceil(m_contentWidth - visible.width()))));
    horizontalScrollBar()->setPageStep(std::max(1, int(visible.width())));
    const double contentHeight = m_layout.rowCount() * m_rowHeight;
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(contentHeight - visible.height()))));
    verticalScrollBar()->setPageStep(std::max(1, int(visible.height())));
}

TimelinePaintOptions TimelineView::paintOptions() const
{
    TimelinePaintOptions options;
    options.labelWidth = std::clamp(viewport()->width() * 0.28, 150.0, 260.0);
    options.axisHeight = std::ceil(fontMetrics().height() * 2.6);
    options.cornerText =
        m_mode == Mode::Portfolio ? tr("Open reviews (%1)").arg(m_layout.rowCount()) : m_caseRef;
    options.selectedRow = m_selectedRow;
    options.selectedItem = m_selectedItem >= 0 && m_selectedItem < m_layout.items.size()
                               ? &m_layout.items[m_selectedItem]
                               : nullptr;
    return options;
}

QRectF TimelineView::visibleRect() const
{
    const TimelinePaintOptions options = paintOptions();
    return QRectF(horizontalScrollBar()->value(), verticalScrollBar()->value(),
                  std::max(0.0, viewport()->width() - options.labelWidth),
                  std::max(0.0, viewport()->height() - options.axisHeight));
}

TimelinePalette TimelineView::timelinePalette() const
{
    return palette().color(QPalette::Base).lightness() < 128 ? TimelinePalette::dark()
                                                             : TimelinePalette::light();
}

QString TimelineView::emptyText() const
{
    if (m_mode == Mode::Case)
        return m_caseRef.isEmpty() ? tr("Choose a case to see its timeline.")
                                   : tr("No case %1 in this register.").arg(m_caseRef);
    const PortfolioFilter& f = m_filter;
    return f.stage || f.status || f.year ? tr("No open review matches the filters.")
                                         : tr("No open reviews.");
}

void TimelineView::paintCanvas(QPainter& painter, const TimelinePalette& palette) const
{
    painter.setFont(font());
    const TimelinePaintOptions options = paintOptions();
    paintTimeline(painter, m_layout, palette, visibleRect(), options);
    if (m_layout.rowCount() == 0) {
        painter.setPen(palette.mutedText);
        painter.drawText(QRectF(options.labelWidth, options.axisHeight,
                                viewport()->width() - options.labelWidth,
                                viewport()->height() - options.axisHeight),
                         Qt::AlignCenter | Qt::TextWordWrap, emptyText());
    }
}

void TimelineView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    paintCanvas(painter, timelinePalette());
    if (hasFocus()) {
        // A focus frame so keyboard users see where they are.
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(viewport()->rect()).adjusted(1, 1, -1, -1));
    }
}

QImage TimelineView::renderVisible(double devicePixelRatio) const
{
    QImage image(viewport()->size() * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintCanvas(painter, timelinePalette());
    painter.end();
    return image;
}

bool TimelineView::exportPng(const QString& path) const
{
    return renderVisible(devicePixelRatioF()).save(path, "PNG");
}

bool TimelineView::exportPdf(const QString& path) const
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    // Layout pixels at 96 per inch, so that text and marks keep their on-screen proportions.
    writer.setResolution(96);
    const QString what = m_mode == Mode::Portfolio ? tr("Open reviews") : m_caseRef;
    writer.setTitle(tr("Timeline — %1").arg(what));
    writer.setCreator(QStringLiteral("ReviewDesk"));

    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    const TimelinePalette palette = TimelinePalette::light(); // paper is white
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    const QRectF area(0, 0, page.width(), page.height());
    QFont base = font();
    base.setPointSizeF(9);
    painter.setFont(base);
    const QFontMetricsF metrics(base, &writer);
    const double line = std::ceil(metrics.height());

    QFont bold = base;
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette.text);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), line), Qt::AlignHCenter,
                     marking());
    QFont title = bold;
    title.setPointSizeF(13);
    painter.setFont(title);
    const double titleHeight = std::ceil(QFontMetricsF(title, &writer).height());
    const double titleTop = area.top() + line + 4;
    painter.drawText(QRectF(area.left(), titleTop, area.width(), titleHeight), Qt::AlignLeft,
                     tr("Timeline — %1").arg(what));
    painter.setFont(base);
    painter.drawText(QRectF(area.left(), titleTop, area.width(), titleHeight),
                     Qt::AlignRight | Qt::AlignVCenter,
                     tr("As of %1").arg(toDisplay(m_session->today())));
    const QRectF legend =
        paintTimelineLegend(painter, palette, QPointF(area.left(), titleTop + titleHeight + 4));

    const double footerTop = area.bottom() - line;
    painter.setFont(bold);
    painter.drawText(QRectF(area.left(), footerTop, area.width(), line), Qt::AlignHCenter,
                     marking());
    painter.setFont(base);
    painter.drawText(QRectF(area.left(), footerTop, area.width(), line), Qt::AlignRight,
                     tr("Page 1 of 1"));

    const QRectF target(area.left(), legend.bottom() + 8, area.width(),
                        footerTop - 8 - (legend.bottom() + 8));
    TimelinePaintOptions options = paintOptions();
    options.selectedItem = nullptr;
    options.selectedRow = -1;
    paintTimelineFitted(painter, m_layout, palette, visibleRect(), target, options);
    return painter.end();
}

void TimelineView::focusInEvent(QFocusEvent* event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void TimelineView::focusOutEvent(QFocusEvent* event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void TimelineView::scrollContentsBy(int, int)
{
    viewport()->update();
}

QPointF TimelineView::toLayout(const QPointF& point) const
{
    const TimelinePaintOptions options = paintOptions();
    return QPointF(point.x() - options.labelWidth + horizontalScrollBar()->value(),
                   point.y() - options.axisHeight + verticalScrollBar()->value());
}

bool TimelineView::inData(const QPointF& point) const
{
    const TimelinePaintOptions options = paintOptions();
    return point.x() >= options.labelWidth && point.y() >= options.axisHeight;
}

void TimelineView::setPixelsPerDay(double pixelsPerDay, double anchorX)
{
    pixelsPerDay = std::clamp(pixelsPerDay, kMinPixelsPerDay, kMaxPixelsPerDay);
    if (pixelsPerDay == m_pixelsPerDay)
        return;
    const double labelWidth = paintOptions().labelWidth;
    if (anchorX < labelWidth)
        anchorX = labelWidth + visibleRect().width() / 2;
    const double days = (horizontalScrollBar()->value() + anchorX - labelWidth) / m_pixelsPerDay;
    m_pixelsPerDay = pixelsPerDay;
    relayout();
    horizontalScrollBar()->setValue(
        int(std::round(days * m_pixelsPerDay - (anchorX - labelWidth))));
    emit zoomChanged(m_pixelsPerDay);
}

void TimelineView::zoomIn()
{
    setPixelsPerDay(m_pixelsPerDay * kZoomStep);
}

void TimelineView::zoomOut()
{
    setPixelsPerDay(m_pixelsPerDay / kZoomStep);
}

void TimelineView::scrollToToday()
{
    if (!m_laidOut) {
        m_scrollToTodayWhenLaidOut = true;
        return;
    }
    horizontalScrollBar()->setValue(
        int(std::round(m_layout.todayX - visibleRect().width() * kTodayFraction)));
}

void TimelineView::ensureVisible(const QRectF& rect)
{
    const QRectF visible = visibleRect();
    if (rect.left() < visible.left())
        horizontalScrollBar()->setValue(int(rect.left() - 20));
    else if (rect.right() > visible.right())
        horizontalScrollBar()->setValue(int(rect.right() + 20 - visible.width()));
    if (rect.top() < visible.top())
        verticalScrollBar()->setValue(int(rect.top()));
    else if (rect.bottom() > visible.bottom())
        verticalScrollBar()->setValue(int(std::ceil(rect.bottom() - visible.height())));
}

void TimelineView::selectRow(int row)
{
    if (m_layout.rowCount() == 0)
        return;
    row = std::clamp(row, 0, m_layout.rowCount() - 1);
    m_selectedRow = row;
    m_selectedItem = -1;
    const QRectF visible = visibleRect();
    ensureVisible(QRectF(visible.left(), row * m_rowHeight, 1, m_rowHeight));
    viewport()->update();
}

void TimelineView::selectItem(int index)
{
    m_selectedItem = index;
    if (index >= 0) {
        const TimelineItem& item = m_layout.items[index];
        m_selectedRow = item.row;
        ensureVisible(item.rect);
        QToolTip::showText(viewport()->mapToGlobal(viewport()->rect().center()), item.tooltip(),
                           viewport());
    }
    viewport()->update();
}

// Left and Right step through the dots and diamonds of the selected row by date.
void TimelineView::moveItemSelection(int step)
{
    if (m_selectedRow < 0)
        selectRow(0);
    if (m_selectedRow < 0)
        return;
    QList<int> marks;
    for (int i = 0; i < m_layout.items.size(); ++i) {
        const TimelineItem& item = m_layout.items[i];
        if (item.row == m_selectedRow && (item.kind == TimelineItem::Kind::Event ||
                                          item.kind == TimelineItem::Kind::DeadlineMarker))
            marks << i;
    }
    if (marks.isEmpty())
        return;
    std::stable_sort(marks.begin(), marks.end(), [this](int a, int b) {
        return m_layout.items[a].rect.left() < m_layout.items[b].rect.left();
    });
    const qsizetype at = marks.indexOf(m_selectedItem);
    const qsizetype next = at < 0 ? (step > 0 ? 0 : marks.size() - 1)
                                  : std::clamp<qsizetype>(at + step, 0, marks.size() - 1);
    selectItem(marks[next]);
}

void TimelineView::activateSelection()
{
    if (m_selectedItem >= 0) {
        const TimelineItem& item = m_layout.items[m_selectedItem];
        emit itemActivated(item.caseRef, item.actionId);
    } else if (m_mode == Mode::Portfolio && m_selectedRow >= 0) {
        emit openCaseRequested(m_layout.rowCaseRefs.value(m_selectedRow));
    }
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    m_dragFrom = event->position().toPoint();
    m_dragScroll = horizontalScrollBar()->value();
    m_dragged = false;
}

void TimelineView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_dragFrom || !(event->buttons() & Qt::LeftButton))
        return QAbstractScrollArea::mouseMoveEvent(event);
    const QPoint delta = event->position().toPoint() - *m_dragFrom;
    if (!m_dragged && delta.manhattanLength() < QApplication::startDragDistance())
        return;
    // Dragging pans along the dates.
    m_dragged = true;
    viewport()->setCursor(Qt::ClosedHandCursor);
    horizontalScrollBar()->setValue(m_dragScroll - delta.x());
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_dragFrom)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    m_dragFrom.reset();
    viewport()->unsetCursor();
    if (m_dragged)
        return;
    const QPointF point = event->position();
    const QPointF at = toLayout(point);
    const int row = m_layout.rowAt(at.y());
    if (row < 0 || point.y() < paintOptions().axisHeight)
        return;
    m_selectedRow = row;
    m_selectedItem = -1;
    if (inData(point)) {
        if (const TimelineItem* item = m_layout.itemAt(at)) {
            m_selectedItem = int(item - m_layout.items.constData());
            viewport()->update();
            emit itemActivated(item->caseRef, item->actionId);
            return;
        }
    }
    viewport()->update();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_mode != Mode::Portfolio)
        return QAbstractScrollArea::mouseDoubleClickEvent(event);
    const QPointF point = event->position();
    if (point.y() < paintOptions().axisHeight)
        return;
    const int row = m_layout.rowAt(toLayout(point).y());
    if (row >= 0)
        emit openCaseRequested(m_layout.rowCaseRefs.value(row));
}

void TimelineView::wheelEvent(QWheelEvent* event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        if (delta.y() != 0)
            setPixelsPerDay(m_pixelsPerDay * std::pow(kZoomStep, delta.y() / 120.0),
                            event->position().x());
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        // Shift+wheel scrolls along the dates, as in most timeline tools.
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() -
                                        (delta.y() != 0 ? delta.y() : delta.x()));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_T:
        scrollToToday();
        return;
    case Qt::Key_Up:
        selectRow(m_selectedRow < 0 ? 0 : m_selectedRow - 1);
        return;
    case Qt::Key_Down:
        selectRow(m_selectedRow + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int step = event->key() == Qt::Key_Left ? -1 : 1;
        if (ctrl || m_layout.rowCount() == 0)
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() +
                                            step * horizontalScrollBar()->pageStep() / 4);
        else
            moveItemSelection(step);
        return;
    }
    case Qt::Key_Home:
        horizontalScrollBar()->setValue(0);
        return;
    case Qt::Key_End:
        horizontalScrollBar()->setValue(horizontalScrollBar()->maximum());
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        activateSelection();
        return;
    case Qt::Key_Escape:
        m_selectedItem = -1;
        m_selectedRow = -1;
        viewport()->update();
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

bool TimelineView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPointF point = help->pos();
        const QPointF at = toLayout(point);
        QString text;
        if (point.y() >= paintOptions().axisHeight) {
            if (inData(point)) {
                if (const TimelineItem* item = m_layout.itemAt(at))
                    text = item->tooltip();
            } else {
                text = m_layout.rowLabels.value(m_layout.rowAt(at.y())).trimmed();
            }
        } else if (inData(point)) {
            text = toDisplay(m_layout.scale.dateAt(at.x()));
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace reviewdesk::ui
