// AgencyDialog: adds or edits one of the partnership's agencies (its name and
// category). The page saves it through DirectoryService.
#pragma once

#include "domain/directory.h"
#include "pages/recorddialog.h"

class QComboBox;
class QLineEdit;

namespace reviewdesk::ui {

class AgencyDialog : public RecordDialog
{
    Q_OBJECT

public:
    // An empty `agency` (id 0) adds a new one.
    explicit AgencyDialog(const Agency& agency = {}, QWidget* parent = nullptr);

    // The agency as edited: the original's id and version with the new fields.
    Agency agency() const;

    void setName(const QString& name);
    void setCategory(AgencyCategory category);

private:
    Agency m_original;
    QLineEdit* m_name = nullptr;
    QComboBox* m_category = nullptr;
};

} // namespace reviewdesk::ui
