// whenPainted: runs a function once, from the event loop, just after a widget
// (or any widget inside it) has first been painted. The main window opens its
// file only once it is on screen, so the user sees ReviewDesk start at once
// however large the register; the benchmark's probe reports the same moment.
#pragma once

#include <functional>

class QWidget;

namespace reviewdesk::ui {

void whenPainted(QWidget* widget, std::function<void()> then);

} // namespace reviewdesk::ui
