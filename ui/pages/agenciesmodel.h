// AgenciesModel: the partnership's agencies (name, category) as a table, read
// through DirectoryService. The directory page reloads it after every write.
#pragma once

#include "domain/directory.h"
#include "util/result.h"

#include <QAbstractTableModel>

namespace reviewdesk::ui {

class AppSession;

class AgenciesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CategoryColumn,
        ColumnCount
    };

    explicit AgenciesModel(AppSession* session, QObject* parent = nullptr);

    Status reload();
    const QList<Agency>& agencies() const { return m_agencies; }
    const Agency& agencyAt(int row) const { return m_agencies.at(row); }
    // The row of the agency with this id, or -1.
    int rowOf(RecordId id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    AppSession* m_session;
    QList<Agency> m_agencies;
};

} // namespace reviewdesk::ui
