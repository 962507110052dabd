#include "editor/actionssection.h"

#include "editor/actiondialog.h"
#include "editor/texttablemodel.h"
#include "models/modelroles.h"
#include "schedule/wording.h"
#include "services/actionservice.h"
#include "services/directoryservice.h"
#include "session/appsession.h"
#include "util/isodate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace reviewdesk::ui {

ActionsSection::ActionsSection(AppSession* session, QWidget* parent)
    : QGroupBox(tr("Actions"), parent), m_session(session),
      m_model(new TextTableModel(
          {tr("Recommendation"), tr("Owner"), tr("Officer"), tr("Due"), tr("Status")}, this))
{
    setObjectName(QStringLiteral("actionsSection"));
    m_model->setIdRole(ActionIdRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("actions"));
    m_view->setAccessibleName(tr("Actions"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // The recommendation takes the room; the other columns fit their words.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_add = new QPushButton(tr("Add a&ction…"), this);
    m_add->setObjectName(QStringLiteral("addActionButton"));
    m_complete = new QPushButton(tr("Mark co&mplete…"), this);
    m_complete->setObjectName(QStringLiteral("completeActionButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_complete);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ActionsSection::addAction);
    connect(m_complete, &QPushButton::clicked, this, &ActionsSection::completeAction);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActionsSection::refreshButtons);
}

void ActionsSection::load(const QString& ref, const QList<Action>& actions)
{
    m_ref = ref;
    m_actions = actions;
    QList<QStringList> rows;
    QList<qint64> ids;
    for (const Action& action : actions) {
        rows << QStringList{action.recommendation, action.ownerAgency, action.officer,
                            toDisplay(action.due), actionStatusText(action.status)};
        ids << action.id;
    }
    m_model->setRows(rows, ids);
    refreshButtons();
}

void ActionsSection::refreshButtons()
{
    m_add->setEnabled(!m_ref.isEmpty());
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const bool open = current.isValid() && current.row() < m_actions.size() &&
                      !isClosed(m_actions.at(current.row()).status);
    m_complete->setEnabled(open && m_view->selectionModel()->hasSelection());
}

void ActionsSection::addAction()
{
    QStringList agencies;
    if (auto known = DirectoryService(m_session->workspace()).agencies())
        for (const Agency& agency : *known)
            agencies << agency.name;
    ActionDialog dialog(agencies, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto added = ActionService(m_session->workspace()).addAction(m_ref, dialog.action());
    if (!added) {
        emit failed(added.error().message);
        return;
    }
    if (auto written = m_session->caseWritten(m_ref); !written)
        emit failed(written.error().message);
    emit recordsWritten();
}

void ActionsSection::completeAction()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const RecordId id = m_model->data(current, ActionIdRole).toLongLong();
    bool ok = false;
    const QString closedText =
        QInputDialog::getText(this, tr("Mark action complete"), tr("Completed on (YYYY-MM-DD):"),
                              QLineEdit::Normal, toIso(m_session->today()), &ok);
    if (!ok)
        return;
    auto closed = parseIsoDate(closedText, QStringLiteral("completion date"));
    if (!closed) {
        emit failed(closed.error().message);
        return;
    }
    const QString evidence = QInputDialog::getMultiLineText(
        this, tr("Mark action complete"), tr("Evidence of completion (optional):"), QString(), &ok);
    if (!ok)
        return;
    auto completed = ActionService(m_session->workspace()).completeAction(id, *closed, evidence);
    if (!completed) {
        emit failed(completed.error().message);
        return;
    }
    if (auto written = m_session->caseWritten(m_ref); !written)
        emit failed(written.error().message);
    emit recordsWritten();
}

} // namespace reviewdesk::ui
