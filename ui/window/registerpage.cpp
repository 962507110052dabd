#include "window/registerpage.h"

#include "domain/themes.h"
#include "models/columnwidths.h"
#include "models/modelroles.h"
#include "models/registerfilter.h"
#include "models/registermodel.h"
#include "models/statusdelegate.h"
#include "schedule/wording.h"
#include "session/appsession.h"
#include "session/appsettings.h"
#include "window/firstpaint.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace reviewdesk::ui {
namespace {

// The columns as the user left them. Named anew when the default layout
// changed (the themes last, the dates whole): the layout saved under the old
// name was mostly the old default, which cut the themes and some dates.
const QString kHeaderStateKey = QStringLiteral("register/columns");
const QString kOldHeaderStateKey = QStringLiteral("register/header");

QComboBox* filterCombo(QWidget* parent, const QString& objectName, const QString& everything)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(everything);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace

RegisterPage::RegisterPage(AppSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new RegisterModel(session, this)),
      m_filter(new RegisterFilter(this)), m_search(new QLineEdit(this))
{
    m_filter->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("registerSearch"));
    m_search->setPlaceholderText(tr("Search reference, child, lead officer or theme"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the register"));

    m_stage = filterCombo(this, QStringLiteral("stageFilter"), tr("All stages"));
    for (const auto& [stage, name] : EnumNames<CaseStage>::table)
        m_stage->addItem(stageText(stage), int(stage));
    m_status = filterCombo(this, QStringLiteral("statusFilter"), tr("Any status"));
    for (const auto& [status, name] : EnumNames<DeadlineStatus>::table)
        if (isOpen(status))
            m_status->addItem(statusText(status), int(status));
    m_year = filterCombo(this, QStringLiteral("yearFilter"), tr("All years"));
    m_theme = filterCombo(this, QStringLiteral("themeFilter"), tr("All themes"));
    m_stage->setAccessibleName(tr("Filter by stage"));
    m_status->setAccessibleName(tr("Filter by status of the next deadline"));
    m_year->setAccessibleName(tr("Filter by year the local authority became aware"));
    m_theme->setAccessibleName(tr("Filter by theme"));

    auto* bar = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_stage);
    bar->addWidget(m_status);
    bar->addWidget(m_year);
    bar->addWidget(m_theme);

    // Made after the search and the filters, so that Tab reaches it after them.
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("registerView"));
    m_view->setAccessibleName(tr("Case register"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new StatusDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RegisterModel::NextDue, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: with 50,000 rows, measuring each row would stall the view.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    if (m_view->horizontalHeader()->restoreState(
            AppSettings().value(kHeaderStateKey).toByteArray()))
        fitReferences();
    else
        setDefaultColumns();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, &RegisterPage::applyFilters);
    // Enter in the search opens the one case found, or goes to the first of several.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() == 0)
            return;
        const QModelIndex first = m_filter->index(0, RegisterModel::Ref);
        if (m_filter->rowCount() == 1) {
            emit openCaseRequested(first.data(CaseRefRole).toString());
            return;
        }
        m_view->setCurrentIndex(first);
        m_view->setFocus(Qt::OtherFocusReason);
    });
    for (QComboBox* combo : {m_stage, m_status, m_year, m_theme})
        connect(combo, &QComboBox::currentIndexChanged, this, &RegisterPage::applyFilters);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &RegisterPage::showColumnMenu);
    auto open = [this](const QModelIndex& index) {
        if (index.isValid())
            emit openCaseRequested(index.data(CaseRefRole).toString());
    };
    connect(m_view, &QTableView::doubleClicked, this, open);
    connect(m_view, &QTableView::activated, this, open);
    connect(session, &AppSession::registerReset, this, &RegisterPage::fillFilterChoices);
    connect(session, &AppSession::caseAdded, this, &RegisterPage::fillFilterChoices);
    fillFilterChoices();
    // The search texts are built once the page is on screen, not before.
    whenPainted(m_view, [this] {
        m_filter->prepareSearch();
        emit searchReady();
    });
}

// Every column fits its contents but the themes, which go last and take the
// width left: a long list of themes must not push the lead officer or a date
// off screen, and reads whole in its tooltip.
void RegisterPage::setDefaultColumns()
{
    QHeaderView* header = m_view->horizontalHeader();
    // Measures the first 100 rows only: ten columns of 1,000 rows took 50 to
    // 100 ms of the page's first showing on 50,000 cases. The columns whose
    // values come from a short list, and the dates, fit the widest of them.
    header->setResizeContentsPrecision(100);
    m_view->resizeColumnsToContents();
    QStringList stages, harms, kinds;
    for (const auto& [stage, name] : EnumNames<CaseStage>::table)
        stages << stageText(stage);
    for (const auto& [harm, name] : EnumNames<Harm>::table)
        harms << harmText(harm);
    for (const auto& [kind, name] : EnumNames<DeadlineKind>::table)
        kinds << kindText(kind);
    Deadline action; // as an action's deadline reads, with a six-figure id
    action.kind = DeadlineKind::Action;
    action.actionId = 999999;
    kinds << deadlineText(action);
    const int dateWidth = widestDateWidth(m_view);
    const std::pair<int, int> widest[] = {
        {RegisterModel::Stage, widestTextWidth(m_view, stages)},
        {RegisterModel::Harm, widestTextWidth(m_view, harms)},
        {RegisterModel::NextDeadline, widestTextWidth(m_view, kinds)},
        {RegisterModel::Aware, dateWidth},
        {RegisterModel::NextDue, dateWidth}};
    for (const auto& [column, width] : widest)
        m_view->setColumnWidth(column, std::max(m_view->columnWidth(column), width));
    header->moveSection(header->visualIndex(RegisterModel::Lead),
                        header->visualIndex(RegisterModel::Themes));
    // The last section stretches into the room left but never below the width
    // it was given: room for one theme, not for the longest list.
    m_view->setColumnWidth(RegisterModel::Themes,
                           m_view->fontMetrics().horizontalAdvance(tr("Domestic abuse, …")));
}

// Columns a user left come back as they were, but for the reference: the
// layout may have been saved on a register whose references are shorter, and
// a case is known by its reference, which is never cut short.
void RegisterPage::fitReferences()
{
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    const int saved = m_view->columnWidth(RegisterModel::Ref);
    // The first hundred rows measured as a cell is; then the longest of all
    // the references, which may lie further down, with a cell's margins.
    m_view->resizeColumnToContents(RegisterModel::Ref);
    const int measured = m_view->columnWidth(RegisterModel::Ref);
    QString longest;
    for (const auto& entry : m_session->snapshot().entries())
        if (entry.file.kase.ref.size() > longest.size())
            longest = entry.file.kase.ref;
    const QFontMetrics metrics = m_view->fontMetrics();
    const int needed =
        metrics.horizontalAdvance(longest) + 2 * metrics.horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(RegisterModel::Ref, std::max({saved, measured, needed}));
}

RegisterPage::~RegisterPage()
{
    AppSettings settings;
    settings.setValue(kHeaderStateKey, m_view->horizontalHeader()->saveState());
    settings.remove(kOldHeaderStateKey);
}

QString RegisterPage::currentRef() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(CaseRefRole).toString() : QString();
}

void RegisterPage::fillFilterChoices()
{
    std::set<int, std::greater<>> years;
    std::set<QString> themes;
    for (const CaseEntry& entry : m_session->snapshot().entries()) {
        years.insert(entry.file.kase.aware.year());
        for (const QString& theme : entry.file.kase.themes)
            themes.insert(theme);
    }
    // One choice per theme as shown. Themes are read in their stored form
    // (canonicalTheme), so two stored names reading alike is rare, but they
    // would be one theme to the reader, and the filter takes both.
    std::set<QString> shownThemes;
    for (const QString& theme : themes)
        shownThemes.insert(themeText(theme));
    const QVariant year = m_year->currentData();
    const QString theme = m_theme->currentData().toString();
    const QSignalBlocker blockYear(m_year);
    const QSignalBlocker blockTheme(m_theme);
    while (m_year->count() > 1)
        m_year->removeItem(1);
    for (int y : years)
        m_year->addItem(QString::number(y), y);
    while (m_theme->count() > 1)
        m_theme->removeItem(1);
    for (const QString& shown : shownThemes)
        m_theme->addItem(shown, shown);
    m_year->setCurrentIndex(std::max(0, m_year->findData(year)));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(theme)));
}

void RegisterPage::applyFilters()
{
    // Each control sets only its own criterion: one refilter per keystroke.
    auto optionalInt = [](QComboBox* combo) -> std::optional<int> {
        const QVariant data = combo->currentData();
        return data.isValid() ? std::optional<int>(data.toInt()) : std::nullopt;
    };
    QObject* changed = sender();
    if (!changed || changed == m_stage) {
        const auto stage = optionalInt(m_stage);
        m_filter->setStage(stage ? std::optional<CaseStage>(CaseStage(*stage)) : std::nullopt);
    }
    if (!changed || changed == m_status) {
        const auto status = optionalInt(m_status);
        m_filter->setStatus(status ? std::optional<DeadlineStatus>(DeadlineStatus(*status))
                                   : std::nullopt);
    }
    if (!changed || changed == m_year)
        m_filter->setYear(optionalInt(m_year));
    if (!changed || changed == m_theme)
        m_filter->setTheme(m_theme->currentData().toString());
    if (!changed || changed == m_search)
        m_filter->setText(m_search->text());
}

void RegisterPage::showColumnMenu(const QPoint& position)
{
    QMenu menu(this);
    QHeaderView* header = m_view->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The reference always stays: without it a row cannot be recognised.
        action->setEnabled(column != RegisterModel::Ref);
        connect(action, &QAction::toggled, this,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.addSeparator();
    menu.addAction(tr("&Reset columns"), this, &RegisterPage::resetColumns);
    menu.exec(header->mapToGlobal(position));
}

void RegisterPage::resetColumns()
{
    QHeaderView* header = m_view->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        header->showSection(column);
        header->moveSection(header->visualIndex(column), column);
    }
    setDefaultColumns();
}

} // namespace reviewdesk::ui
