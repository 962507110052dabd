#include "pages/actionspage.h"

#include "models/actionsfilter.h"
#include "models/actionsmodel.h"
#include "models/columnwidths.h"
#include "models/deadlinetext.h"
#include "models/modelroles.h"
#include "models/statusdelegate.h"
#include "pages/actioneditdialog.h"
#include "pages/completeactiondialog.h"
#include "pages/hintedtableview.h"
#include "pages/inwords.h"
#include "pages/stalewritemessage.h"
#include "services/actionservice.h"
#include "services/directoryservice.h"
#include "session/appsession.h"
#include "undo/actioncommands.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace reviewdesk::ui {
namespace {

// The status filter's choices are keyed by the stored names, plus these two.
const QString kAllStatuses;
const QString kOverdueOnly = QStringLiteral("overdue");

} // namespace

ActionsPage::ActionsPage(AppSession* session, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent), m_session(session), m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("actionsPage"));
    m_model = new ActionsModel(session, this);
    m_filter = new ActionsFilter(this);
    m_filter->setSourceModel(m_model);

    m_agencyFilter = new QComboBox(this);
    m_agencyFilter->setObjectName(QStringLiteral("agencyFilter"));
    m_agencyFilter->setAccessibleName(tr("Owner agency filter"));
    m_agencyFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* agencyLabel = new QLabel(tr("&Owner agency:"), this);
    agencyLabel->setBuddy(m_agencyFilter);

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->addItem(tr("All"), kAllStatuses);
    for (ActionStatus status : allValues<ActionStatus>())
        m_statusFilter->addItem(actionStatusText(status), nameOf(status));
    m_statusFilter->addItem(tr("Overdue only"), kOverdueOnly);
    auto* statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_statusFilter);

    m_complete = new QPushButton(tr("&Mark complete…"), this);
    m_complete->setObjectName(QStringLiteral("markCompleteButton"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editActionButton"));

    m_view = new HintedTableView(this);
    m_view->setObjectName(QStringLiteral("actionsTable"));
    m_view->setAccessibleName(tr("Actions"));
    m_view->setModel(m_filter);
    m_view->setEmptyHint([this] {
        return m_model->rowCount() == 0
                   ? tr("No learning actions yet. Open a case and use Add action… in its "
                        "Actions section.")
                   : tr("No action matches the filters.");
    });
    m_view->setItemDelegate(new StatusDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ActionsModel::Recommendation,
                                                     QHeaderView::Stretch);
    // The list opens overdue first (the status column sorts so); the user may re-sort.
    m_view->horizontalHeader()->setSortIndicator(ActionsModel::Status, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    // Every column but the recommendation fits its contents, so no reference,
    // date or status is cut short; the recommendation takes the rest. Measured
    // on the first 100 rows: the columns hold values of one shape (references
    // of one pattern, dates, statuses), and measuring 1,000 rows of 74,000
    // actions made the page slower to open for no wider column.
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    m_view->resizeColumnsToContents();
    // The first rows are the overdue ones, often without a closing date: the
    // date columns take the widest date whatever rows were measured.
    const int dateWidth = widestDateWidth(m_view);
    for (int column : {ActionsModel::Due, ActionsModel::Closed})
        m_view->setColumnWidth(column, std::max(m_view->columnWidth(column), dateWidth));

    auto* bar = new QHBoxLayout;
    bar->addWidget(agencyLabel);
    bar->addWidget(m_agencyFilter);
    bar->addWidget(statusLabel);
    bar->addWidget(m_statusFilter);
    bar->addStretch();
    bar->addWidget(m_complete);
    bar->addWidget(m_edit);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    connect(m_agencyFilter, &QComboBox::currentIndexChanged, this, &ActionsPage::applyFilters);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &ActionsPage::applyFilters);
    connect(m_complete, &QPushButton::clicked, this, &ActionsPage::markComplete);
    connect(m_edit, &QPushButton::clicked, this, &ActionsPage::editAction);
    // activated is Enter, or a double-click (a single click where the platform says so).
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString ref = index.data(CaseRefRole).toString();
        if (!ref.isEmpty())
            emit openCaseRequested(ref);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActionsPage::updateButtons);
    // A save, an undo or a reload can change the selected action's status.
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &ActionsPage::updateButtons);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ActionsPage::updateButtons);
    connect(session, &AppSession::directoryChanged, this, &ActionsPage::refreshAgencies);
    connect(session, &AppSession::registerReset, this, &ActionsPage::refreshAgencies);

    refreshAgencies();
    updateButtons();
}

void ActionsPage::refreshAgencies()
{
    auto agencies = DirectoryService(m_session->workspace()).agencies();
    if (!agencies) {
        emit m_session->errorOccurred(
            tr("Could not read the agencies: %1").arg(agencies.error().message));
        return;
    }
    const QString current = m_agencyFilter->currentData().toString();
    {
        // Rebuilding the list must not look like the user choosing another agency.
        const QSignalBlocker blocker(m_agencyFilter);
        m_agencyFilter->clear();
        m_agencyFilter->addItem(tr("All agencies"), QString());
        for (const Agency& agency : *agencies)
            m_agencyFilter->addItem(agency.name, agency.name);
        const int index = m_agencyFilter->findData(current);
        m_agencyFilter->setCurrentIndex(index < 0 ? 0 : index);
    }
    applyFilters();
}

void ActionsPage::applyFilters()
{
    m_filter->setAgency(m_agencyFilter->currentData().toString());
    const QString status = m_statusFilter->currentData().toString();
    m_filter->setOverdueOnly(status == kOverdueOnly);
    m_filter->setStatus(enumFromName<ActionStatus>(status));
    updateButtons();
}

std::optional<Action> ActionsPage::selectedAction() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const QModelIndex source = m_filter->mapToSource(rows.first());
    if (!source.isValid())
        return std::nullopt;
    return m_model->action(source.row());
}

bool ActionsPage::selectAction(RecordId actionId)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(ActionIdRole).value<qint64>() == actionId) {
            m_view->setCurrentIndex(index);
            m_view->selectRow(row);
            return true;
        }
    }
    return false;
}

void ActionsPage::updateButtons()
{
    const std::optional<Action> action = selectedAction();
    m_complete->setEnabled(action && !isClosed(action->status));
    m_edit->setEnabled(action.has_value());
}

QString ActionsPage::caseRefOf(const Action& action) const
{
    const qsizetype index = m_session->snapshot().indexOf(action.caseId);
    return index < 0 ? QString() : m_session->snapshot().entries().at(index).file.kase.ref;
}

void ActionsPage::markComplete()
{
    const std::optional<Action> action = selectedAction();
    if (!action || isClosed(action->status))
        return;
    auto* dialog = new CompleteActionDialog(*action, m_session->today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordDialog::saveRequested, this, [this, dialog] { saveCompletion(dialog); });
    dialog->open();
}

void ActionsPage::editAction()
{
    const std::optional<Action> action = selectedAction();
    if (!action)
        return;
    QStringList agencies;
    if (auto known = DirectoryService(m_session->workspace()).agencies())
        for (const Agency& agency : *known)
            agencies << agency.name;
    auto* dialog = new ActionEditDialog(*action, agencies, m_session->today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordDialog::saveRequested, this, [this, dialog] { saveEdit(dialog); });
    dialog->open();
}

void ActionsPage::saveCompletion(CompleteActionDialog* dialog)
{
    auto closed = dialog->closed();
    if (!closed) {
        dialog->setError(closed.error().message);
        return;
    }
    const Action before = dialog->action();
    // completeAction completes whatever version is stored; the undo image must be
    // the version the user saw, so a newer one stored since is a conflict here.
    auto current = m_session->workspace().caseFile(caseRefOf(before));
    if (!current) {
        refuse(dialog, current.error());
        return;
    }
    const auto stored = std::find_if(current->actions.cbegin(), current->actions.cend(),
                                     [&](const Action& a) { return a.id == before.id; });
    if (stored == current->actions.cend() || stored->version != before.version) {
        refuse(dialog,
               Error::conflict(
                   tr("action %1 was changed by someone else since you opened it; reload it "
                      "and make your change again")
                       .arg(before.id)));
        return;
    }
    auto saved = ActionService(m_session->workspace())
                     .completeAction(before.id, *closed, dialog->evidence());
    finishSave(dialog, before, saved,
               tr("Complete action %1 of %2").arg(before.id).arg(caseRefOf(before)));
}

void ActionsPage::saveEdit(ActionEditDialog* dialog)
{
    auto edited = dialog->edited();
    if (!edited) {
        dialog->setError(edited.error().message);
        return;
    }
    const Action before = dialog->original();
    auto saved = ActionService(m_session->workspace()).updateAction(*edited);
    finishSave(dialog, before, saved,
               tr("Edit action %1 of %2").arg(before.id).arg(caseRefOf(before)));
}

void ActionsPage::finishSave(RecordDialog* dialog, const Action& before,
                             const Result<Action>& saved, const QString& undoText)
{
    if (!saved) {
        refuse(dialog, saved.error());
        return;
    }
    dialog->accept();
    // The save is made; the command's first redo is a no-op (see ServiceCommand).
    m_undoStack->push(new SaveActionCommand(*m_session, before, *saved, undoText));
    if (auto refreshed = m_session->caseWritten(caseRefOf(*saved)); !refreshed)
        emit m_session->errorOccurred(refreshed.error().message);
    // A new owner name may have added an agency to the directory.
    if (before.ownerAgencyId != saved->ownerAgencyId)
        m_session->notifyDirectoryChanged();
    selectAction(saved->id);
}

void ActionsPage::refuse(RecordDialog* dialog, const Error& error)
{
    if (error.kind != ErrorKind::Conflict) {
        dialog->setError(error.message);
        return;
    }
    dialog->reject();
    if (auto reloaded = m_session->reload(); !reloaded)
        emit m_session->errorOccurred(reloaded.error().message);
    showStaleWriteMessage(this, error.message);
}

} // namespace reviewdesk::ui
