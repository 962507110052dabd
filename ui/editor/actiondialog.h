// Asks for a new learning action: the recommendation, the owner agency (any
// name: an unknown one is created by the service), the officer and due date.
#pragma once

#include "domain/action.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace reviewdesk::ui {

class DateField;

class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    ActionDialog(const QStringList& agencies, QWidget* parent = nullptr);

    Action action() const;

private:
    void refresh();

    QPlainTextEdit* m_recommendation;
    QComboBox* m_owner;
    QLineEdit* m_officer;
    DateField* m_due;
    QDialogButtonBox* m_buttons;
};

} // namespace reviewdesk::ui
