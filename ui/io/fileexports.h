// File ▸ Import CSV… and File ▸ Export ▸ …: the menu entries and what they do.
// Each export asks where to save, writes through a temporary file (so a
// failure leaves nothing half-written) and says what it wrote.
#pragma once

#include <functional>

class QMenu;
class QWidget;

namespace reviewdesk::ui {

class AppSession;

void exportCasesCsv(QWidget* parent, AppSession& session);
void exportActionsCsv(QWidget* parent, AppSession& session);
void exportDeadlinesCalendar(QWidget* parent, AppSession& session);
// Runs the import dialog; returns the number of cases imported (0 if cancelled).
int importCasesCsv(QWidget* parent, AppSession& session);

// Adds "Import CSV…" and an "Export" submenu to `file`. `session` gives the
// open register when an entry is chosen (none: the entry does nothing).
void addImportExportActions(QMenu* file, QWidget* window, std::function<AppSession*()> session);

} // namespace reviewdesk::ui
