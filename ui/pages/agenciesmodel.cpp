#include "pages/agenciesmodel.h"

#include "pages/inwords.h"
#include "services/directoryservice.h"
#include "session/appsession.h"

namespace reviewdesk::ui {

AgenciesModel::AgenciesModel(AppSession* session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{}

Status AgenciesModel::reload()
{
    auto agencies = DirectoryService(m_session->workspace()).agencies();
    if (!agencies)
        return agencies.error();
    beginResetModel();
    m_agencies = std::move(*agencies);
    endResetModel();
    return success();
}

int AgenciesModel::rowOf(RecordId id) const
{
    for (int row = 0; row < m_agencies.size(); ++row)
        if (m_agencies.at(row).id == id)
            return row;
    return -1;
}

int AgenciesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_agencies.size());
}

int AgenciesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgenciesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_agencies.size())
        return {};
    const Agency& agency = m_agencies.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return agency.name;
    case CategoryColumn:
        return inWords(agency.category);
    default:
        return {};
    }
}

QVariant AgenciesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Agency");
    case CategoryColumn:
        return tr("Category");
    default:
        return {};
    }
}

} // namespace reviewdesk::ui
