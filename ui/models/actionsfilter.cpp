#include "models/actionsfilter.h"

#include "models/actionsmodel.h"
#include "models/modelroles.h"

namespace reviewdesk::ui {

ActionsFilter::ActionsFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

void ActionsFilter::setSourceModel(QAbstractItemModel* model)
{
    m_actions = qobject_cast<ActionsModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
    // The status column sorts overdue first, then by due date (see ActionsModel).
    if (m_actions && sortColumn() < 0)
        sort(ActionsModel::Status, Qt::AscendingOrder);
}

void ActionsFilter::setAgency(const QString& agency)
{
    const QString trimmed = agency.trimmed();
    if (trimmed == m_agency)
        return;
    m_agency = trimmed;
    invalidateFilter();
}

void ActionsFilter::setStatus(std::optional<ActionStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void ActionsFilter::setOverdueOnly(bool overdueOnly)
{
    if (overdueOnly == m_overdueOnly)
        return;
    m_overdueOnly = overdueOnly;
    invalidateFilter();
}

bool ActionsFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_actions || sourceParent.isValid())
        return true;
    const Action& action = m_actions->action(sourceRow);
    if (m_status && action.status != *m_status)
        return false;
    if (m_overdueOnly && !m_actions->isOverdue(sourceRow))
        return false;
    if (!m_agency.isEmpty() && action.ownerAgency.compare(m_agency, Qt::CaseInsensitive) != 0)
        return false;
    return true;
}

} // namespace reviewdesk::ui
