#include "pages/completeactiondialog.h"

#include "util/isodate.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace reviewdesk::ui {

CompleteActionDialog::CompleteActionDialog(const Action& action, const QDate& today,
                                           QWidget* parent)
    : RecordDialog(tr("Mark action complete"), parent), m_action(action)
{
    setObjectName(QStringLiteral("completeActionDialog"));
    auto* recommendation = new QLabel(action.recommendation, this);
    recommendation->setObjectName(QStringLiteral("recommendationLabel"));
    recommendation->setWordWrap(true);
    m_closed = new QLineEdit(toIso(today), this);
    m_closed->setObjectName(QStringLiteral("closedDateEdit"));
    m_closed->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    m_closed->setAccessibleName(tr("Completion date"));
    m_evidence = new QPlainTextEdit(action.evidence, this);
    m_evidence->setObjectName(QStringLiteral("evidenceEdit"));
    m_evidence->setAccessibleName(tr("Evidence of completion"));
    m_evidence->setTabChangesFocus(true);
    form()->addRow(tr("Action:"), recommendation);
    form()->addRow(tr("&Completed on:"), m_closed);
    form()->addRow(tr("&Evidence:"), m_evidence);
}

Result<QDate> CompleteActionDialog::closed() const
{
    return parseIsoDate(m_closed->text(), QStringLiteral("completion date"));
}

QString CompleteActionDialog::evidence() const
{
    return m_evidence->toPlainText();
}

void CompleteActionDialog::setClosedText(const QString& text)
{
    m_closed->setText(text);
}

void CompleteActionDialog::setEvidence(const QString& evidence)
{
    m_evidence->setPlainText(evidence);
}

} // namespace reviewdesk::ui
