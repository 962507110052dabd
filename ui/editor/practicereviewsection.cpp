#include "editor/practicereviewsection.h"

#include "editor/datefield.h"
#include "editor/deadlinenote.h"
#include "editor/extensiondialog.h"
#include "editor/formrow.h"
#include "editor/milestonemodel.h"
#include "editor/milestoneview.h"
#include "editor/texttablemodel.h"
#include "services/reviewservice.h"
#include "session/appsession.h"
#include "util/isodate.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace reviewdesk::ui {
namespace {

QTableView* makeTable(const QString& objectName, QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setTabKeyNavigation(false); // Tab moves on to the next field
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    return view;
}

} // namespace

PracticeReviewSection::PracticeReviewSection(AppSession* session, QWidget* parent)
    : QGroupBox(tr("Practice review"), parent), m_session(session),
      m_milestones(new MilestoneModel(this)),
      m_extensions(new TextTableModel(
          {tr("New due date"), tr("Reason"), tr("Agreed by"), tr("Agreed on")}, this)),
      m_sectionProblems(makeProblemLabel(QStringLiteral("practiceReviewProblems"), this)),
      m_problems(m_sectionProblems)
{
    setObjectName(QStringLiteral("practiceReviewSection"));
    auto* form = new QFormLayout(this);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("prType"));
    m_type->addItem(tr("LCSPR"), nameOf(PracticeReviewType::Lcspr));
    m_type->addItem(tr("Serious case review (legacy)"),
                    nameOf(PracticeReviewType::SeriousCaseReview));
    m_type->addItem(tr("Local learning review"), nameOf(PracticeReviewType::LocalLearningReview));
    m_type->addItem(tr("National review"), nameOf(PracticeReviewType::NationalReview));
    addFormRow(form, tr("T&ype"), m_type);

    m_decided = new DateField(QStringLiteral("prDecided"), QStringLiteral("decision date"), this);
    addFormRow(form, tr("Decision to &initiate"), m_decided, m_decided->lineEdit());
    m_problems.addDate(QStringLiteral("decided"), m_decided);
    m_reviewer = new QLineEdit(this);
    m_reviewer->setObjectName(QStringLiteral("prReviewer"));
    addFormRow(form, tr("Re&viewer"), m_reviewer);
    m_method = new QLineEdit(this);
    m_method->setObjectName(QStringLiteral("prMethod"));
    m_method->setPlaceholderText(tr("e.g. systems methodology, practitioner learning event"));
    addFormRow(form, tr("Met&hod"), m_method);
    m_termsOfReference = new DateField(QStringLiteral("prTermsOfReference"),
                                       QStringLiteral("terms of reference date"), this);
    addFormRow(form, tr("&Terms of reference agreed"), m_termsOfReference,
               m_termsOfReference->lineEdit());
    m_problems.addDate(QStringLiteral("terms_of_reference"), m_termsOfReference);
    m_plannedPublication = new DateField(QStringLiteral("prPlannedPublication"),
                                         QStringLiteral("planned publication date"), this);
    addFormRow(form, tr("Planned p&ublication"), m_plannedPublication,
               m_plannedPublication->lineEdit());
    m_problems.addDate(QStringLiteral("planned_publication"), m_plannedPublication);
    m_sent = new DateField(QStringLiteral("prSent"),
                           QStringLiteral("date sent to the national Panel"), this);
    m_submissionDeadline = m_sent->addNote(QStringLiteral("submissionDeadline"),
                                           tr("Submission to the national Panel deadline"));
    addFormRow(form, tr("Sent to national Panel and Secretary of &State"), m_sent,
               m_sent->lineEdit());
    m_problems.addDate(QStringLiteral("sent"), m_sent);
    m_published =
        new DateField(QStringLiteral("prPublished"), QStringLiteral("publication date"), this);
    m_publicationDeadline =
        m_published->addNote(QStringLiteral("publicationDeadline"), tr("Publication deadline"));
    addFormRow(form, tr("Publis&hed"), m_published, m_published->lineEdit());
    m_problems.addDate(QStringLiteral("published"), m_published);
    m_link = new QLineEdit(this);
    m_link->setObjectName(QStringLiteral("prLink"));
    m_link->setPlaceholderText(QStringLiteral("https://"));
    addFormRow(form, tr("Publication lin&k"), m_link);

    m_milestoneView = makeMilestoneView(QStringLiteral("milestones"), m_milestones, this);
    addFormRow(form, tr("Milestones"), m_milestoneView);
    m_milestoneProblem = makeProblemLabel(QStringLiteral("milestonesError"), this);
    form->addRow(m_milestoneProblem);

    auto* extensionView = makeTable(QStringLiteral("extensions"), m_extensions, this);
    extensionView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    addFormRow(form, tr("Extensions"), extensionView);
    m_addExtension = new QPushButton(tr("Add e&xtension…"), this);
    m_addExtension->setObjectName(QStringLiteral("addExtensionButton"));
    m_addExtension->setToolTip(tr("Extensions can be recorded once the LCSPR is saved."));
    form->addRow(QString(), m_addExtension);
    form->addRow(m_sectionProblems);

    for (DateField* date :
         {m_decided, m_termsOfReference, m_plannedPublication, m_sent, m_published})
        connect(date, &DateField::edited, this, &PracticeReviewSection::edited);
    for (QLineEdit* edit : {m_reviewer, m_method, m_link})
        connect(edit, &QLineEdit::textEdited, this, &PracticeReviewSection::edited);
    connect(m_type, &QComboBox::activated, this, &PracticeReviewSection::edited);
    connect(m_milestones, &MilestoneModel::edited, this, &PracticeReviewSection::edited);
    connect(m_milestones, &MilestoneModel::problemChanged, this,
            [this](const QString& message) { setProblemText(m_milestoneProblem, message); });
    connect(m_addExtension, &QPushButton::clicked, this, &PracticeReviewSection::addExtension);
}

void PracticeReviewSection::load(const QString& ref, const CaseFile& file)
{
    m_ref = ref;
    const PracticeReview shown = file.practiceReview.value_or(PracticeReview{});
    m_storedLcspr = file.practiceReview && shown.type == PracticeReviewType::Lcspr;
    m_type->setCurrentIndex(std::max(0, m_type->findData(nameOf(shown.type))));
    m_decided->setDate(shown.decided.isValid() ? std::optional<QDate>(shown.decided)
                                               : std::nullopt);
    m_reviewer->setText(shown.reviewer);
    m_method->setText(shown.method);
    m_termsOfReference->setDate(shown.termsOfReference);
    m_plannedPublication->setDate(shown.plannedPublication);
    m_sent->setDate(shown.sent);
    m_published->setDate(shown.published);
    m_link->setText(shown.link);
    QList<Milestone> own;
    for (const Milestone& milestone : file.milestones)
        if (milestone.owner == MilestoneOwner::PracticeReview)
            own << milestone;
    m_milestones->setMilestones(own);
    m_milestoneView->setVisible(!own.isEmpty());
    showExtensions(file.extensions);
    m_addExtension->setEnabled(m_storedLcspr && !m_ref.isEmpty());
}

void PracticeReviewSection::showExtensions(const QList<Extension>& extensions)
{
    QList<QStringList> rows;
    for (const Extension& extension : extensions)
        rows << QStringList{toDisplay(extension.newDue), extension.reason, extension.agreedBy,
                            extension.agreedOn ? toDisplay(*extension.agreedOn) : QString()};
    m_extensions->setRows(rows);
}

bool PracticeReviewSection::hasData() const
{
    for (const DateField* date :
         {m_decided, m_termsOfReference, m_plannedPublication, m_sent, m_published})
        if (!date->text().trimmed().isEmpty())
            return true;
    for (const QLineEdit* edit : {m_reviewer, m_method, m_link})
        if (!edit->text().trimmed().isEmpty())
            return true;
    return false;
}

PracticeReview PracticeReviewSection::draft(PracticeReview base) const
{
    base.type = enumFromName<PracticeReviewType>(m_type->currentData().toString())
                    .value_or(PracticeReviewType::Lcspr);
    base.decided = m_decided->enteredDate().value_or(QDate());
    base.reviewer = m_reviewer->text().trimmed();
    base.method = m_method->text().trimmed();
    base.termsOfReference = m_termsOfReference->enteredDate();
    base.plannedPublication = m_plannedPublication->enteredDate();
    base.sent = m_sent->enteredDate();
    base.published = m_published->enteredDate();
    base.link = m_link->text().trimmed();
    return base;
}

void PracticeReviewSection::showDeadlines(const QList<Deadline>& deadlines)
{
    std::optional<Deadline> publication;
    std::optional<Deadline> submission;
    for (const Deadline& deadline : deadlines) {
        if (deadline.kind == DeadlineKind::LcsprPublication)
            publication = deadline;
        else if (deadline.kind == DeadlineKind::NationalPanelSubmission)
            submission = deadline;
    }
    const QString absent = tr("LCSPRs only: due once the decision date is entered");
    showDeadline(m_publicationDeadline, publication, absent);
    showDeadline(m_submissionDeadline, submission, absent);
}

void PracticeReviewSection::addExtension()
{
    ExtensionDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto extended = ReviewService(m_session->workspace()).extend(m_ref, dialog.extension());
    if (!extended) {
        emit failed(extended.error().message);
        return;
    }
    if (auto written = m_session->caseWritten(m_ref); !written)
        emit failed(written.error().message);
    emit recordsWritten();
}

} // namespace reviewdesk::ui
