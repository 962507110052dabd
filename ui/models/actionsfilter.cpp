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

bool ActionsFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_actions)
        return QSortFilterProxyModel::lessThan(left, right);
    const int a = left.row();
    const int b = right.row();
    switch (left.column()) {
    case ActionsModel::Case:
        return m_actions->caseEntry(a).file.kase.ref < m_actions->caseEntry(b).file.kase.ref;
    case ActionsModel::Due:
        return m_actions->action(a).due < m_actions->action(b).due;
    case ActionsModel::Closed: {
        // An action still open sorts after the closed ones, as an empty value does.
        const auto& x = m_actions->action(a).closed;
        const auto& y = m_actions->action(b).closed;
        if (bool(x) != bool(y))
            return bool(x);
        return x && *x < *y;
    }
    case ActionsModel::Status:
        return m_actions->statusOrder(a) < m_actions->statusOrder(b);
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace reviewdesk::ui
