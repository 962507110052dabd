#include "pages/actioneditdialog.h"

#include "models/deadlinetext.h"
#include "pages/inwords.h"
#include "util/isodate.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace reviewdesk::ui {

ActionEditDialog::ActionEditDialog(const Action& action, const QStringList& agencies,
                                   const QDate& today, QWidget* parent)
    : RecordDialog(tr("Edit action"), parent), m_original(action), m_today(today)
{
    setObjectName(QStringLiteral("actionEditDialog"));
    m_recommendation = new QPlainTextEdit(action.recommendation, this);
    m_recommendation->setObjectName(QStringLiteral("recommendationEdit"));
    m_recommendation->setAccessibleName(tr("Recommendation"));
    m_recommendation->setTabChangesFocus(true);
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerAgencyCombo"));
    m_owner->setAccessibleName(tr("Owner agency"));
    m_owner->setEditable(true);
    // A typed name is saved as typed; the service matches it to an agency ignoring case.
    m_owner->setInsertPolicy(QComboBox::NoInsert);
    m_owner->addItems(agencies);
    m_owner->setCurrentText(action.ownerAgency);
    m_owner->setToolTip(tr("A name not in the directory adds the agency when you save."));
    m_officer = new QLineEdit(action.officer, this);
    m_officer->setObjectName(QStringLiteral("officerEdit"));
    m_officer->setAccessibleName(tr("Officer"));
    m_due = new QLineEdit(toIso(action.due), this);
    m_due->setObjectName(QStringLiteral("dueDateEdit"));
    m_due->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    m_due->setAccessibleName(tr("Due date"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->setAccessibleName(tr("Status"));
    for (ActionStatus status : allValues<ActionStatus>())
        m_status->addItem(actionStatusText(status), static_cast<int>(status));
    m_closed = new QLineEdit(toIso(action.closed), this);
    m_closed->setObjectName(QStringLiteral("closedDateEdit"));
    m_closed->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    m_closed->setAccessibleName(tr("Completion date"));
    m_evidence = new QPlainTextEdit(action.evidence, this);
    m_evidence->setObjectName(QStringLiteral("evidenceEdit"));
    m_evidence->setAccessibleName(tr("Evidence"));
    m_evidence->setTabChangesFocus(true);

    form()->addRow(tr("&Recommendation:"), m_recommendation);
    form()->addRow(tr("&Owner agency:"), m_owner);
    form()->addRow(tr("O&fficer:"), m_officer);
    form()->addRow(tr("&Due:"), m_due);
    form()->addRow(tr("&Status:"), m_status);
    form()->addRow(tr("&Completed on:"), m_closed);
    form()->addRow(tr("&Evidence:"), m_evidence);

    m_status->setCurrentIndex(m_status->findData(static_cast<int>(action.status)));
    m_closed->setEnabled(isClosed(action.status));
    connect(m_status, &QComboBox::currentIndexChanged, this, &ActionEditDialog::onStatusChanged);
}

void ActionEditDialog::onStatusChanged()
{
    // Core requires a completion date exactly when the status is a closed one;
    // keeping the field in step saves the user a refusal.
    const bool closed = isClosed(static_cast<ActionStatus>(m_status->currentData().toInt()));
    m_closed->setEnabled(closed);
    if (closed && m_closed->text().trimmed().isEmpty())
        m_closed->setText(toIso(m_original.closed ? *m_original.closed : m_today));
    if (!closed)
        m_closed->clear();
}

Result<Action> ActionEditDialog::edited() const
{
    Action action = m_original;
    action.recommendation = m_recommendation->toPlainText().trimmed();
    action.ownerAgency = m_owner->currentText().simplified();
    action.officer = m_officer->text().trimmed();
    auto due = parseIsoDate(m_due->text(), QStringLiteral("due date"));
    if (!due)
        return due.error();
    action.due = *due;
    action.status = static_cast<ActionStatus>(m_status->currentData().toInt());
    auto closed = parseOptionalIsoDate(m_closed->text(), QStringLiteral("completion date"));
    if (!closed)
        return closed.error();
    action.closed = *closed;
    action.evidence = m_evidence->toPlainText().trimmed();
    return action;
}

void ActionEditDialog::setRecommendation(const QString& text)
{
    m_recommendation->setPlainText(text);
}

void ActionEditDialog::setOwnerAgency(const QString& name)
{
    m_owner->setCurrentText(name);
}

void ActionEditDialog::setOfficer(const QString& officer)
{
    m_officer->setText(officer);
}

void ActionEditDialog::setDueText(const QString& text)
{
    m_due->setText(text);
}

void ActionEditDialog::setStatus(ActionStatus status)
{
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(status)));
}

void ActionEditDialog::setClosedText(const QString& text)
{
    m_closed->setText(text);
}

void ActionEditDialog::setEvidence(const QString& evidence)
{
    m_evidence->setPlainText(evidence);
}

} // namespace reviewdesk::ui
