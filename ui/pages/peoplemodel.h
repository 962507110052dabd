// PeopleModel: the people in the directory (name, role, agency) as a table,
// read through DirectoryService with each person's agency named.
#pragma once

#include "domain/directory.h"
#include "util/result.h"

#include <QAbstractTableModel>
#include <QHash>

namespace reviewdesk::ui {

class AppSession;

class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        AgencyColumn,
        ColumnCount
    };

    explicit PeopleModel(AppSession* session, QObject* parent = nullptr);

    Status reload();
    const Person& personAt(int row) const { return m_people.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    AppSession* m_session;
    QList<Person> m_people;
    QHash<RecordId, QString> m_agencyNames;
};

} // namespace reviewdesk::ui
