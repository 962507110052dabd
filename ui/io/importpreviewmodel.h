// The rows of an import plan as a table: what each line of the file will
// become, in the import dialog's preview.
#pragma once

#include "io/caseimport.h"

#include <QAbstractTableModel>

namespace reviewdesk::ui {

class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<io::ImportRow> rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<io::ImportRow> m_rows;
};

} // namespace reviewdesk::ui
