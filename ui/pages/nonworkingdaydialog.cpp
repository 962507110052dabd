#include "pages/nonworkingdaydialog.h"

#include "util/isodate.h"

#include <QFormLayout>
#include <QLineEdit>

namespace reviewdesk::ui {

NonWorkingDayDialog::NonWorkingDayDialog(NonWorkingDayKind kind, QWidget* parent)
    : RecordDialog(kind == NonWorkingDayKind::Closure ? tr("Add closure day")
                                                      : tr("Add bank holiday"),
                   parent),
      m_kind(kind)
{
    setObjectName(QStringLiteral("nonWorkingDayDialog"));
    m_date = new QLineEdit(this);
    m_date->setObjectName(QStringLiteral("dayDateEdit"));
    m_date->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    m_date->setAccessibleName(tr("Date"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("dayNameEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(kind == NonWorkingDayKind::Closure ? tr("e.g. Council closure day")
                                                                  : tr("e.g. State funeral of …"));
    form()->addRow(tr("&Date:"), m_date);
    form()->addRow(tr("&Name:"), m_name);
}

Result<QDate> NonWorkingDayDialog::date() const
{
    return parseIsoDate(m_date->text().trimmed(), QStringLiteral("date"));
}

QString NonWorkingDayDialog::name() const
{
    return m_name->text();
}

void NonWorkingDayDialog::setDateText(const QString& text)
{
    m_date->setText(text);
}

void NonWorkingDayDialog::setName(const QString& name)
{
    m_name->setText(name);
}

} // namespace reviewdesk::ui
