// The partners' rapid review: its dates, its decision on what review follows,
// the national Panel's response, and the plan's milestones.
#pragma once

#include "domain/casefile.h"
#include "editor/fieldproblems.h"
#include "schedule/deadline.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableView;

namespace reviewdesk::ui {

class DateField;
class MilestoneModel;

class RapidReviewSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit RapidReviewSection(QWidget* parent = nullptr);

    void load(const std::optional<RapidReview>& review, const QList<Milestone>& milestones);
    // Whether anything is entered: a review that does not exist yet is created only then.
    bool hasData() const;
    RapidReview draft(RapidReview base) const;
    MilestoneModel* milestones() const { return m_milestones; }

    void showProblems(const Problems& problems) { m_problems.show(problems); }
    QStringList unreadableDates() const { return m_problems.unreadableDates(); }
    void showDeadlines(const QList<Deadline>& deadlines);

signals:
    void edited();

private:
    DateField* m_started;
    DateField* m_meeting;
    DateField* m_completed;
    QLabel* m_deadline;
    DateField* m_sent;
    QComboBox* m_decision;
    QPlainTextEdit* m_rationale;
    QComboBox* m_response;
    DateField* m_responseDate;
    MilestoneModel* m_milestones;
    QTableView* m_milestoneView;
    QLabel* m_milestoneProblem;
    QLabel* m_sectionProblems;
    FieldProblems m_problems;
};

} // namespace reviewdesk::ui
