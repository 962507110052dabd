// The practice review that follows the rapid review (an LCSPR, or a legacy SCR,
// local learning review or national review): its commissioning, the plan's
// milestones, recorded extensions and publication.
#pragma once

#include "domain/casefile.h"
#include "editor/fieldproblems.h"
#include "schedule/deadline.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace reviewdesk::ui {

class AppSession;
class DateField;
class MilestoneModel;
class TextTableModel;

class PracticeReviewSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit PracticeReviewSection(AppSession* session, QWidget* parent = nullptr);

    // `ref` empty for a case not saved yet: extensions need a stored LCSPR.
    void load(const QString& ref, const CaseFile& file);
    void showExtensions(const QList<Extension>& extensions);
    bool hasData() const;
    PracticeReview draft(PracticeReview base) const;
    MilestoneModel* milestones() const { return m_milestones; }

    void showProblems(const Problems& problems) { m_problems.show(problems); }
    QStringList unreadableDates() const { return m_problems.unreadableDates(); }
    void showDeadlines(const QList<Deadline>& deadlines);

signals:
    void edited();
    // An extension was recorded (written at once: it is an event, not a field).
    void recordsWritten();
    void failed(const QString& message);

private:
    void addExtension();

    AppSession* m_session;
    QString m_ref;
    bool m_storedLcspr = false;
    QComboBox* m_type;
    DateField* m_decided;
    QLineEdit* m_reviewer;
    QLineEdit* m_method;
    DateField* m_termsOfReference;
    DateField* m_plannedPublication;
    DateField* m_sent;
    QLabel* m_submissionDeadline;
    DateField* m_published;
    QLabel* m_publicationDeadline;
    QLineEdit* m_link;
    MilestoneModel* m_milestones;
    QTableView* m_milestoneView;
    QLabel* m_milestoneProblem;
    TextTableModel* m_extensions;
    QPushButton* m_addExtension;
    QLabel* m_sectionProblems;
    FieldProblems m_problems;
};

} // namespace reviewdesk::ui
