#include "pages/peoplemodel.h"

#include "pages/inwords.h"
#include "services/directoryservice.h"
#include "session/appsession.h"

namespace reviewdesk::ui {

PeopleModel::PeopleModel(AppSession* session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{}

Status PeopleModel::reload()
{
    DirectoryService directory(m_session->workspace());
    auto people = directory.people();
    if (!people)
        return people.error();
    auto agencies = directory.agencies();
    if (!agencies)
        return agencies.error();
    beginResetModel();
    m_people = std::move(*people);
    m_agencyNames.clear();
    for (const Agency& agency : *agencies)
        m_agencyNames.insert(agency.id, agency.name);
    endResetModel();
    return success();
}

int PeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_people.size())
        return {};
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const Person& person = m_people.at(index.row());
    switch (index.column()) {
    case NameColumn:
        return person.name;
    case RoleColumn:
        return inWords(person.role);
    case AgencyColumn:
        return person.agencyId ? m_agencyNames.value(*person.agencyId) : QString();
    default:
        return {};
    }
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case AgencyColumn:
        return tr("Agency");
    default:
        return {};
    }
}

} // namespace reviewdesk::ui
