// TextTableModel: a small read-only table of words for the editor's lists
// (actions, extensions, meetings, history), each row optionally carrying the
// id of the record it shows. The register's own lists have richer models in
// ui/models; these rows are a few dozen at most and are rebuilt on reload.
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace reviewdesk::ui {

class TextTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit TextTableModel(QStringList headers, QObject* parent = nullptr);

    // `ids` (optional) are returned under `idRole` for each row.
    void setRows(QList<QStringList> rows, QList<qint64> ids = {});
    void setIdRole(int role) { m_idRole = role; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<qint64> m_ids;
    int m_idRole = Qt::UserRole;
};

} // namespace reviewdesk::ui
