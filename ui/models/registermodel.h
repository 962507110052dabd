// RegisterModel: the case register as a table, one row per case of the
// session's snapshot. Reads the snapshot in place (no copies), so it stays
// cheap at tens of thousands of cases; follows the session's signals so views
// update after every save, undo or reload.
#pragma once

#include "services/registersnapshot.h"

#include <QAbstractTableModel>

namespace reviewdesk::ui {

class AppSession;

class RegisterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Ref,
        Child,
        Harm,
        Aware,
        Stage,
        NextDeadline,
        NextDue,
        Status,
        Themes,
        Lead,
        ColumnCount
    };

    explicit RegisterModel(AppSession* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The snapshot entry behind a row: what filters read instead of formatted text.
    const CaseEntry& entry(int row) const;

private:
    QVariant display(const CaseEntry& entry, int column) const;
    QVariant sortValue(const CaseEntry& entry, int column) const;

    void onRegisterReset();
    void onCaseChanged(qsizetype index);
    void onCaseAdded(qsizetype index);

    AppSession* m_session;
    // The rows views know about. The snapshot grows before caseAdded is
    // emitted, so the model keeps its own count to announce the insertion.
    int m_rowCount = 0;
};

} // namespace reviewdesk::ui
