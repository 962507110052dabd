#include "editor/listsection.h"

#include "editor/texttablemodel.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace reviewdesk::ui {

ListSection::ListSection(const QString& title, const QString& objectName,
                         const QStringList& headers, QWidget* parent)
    : QGroupBox(title, parent), m_model(new TextTableModel(headers, this)),
      m_view(new QTableView(this))
{
    setObjectName(objectName + QStringLiteral("Section"));
    m_view->setObjectName(objectName);
    m_view->setAccessibleName(title);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTabKeyNavigation(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
}

void ListSection::setRows(const QList<QStringList>& rows, const QString& emptyText)
{
    m_model->setRows(rows);
    m_view->setToolTip(rows.isEmpty() ? emptyText : QString());
    m_view->setAccessibleDescription(rows.isEmpty() ? emptyText : QString());
}

} // namespace reviewdesk::ui
