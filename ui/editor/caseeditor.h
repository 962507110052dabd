// CaseEditor: one case on screen, every section of its record in one
// scrolling form. It validates as the user types (the core's problemsWith),
// shows the deadlines the core computes from the form as it stands, and saves
// through the services with the versions it read, so another person's save is
// never overwritten: a stale write asks the user what to do. Each save is
// pushed to the undo stack.
#pragma once

#include "domain/casefile.h"
#include "services/validation.h"

#include <QMessageBox>
#include <QWidget>

class QLabel;
class QPushButton;
class QUndoStack;

namespace reviewdesk::ui {

class ActionsSection;
class AppSession;
class IncidentSection;
class ListSection;
class PracticeReviewSection;
class RapidReviewSection;

class CaseEditor : public QWidget
{
    Q_OBJECT

public:
    enum class ConflictChoice
    {
        Reload,
        KeepEdits
    };

    CaseEditor(AppSession* session, QUndoStack* undoStack, QWidget* parent = nullptr);

    void openCase(const QString& ref);
    void newCase();
    // Puts the cursor where typing starts: a new case's reference.
    void focusFirstField();

    bool hasUnsavedChanges() const;
    // Asks Save / Discard / Cancel when there are unsaved changes (Discard / Cancel
    // when the form cannot be saved as it stands); whether closing may go on.
    // Discarding shows the case as it is saved again, so nothing is asked twice.
    bool maybeClose();
    // The stored reference of the case shown; empty for a new case not saved yet.
    QString currentRef() const;
    // What the message area at the top says (empty when hidden).
    QString message() const;

public slots:
    bool save();

signals:
    void caseSaved(const QString& ref);
    void closeRequested();
    void titleChanged(const QString& title);

protected:
    // The questions the editor asks, overridable so tests and embedders can answer them.
    virtual ConflictChoice askConflictResolution(const QString& message);
    virtual QMessageBox::StandardButton askSaveChanges();

private:
    void load(const CaseFile& file, bool isNew);
    CaseFile draftFile() const;
    Problems problemsOf(const CaseFile& draft) const;
    bool caseChanged(const CaseFile& draft) const;
    bool rapidReviewChanged(const CaseFile& draft) const;
    bool practiceReviewChanged(const CaseFile& draft) const;
    QList<Milestone> changedMilestones() const;
    QStringList unreadableDates() const;
    // Why the form cannot be saved as it stands; empty when it can.
    QString problemPreventingSave() const;
    void discardChanges();
    void refresh();
    void refreshLists();
    void showMessage(const QString& text);
    // Reports a failed write; a conflict asks Reload / Keep my edits. Returns false.
    bool failed(const Error& error);
    void caseChangedElsewhere(qsizetype index);
    void recordsWritten();

    AppSession* m_session;
    QUndoStack* m_undoStack;
    CaseFile m_loaded; // as read (with versions), updated by each successful write
    bool m_isNew = true;
    bool m_loading = false;
    bool m_saving = false;
    QString m_title;

    QLabel* m_message;
    IncidentSection* m_incident;
    RapidReviewSection* m_rapidReview;
    PracticeReviewSection* m_practiceReview;
    ActionsSection* m_actions;
    ListSection* m_meetings;
    ListSection* m_history;
    QPushButton* m_save;
    QPushButton* m_close;
};

} // namespace reviewdesk::ui
