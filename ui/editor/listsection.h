// A read-only titled table in the editor: the meetings that discussed the case
// and its audit trail. The editor fills the rows; nothing here is editable.
#pragma once

#include <QGroupBox>

class QTableView;

namespace reviewdesk::ui {

class TextTableModel;

class ListSection : public QGroupBox
{
    Q_OBJECT

public:
    // `objectName` names the table view.
    ListSection(const QString& title, const QString& objectName, const QStringList& headers,
                QWidget* parent = nullptr);

    void setRows(const QList<QStringList>& rows, const QString& emptyText);
    TextTableModel* model() const { return m_model; }

private:
    TextTableModel* m_model;
    QTableView* m_view;
};

} // namespace reviewdesk::ui
