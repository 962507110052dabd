// CompleteActionDialog: marks a learning action complete: the completion date
// (YYYY-MM-DD, today by default, where "today" is the session's, so an
// "as of" session and the tests agree) and the evidence of completion.
#pragma once

#include "domain/action.h"
#include "pages/recorddialog.h"
#include "util/result.h"

class QLineEdit;
class QPlainTextEdit;

namespace reviewdesk::ui {

class CompleteActionDialog : public RecordDialog
{
    Q_OBJECT

public:
    CompleteActionDialog(const Action& action, const QDate& today, QWidget* parent = nullptr);

    const Action& action() const { return m_action; }
    // The completion date typed, or why it is not a date.
    Result<QDate> closed() const;
    QString evidence() const;

    void setClosedText(const QString& text);
    void setEvidence(const QString& evidence);

private:
    Action m_action;
    QLineEdit* m_closed = nullptr;
    QPlainTextEdit* m_evidence = nullptr;
};

} // namespace reviewdesk::ui
