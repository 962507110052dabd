#include "editor/milestoneview.h"

#include "editor/milestonemodel.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace reviewdesk::ui {
namespace {

// Beyond this many milestones the table scrolls within the form.
constexpr int kMostRowsInSight = 15;

void fitHeightToRows(QTableView* view)
{
    const int rows = std::min(view->model()->rowCount(), kMostRowsInSight);
    const int rowHeight = view->verticalHeader()->defaultSectionSize();
    view->setFixedHeight(view->horizontalHeader()->sizeHint().height() + rows * rowHeight +
                         2 * view->frameWidth());
}

} // namespace

QTableView* makeMilestoneView(const QString& objectName, MilestoneModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setTabKeyNavigation(false); // Tab moves on to the next field
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    QHeaderView* columns = view->horizontalHeader();
    columns->setSectionResizeMode(MilestoneModel::NameColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(MilestoneModel::DueColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(MilestoneModel::DoneColumn, QHeaderView::ResizeToContents);
    fitHeightToRows(view);
    QObject::connect(model, &QAbstractItemModel::modelReset, view,
                     [view] { fitHeightToRows(view); });
    return view;
}

} // namespace reviewdesk::ui
