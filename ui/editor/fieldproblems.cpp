#include "editor/fieldproblems.h"

#include "editor/datefield.h"

#include <QLabel>

namespace reviewdesk::ui {

QLabel* makeProblemLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

void setProblemText(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QLabel* FieldProblems::addLabel(const QString& field, const QString& objectName, QWidget* parent)
{
    QLabel* label = makeProblemLabel(objectName, parent);
    m_labels.insert(field, label);
    return label;
}

void FieldProblems::show(const Problems& problems)
{
    QHash<QString, QStringList> byField;
    QStringList unplaced;
    for (const Error& problem : problems) {
        if (m_dates.contains(problem.field) || m_labels.contains(problem.field))
            byField[problem.field] << problem.message;
        else
            unplaced << problem.message;
    }
    for (auto it = m_dates.cbegin(); it != m_dates.cend(); ++it)
        it.value()->setProblem(byField.value(it.key()).join(QLatin1Char('\n')));
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        setProblemText(it.value(), byField.value(it.key()).join(QLatin1Char('\n')));
    if (m_section)
        setProblemText(m_section, unplaced.join(QLatin1Char('\n')));
}

QStringList FieldProblems::unreadableDates() const
{
    QStringList messages;
    for (DateField* date : m_dates) {
        const auto parsed = date->date();
        if (!parsed)
            messages << parsed.error().message;
    }
    return messages;
}

} // namespace reviewdesk::ui
