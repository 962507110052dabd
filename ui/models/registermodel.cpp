#include "models/registermodel.h"

#include "domain/themes.h"
#include "models/deadlinetext.h"
#include "models/modelroles.h"
#include "session/appsession.h"
#include "util/isodate.h"

namespace reviewdesk::ui {

RegisterModel::RegisterModel(AppSession* session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session),
      m_rowCount(int(session->snapshot().entries().size()))
{
    connect(session, &AppSession::registerReset, this, &RegisterModel::onRegisterReset);
    connect(session, &AppSession::caseChanged, this, &RegisterModel::onCaseChanged);
    connect(session, &AppSession::caseAdded, this, &RegisterModel::onCaseAdded);
}

int RegisterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int RegisterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CaseEntry& RegisterModel::entry(int row) const
{
    return m_session->snapshot().entries()[row];
}

QVariant RegisterModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount || index.column() >= ColumnCount)
        return {};
    const CaseEntry& row = entry(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::AccessibleTextRole:
        // Screen readers hear what sighted users read, status included.
        return display(row, column);
    case SortRole:
        return sortValue(row, column);
    case CaseIdRole:
        return QVariant::fromValue<qint64>(row.file.kase.id);
    case CaseRefRole:
        return row.file.kase.ref;
    case StatusRole:
        // Only the status cell carries it, so a status delegate set on the whole
        // view paints one pill per row.
        if (column == Status && row.next())
            return int(row.next()->status);
        return {};
    case WorkingDaysRole:
        if (column == Status && row.next())
            return row.next()->workingDays;
        return {};
    case Qt::ToolTipRole:
        if ((column == Status || column == NextDue || column == NextDeadline) && row.next())
            return statusToolTip(*row.next(), m_session->today(), actionOf(*row.next(), row.file));
        // The themes column is narrow and elides: its tooltip reads them in full.
        if (column == Themes && !row.file.kase.themes.isEmpty())
            return themesText(row.file.kase.themes);
        return {};
    default:
        return {};
    }
}

QVariant RegisterModel::display(const CaseEntry& entry, int column) const
{
    const Case& kase = entry.file.kase;
    switch (column) {
    case Ref:
        return kase.ref;
    case Child:
        return kase.childId;
    case Harm:
        return harmText(kase.harm);
    case Aware:
        return toDisplay(kase.aware);
    case Stage:
        return stageText(entry.stage);
    case NextDeadline:
        return entry.next() ? deadlineText(*entry.next()) : QString();
    case NextDue:
        return entry.next() ? toDisplay(entry.next()->due) : QString();
    case Status:
        return entry.next() ? statusSummary(*entry.next(), m_session->today()) : QString();
    case Themes:
        return themesText(kase.themes);
    case Lead:
        return kase.leadOfficer;
    }
    return {};
}

QVariant RegisterModel::sortValue(const CaseEntry& entry, int column) const
{
    const Case& kase = entry.file.kase;
    switch (column) {
    case Aware:
        return toIso(kase.aware);
    case Stage:
        return int(entry.stage);
    case Harm:
        return int(kase.harm);
    case NextDeadline:
        return entry.next() ? QVariant(int(entry.next()->kind)) : QVariant();
    case NextDue:
        // No open deadline sorts last: QSortFilterProxyModel orders invalid values after valid
        // ones.
        return entry.next() ? QVariant(toIso(entry.next()->due)) : QVariant();
    case Status:
        // Negative when overdue, so ascending puts the most late first, then the soonest due.
        if (!entry.next())
            return {};
        return entry.next()->status == DeadlineStatus::Overdue ? -entry.next()->workingDays
                                                               : entry.next()->workingDays;
    default:
        return display(entry, column);
    }
}

QVariant RegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Ref:
        return QStringLiteral("Reference");
    case Child:
        return QStringLiteral("Child");
    case Harm:
        return QStringLiteral("Harm");
    case Aware:
        return QStringLiteral("Aware");
    case Stage:
        return QStringLiteral("Stage");
    case NextDeadline:
        return QStringLiteral("Next deadline");
    case NextDue:
        return QStringLiteral("Due");
    case Status:
        return QStringLiteral("Status");
    case Themes:
        return QStringLiteral("Themes");
    case Lead:
        return QStringLiteral("Lead officer");
    }
    return {};
}

void RegisterModel::onRegisterReset()
{
    beginResetModel();
    m_rowCount = int(m_session->snapshot().entries().size());
    endResetModel();
}

void RegisterModel::onCaseChanged(qsizetype index)
{
    if (index < 0 || index >= m_rowCount)
        return;
    emit dataChanged(this->index(int(index), 0), this->index(int(index), ColumnCount - 1));
}

void RegisterModel::onCaseAdded(qsizetype index)
{
    const int total = int(m_session->snapshot().entries().size());
    if (index < m_rowCount || total <= m_rowCount)
        return onCaseChanged(index);
    beginInsertRows({}, m_rowCount, total - 1);
    m_rowCount = total;
    endInsertRows();
}

} // namespace reviewdesk::ui
