// RegisterFilter: the register as the user narrows it — search text, stage,
// status of the next deadline, year of awareness, theme — and sorts it. Reads
// the register model's entries directly, so refiltering 50,000 cases after a
// keystroke formats no text and allocates nothing.
#pragma once

#include "schedule/casestage.h"
#include "schedule/deadline.h"

#include <QHash>
#include <QSortFilterProxyModel>

#include <optional>

namespace reviewdesk::ui {

class RegisterModel;

class RegisterFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RegisterFilter(QObject* parent = nullptr);

    // Expects a RegisterModel; any other model is shown unfiltered.
    void setSourceModel(QAbstractItemModel* model) override;

    // Builds the search texts now rather than on the first search: 70 ms on
    // 50,000 cases, better spent just after the page is first shown.
    void prepareSearch();
    bool searchPrepared() const; // built, and for every row

    // Case-insensitive substring of the reference, child, lead officer or a theme.
    void setText(const QString& text);
    void setStage(std::optional<CaseStage> stage);
    // Of the next open deadline; a case without one never matches.
    void setStatus(std::optional<DeadlineStatus> status);
    void setYear(std::optional<int> year); // the year the local authority became aware
    // One whole theme as the register shows it ("SUDI", "Domestic abuse"),
    // ignoring case; every stored name that reads so matches. Empty for all.
    void setTheme(const QString& theme);

    const QString& text() const { return m_text; }
    std::optional<CaseStage> stage() const { return m_stage; }
    std::optional<DeadlineStatus> status() const { return m_status; }
    std::optional<int> year() const { return m_year; }
    const QString& theme() const { return m_theme; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    // Compares the entries' own values: building a sort string per comparison
    // would make sorting 50,000 rows crawl.
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    // Each row's searchable text, lower-cased once, so a keystroke is one
    // plain substring search per row.
    const QString& haystack(int sourceRow) const;
    // Rows first..last, or every row when last < first.
    void rebuildHaystacks(int first, int last);
    void invalidateRows();
    bool hasTheme(const Case& kase) const;

    RegisterModel* m_register = nullptr;
    QList<QString> m_haystacks; // one per source row
    QString m_text;
    QString m_needle; // m_text lower-cased
    std::optional<CaseStage> m_stage;
    std::optional<DeadlineStatus> m_status;
    std::optional<int> m_year;
    QString m_theme;
    // Whether each stored theme met so far reads as m_theme: one look-up per
    // theme of each row rather than the wording worked out again.
    mutable QHash<QString, bool> m_themeMatches;
};

} // namespace reviewdesk::ui
