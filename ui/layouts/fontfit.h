// refitOnFontChange: sizes measured from a font (a list fitted to its rows,
// labels made as wide as the widest) are measured again when the widget's
// font or style changes, so a user who enlarges the system font while
// ReviewDesk runs finds no list clipped and no label cut short.
#pragma once

#include <functional>

class QWidget;

namespace reviewdesk::ui {

// Runs `fit` now, and again once the event loop is free after each change of
// `widget`'s font or style (one run for a burst of changes, after the
// widget's children have taken the new font too).
void refitOnFontChange(QWidget* widget, std::function<void()> fit);

} // namespace reviewdesk::ui
