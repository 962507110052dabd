// TimelineView: a scrollable, zoomable timeline of one case or of every open
// review, painted by the core's paintTimeline (the same drawing the PDF
// reports use). Click a mark to activate it, double-click a portfolio row to
// open its case; Ctrl+wheel or +/- zoom, arrows move through rows and marks,
// T scrolls to today, Enter activates.
#pragma once

#include "timeline/timelinepainter.h"

#include <QAbstractScrollArea>
#include <QImage>

#include <optional>

namespace reviewdesk::ui {

class AppSession;

class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Mode
    {
        Portfolio,
        Case
    };

    explicit TimelineView(AppSession* session, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    const QString& caseRef() const { return m_caseRef; }
    const PortfolioFilter& filter() const { return m_filter; }
    // Laid out on first use: see relayout().
    const TimelineLayout& timelineLayout()
    {
        ensureLaidOut();
        return m_layout;
    }
    // Whether a layout has been built (see relayout()).
    bool isLaidOut() const { return m_laidOut; }
    double pixelsPerDay() const { return m_pixelsPerDay; }
    int selectedRow() const { return m_selectedRow; }

    void showPortfolio();
    void setFilter(const PortfolioFilter& filter);
    // Shows one case's timeline; an unknown reference shows an empty timeline.
    void setCase(const QString& ref);

    // Zooms keeping the date under `anchorX` (viewport x; the middle when negative) in place.
    void setPixelsPerDay(double pixelsPerDay, double anchorX = -1);
    void zoomIn();
    void zoomOut();
    void scrollToToday();

    // Re-reads the session's snapshot (after a save, an undo, a reload).
    void refresh();

    // The layout rectangle on screen now, and the canvas as an image of the viewport.
    QRectF visibleRect() const;
    QImage renderVisible(double devicePixelRatio = 1.0) const;
    TimelinePalette timelinePalette() const;
    TimelinePaintOptions paintOptions() const;

    bool exportPng(const QString& path) const;
    // A4 landscape, vector: a title, the protective marking, a key, the visible timeline.
    bool exportPdf(const QString& path) const;

    QSize sizeHint() const override { return QSize(900, 480); }

signals:
    void itemActivated(const QString& caseRef, std::optional<RecordId> actionId);
    void openCaseRequested(const QString& ref);
    void zoomChanged(double pixelsPerDay);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

    void showEvent(QShowEvent* event) override;

private:
    const CaseEntry* shownCase() const; // in the snapshot, or null
    void readCaseMilestones();
    void relayout();
    void layOutNow();
    void ensureLaidOut();
    void updateScrollBars();
    void ensureVisible(const QRectF& layoutRect);
    void selectRow(int row);
    void selectItem(int index);
    void moveItemSelection(int step);
    void activateSelection();
    QPointF toLayout(const QPointF& viewportPoint) const;
    bool inData(const QPointF& viewportPoint) const;
    QString emptyText() const;
    void paintCanvas(QPainter& painter, const TimelinePalette& palette) const;

    AppSession* m_session;
    Mode m_mode = Mode::Portfolio;
    QString m_caseRef;
    // The shown case's milestones, read from the file when the case is shown
    // or changed: the register snapshot does not hold them.
    QList<Milestone> m_caseMilestones;
    PortfolioFilter m_filter;
    double m_pixelsPerDay;
    double m_rowHeight = 26.0;
    TimelineLayout m_layout;
    double m_contentWidth = 0;
    int m_selectedRow = -1;
    int m_selectedItem = -1; // index into m_layout.items
    std::optional<QPoint> m_dragFrom;
    int m_dragScroll = 0;
    bool m_dragged = false;
    bool m_laidOut = false;
    bool m_scrollToTodayWhenLaidOut = false;
};

} // namespace reviewdesk::ui
