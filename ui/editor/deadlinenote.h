// How the editor words and colours a computed deadline beside the date it
// depends on: "due Mon 15 Jan 2024 — overdue, 3 working days late". The
// arithmetic is the core's (DeadlineEngine); this only presents its answer.
#pragma once

#include "schedule/deadline.h"

#include <QString>

#include <optional>

class QLabel;

namespace reviewdesk::ui {

QString deadlineNote(const Deadline& deadline);

// Shows a deadline in a note label (words, with the shared status colours), or `absent` in plain
// text when the deadline does not exist yet (its clock has not started).
void showDeadline(QLabel* note, const std::optional<Deadline>& deadline, const QString& absent);

} // namespace reviewdesk::ui
