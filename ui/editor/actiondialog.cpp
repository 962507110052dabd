#include "editor/actiondialog.h"

#include "editor/datefield.h"
#include "editor/formrow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace reviewdesk::ui {

ActionDialog::ActionDialog(const QStringList& agencies, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Add action"));
    auto* form = new QFormLayout(this);
    m_recommendation = new QPlainTextEdit(this);
    m_recommendation->setObjectName(QStringLiteral("actionRecommendation"));
    m_recommendation->setTabChangesFocus(true);
    addFormRow(form, tr("&Recommendation"), m_recommendation);
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("actionOwner"));
    m_owner->setEditable(true);
    m_owner->addItems(agencies);
    m_owner->setCurrentIndex(-1);
    addFormRow(form, tr("&Owner agency"), m_owner);
    m_officer = new QLineEdit(this);
    m_officer->setObjectName(QStringLiteral("actionOfficer"));
    addFormRow(form, tr("O&fficer"), m_officer);
    m_due = new DateField(QStringLiteral("actionDue"), QStringLiteral("due date"), this);
    addFormRow(form, tr("&Due"), m_due, m_due->lineEdit());
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add action"));
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_recommendation, &QPlainTextEdit::textChanged, this, &ActionDialog::refresh);
    connect(m_owner, &QComboBox::currentTextChanged, this, &ActionDialog::refresh);
    connect(m_due, &DateField::edited, this, &ActionDialog::refresh);
    refresh();
}

Action ActionDialog::action() const
{
    Action action;
    action.recommendation = m_recommendation->toPlainText().trimmed();
    action.ownerAgency = m_owner->currentText().trimmed();
    action.officer = m_officer->text().trimmed();
    const auto due = m_due->date();
    action.due = due && *due ? **due : QDate();
    return action;
}

void ActionDialog::refresh()
{
    // The service validates against the case; this only keeps the obviously
    // incomplete from being sent.
    const Action draft = action();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!draft.recommendation.isEmpty() && !draft.ownerAgency.isEmpty() &&
                     draft.due.isValid());
}

} // namespace reviewdesk::ui
