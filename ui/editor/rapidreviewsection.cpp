#include "editor/rapidreviewsection.h"

#include "editor/datefield.h"
#include "editor/deadlinenote.h"
#include "editor/formrow.h"
#include "editor/milestonemodel.h"
#include "editor/milestoneview.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>

namespace reviewdesk::ui {
namespace {

template <typename Enum>
std::optional<Enum> chosen(const QComboBox* combo)
{
    return enumFromName<Enum>(combo->currentData().toString());
}

} // namespace

RapidReviewSection::RapidReviewSection(QWidget* parent)
    : QGroupBox(tr("Rapid review"), parent), m_milestones(new MilestoneModel(this)),
      m_sectionProblems(makeProblemLabel(QStringLiteral("rapidReviewProblems"), this)),
      m_problems(m_sectionProblems)
{
    setObjectName(QStringLiteral("rapidReviewSection"));
    auto* form = new QFormLayout(this);

    m_started =
        new DateField(QStringLiteral("rrStarted"), QStringLiteral("rapid review start date"), this);
    addFormRow(form, tr("Sta&rted"), m_started, m_started->lineEdit());
    m_problems.addDate(QStringLiteral("started"), m_started);
    m_meeting = new DateField(QStringLiteral("rrMeeting"),
                              QStringLiteral("rapid review meeting date"), this);
    addFormRow(form, tr("&Meeting"), m_meeting, m_meeting->lineEdit());
    m_problems.addDate(QStringLiteral("meeting"), m_meeting);
    m_completed = new DateField(QStringLiteral("rrCompleted"),
                                QStringLiteral("rapid review completion date"), this);
    m_deadline =
        m_completed->addNote(QStringLiteral("rapidReviewDeadline"), tr("Rapid review deadline"));
    addFormRow(form, tr("Com&pleted"), m_completed, m_completed->lineEdit());
    m_problems.addDate(QStringLiteral("completed"), m_completed);
    m_sent = new DateField(QStringLiteral("rrSent"),
                           QStringLiteral("date sent to the national Panel"), this);
    addFormRow(form, tr("Sent to national Pane&l"), m_sent, m_sent->lineEdit());
    m_problems.addDate(QStringLiteral("sent"), m_sent);

    m_decision = new QComboBox(this);
    m_decision->setObjectName(QStringLiteral("rrDecision"));
    m_decision->addItem(tr("Not decided yet"), QString());
    m_decision->addItem(tr("LCSPR"), nameOf(RapidReviewDecision::Lcspr));
    m_decision->addItem(tr("No LCSPR (learning taken forward otherwise)"),
                        nameOf(RapidReviewDecision::NoLcspr));
    m_decision->addItem(tr("National review may be appropriate"),
                        nameOf(RapidReviewDecision::NationalReview));
    addFormRow(form, tr("&Decision"), m_decision);

    m_rationale = new QPlainTextEdit(this);
    m_rationale->setObjectName(QStringLiteral("rrRationale"));
    m_rationale->setTabChangesFocus(true);
    m_rationale->setMaximumHeight(m_rationale->fontMetrics().lineSpacing() * 5);
    addFormRow(form, tr("Rat&ionale"), m_rationale);

    m_response = new QComboBox(this);
    m_response->setObjectName(QStringLiteral("rrPanelResponse"));
    m_response->addItem(tr("No response yet"), QString());
    m_response->addItem(tr("Agreed"), nameOf(PanelResponse::Agreed));
    m_response->addItem(tr("Challenged"), nameOf(PanelResponse::Challenged));
    m_response->addItem(tr("National review"), nameOf(PanelResponse::NationalReview));
    addFormRow(form, tr("National Panel resp&onse"), m_response);
    m_responseDate = new DateField(QStringLiteral("rrPanelResponseDate"),
                                   QStringLiteral("national Panel response date"), this);
    addFormRow(form, tr("Response dat&e"), m_responseDate, m_responseDate->lineEdit());
    m_problems.addDate(QStringLiteral("panel_response_date"), m_responseDate);

    m_milestoneView = makeMilestoneView(QStringLiteral("rrMilestones"), m_milestones, this);
    addFormRow(form, tr("Milestones"), m_milestoneView);
    m_milestoneProblem = makeProblemLabel(QStringLiteral("rrMilestonesError"), this);
    form->addRow(m_milestoneProblem);
    form->addRow(m_sectionProblems);

    for (DateField* date : {m_started, m_meeting, m_completed, m_sent, m_responseDate})
        connect(date, &DateField::edited, this, &RapidReviewSection::edited);
    for (QComboBox* combo : {m_decision, m_response})
        connect(combo, &QComboBox::activated, this, &RapidReviewSection::edited);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &RapidReviewSection::edited);
    connect(m_milestones, &MilestoneModel::edited, this, &RapidReviewSection::edited);
    connect(m_milestones, &MilestoneModel::problemChanged, this,
            [this](const QString& message) { setProblemText(m_milestoneProblem, message); });
}

void RapidReviewSection::load(const std::optional<RapidReview>& review,
                              const QList<Milestone>& milestones)
{
    const QSignalBlocker block(m_rationale);
    const RapidReview shown = review.value_or(RapidReview{});
    m_started->setDate(shown.started);
    m_meeting->setDate(shown.meeting);
    m_completed->setDate(shown.completed);
    m_sent->setDate(shown.sent);
    m_decision->setCurrentIndex(
        std::max(0, m_decision->findData(shown.decision ? nameOf(*shown.decision) : QString())));
    m_rationale->setPlainText(shown.rationale);
    m_response->setCurrentIndex(std::max(
        0, m_response->findData(shown.panelResponse ? nameOf(*shown.panelResponse) : QString())));
    m_responseDate->setDate(shown.panelResponseDate);
    QList<Milestone> own;
    for (const Milestone& milestone : milestones)
        if (milestone.owner == MilestoneOwner::RapidReview)
            own << milestone;
    m_milestones->setMilestones(own);
    m_milestoneView->setVisible(!own.isEmpty());
}

bool RapidReviewSection::hasData() const
{
    for (const DateField* date : {m_started, m_meeting, m_completed, m_sent, m_responseDate})
        if (!date->text().trimmed().isEmpty())
            return true;
    return m_decision->currentIndex() > 0 || m_response->currentIndex() > 0 ||
           !m_rationale->toPlainText().trimmed().isEmpty();
}

RapidReview RapidReviewSection::draft(RapidReview base) const
{
    base.started = m_started->enteredDate();
    base.meeting = m_meeting->enteredDate();
    base.completed = m_completed->enteredDate();
    base.sent = m_sent->enteredDate();
    base.decision = chosen<RapidReviewDecision>(m_decision);
    base.rationale = m_rationale->toPlainText();
    base.panelResponse = chosen<PanelResponse>(m_response);
    base.panelResponseDate = m_responseDate->enteredDate();
    return base;
}

void RapidReviewSection::showDeadlines(const QList<Deadline>& deadlines)
{
    std::optional<Deadline> rapid;
    for (const Deadline& deadline : deadlines)
        if (deadline.kind == DeadlineKind::RapidReview)
            rapid = deadline;
    showDeadline(m_deadline, rapid, tr("rapid review due: enter the aware date"));
}

} // namespace reviewdesk::ui
