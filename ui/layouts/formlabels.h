// alignFormLabels: the labels of every form inside a widget made as wide as
// the widest of them, so the fields of each section (in the case editor: the
// incident, the rapid review, the practice review) start on one line.
#pragma once

class QWidget;

namespace reviewdesk::ui {

// Applies to the forms inside `container` at the time of the call, and again
// when its font or style changes.
void alignFormLabels(QWidget* container);

} // namespace reviewdesk::ui
