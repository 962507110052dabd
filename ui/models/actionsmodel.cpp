#include "models/actionsmodel.h"

#include "models/deadlinetext.h"
#include "models/modelroles.h"
#include "session/appsession.h"
#include "util/isodate.h"

namespace reviewdesk::ui {

ActionsModel::ActionsModel(AppSession* session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    rebuild();
    connect(session, &AppSession::registerReset, this, &ActionsModel::onRegisterReset);
    connect(session, &AppSession::caseChanged, this, &ActionsModel::onCaseChanged);
    connect(session, &AppSession::caseAdded, this, &ActionsModel::onCaseAdded);
}

QList<ActionsModel::Row> ActionsModel::rowsOf(int caseIndex) const
{
    QList<Row> rows;
    const CaseEntry& entry = m_session->snapshot().entries()[caseIndex];
    for (int a = 0; a < entry.file.actions.size(); ++a) {
        const Action& action = entry.file.actions[a];
        Row row{caseIndex, a, -1, 0};
        bool overdue = false;
        for (int d = 0; d < entry.deadlines.size(); ++d)
            if (entry.deadlines[d].actionId == action.id) {
                row.deadlineIndex = d;
                overdue = entry.deadlines[d].status == DeadlineStatus::Overdue;
                break;
            }
        row.statusOrder = (overdue ? 0 : qint64(1) << 32) + action.due.toJulianDay();
        rows.append(row);
    }
    return rows;
}

void ActionsModel::rebuild()
{
    const auto& entries = m_session->snapshot().entries();
    m_rows.clear();
    m_firstRow.clear();
    m_firstRow.reserve(entries.size() + 1);
    for (int c = 0; c < entries.size(); ++c) {
        m_firstRow.append(int(m_rows.size()));
        m_rows.append(rowsOf(c));
    }
    m_firstRow.append(int(m_rows.size()));
}

int ActionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CaseEntry& ActionsModel::caseEntry(int row) const
{
    return m_session->snapshot().entries()[m_rows[row].caseIndex];
}

const Action& ActionsModel::action(int row) const
{
    return caseEntry(row).file.actions[m_rows[row].actionIndex];
}

const reviewdesk::Deadline* ActionsModel::deadline(int row) const
{
    const int index = m_rows[row].deadlineIndex;
    return index < 0 ? nullptr : &caseEntry(row).deadlines[index];
}

bool ActionsModel::isOverdue(int row) const
{
    const reviewdesk::Deadline* found = deadline(row);
    return found && found->status == DeadlineStatus::Overdue;
}

QVariant ActionsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(row, column);
    case SortRole:
        return sortValue(row, column);
    case ActionIdRole:
        return QVariant::fromValue<qint64>(action(row).id);
    case CaseIdRole:
        return QVariant::fromValue<qint64>(caseEntry(row).file.kase.id);
    case CaseRefRole:
        return caseEntry(row).file.kase.ref;
    case StatusRole:
        if (column == Status && deadline(row))
            return int(deadline(row)->status);
        return {};
    case WorkingDaysRole:
        return deadline(row) ? QVariant(deadline(row)->workingDays) : QVariant();
    case Qt::ToolTipRole:
        if ((column == Status || column == Due) && deadline(row))
            return statusToolTip(*deadline(row), m_session->today());
        if (column == Recommendation)
            return action(row).recommendation;
        return {};
    default:
        return {};
    }
}

QVariant ActionsModel::display(int row, int column) const
{
    const Action& item = action(row);
    switch (column) {
    case Case:
        return caseEntry(row).file.kase.ref;
    case Recommendation:
        return item.recommendation;
    case OwnerAgency:
        return item.ownerAgency;
    case Officer:
        return item.officer;
    case Due:
        return toDisplay(item.due);
    case Status:
        // The recorded status is what the owner said; overdue is what the date says.
        if (isOverdue(row))
            return QStringLiteral("%1 — overdue (%2 WD late)")
                .arg(actionStatusText(item.status))
                .arg(deadline(row)->workingDays);
        // Said in words as well as by the chip's colour.
        if (const Deadline* done = deadline(row); done && done->status == DeadlineStatus::Late)
            return QStringLiteral("%1 — late (%2 WD)")
                .arg(actionStatusText(item.status))
                .arg(done->workingDays);
        return actionStatusText(item.status);
    case Closed:
        return item.closed ? toDisplay(*item.closed) : QString();
    }
    return {};
}

QVariant ActionsModel::sortValue(int row, int column) const
{
    const Action& item = action(row);
    switch (column) {
    case Due:
        return toIso(item.due);
    case Closed:
        return item.closed ? QVariant(toIso(*item.closed)) : QVariant();
    case Status:
        return statusOrder(row);
    default:
        return display(row, column);
    }
}

QVariant ActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Case:
        return QStringLiteral("Case");
    case Recommendation:
        return QStringLiteral("Recommendation");
    case OwnerAgency:
        return QStringLiteral("Owner agency");
    case Officer:
        return QStringLiteral("Officer");
    case Due:
        return QStringLiteral("Due");
    case Status:
        return QStringLiteral("Status");
    case Closed:
        return QStringLiteral("Closed");
    }
    return {};
}

void ActionsModel::onRegisterReset()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void ActionsModel::onCaseChanged(qsizetype index)
{
    if (index < 0 || index + 1 >= m_firstRow.size())
        return onRegisterReset();
    const int first = m_firstRow[index];
    const int before = m_firstRow[index + 1] - first;
    const int after = int(m_session->snapshot().entries()[index].file.actions.size());
    // Actions are only ever appended to a case (ordered by id) or removed, so the
    // rows that stay keep their place; the block grows or shrinks at its end.
    if (after > before) {
        beginInsertRows({}, first + before, first + after - 1);
        rebuild();
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows({}, first + after, first + before - 1);
        rebuild();
        endRemoveRows();
    } else {
        rebuild();
    }
    if (const int kept = std::min(before, after); kept > 0)
        emit dataChanged(this->index(first, 0), this->index(first + kept - 1, ColumnCount - 1));
}

void ActionsModel::onCaseAdded(qsizetype index)
{
    if (index + 1 != m_firstRow.size())
        return onRegisterReset();
    const int first = int(m_rows.size());
    const int count = int(m_session->snapshot().entries()[index].file.actions.size());
    if (count == 0) {
        rebuild();
        return;
    }
    beginInsertRows({}, first, first + count - 1);
    rebuild();
    endInsertRows();
}

} // namespace reviewdesk::ui
