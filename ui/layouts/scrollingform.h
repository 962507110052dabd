// keepWheelForScrolling: in a form that scrolls, the mouse wheel scrolls the
// form. A choice or number field under the pointer changes with the wheel
// only once the user has clicked or tabbed into it; otherwise scrolling past
// a field would change the case (a status from Open to Closed) unnoticed.
#pragma once

class QWidget;

namespace reviewdesk::ui {

// Applies to the choice and number fields inside `form` at the time of the call.
void keepWheelForScrolling(QWidget* form);

} // namespace reviewdesk::ui
