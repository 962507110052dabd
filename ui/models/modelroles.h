// Item data roles shared by ReviewDesk's models, delegates and views.
#pragma once

#include <Qt>

namespace reviewdesk::ui {

enum ModelRole
{
    CaseIdRole = Qt::UserRole + 1, // RecordId of the row's case (qint64)
    CaseRefRole,                   // the case reference (QString)
    StatusRole,                    // DeadlineStatus as int, or invalid QVariant when none
    SortRole,        // a value that sorts correctly (dates as ISO, numbers as numbers)
    ActionIdRole,    // RecordId of the row's action, where there is one
    WorkingDaysRole, // working days left (or late) as int
};

} // namespace reviewdesk::ui
