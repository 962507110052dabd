// The table of a review's milestones in the case editor: every milestone in
// sight (the form scrolls, the table does not), names in full, dates in
// columns as wide as a date.
#pragma once

#include <QString>

class QTableView;
class QWidget;

namespace reviewdesk::ui {

class MilestoneModel;

QTableView* makeMilestoneView(const QString& objectName, MilestoneModel* model, QWidget* parent);

} // namespace reviewdesk::ui
