#include "models/registerfilter.h"

#include "models/modelroles.h"
#include "models/registermodel.h"

namespace reviewdesk::ui {

RegisterFilter::RegisterFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

void RegisterFilter::setSourceModel(QAbstractItemModel* model)
{
    m_register = qobject_cast<RegisterModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void RegisterFilter::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void RegisterFilter::setStage(std::optional<CaseStage> stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    invalidateFilter();
}

void RegisterFilter::setStatus(std::optional<DeadlineStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void RegisterFilter::setYear(std::optional<int> year)
{
    if (year == m_year)
        return;
    m_year = year;
    invalidateFilter();
}

void RegisterFilter::setTheme(const QString& theme)
{
    const QString trimmed = theme.trimmed();
    if (trimmed == m_theme)
        return;
    m_theme = trimmed;
    invalidateFilter();
}

bool RegisterFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_register || sourceParent.isValid())
        return true;
    const CaseEntry& entry = m_register->entry(sourceRow);
    const Case& kase = entry.file.kase;

    // The cheap comparisons first: most keystrokes leave them unchanged.
    if (m_stage && entry.stage != *m_stage)
        return false;
    if (m_status && (!entry.next || entry.next->status != *m_status))
        return false;
    if (m_year && kase.aware.year() != *m_year)
        return false;
    if (!m_theme.isEmpty() && !kase.themes.contains(m_theme, Qt::CaseInsensitive))
        return false;
    if (m_text.isEmpty())
        return true;
    if (kase.ref.contains(m_text, Qt::CaseInsensitive) ||
        kase.childId.contains(m_text, Qt::CaseInsensitive) ||
        kase.leadOfficer.contains(m_text, Qt::CaseInsensitive))
        return true;
    for (const QString& theme : kase.themes)
        if (theme.contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace reviewdesk::ui
