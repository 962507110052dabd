#include "models/registerfilter.h"

#include "domain/themes.h"
#include "models/modelroles.h"
#include "models/registermodel.h"

namespace reviewdesk::ui {

RegisterFilter::RegisterFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

void RegisterFilter::setSourceModel(QAbstractItemModel* model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_register = qobject_cast<RegisterModel*>(model);
    // The search texts are built by prepareSearch(), which the register page
    // calls once it has been painted, or else by the first search; then kept
    // up to date one row at a time. Connected before the base class connects
    // its own handlers, so the texts are fresh by the time the proxy re-filters.
    m_haystacks.clear();
    if (model) {
        // Texts never built stay so until needed: a page not yet shown pays nothing.
        auto all = [this] {
            const bool built = !m_haystacks.isEmpty();
            m_haystacks.clear();
            if (built)
                rebuildHaystacks(0, -1);
        };
        connect(model, &QAbstractItemModel::modelReset, this, all);
        connect(model, &QAbstractItemModel::rowsRemoved, this, all);
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex&, int first, int last) { rebuildHaystacks(first, last); });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                    rebuildHaystacks(topLeft.row(), bottomRight.row());
                });
    }
    QSortFilterProxyModel::setSourceModel(model);
}

bool RegisterFilter::searchPrepared() const
{
    return m_register && m_haystacks.size() == m_register->rowCount();
}

void RegisterFilter::prepareSearch()
{
    if (m_register && !searchPrepared())
        rebuildHaystacks(0, -1);
}

void RegisterFilter::invalidateRows()
{
    // A full re-filter and re-sort (one layout change) is far cheaper than
    // invalidateFilter()'s row-by-row removals when a keystroke hides or shows
    // tens of thousands of scattered rows.
    invalidate();
}

namespace {

// A separator no one types keeps matches inside one field.
constexpr QChar kFieldSeparator(0x1f);

// Writes each row's search text: its reference, child, lead officer and
// themes, lower-cased. Initials, officers and lists of themes repeat from
// case to case, so each distinct one is lowered once per rebuild rather than
// once per row (building 50,000 texts took 100 ms on the register's first
// showing). Lives for one rebuild only: it knows a list of themes by where it
// is stored, which stays true while the register it reads is unchanged.
class SearchTextWriter
{
public:
    QString operator()(const Case& kase)
    {
        // Copies (sharing the cached text), not references: a look-up that
        // inserts may move what an earlier look-up returned.
        const QString child = lowered(kase.childId);
        const QString lead = lowered(kase.leadOfficer);
        const QString themes = themesText(kase.themes);
        QString text;
        text.reserve(kase.ref.size() + child.size() + lead.size() + themes.size() + 2);
        text += kase.ref.toLower();
        text += kFieldSeparator;
        text += child;
        text += kFieldSeparator;
        text += lead;
        text += themes;
        return text;
    }

private:
    QString lowered(const QString& text)
    {
        auto found = m_lowered.find(text);
        if (found == m_lowered.end())
            found = m_lowered.insert(text, text.toLower());
        return *found;
    }

    // Themes by the words the register shows ("sudi", "domestic abuse"), not
    // by a stored key ("domestic-abuse") no one types; each after a separator.
    QString themesText(const QStringList& themes)
    {
        if (themes.isEmpty())
            return {};
        auto found = m_themes.find(themes.constData());
        if (found == m_themes.end()) {
            QString text;
            for (const QString& theme : themes)
                text += kFieldSeparator + themeText(theme).toLower();
            found = m_themes.insert(themes.constData(), text);
        }
        return *found;
    }

    QHash<QString, QString> m_lowered;
    QHash<const QString*, QString> m_themes;
};

} // namespace

void RegisterFilter::rebuildHaystacks(int first, int last)
{
    const int rows = m_register ? m_register->rowCount() : 0;
    if (last >= first && m_haystacks.isEmpty() && rows > 0)
        return; // none built yet: they are built whole when first needed
    SearchTextWriter searchText;
    auto textOf = [&](int row) { return searchText(m_register->entry(row).file.kase); };
    // Rows added at the end (a new case) or changed in place keep the rest;
    // anything else rebuilds the lot.
    const bool inPlace = last >= first && first >= 0 && last < rows &&
                         (m_haystacks.size() == rows || m_haystacks.size() == first);
    if (!inPlace) {
        m_haystacks.clear();
        m_haystacks.reserve(rows);
        for (int row = 0; row < rows; ++row)
            m_haystacks.append(textOf(row));
        return;
    }
    for (int row = first; row <= last; ++row) {
        if (row < m_haystacks.size())
            m_haystacks[row] = textOf(row);
        else
            m_haystacks.append(textOf(row));
    }
}

const QString& RegisterFilter::haystack(int sourceRow) const
{
    const_cast<RegisterFilter*>(this)->prepareSearch();
    return m_haystacks.at(sourceRow);
}

void RegisterFilter::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_needle = trimmed.toLower();
    invalidateRows();
}

void RegisterFilter::setStage(std::optional<CaseStage> stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    invalidateRows();
}

void RegisterFilter::setStatus(std::optional<DeadlineStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRows();
}

void RegisterFilter::setYear(std::optional<int> year)
{
    if (year == m_year)
        return;
    m_year = year;
    invalidateRows();
}

void RegisterFilter::setTheme(const QString& theme)
{
    const QString trimmed = theme.trimmed();
    if (trimmed == m_theme)
        return;
    m_theme = trimmed;
    m_themeMatches.clear();
    invalidateRows();
}

bool RegisterFilter::hasTheme(const Case& kase) const
{
    for (const QString& stored : kase.themes) {
        auto known = m_themeMatches.constFind(stored);
        if (known == m_themeMatches.cend())
            known = m_themeMatches.insert(
                stored, themeText(stored).compare(m_theme, Qt::CaseInsensitive) == 0);
        if (*known)
            return true;
    }
    return false;
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
    if (m_status && (!entry.next() || entry.next()->status != *m_status))
        return false;
    if (m_year && kase.aware.year() != *m_year)
        return false;
    if (!m_theme.isEmpty() && !hasTheme(kase))
        return false;
    if (m_needle.isEmpty())
        return true;
    return haystack(sourceRow).contains(m_needle);
}

bool RegisterFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_register)
        return QSortFilterProxyModel::lessThan(left, right);
    const CaseEntry& a = m_register->entry(left.row());
    const CaseEntry& b = m_register->entry(right.row());
    // Cases without an open deadline sort after all others, whichever the direction.
    auto byNext = [](const CaseEntry& x, const CaseEntry& y, auto key) {
        if (bool(x.next()) != bool(y.next()))
            return bool(x.next());
        return x.next() && key(*x.next()) < key(*y.next());
    };
    switch (left.column()) {
    case RegisterModel::Ref:
        return a.file.kase.ref < b.file.kase.ref;
    case RegisterModel::Aware:
        return a.file.kase.aware < b.file.kase.aware;
    case RegisterModel::Stage:
        return a.stage < b.stage;
    case RegisterModel::Harm:
        return a.file.kase.harm < b.file.kase.harm;
    case RegisterModel::NextDue:
        return byNext(a, b, [](const Deadline& d) { return d.due; });
    case RegisterModel::NextDeadline:
        return byNext(a, b, [](const Deadline& d) { return d.kind; });
    case RegisterModel::Status:
        // The most late first, then the soonest due, as the model's sort value says.
        return byNext(a, b, [](const Deadline& d) {
            return d.status == DeadlineStatus::Overdue ? -d.workingDays : d.workingDays;
        });
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace reviewdesk::ui
