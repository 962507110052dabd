#include "pages/agencydialog.h"

#include "pages/inwords.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace reviewdesk::ui {

AgencyDialog::AgencyDialog(const Agency& agency, QWidget* parent)
    : RecordDialog(agency.id ? tr("Edit agency") : tr("Add agency"), parent), m_original(agency)
{
    setObjectName(QStringLiteral("agencyDialog"));
    m_name = new QLineEdit(agency.name, this);
    m_name->setObjectName(QStringLiteral("agencyNameEdit"));
    m_name->setAccessibleName(tr("Agency name"));
    m_name->setMaxLength(120);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("agencyCategoryCombo"));
    m_category->setAccessibleName(tr("Agency category"));
    for (AgencyCategory category : allValues<AgencyCategory>())
        m_category->addItem(inWords(category), static_cast<int>(category));
    setCategory(agency.category);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Category:"), m_category);
}

Agency AgencyDialog::agency() const
{
    Agency edited = m_original;
    edited.name = m_name->text();
    edited.category = static_cast<AgencyCategory>(m_category->currentData().toInt());
    return edited;
}

void AgencyDialog::setName(const QString& name)
{
    m_name->setText(name);
}

void AgencyDialog::setCategory(AgencyCategory category)
{
    m_category->setCurrentIndex(m_category->findData(static_cast<int>(category)));
}

} // namespace reviewdesk::ui
