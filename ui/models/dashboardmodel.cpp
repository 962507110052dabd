#include "models/dashboardmodel.h"

#include "models/deadlinetext.h"
#include "models/modelroles.h"
#include "schedule/wording.h"
#include "session/appsession.h"
#include "util/isodate.h"

namespace reviewdesk::ui {

namespace {

// The dashboard with only `section`'s list kept: the page has a model per
// section, and three copies of every list came to 12 MiB on 50,000 cases.
Dashboard sectionOf(Dashboard dashboard, DashboardSection section)
{
    if (section != DashboardSection::Overdue)
        dashboard.overdue = {};
    if (section != DashboardSection::DueSoon)
        dashboard.dueSoon = {};
    if (section != DashboardSection::RecentlyCompleted)
        dashboard.recentlyCompleted = {};
    return dashboard;
}

} // namespace

DashboardModel::DashboardModel(AppSession* session, DashboardSection which, QObject* parent)
    : QAbstractTableModel(parent), m_session(session), m_section(which),
      m_dashboard(sectionOf(dashboardFor(session->snapshot()), which))
{
    // Any change can move a deadline between sections, so each one recomputes the
    // whole dashboard: one pass over the snapshot, far cheaper than the write before it.
    connect(session, &AppSession::registerReset, this, &DashboardModel::recompute);
    connect(session, &AppSession::caseChanged, this, &DashboardModel::recompute);
    connect(session, &AppSession::caseAdded, this, &DashboardModel::recompute);
}

const QList<DashboardItem>& DashboardModel::items() const
{
    switch (m_section) {
    case DashboardSection::Overdue:
        return m_dashboard.overdue;
    case DashboardSection::DueSoon:
        return m_dashboard.dueSoon;
    case DashboardSection::RecentlyCompleted:
        break;
    }
    return m_dashboard.recentlyCompleted;
}

int DashboardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(items().size());
}

int DashboardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DashboardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const DashboardItem& row = item(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case CaseIdRole:
        return QVariant::fromValue<qint64>(row.caseId);
    case CaseRefRole:
        return row.caseRef;
    case ActionIdRole:
        return row.deadline.actionId ? QVariant::fromValue<qint64>(*row.deadline.actionId)
                                     : QVariant();
    case StatusRole:
        return index.column() == Status ? QVariant(int(row.deadline.status)) : QVariant();
    case WorkingDaysRole:
        return row.deadline.done ? row.workingDaysSinceDone : row.deadline.workingDays;
    case Qt::ToolTipRole:
        return statusToolTip(row.deadline, m_session->today(), actionOf(row));
    default:
        return {};
    }
}

QVariant DashboardModel::display(const DashboardItem& item, int column) const
{
    const reviewdesk::Deadline& deadline = item.deadline;
    switch (column) {
    case Case:
        return item.caseRef;
    case Deadline:
        // "Action 12" alone tells the reader nothing: the recommendation follows.
        if (const Action* action = actionOf(item))
            return QStringLiteral("%1: %2").arg(deadlineText(deadline), action->recommendation);
        return deadlineText(deadline);
    case Due:
        return toDisplay(deadline.due);
    case WorkingDays:
        // "today" only on the day itself: a weekend or holiday date has no
        // working day between it and today without being today.
        if (deadline.done) {
            if (*deadline.done == m_session->today())
                return QStringLiteral("done today");
            if (item.workingDaysSinceDone == 0)
                return QStringLiteral("done %1").arg(toDisplay(*deadline.done));
            return QStringLiteral("done %1 WD ago").arg(item.workingDaysSinceDone);
        }
        if (deadline.status == DeadlineStatus::Overdue)
            return QStringLiteral("%1 late").arg(deadline.workingDays);
        return deadline.due == m_session->today()
                   ? QStringLiteral("today")
                   : QStringLiteral("%1 left").arg(deadline.workingDays);
    case Status:
        return statusSummary(deadline, m_session->today());
    }
    return {};
}

const Action* DashboardModel::actionOf(const DashboardItem& item) const
{
    if (!item.deadline.actionId)
        return nullptr;
    const RegisterSnapshot& snapshot = m_session->snapshot();
    const qsizetype index = snapshot.indexOf(item.caseId);
    return index < 0 ? nullptr
                     : reviewdesk::actionOf(item.deadline, snapshot.entries().at(index).file);
}

QVariant DashboardModel::sortValue(const DashboardItem& item, int column) const
{
    const reviewdesk::Deadline& deadline = item.deadline;
    switch (column) {
    case Case:
        return item.caseRef;
    case Deadline:
        return int(deadline.kind);
    case Due:
        return toIso(deadline.due);
    case WorkingDays:
    case Status:
        // Overdue negative: ascending puts the most late first, as the section does.
        if (deadline.done)
            return item.workingDaysSinceDone;
        return deadline.status == DeadlineStatus::Overdue ? -deadline.workingDays
                                                          : deadline.workingDays;
    }
    return {};
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Case:
        return QStringLiteral("Case");
    case Deadline:
        return QStringLiteral("Deadline");
    case Due:
        return QStringLiteral("Due");
    case WorkingDays:
        return QStringLiteral("Working days");
    case Status:
        return QStringLiteral("Status");
    }
    return {};
}

void DashboardModel::recompute()
{
    beginResetModel();
    m_dashboard = sectionOf(dashboardFor(m_session->snapshot()), m_section);
    endResetModel();
    emit countsChanged();
}

} // namespace reviewdesk::ui
