#include "charts/chartspage.h"

#include "charts/chartsmodule.h"
#include "charts/chartspecs.h"
#include "charts/periodselector.h"
#include "session/appsession.h"
#include "stats/statistics.h"
#include "util/counted.h"

#include <QEvent>
#include <QFileDialog>
#include <QGraphicsView>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace reviewdesk::ui {
namespace {

// Below this a chart's category names and bars no longer read well.
const QSize kChartMinimum(420, 300);

bool paletteIsDark(const QWidget* widget)
{
    return widget->palette().color(QPalette::Window).lightness() < 128;
}

} // namespace

// The installed module is loaded here, as the Charts page is first made.
ChartsPage::ChartsPage(AppSession* session, QWidget* parent)
    : ChartsPage(session, chartsModule(), parent)
{}

ChartsPage::ChartsPage(AppSession* session, const ChartsModule& module, QWidget* parent)
    : QWidget(parent), m_session(session), m_charts(module),
      m_period(new PeriodSelector(session->today(), this)), m_grid(new QGridLayout),
      m_scroll(new QScrollArea(this)), m_summary(new QLabel(this)), m_casesTitle(new QLabel(this)),
      m_cases(new QListWidget(this))
{
    m_summary->setObjectName(QStringLiteral("chartsSummary"));
    m_summary->setWordWrap(true);
    m_cases->setObjectName(QStringLiteral("chartCases"));
    m_cases->setAccessibleName(tr("Cases behind the chosen bar"));
    m_casesTitle->setWordWrap(true);
    m_casesTitle->setText(tr("Click a bar to list the cases behind it."));

    // A set spacing, not the style's: the two-column width below counts it.
    m_grid->setHorizontalSpacing(12);
    auto* charts = new QWidget(this);
    charts->setLayout(m_grid);
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(charts);
    m_scroll->viewport()->installEventFilter(this);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_casesTitle);
    sideLayout->addWidget(m_cases, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_scroll);
    splitter->addWidget(side);
    side->setMaximumWidth(320);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({1000, 260});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_period);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_period, &PeriodSelector::periodChanged, this, &ChartsPage::rebuild);
    // Figures over the whole register are recomputed when the page is next
    // shown, not on every save while the user works elsewhere.
    auto markStale = [this] {
        m_stale = true;
        if (isVisible())
            rebuild();
    };
    connect(session, &AppSession::registerReset, this, markStale);
    connect(session, &AppSession::caseChanged, this, markStale);
    connect(session, &AppSession::caseAdded, this, markStale);
    connect(m_cases, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit openCaseRequested(item->text()); });
    rebuild();
}

void ChartsPage::showEvent(QShowEvent* event)
{
    if (m_stale)
        rebuild();
    QWidget::showEvent(event);
}

void ChartsPage::rebuild()
{
    m_stale = false;
    const auto period = m_period->period();
    if (!period)
        return; // the selector shows what is wrong with the dates
    const Statistics statistics = statisticsFor(m_session->snapshot(), *period);
    m_summary->setText(tr("%1: %2. Notifications on time %3 of %4; rapid reviews on time %5 of %6; "
                          "LCSPRs published %7 (%8 on time), open %9.")
                           .arg(m_period->description())
                           .arg(casesText(statistics.cases))
                           .arg(statistics.notifications.onTime)
                           .arg(statistics.notifications.done)
                           .arg(statistics.rapidReviews.onTime)
                           .arg(statistics.rapidReviews.done)
                           .arg(statistics.lcsprsPublished)
                           .arg(statistics.lcsprsPublishedOnTime)
                           .arg(statistics.lcsprsOpen));

    for (QWidget* view : std::as_const(m_views)) {
        m_grid->removeWidget(view);
        view->hide();
        view->deleteLater();
    }
    m_views.clear();
    const BarClicked listCases = [this](const QString& title, const QStringList& refs) {
        showCases(title, refs);
    };
    if (!m_charts.makeView) {
        m_summary->setText(m_summary->text() + QStringLiteral("\n\n") + m_charts.error);
        return;
    }
    // Seven empty plots say less than a sentence (and an empty category axis
    // draws its title outside its chart).
    if (statistics.cases == 0) {
        m_summary->setText(m_summary->text() + QStringLiteral("\n\n") +
                           tr("No case became known in this period: choose another period "
                              "above."));
        arrangeCharts();
        return;
    }
    const QList<ChartSpec> charts = {
        notificationsChart(statistics, listCases),
        rapidReviewsChart(statistics, listCases),
        lcsprDurationChart(statistics, listCases),
        stageChart(statistics, listCases),
        actionStatusChart(statistics),
        overdueByAgencyChart(statistics, listCases),
        themeChart(statistics, listCases),
    };
    const bool dark = paletteIsDark(this);
    for (qsizetype i = 0; i < charts.size(); ++i) {
        QWidget* view = m_charts.makeView(charts.at(i), dark, this);
        view->setObjectName(QStringLiteral("chart%1").arg(i));
        view->setAccessibleName(charts.at(i).title);
        view->setMinimumSize(kChartMinimum);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(
            view, &QWidget::customContextMenuRequested, this, [this, i, view](const QPoint& at) {
                QMenu menu(this);
                menu.addAction(tr("Export as PNG…"), this, [this, i] {
                    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"),
                                                                      QStringLiteral("chart.png"),
                                                                      tr("PNG images (*.png)"));
                    if (!path.isEmpty() && !exportChart(int(i), path))
                        QMessageBox::warning(this, tr("Export Chart"),
                                             tr("Could not write %1.").arg(path));
                });
                menu.exec(view->mapToGlobal(at));
            });
        m_views << view;
    }
    arrangeCharts();
}

bool ChartsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        arrangeCharts();
    return QWidget::eventFilter(watched, event);
}

void ChartsPage::arrangeCharts()
{
    // Two columns only where both fit without scrolling sideways: a chart cut
    // off at the window's edge hides the bars it is there to show.
    const QMargins margins = m_grid->contentsMargins();
    const int twoColumns =
        2 * kChartMinimum.width() + m_grid->horizontalSpacing() + margins.left() + margins.right();
    const int columns = m_scroll->viewport()->width() >= twoColumns ? 2 : 1;
    if (columns == m_columns && m_grid->count() == m_views.size())
        return;
    m_columns = columns;
    for (QWidget* view : std::as_const(m_views))
        m_grid->removeWidget(view);
    for (int i = 0; i < m_views.size(); ++i)
        m_grid->addWidget(m_views.at(i), i / columns, i % columns);
}

bool ChartsPage::exportChart(int index, const QString& path) const
{
    if (index < 0 || index >= m_views.size())
        return false;
    // A QChartView: its scene is drawn again at the image's size, not scaled up.
    auto* view = qobject_cast<QGraphicsView*>(m_views.at(index));
    if (!view)
        return false;
    // Rendered at twice the on-screen size so the image stays sharp in a document.
    QImage image(view->size() * 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(view->palette().color(QPalette::Window));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
    painter.end();
    return image.save(path, "PNG");
}

void ChartsPage::showCases(const QString& title, const QStringList& refs)
{
    m_casesTitle->setText(
        tr("%1: %2. Press Enter or double-click to open.").arg(title, casesText(refs.size())));
    m_cases->clear();
    m_cases->addItems(refs);
}

void ChartsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace reviewdesk::ui
