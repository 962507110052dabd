#include "charts/periodselector.h"

#include "util/isodate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace reviewdesk::ui {

PeriodSelector::PeriodSelector(const QDate& today, QWidget* parent)
    : QWidget(parent), m_kind(new QComboBox(this)), m_year(new QSpinBox(this)),
      m_quarter(new QComboBox(this)), m_from(new QLineEdit(this)), m_to(new QLineEdit(this)),
      m_problem(new QLabel(this))
{
    m_kind->setObjectName(QStringLiteral("periodKind"));
    m_kind->setAccessibleName(tr("Period"));
    m_kind->addItem(tr("Calendar year"), int(Kind::CalendarYear));
    m_kind->addItem(tr("Financial year (April to March)"), int(Kind::FinancialYear));
    m_kind->addItem(tr("Quarter"), int(Kind::Quarter));
    m_kind->addItem(tr("Custom range"), int(Kind::Custom));
    m_kind->addItem(tr("All cases"), int(Kind::Everything));

    m_year->setObjectName(QStringLiteral("periodYear"));
    m_year->setAccessibleName(tr("Year"));
    m_year->setRange(kFirstSupportedYear, kLastSupportedYear);
    m_year->setValue(today.year());
    for (int q = 1; q <= 4; ++q)
        m_quarter->addItem(tr("Q%1").arg(q), q);
    m_quarter->setObjectName(QStringLiteral("periodQuarter"));
    m_quarter->setAccessibleName(tr("Quarter"));
    m_quarter->setCurrentIndex((today.month() - 1) / 3);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_from->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    m_to->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    m_from->setText(toIso(QDate(today.year(), 1, 1)));
    m_to->setText(toIso(today));
    m_problem->setObjectName(QStringLiteral("periodProblem"));
    m_problem->setStyleSheet(
        QStringLiteral("color: palette(highlighted-text); background: #b3261e; "
                       "padding: 1px 4px; border-radius: 3px"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("&Period:"), this);
    label->setBuddy(m_kind);
    layout->addWidget(label);
    layout->addWidget(m_kind);
    layout->addWidget(m_year);
    layout->addWidget(m_quarter);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_problem);
    layout->addStretch();

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        emit periodChanged();
    });
    connect(m_year, &QSpinBox::valueChanged, this, &PeriodSelector::periodChanged);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, &PeriodSelector::periodChanged);
    for (QLineEdit* edit : {m_from, m_to})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updateVisibility();
            emit periodChanged();
        });
    updateVisibility();
}

void PeriodSelector::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

std::optional<Period> PeriodSelector::period() const
{
    switch (Kind(m_kind->currentData().toInt())) {
    case Kind::CalendarYear:
        return Period::calendarYear(m_year->value());
    case Kind::FinancialYear:
        return Period::financialYear(m_year->value());
    case Kind::Quarter:
        return Period::quarter(m_year->value(), m_quarter->currentData().toInt());
    case Kind::Everything:
        return Period{};
    case Kind::Custom: {
        auto from = parseIsoDate(m_from->text(), tr("from date"));
        auto to = parseIsoDate(m_to->text(), tr("to date"));
        if (!from || !to || *to < *from)
            return std::nullopt;
        return Period{*from, *to};
    }
    }
    return std::nullopt;
}

QString PeriodSelector::description() const
{
    const auto chosen = period();
    if (!chosen)
        return tr("No valid period");
    if (!chosen->from)
        return tr("All cases");
    return tr("Cases aware %1 to %2").arg(toDisplay(*chosen->from), toDisplay(*chosen->to));
}

void PeriodSelector::updateVisibility()
{
    const Kind kind = Kind(m_kind->currentData().toInt());
    m_year->setVisible(kind == Kind::CalendarYear || kind == Kind::FinancialYear ||
                       kind == Kind::Quarter);
    m_quarter->setVisible(kind == Kind::Quarter);
    m_from->setVisible(kind == Kind::Custom);
    m_to->setVisible(kind == Kind::Custom);
    QString problem;
    if (kind == Kind::Custom) {
        auto from = parseIsoDate(m_from->text(), tr("from date"));
        auto to = parseIsoDate(m_to->text(), tr("to date"));
        if (!from)
            problem = from.error().message;
        else if (!to)
            problem = to.error().message;
        else if (*to < *from)
            problem = tr("the period ends before it starts");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace reviewdesk::ui
