// Tells the user that a save was refused because someone else saved the same
// record first. The page reloads before showing it, so what the user sees next
// is the other person's version; nothing of theirs was overwritten.
#pragma once

#include <QString>

class QWidget;

namespace reviewdesk::ui {

// Non-modal (QDialog::open), so neither the event loop nor a test is blocked;
// the box is named "staleWriteMessage" and deletes itself when closed.
void showStaleWriteMessage(QWidget* parent, const QString& serviceMessage);

} // namespace reviewdesk::ui
