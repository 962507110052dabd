#include "window/dashboardpage.h"

#include "models/dashboardmodel.h"
#include "models/modelroles.h"
#include "models/statusdelegate.h"
#include "session/appsession.h"
#include "util/counted.h"
#include "util/isodate.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace reviewdesk::ui {

DashboardPage::DashboardPage(AppSession* session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("dashboardCounts"));
    m_counts->setTextFormat(Qt::RichText);
    layout->addWidget(m_counts);

    QTableView* overdue = addSection(layout, tr("Overdue"), int(DashboardSection::Overdue));
    addSection(layout, tr("Due in the next 10 working days"), int(DashboardSection::DueSoon));
    addSection(layout, tr("Completed recently"), int(DashboardSection::RecentlyCompleted));

    // The counts come with the dashboard a section model already computed;
    // computing it again here would walk the whole register once more per save.
    m_countsSource = qobject_cast<DashboardModel*>(overdue->model());
    connect(m_countsSource, &DashboardModel::countsChanged, this, &DashboardPage::refreshCounts);
    refreshCounts();
}

QTableView* DashboardPage::addSection(QVBoxLayout* layout, const QString& title, int section)
{
    auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    layout->addWidget(heading);

    auto* model = new DashboardModel(m_session, DashboardSection(section), this);
    auto* view = new QTableView(this);
    view->setObjectName(QStringLiteral("dashboardSection%1").arg(section));
    view->setAccessibleName(title);
    view->setModel(model);
    view->setItemDelegate(new StatusDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The deadline takes the room left: an action's recommendation can be long,
    // and is cut short there (its tooltip has it whole) rather than widen the table.
    view->horizontalHeader()->setSectionResizeMode(DashboardModel::Deadline, QHeaderView::Stretch);
    // Columns fit the first 100 rows and those on screen, not Qt's default of
    // 1,000: on the 50,000-case file the overdue list holds 21,000 actions,
    // and measuring 1,000 rows a column took the page's first showing from
    // about 50 ms to over 300 ms. The lists open most urgent first, so their
    // first rows carry the widest texts.
    view->horizontalHeader()->setResizeContentsPrecision(100);
    heading->setBuddy(view);
    layout->addWidget(view, 1);

    auto open = [this, view](const QModelIndex& index) {
        if (index.isValid())
            emit openCaseRequested(view->model()->data(index, CaseRefRole).toString());
    };
    connect(view, &QTableView::doubleClicked, this, open);
    connect(view, &QTableView::activated, this, open);
    return view;
}

void DashboardPage::refreshCounts()
{
    const Dashboard& dashboard = m_countsSource->counts();
    // "<b>1</b> open case", "<b>3</b> open cases": the figure stands out, the noun agrees.
    const auto figure = [](qsizetype count, const QString& one, const QString& many) {
        return QStringLiteral("<b>%1</b> %2").arg(count).arg(byCount(count, one, many));
    };
    m_counts->setText(
        tr("<span style='font-size:large'>As of %1: %2 · %3 · %4 · %5</span>")
            .arg(toDisplay(m_session->today()),
                 figure(dashboard.openCases, tr("open case"), tr("open cases")),
                 figure(dashboard.openRapidReviews, tr("open rapid review"),
                        tr("open rapid reviews")),
                 figure(dashboard.lcsprsInProgress, tr("LCSPR in progress"),
                        tr("LCSPRs in progress")),
                 figure(dashboard.actionsOverdue, tr("action overdue"), tr("actions overdue"))));
}

} // namespace reviewdesk::ui
