// DashboardModel: one section of the chair's dashboard (overdue, due soon or
// recently completed) as a table, recomputed from the session's snapshot
// whenever it changes. counts() gives the headline numbers shown above it.
#pragma once

#include "schedule/dashboard.h"

#include <QAbstractTableModel>

namespace reviewdesk {
struct Action;
}

namespace reviewdesk::ui {

class AppSession;

enum class DashboardSection
{
    Overdue,
    DueSoon,
    RecentlyCompleted
};

class DashboardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Case,
        Deadline,
        Due,
        WorkingDays,
        Status,
        ColumnCount
    };

    DashboardModel(AppSession* session, DashboardSection which, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    DashboardSection section() const { return m_section; }
    // The dashboard's counts, for the top of the page; of its three lists
    // only this model's section is kept.
    const Dashboard& counts() const { return m_dashboard; }
    const DashboardItem& item(int row) const { return items()[row]; }

signals:
    // After every recomputation, so a counts panel can refresh.
    void countsChanged();

private:
    const QList<DashboardItem>& items() const;
    QVariant display(const DashboardItem& item, int column) const;
    QVariant sortValue(const DashboardItem& item, int column) const;
    // The action an action's deadline is for; null for every other deadline.
    const Action* actionOf(const DashboardItem& item) const;
    void recompute();

    AppSession* m_session;
    DashboardSection m_section;
    Dashboard m_dashboard;
};

} // namespace reviewdesk::ui
