#include "pages/directorypage.h"

#include "pages/agenciesmodel.h"
#include "pages/agencydialog.h"
#include "pages/hintedtableview.h"
#include "pages/peoplemodel.h"
#include "pages/persondialog.h"
#include "pages/stalewritemessage.h"
#include "services/directoryservice.h"
#include "session/appsession.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace reviewdesk::ui {
namespace {

HintedTableView* makeTable(QAbstractItemModel* model, const QString& name,
                           const QString& accessible, const QString& emptyHint, QWidget* parent)
{
    auto* view = new HintedTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setModel(model);
    view->setEmptyHint([emptyHint] { return emptyHint; });
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    // The name (the first column) takes the room; the others fit their
    // contents. Directories are dozens of rows, cheap to measure on each change.
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    return view;
}

QPushButton* makeButton(const QString& text, const QString& name, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    return button;
}

int selectedRow(const QTableView* view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

} // namespace

DirectoryPage::DirectoryPage(AppSession* session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("directoryPage"));
    m_agencies = new AgenciesModel(session, this);
    m_people = new PeopleModel(session, this);

    auto* agencyBox = new QGroupBox(tr("Agencies"), this);
    m_agencyView = makeTable(m_agencies, QStringLiteral("agenciesTable"), tr("Agencies"),
                             tr("No agencies yet. Use Add agency… to add the partnership's "
                                "agencies; an action's owner is added here when first named."),
                             agencyBox);
    auto* addAgencyButton = makeButton(tr("&Add agency…"), QStringLiteral("addAgencyButton"), this);
    m_editAgency = makeButton(tr("&Edit agency…"), QStringLiteral("editAgencyButton"), this);
    auto* agencyButtons = new QHBoxLayout;
    agencyButtons->addWidget(addAgencyButton);
    agencyButtons->addWidget(m_editAgency);
    agencyButtons->addStretch();
    auto* agencyLayout = new QVBoxLayout(agencyBox);
    agencyLayout->addWidget(m_agencyView);
    agencyLayout->addLayout(agencyButtons);

    auto* peopleBox = new QGroupBox(tr("People"), this);
    m_personView = makeTable(m_people, QStringLiteral("peopleTable"), tr("People"),
                             tr("No people yet. Use Add person… to add the panel's chair, "
                                "members, support officers and reviewers."),
                             peopleBox);
    auto* addPersonButton = makeButton(tr("Add &person…"), QStringLiteral("addPersonButton"), this);
    m_editPerson = makeButton(tr("Edit pe&rson…"), QStringLiteral("editPersonButton"), this);
    auto* personButtons = new QHBoxLayout;
    personButtons->addWidget(addPersonButton);
    personButtons->addWidget(m_editPerson);
    personButtons->addStretch();
    auto* peopleLayout = new QVBoxLayout(peopleBox);
    peopleLayout->addWidget(m_personView);
    peopleLayout->addLayout(personButtons);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("directorySplitter"));
    splitter->addWidget(agencyBox);
    splitter->addWidget(peopleBox);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(addAgencyButton, &QPushButton::clicked, this, &DirectoryPage::addAgency);
    connect(m_editAgency, &QPushButton::clicked, this, &DirectoryPage::editAgency);
    connect(addPersonButton, &QPushButton::clicked, this, &DirectoryPage::addPerson);
    connect(m_editPerson, &QPushButton::clicked, this, &DirectoryPage::editPerson);
    connect(m_agencyView, &QTableView::activated, this, &DirectoryPage::editAgency);
    connect(m_personView, &QTableView::activated, this, &DirectoryPage::editPerson);
    connect(m_agencyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DirectoryPage::updateButtons);
    connect(m_personView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DirectoryPage::updateButtons);
    // Actions can create agencies and another file may be opened: both re-read the directory.
    connect(session, &AppSession::directoryChanged, this, &DirectoryPage::reload);
    connect(session, &AppSession::registerReset, this, &DirectoryPage::reload);
    reload();
}

void DirectoryPage::reload()
{
    for (Status loaded : {m_agencies->reload(), m_people->reload()})
        if (!loaded)
            emit m_session->errorOccurred(
                tr("Could not read the directory: %1").arg(loaded.error().message));
    updateButtons();
}

void DirectoryPage::updateButtons()
{
    m_editAgency->setEnabled(selectedRow(m_agencyView) >= 0);
    m_editPerson->setEnabled(selectedRow(m_personView) >= 0);
}

void DirectoryPage::addAgency()
{
    openAgencyDialog(new AgencyDialog({}, this));
}

void DirectoryPage::editAgency()
{
    const int row = selectedRow(m_agencyView);
    if (row >= 0)
        openAgencyDialog(new AgencyDialog(m_agencies->agencyAt(row), this));
}

void DirectoryPage::addPerson()
{
    openPersonDialog(new PersonDialog({}, m_agencies->agencies(), this));
}

void DirectoryPage::editPerson()
{
    const int row = selectedRow(m_personView);
    if (row >= 0)
        openPersonDialog(new PersonDialog(m_people->personAt(row), m_agencies->agencies(), this));
}

void DirectoryPage::openAgencyDialog(AgencyDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordDialog::saveRequested, this, [this, dialog] { saveAgency(dialog); });
    dialog->open();
}

void DirectoryPage::openPersonDialog(PersonDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordDialog::saveRequested, this, [this, dialog] { savePerson(dialog); });
    dialog->open();
}

void DirectoryPage::saveAgency(AgencyDialog* dialog)
{
    const Agency edited = dialog->agency();
    DirectoryService directory(m_session->workspace());
    const bool renamed = edited.id && m_agencies->rowOf(edited.id) >= 0 &&
                         m_agencies->agencyAt(m_agencies->rowOf(edited.id)).name.simplified() !=
                             edited.name.simplified();
    auto saved = edited.id ? directory.updateAgency(edited)
                           : directory.addAgency(edited.name, edited.category);
    if (!saved) {
        refuse(dialog, saved.error());
        return;
    }
    dialog->accept();
    m_session->notifyDirectoryChanged();
    // Actions carry their owner's name as read with the register, so a rename re-reads it.
    if (renamed)
        if (auto reloaded = m_session->reload(); !reloaded)
            emit m_session->errorOccurred(reloaded.error().message);
    if (const int row = m_agencies->rowOf(saved->id); row >= 0)
        m_agencyView->selectRow(row);
}

void DirectoryPage::savePerson(PersonDialog* dialog)
{
    const Person edited = dialog->person();
    DirectoryService directory(m_session->workspace());
    auto saved = edited.id ? directory.updatePerson(edited) : directory.addPerson(edited);
    if (!saved) {
        refuse(dialog, saved.error());
        return;
    }
    dialog->accept();
    m_session->notifyDirectoryChanged();
}

void DirectoryPage::refuse(RecordDialog* dialog, const Error& error)
{
    if (error.kind != ErrorKind::Conflict) {
        dialog->setError(error.message);
        return;
    }
    dialog->reject();
    reload();
    showStaleWriteMessage(this, error.message);
}

} // namespace reviewdesk::ui
