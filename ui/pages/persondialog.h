// PersonDialog: adds or edits a person in the directory (a panel member, the
// chair, a support officer or a reviewer) and the agency they work for.
#pragma once

#include "domain/directory.h"
#include "pages/recorddialog.h"

class QComboBox;
class QLineEdit;

namespace reviewdesk::ui {

class PersonDialog : public RecordDialog
{
    Q_OBJECT

public:
    // An empty `person` (id 0) adds a new one; `agencies` fill the agency choice.
    PersonDialog(const Person& person, const QList<Agency>& agencies, QWidget* parent = nullptr);

    // The person as edited: the original's id and version with the new fields.
    Person person() const;

    void setName(const QString& name);
    void setRole(PersonRole role);
    void setAgency(std::optional<RecordId> agencyId);

private:
    Person m_original;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_agency = nullptr;
};

} // namespace reviewdesk::ui
