// Chooses the reporting period: a calendar year, a financial year (April to
// March), a quarter, or a custom range of aware dates.
#pragma once

#include "stats/statistics.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QLabel;

namespace reviewdesk::ui {

class PeriodSelector : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        CalendarYear,
        FinancialYear,
        Quarter,
        Custom,
        Everything
    };

    explicit PeriodSelector(const QDate& today, QWidget* parent = nullptr);

    // The chosen period, or nothing while a custom date is not a valid date.
    std::optional<Period> period() const;
    QString description() const;
    void setKind(Kind kind);

signals:
    void periodChanged();

private:
    void updateVisibility();

    QComboBox* m_kind;
    QSpinBox* m_year;
    QComboBox* m_quarter;
    QLineEdit* m_from;
    QLineEdit* m_to;
    QLabel* m_problem;
};

} // namespace reviewdesk::ui
