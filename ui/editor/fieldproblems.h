// FieldProblems: puts each rule broken by a draft (problemsWith's field-level
// errors) beside the input it is about, and the rest in one line for the
// section, so a message never goes unseen.
#pragma once

#include "services/validation.h"

#include <QHash>
#include <QString>

class QLabel;
class QWidget;

namespace reviewdesk::ui {

class DateField;

class FieldProblems
{
public:
    // `section` shows problems that have no input of their own.
    explicit FieldProblems(QLabel* section) : m_section(section) {}

    void addDate(const QString& field, DateField* date) { m_dates.insert(field, date); }
    // A message label for a non-date input, created hidden.
    QLabel* addLabel(const QString& field, const QString& objectName, QWidget* parent);

    void show(const Problems& problems);
    // Messages of dates that cannot be read (typed wrong), which no draft can carry.
    QStringList unreadableDates() const;

private:
    QLabel* m_section;
    QHash<QString, DateField*> m_dates;
    QHash<QString, QLabel*> m_labels;
};

// A hidden red message label, shown when given text.
QLabel* makeProblemLabel(const QString& objectName, QWidget* parent);
void setProblemText(QLabel* label, const QString& text);

} // namespace reviewdesk::ui
