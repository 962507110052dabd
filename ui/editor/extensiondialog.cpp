#include "editor/extensiondialog.h"

#include "editor/datefield.h"
#include "editor/formrow.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace reviewdesk::ui {

ExtensionDialog::ExtensionDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Add extension"));
    auto* form = new QFormLayout(this);
    m_newDue =
        new DateField(QStringLiteral("extensionNewDue"), QStringLiteral("new due date"), this);
    addFormRow(form, tr("&New due date"), m_newDue, m_newDue->lineEdit());
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("extensionReason"));
    m_reason->setTabChangesFocus(true);
    addFormRow(form, tr("&Reason"), m_reason);
    m_agreedBy = new QLineEdit(this);
    m_agreedBy->setObjectName(QStringLiteral("extensionAgreedBy"));
    addFormRow(form, tr("Agreed &by"), m_agreedBy);
    m_agreedOn =
        new DateField(QStringLiteral("extensionAgreedOn"), QStringLiteral("agreed date"), this);
    addFormRow(form, tr("Agreed &on"), m_agreedOn, m_agreedOn->lineEdit());
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add extension"));
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_newDue, &DateField::edited, this, &ExtensionDialog::refresh);
    connect(m_agreedOn, &DateField::edited, this, &ExtensionDialog::refresh);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ExtensionDialog::refresh);
    refresh();
}

Extension ExtensionDialog::extension() const
{
    Extension extension;
    const auto newDue = m_newDue->date();
    extension.newDue = newDue && *newDue ? **newDue : QDate();
    extension.reason = m_reason->toPlainText().trimmed();
    extension.agreedBy = m_agreedBy->text().trimmed();
    const auto agreedOn = m_agreedOn->date();
    extension.agreedOn = agreedOn ? *agreedOn : std::nullopt;
    return extension;
}

void ExtensionDialog::refresh()
{
    // The service has the last word (the new date must be later than the current
    // due date); this only keeps an obviously incomplete extension from being sent.
    const auto newDue = m_newDue->date();
    const bool complete =
        newDue && *newDue && m_agreedOn->date() && !m_reason->toPlainText().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

} // namespace reviewdesk::ui
