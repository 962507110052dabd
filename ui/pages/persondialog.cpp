#include "pages/persondialog.h"

#include "pages/inwords.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace reviewdesk::ui {

PersonDialog::PersonDialog(const Person& person, const QList<Agency>& agencies, QWidget* parent)
    : RecordDialog(person.id ? tr("Edit person") : tr("Add person"), parent), m_original(person)
{
    setObjectName(QStringLiteral("personDialog"));
    m_name = new QLineEdit(person.name, this);
    m_name->setObjectName(QStringLiteral("personNameEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(120);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("personRoleCombo"));
    m_role->setAccessibleName(tr("Role"));
    for (PersonRole role : allValues<PersonRole>())
        m_role->addItem(inWords(role), static_cast<int>(role));
    m_agency = new QComboBox(this);
    m_agency->setObjectName(QStringLiteral("personAgencyCombo"));
    m_agency->setAccessibleName(tr("Agency"));
    m_agency->addItem(tr("No agency"), QVariant());
    for (const Agency& agency : agencies)
        m_agency->addItem(agency.name, agency.id);
    setRole(person.role);
    setAgency(person.agencyId);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Role:"), m_role);
    form()->addRow(tr("&Agency:"), m_agency);
}

Person PersonDialog::person() const
{
    Person edited = m_original;
    edited.name = m_name->text();
    edited.role = static_cast<PersonRole>(m_role->currentData().toInt());
    const QVariant agency = m_agency->currentData();
    edited.agencyId =
        agency.isValid() ? std::optional<RecordId>(agency.value<RecordId>()) : std::nullopt;
    return edited;
}

void PersonDialog::setName(const QString& name)
{
    m_name->setText(name);
}

void PersonDialog::setRole(PersonRole role)
{
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(role)));
}

void PersonDialog::setAgency(std::optional<RecordId> agencyId)
{
    // An agency missing from the list (removed since) reads as "No agency" rather than a wrong one.
    const int index = agencyId ? m_agency->findData(QVariant::fromValue(*agencyId)) : 0;
    m_agency->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace reviewdesk::ui
