// DirectoryPage: the partnership's agencies (by category) and the people on
// its panel (by role), side by side, each with Add… and Edit…. Every write goes
// through DirectoryService; a refused one keeps its dialog open with the
// service's reason, and a successful one tells the session the directory changed.
#pragma once

#include <QWidget>

class QPushButton;

namespace reviewdesk {
struct Error;
}

namespace reviewdesk::ui {

class AgenciesModel;
class AgencyDialog;
class AppSession;
class HintedTableView;
class PeopleModel;
class PersonDialog;
class RecordDialog;

class DirectoryPage : public QWidget
{
    Q_OBJECT

public:
    explicit DirectoryPage(AppSession* session, QWidget* parent = nullptr);

public slots:
    // Each opens its dialog (window-modal, without blocking) and returns at once.
    void addAgency();
    void editAgency(); // the selected agency
    void addPerson();
    void editPerson(); // the selected person
    // Re-reads both tables (on the session's directoryChanged).
    void reload();

private:
    void openAgencyDialog(AgencyDialog* dialog);
    void openPersonDialog(PersonDialog* dialog);
    void saveAgency(AgencyDialog* dialog);
    void savePerson(PersonDialog* dialog);
    // A conflict closes the dialog and reloads; any other refusal stays in the dialog.
    void refuse(RecordDialog* dialog, const Error& error);
    void updateButtons();

    AppSession* m_session;
    AgenciesModel* m_agencies = nullptr;
    PeopleModel* m_people = nullptr;
    HintedTableView* m_agencyView = nullptr;
    HintedTableView* m_personView = nullptr;
    QPushButton* m_editAgency = nullptr;
    QPushButton* m_editPerson = nullptr;
};

} // namespace reviewdesk::ui
