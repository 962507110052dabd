// ActionsPage: the learning actions of every case in one list, overdue first,
// filtered by owner agency and by status. "Mark complete…" and "Edit…" save
// through ActionService and push an undoable SaveActionCommand; a save refused
// because someone else saved the action first is reported and the list
// reloaded, never written over. Enter or a double-click opens the action's case.
#pragma once

#include "domain/action.h"
#include "util/result.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QPushButton;
class QUndoStack;

namespace reviewdesk {
struct Error;
}

namespace reviewdesk::ui {

class ActionEditDialog;
class ActionsFilter;
class ActionsModel;
class AppSession;
class CompleteActionDialog;
class HintedTableView;
class RecordDialog;

class ActionsPage : public QWidget
{
    Q_OBJECT

public:
    ActionsPage(AppSession* session, QUndoStack* undoStack, QWidget* parent = nullptr);

    // The action in the selected row, as the register last read it.
    std::optional<Action> selectedAction() const;
    // Selects the row of an action (false when the filters hide it).
    bool selectAction(RecordId actionId);

public slots:
    // Each opens its dialog for the selected action (window-modal, without
    // blocking) and returns at once; the dialog saves when its OK is clicked.
    void markComplete();
    void editAction();
    // Re-reads the agency filter's choices (on the session's directoryChanged).
    void refreshAgencies();

signals:
    void openCaseRequested(const QString& ref);

private:
    void applyFilters();
    void updateButtons();
    void saveCompletion(CompleteActionDialog* dialog);
    void saveEdit(ActionEditDialog* dialog);
    // Pushes the undo command and refreshes the case, or reports why the save was refused.
    void finishSave(RecordDialog* dialog, const Action& before, const Result<Action>& saved,
                    const QString& undoText);
    void refuse(RecordDialog* dialog, const Error& error);
    QString caseRefOf(const Action& action) const;

    AppSession* m_session;
    QUndoStack* m_undoStack;
    ActionsModel* m_model = nullptr;
    ActionsFilter* m_filter = nullptr;
    QComboBox* m_agencyFilter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    HintedTableView* m_view = nullptr;
    QPushButton* m_complete = nullptr;
    QPushButton* m_edit = nullptr;
};

} // namespace reviewdesk::ui
