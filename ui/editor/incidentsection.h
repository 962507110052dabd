// The case record itself: the incident, the child (minimally), the dates the
// statutory clocks start from, the notification to the national Panel, and the
// rule set the case is counted under.
#pragma once

#include "domain/casefile.h"
#include "editor/fieldproblems.h"
#include "schedule/deadline.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace reviewdesk::ui {

class DateField;

class IncidentSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit IncidentSection(QWidget* parent = nullptr);

    void load(const Case& kase);
    // `base` with the form's fields over it (id and version kept); dates that
    // cannot be read are left out.
    Case draft(Case base) const;

    void showProblems(const Problems& problems) { m_problems.show(problems); }
    QStringList unreadableDates() const { return m_problems.unreadableDates(); }
    void showDeadlines(const QList<Deadline>& deadlines);

signals:
    void edited();

private:
    QLineEdit* m_ref;
    QLineEdit* m_childId;
    QComboBox* m_ageBand;
    QComboBox* m_sex;
    QLineEdit* m_ethnicity;
    QComboBox* m_harm;
    DateField* m_incident;
    DateField* m_aware;
    DateField* m_notified;
    QLabel* m_notificationDeadline;
    QLineEdit* m_panelRef;
    QListWidget* m_themes;
    QLineEdit* m_otherThemes;
    QLineEdit* m_leadOfficer;
    QComboBox* m_status;
    QPlainTextEdit* m_notes;
    QComboBox* m_ruleSet;
    QLabel* m_sectionProblems;
    FieldProblems m_problems;
};

} // namespace reviewdesk::ui
