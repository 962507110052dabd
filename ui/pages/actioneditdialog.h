// ActionEditDialog: edits a learning action: its recommendation, owner agency
// (an editable list: a name not yet in the directory creates the agency when
// saved), officer, due date, status, completion date and evidence.
#pragma once

#include "domain/action.h"
#include "pages/recorddialog.h"
#include "util/result.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace reviewdesk::ui {

class ActionEditDialog : public RecordDialog
{
    Q_OBJECT

public:
    // `agencies` are the names offered for the owner; `today` fills the
    // completion date when the status is set to a closed one.
    ActionEditDialog(const Action& action, const QStringList& agencies, const QDate& today,
                     QWidget* parent = nullptr);

    const Action& original() const { return m_original; }
    // The action as edited (the original's id, case and version), or why a date is unreadable.
    Result<Action> edited() const;

    void setRecommendation(const QString& text);
    void setOwnerAgency(const QString& name);
    void setOfficer(const QString& officer);
    void setDueText(const QString& text);
    void setStatus(ActionStatus status);
    void setClosedText(const QString& text);
    void setEvidence(const QString& evidence);

private:
    void onStatusChanged();

    Action m_original;
    QDate m_today;
    QPlainTextEdit* m_recommendation = nullptr;
    QComboBox* m_owner = nullptr;
    QLineEdit* m_officer = nullptr;
    QLineEdit* m_due = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_closed = nullptr;
    QPlainTextEdit* m_evidence = nullptr;
};

} // namespace reviewdesk::ui
