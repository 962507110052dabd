// ActionsModel: every learning action of every case, one row each, with the
// status of its action deadline. Rows are grouped by case in snapshot order,
// so a write to one case inserts, removes or updates only that case's rows.
#pragma once

#include "services/registersnapshot.h"

#include <QAbstractTableModel>

namespace reviewdesk::ui {

class AppSession;

class ActionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Case,
        Recommendation,
        OwnerAgency,
        Officer,
        Due,
        Status,
        Closed,
        ColumnCount
    };

    explicit ActionsModel(AppSession* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // What a filter reads instead of formatted text.
    const Action& action(int row) const;
    const CaseEntry& caseEntry(int row) const;
    // The action's deadline as computed by core, or null if core computed none.
    const reviewdesk::Deadline* deadline(int row) const;
    bool isOverdue(int row) const;
    // What the Status column sorts by: overdue first, then by due date. Kept
    // with the row, as sorting 74,000 rows by reading each case's deadlines
    // spent most of its time waiting for memory.
    qint64 statusOrder(int row) const { return m_rows[row].statusOrder; }

private:
    struct Row
    {
        int caseIndex = 0;
        int actionIndex = 0;    // in the case file's actions
        int deadlineIndex = -1; // in the entry's deadlines
        qint64 statusOrder = 0;
    };

    QVariant display(int row, int column) const;
    QVariant sortValue(int row, int column) const;
    QList<Row> rowsOf(int caseIndex) const;
    void rebuild();

    void onRegisterReset();
    void onCaseChanged(qsizetype index);
    void onCaseAdded(qsizetype index);

    AppSession* m_session;
    QList<Row> m_rows;
    QList<int> m_firstRow; // per case index, its first row; one extra entry at the end
};

} // namespace reviewdesk::ui
