// ActionsFilter: the actions list narrowed by owner agency, recorded status or
// overdue only. Opens sorted overdue first, then by due date, which is how
// the panel works through actions at a meeting.
#pragma once

#include "domain/enums.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace reviewdesk::ui {

class ActionsModel;

class ActionsFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ActionsFilter(QObject* parent = nullptr);

    // Expects an ActionsModel; any other model is shown unfiltered.
    void setSourceModel(QAbstractItemModel* model) override;

    // The owner agency's name (agency names are unique ignoring case); empty for all.
    void setAgency(const QString& agency);
    void setStatus(std::optional<ActionStatus> status); // the recorded status
    void setOverdueOnly(bool overdueOnly);              // the action deadline is overdue

    const QString& agency() const { return m_agency; }
    std::optional<ActionStatus> status() const { return m_status; }
    bool overdueOnly() const { return m_overdueOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    // Compares the actions themselves for the date and status columns, as the
    // model's sort values would, without making two QVariants per comparison.
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    ActionsModel* m_actions = nullptr;
    QString m_agency;
    std::optional<ActionStatus> m_status;
    bool m_overdueOnly = false;
};

} // namespace reviewdesk::ui
