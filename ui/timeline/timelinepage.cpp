#include "timeline/timelinepage.h"

#include "layouts/wrappingrowlayout.h"
#include "models/caserefsmodel.h"
#include "schedule/wording.h"
#include "session/appsession.h"
#include "timeline/timelineview.h"
#include "util/isodate.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>
#include <initializer_list>

namespace reviewdesk::ui {
namespace {

enum ModeIndex
{
    PortfolioMode,
    CaseMode
};

// The key to the colours and marks, drawn by the same code as the PDF's.
class TimelineLegend : public QWidget
{
public:
    explicit TimelineLegend(TimelineView* view, QWidget* parent = nullptr)
        : QWidget(parent), m_view(view)
    {
        setAccessibleName(tr("Key to the timeline: met, late, due, due soon, overdue, event, "
                             "due date, extension, today"));
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

    QSize sizeHint() const override { return QSize(600, fontMetrics().height() + 8); }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setFont(font());
        TimelinePalette palette = m_view->timelinePalette();
        palette.text = this->palette().color(QPalette::WindowText);
        paintTimelineLegend(painter, palette, QPointF(2, 2));
    }

private:
    TimelineView* m_view;
};

QLabel* labelFor(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

// Widgets side by side that wrap as one.
QWidget* controlGroup(std::initializer_list<QWidget*> widgets)
{
    auto* group = new QWidget;
    auto* row = new QHBoxLayout(group);
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget* widget : widgets)
        row->addWidget(widget);
    return group;
}

} // namespace

TimelinePage::TimelinePage(AppSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_caseRefs(new CaseRefsModel(session, this)),
      m_view(new TimelineView(session)), m_mode(new QComboBox), m_case(new QComboBox),
      m_stage(new QComboBox), m_status(new QComboBox), m_year(new QComboBox), m_zoom(new QComboBox),
      m_today(new QPushButton(tr("&Today"))), m_exportPng(new QPushButton(tr("Export P&NG…"))),
      m_exportPdf(new QPushButton(tr("Export P&DF…")))
{
    m_mode->addItem(tr("Open reviews"));
    m_mode->addItem(tr("This case"));
    m_mode->setObjectName(QStringLiteral("timelineMode"));
    m_mode->setAccessibleName(tr("Timeline of"));
    m_case->setObjectName(QStringLiteral("timelineCase"));
    m_case->setAccessibleName(tr("Case"));
    setUpCasePicker(m_case, m_caseRefs);
    m_case->setMinimumContentsLength(14);
    m_case->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_stage->addItem(tr("All stages"));
    for (CaseStage stage :
         {CaseStage::Notification, CaseStage::RapidReview, CaseStage::Decision, CaseStage::Lcspr,
          CaseStage::NationalReview, CaseStage::Learning, CaseStage::Published})
        m_stage->addItem(stageText(stage), int(stage));
    m_stage->setAccessibleName(tr("Stage"));
    m_status->addItem(tr("All statuses"));
    for (DeadlineStatus status :
         {DeadlineStatus::Overdue, DeadlineStatus::DueSoon, DeadlineStatus::Due})
        m_status->addItem(statusText(status), int(status));
    m_status->setAccessibleName(tr("Status"));
    m_year->setAccessibleName(tr("Year aware"));
    for (const ZoomPreset& preset : zoomPresets())
        m_zoom->addItem(preset.name, preset.pixelsPerDay);
    m_zoom->setAccessibleName(tr("Zoom"));
    m_today->setToolTip(tr("Scroll to today (T)"));
    m_exportPng->setToolTip(tr("Save what the timeline shows now as a PNG image"));
    m_exportPdf->setToolTip(tr("Save what the timeline shows now as an A4 PDF page"));

    // Three groups that wrap whole onto a second row when the page is narrow:
    // what to show, which of it, and how to view or export it.
    auto* controls = new WrappingRowLayout;
    controls->addWidget(controlGroup({labelFor(tr("&Show:"), m_mode), m_mode, m_case}));
    controls->addWidget(
        controlGroup({labelFor(tr("St&age:"), m_stage), m_stage, labelFor(tr("Stat&us:"), m_status),
                      m_status, labelFor(tr("&Year:"), m_year), m_year}));
    controls->addWidget(
        controlGroup({labelFor(tr("&Zoom:"), m_zoom), m_zoom, m_today, m_exportPng, m_exportPdf}));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
    layout->addWidget(new TimelineLegend(m_view));

    fillCases();
    fillYears();
    syncZoomCombo(m_view->pixelsPerDay());
    applyMode();

    connect(m_mode, &QComboBox::currentIndexChanged, this, &TimelinePage::applyMode);
    connect(m_case, &QComboBox::currentIndexChanged, this, [this] {
        if (m_mode->currentIndex() == CaseMode)
            m_view->setCase(chosenCase());
    });
    // Words typed and left without choosing a case give way to the case shown.
    connect(m_case->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { m_case->setEditText(chosenCase()); });
    for (QComboBox* filter : {m_stage, m_status, m_year})
        connect(filter, &QComboBox::currentIndexChanged, this, &TimelinePage::applyFilter);
    connect(m_zoom, &QComboBox::activated, this,
            [this](int index) { m_view->setPixelsPerDay(m_zoom->itemData(index).toDouble()); });
    connect(m_view, &TimelineView::zoomChanged, this, &TimelinePage::syncZoomCombo);
    connect(m_today, &QPushButton::clicked, m_view, &TimelineView::scrollToToday);
    connect(m_exportPng, &QPushButton::clicked, this, &TimelinePage::exportPng);
    connect(m_exportPdf, &QPushButton::clicked, this, &TimelinePage::exportPdf);
    connect(m_view, &TimelineView::openCaseRequested, this, &TimelinePage::openCaseRequested);
    connect(m_view, &TimelineView::itemActivated, this, &TimelinePage::itemActivated);
    connect(session, &AppSession::registerReset, this, &TimelinePage::sessionChanged);
    connect(session, &AppSession::caseChanged, this, &TimelinePage::sessionChanged);
    connect(session, &AppSession::caseAdded, this, &TimelinePage::sessionChanged);
}

void TimelinePage::showPortfolio()
{
    m_mode->setCurrentIndex(PortfolioMode);
    applyMode();
}

void TimelinePage::showCase(const QString& ref)
{
    {
        const QSignalBlocker blocker(m_case);
        m_case->setCurrentIndex(m_case->findText(ref));
    }
    if (m_mode->currentIndex() == CaseMode)
        m_view->setCase(ref);
    else
        m_mode->setCurrentIndex(CaseMode); // applyMode shows the case
}

// The case chosen in the picker, not words typed into it and left unmatched.
QString TimelinePage::chosenCase() const
{
    return m_case->itemText(m_case->currentIndex());
}

void TimelinePage::fillCases()
{
    const QSignalBlocker blocker(m_case);
    const QString current = chosenCase();
    m_caseRefs->refresh();
    m_case->setCurrentIndex(std::max(0, int(m_case->findText(current))));
}

void TimelinePage::fillYears()
{
    const QSignalBlocker blocker(m_year);
    const QVariant current = m_year->currentData();
    QSet<int> years;
    for (const CaseEntry& entry : m_session->snapshot().entries())
        years.insert(entry.file.kase.aware.year());
    QList<int> sorted(years.begin(), years.end());
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    m_year->clear();
    m_year->addItem(tr("All years"));
    for (int year : sorted)
        m_year->addItem(QString::number(year), year);
    m_year->setCurrentIndex(std::max(0, int(m_year->findData(current))));
}

void TimelinePage::applyMode()
{
    const bool portfolio = m_mode->currentIndex() == PortfolioMode;
    m_case->setEnabled(!portfolio);
    for (QComboBox* filter : {m_stage, m_status, m_year})
        filter->setEnabled(portfolio);
    if (portfolio) {
        applyFilter();
        m_view->showPortfolio();
    } else {
        m_view->setCase(chosenCase());
    }
}

void TimelinePage::applyFilter()
{
    PortfolioFilter filter;
    if (m_stage->currentData().isValid())
        filter.stage = CaseStage(m_stage->currentData().toInt());
    if (m_status->currentData().isValid())
        filter.status = DeadlineStatus(m_status->currentData().toInt());
    if (m_year->currentData().isValid())
        filter.year = m_year->currentData().toInt();
    m_view->setFilter(filter);
}

void TimelinePage::syncZoomCombo(double pixelsPerDay)
{
    const QSignalBlocker blocker(m_zoom);
    m_zoom->setCurrentIndex(nearestZoomPreset(pixelsPerDay));
}

void TimelinePage::sessionChanged()
{
    fillCases();
    fillYears();
}

QString TimelinePage::suggestedFileName(const QString& extension) const
{
    const QString what = m_view->mode() == TimelineView::Mode::Portfolio
                             ? QStringLiteral("open-reviews")
                             : m_view->caseRef();
    return QStringLiteral("timeline-%1-%2.%3").arg(what, toIso(m_session->today()), extension);
}

void TimelinePage::exportPng()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export timeline as PNG"),
                                                      suggestedFileName(QStringLiteral("png")),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!m_view->exportPng(path))
        QMessageBox::warning(this, tr("Export PNG"), tr("Could not write %1.").arg(path));
}

void TimelinePage::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export timeline as PDF"),
                                                      suggestedFileName(QStringLiteral("pdf")),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!m_view->exportPdf(path))
        QMessageBox::warning(this, tr("Export PDF"), tr("Could not write %1.").arg(path));
}

} // namespace reviewdesk::ui
