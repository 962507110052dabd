// DateField: an optional date typed as YYYY-MM-DD, with the reason it cannot be
// read shown beside it in words as the user types. A QDateEdit cannot be empty,
// and most dates of a case are not known yet when it is opened.
#pragma once

#include "util/result.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QLineEdit;

namespace reviewdesk::ui {

class DateField : public QWidget
{
    Q_OBJECT

public:
    // `objectName` names the line edit (tests and accessibility find it by it);
    // `what` names the date in messages ("aware date").
    DateField(const QString& objectName, const QString& what, QWidget* parent = nullptr);

    QLineEdit* lineEdit() const { return m_edit; }
    QString text() const;
    void setDate(const std::optional<QDate>& date);

    // The date typed, "no date" for an empty field, or why it cannot be read.
    Result<std::optional<QDate>> date() const;
    // The date entered, or none when the field is empty or not a valid date
    // (what a section saves once its own validation has passed).
    std::optional<QDate> enteredDate() const;

    // A message about this date from the record's rules (empty clears it). A
    // parse error takes precedence, as it is the more basic problem.
    void setProblem(const QString& message);
    QString message() const;

    // A computed deadline shown live beside the date; null until first set.
    QLabel* addNote(const QString& objectName, const QString& accessibleName);

signals:
    void edited();

private:
    void refreshMessage();

    QString m_what;
    QLineEdit* m_edit = nullptr;
    QHBoxLayout* m_row = nullptr; // the edit, then its deadline notes
    QLabel* m_message = nullptr;
    QString m_problem;
};

} // namespace reviewdesk::ui
