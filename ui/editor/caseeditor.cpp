#include "editor/caseeditor.h"

#include "domain/json.h"
#include "editor/actionssection.h"
#include "editor/incidentsection.h"
#include "editor/listsection.h"
#include "editor/milestonemodel.h"
#include "editor/practicereviewsection.h"
#include "editor/rapidreviewsection.h"
#include "layouts/formlabels.h"
#include "layouts/scrollingform.h"
#include "schedule/ruleset.h"
#include "services/caseservice.h"
#include "services/directoryservice.h"
#include "services/reviewservice.h"
#include "session/appsession.h"
#include "storage/auditlog.h"
#include "undo/casecommands.h"
#include "util/isodate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>
#include <vector>

namespace reviewdesk::ui {
namespace {

// Whether two images differ in what a person entered, whatever their versions
// (and whatever order the themes were ticked in).
template <typename Record>
bool differs(const Record& left, const Record& right)
{
    QJsonObject a = json::toJson(left);
    QJsonObject b = json::toJson(right);
    for (QJsonObject* image : {&a, &b}) {
        image->remove(QStringLiteral("version"));
        if (image->contains(QStringLiteral("themes"))) {
            QStringList themes = image->value(QStringLiteral("themes")).toVariant().toStringList();
            themes.sort();
            image->insert(QStringLiteral("themes"), QJsonValue::fromVariant(themes));
        }
    }
    return a != b;
}

} // namespace

CaseEditor::CaseEditor(AppSession* session, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent), m_session(session), m_undoStack(undoStack)
{
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageArea"));
    m_message->setAccessibleName(tr("Messages"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #611a15; padding: 6px; }"));
    m_message->hide();

    auto* sections = new QWidget;
    auto* sectionLayout = new QVBoxLayout(sections);
    m_incident = new IncidentSection(sections);
    m_rapidReview = new RapidReviewSection(sections);
    m_practiceReview = new PracticeReviewSection(session, sections);
    m_actions = new ActionsSection(session, sections);
    m_meetings = new ListSection(tr("Meetings"), QStringLiteral("meetings"),
                                 {tr("Date"), tr("Meeting"), tr("Decisions")}, sections);
    m_history = new ListSection(tr("History"), QStringLiteral("history"),
                                {tr("When"), tr("Who"), tr("What changed")}, sections);
    for (QWidget* section : std::initializer_list<QWidget*>{
             m_incident, m_rapidReview, m_practiceReview, m_actions, m_meetings, m_history})
        sectionLayout->addWidget(section);
    sectionLayout->addStretch(1);
    alignFormLabels(sections);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("sections"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(sections);
    scroll->setFrameShape(QFrame::NoFrame);
    keepWheelForScrolling(sections);

    // No shortcut of its own: Ctrl+S is the window's Case > Save Case, which
    // saves this editor. Two owners of one key in a window make Qt fire
    // neither, and Alt+S is the form's "Status" and "Sent to ... State".
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_incident, &IncidentSection::edited, this, &CaseEditor::refresh);
    connect(m_rapidReview, &RapidReviewSection::edited, this, &CaseEditor::refresh);
    connect(m_practiceReview, &PracticeReviewSection::edited, this, &CaseEditor::refresh);
    connect(m_practiceReview, &PracticeReviewSection::recordsWritten, this,
            &CaseEditor::recordsWritten);
    connect(m_practiceReview, &PracticeReviewSection::failed, this, &CaseEditor::showMessage);
    connect(m_actions, &ActionsSection::recordsWritten, this, &CaseEditor::recordsWritten);
    connect(m_actions, &ActionsSection::failed, this, &CaseEditor::showMessage);
    connect(m_save, &QPushButton::clicked, this, &CaseEditor::save);
    connect(m_close, &QPushButton::clicked, this, &CaseEditor::closeRequested);
    connect(session, &AppSession::caseChanged, this, &CaseEditor::caseChangedElsewhere);
    connect(session, &AppSession::errorOccurred, this, &CaseEditor::showMessage);
    connect(session, &AppSession::registerReset, this, [this] {
        if (!m_isNew && !hasUnsavedChanges())
            openCase(m_loaded.kase.ref);
        else
            refresh(); // the user's edits stay; their deadlines follow the register's day
    });

    newCase();
}

void CaseEditor::openCase(const QString& ref)
{
    auto file = m_session->workspace().caseFile(ref);
    if (!file) {
        showMessage(file.error().message);
        return;
    }
    load(*file, false);
}

void CaseEditor::newCase()
{
    CaseFile file;
    // A new case is counted under the rule set the partnership uses now.
    auto ruleSet = m_session->workspace().defaultRuleSet();
    file.kase.ruleSet = ruleSet ? *ruleSet : defaultRuleSetName();
    load(file, true);
}

void CaseEditor::load(const CaseFile& file, bool isNew)
{
    m_loading = true;
    m_loaded = file;
    m_isNew = isNew;
    const QString ref = isNew ? QString() : file.kase.ref;
    m_incident->load(file.kase);
    m_rapidReview->load(file.rapidReview, file.milestones);
    m_practiceReview->load(ref, file);
    m_actions->load(ref, file.actions);
    m_loading = false;
    showMessage(QString());
    refreshLists();
    refresh();
    // Each case opens at its top, not where the one before was scrolled to.
    if (auto* scroll = findChild<QScrollArea*>(QStringLiteral("sections")))
        scroll->verticalScrollBar()->setValue(0);
}

void CaseEditor::focusFirstField()
{
    if (auto* ref = findChild<QLineEdit*>(QStringLiteral("caseRef")))
        ref->setFocus(Qt::OtherFocusReason);
}

QString CaseEditor::currentRef() const
{
    return m_isNew ? QString() : m_loaded.kase.ref;
}

QString CaseEditor::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

CaseFile CaseEditor::draftFile() const
{
    CaseFile draft = m_loaded;
    draft.kase = m_incident->draft(m_loaded.kase);
    if (m_loaded.rapidReview || m_rapidReview->hasData())
        draft.rapidReview = m_rapidReview->draft(m_loaded.rapidReview.value_or(RapidReview{}));
    if (m_loaded.practiceReview || m_practiceReview->hasData())
        draft.practiceReview =
            m_practiceReview->draft(m_loaded.practiceReview.value_or(PracticeReview{}));
    draft.milestones =
        m_rapidReview->milestones()->milestones() + m_practiceReview->milestones()->milestones();
    return draft;
}

Problems CaseEditor::problemsOf(const CaseFile& draft) const
{
    Problems problems = problemsWith(draft.kase);
    if (draft.rapidReview)
        problems << problemsWith(*draft.rapidReview, draft.kase);
    if (draft.practiceReview)
        problems << problemsWith(*draft.practiceReview, draft.kase);
    return problems;
}

bool CaseEditor::caseChanged(const CaseFile& draft) const
{
    return differs(draft.kase, m_loaded.kase);
}

bool CaseEditor::rapidReviewChanged(const CaseFile& draft) const
{
    if (!draft.rapidReview)
        return false;
    return !m_loaded.rapidReview || differs(*draft.rapidReview, *m_loaded.rapidReview);
}

bool CaseEditor::practiceReviewChanged(const CaseFile& draft) const
{
    if (!draft.practiceReview)
        return false;
    return !m_loaded.practiceReview || differs(*draft.practiceReview, *m_loaded.practiceReview);
}

QList<Milestone> CaseEditor::changedMilestones() const
{
    return m_rapidReview->milestones()->changed() + m_practiceReview->milestones()->changed();
}

QStringList CaseEditor::unreadableDates() const
{
    return m_incident->unreadableDates() + m_rapidReview->unreadableDates() +
           m_practiceReview->unreadableDates();
}

bool CaseEditor::hasUnsavedChanges() const
{
    const CaseFile draft = draftFile();
    // A date typed wrong is an edit too, though no draft can carry it.
    return caseChanged(draft) || rapidReviewChanged(draft) || practiceReviewChanged(draft) ||
           !changedMilestones().isEmpty() || !unreadableDates().isEmpty();
}

void CaseEditor::refresh()
{
    if (m_loading)
        return;
    const CaseFile draft = draftFile();
    const Problems problems = problemsOf(draft);
    m_incident->showProblems(problemsWith(draft.kase));
    m_rapidReview->showProblems(draft.rapidReview ? problemsWith(*draft.rapidReview, draft.kase)
                                                  : Problems{});
    m_practiceReview->showProblems(
        draft.practiceReview ? problemsWith(*draft.practiceReview, draft.kase) : Problems{});

    // The core computes the deadlines from the form as it stands; dates it
    // cannot use yet (no aware date, no decision date) leave their clocks unstarted.
    QList<Deadline> deadlines;
    if (draft.kase.aware.isValid() && findRuleSet(draft.kase.ruleSet)) {
        CaseFile counted = draft;
        if (counted.practiceReview && !counted.practiceReview->decided.isValid())
            counted.practiceReview.reset();
        deadlines = m_session->snapshot().engine().deadlinesFor(counted);
    }
    m_incident->showDeadlines(deadlines);
    m_rapidReview->showDeadlines(deadlines);
    m_practiceReview->showDeadlines(deadlines);

    const bool unsaved = hasUnsavedChanges();
    m_save->setEnabled(unsaved && problems.isEmpty() && unreadableDates().isEmpty());
    // The button names its key here: it has none of its own (see above).
    m_save->setToolTip(
        problems.isEmpty()
            ? tr("Save the case (%1)")
                  .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText))
            : tr("Correct the problems shown before saving."));

    QString title = m_isNew ? tr("New case") : m_loaded.kase.ref;
    if (unsaved)
        title += QStringLiteral(" *");
    if (title != m_title) {
        m_title = title;
        setWindowTitle(title);
        emit titleChanged(title);
    }
}

void CaseEditor::refreshLists()
{
    QList<QStringList> meetings;
    QList<QStringList> history;
    if (!m_isNew) {
        Workspace& workspace = m_session->workspace();
        auto stored = DirectoryService(workspace).meetings();
        if (stored) {
            for (const Meeting& meeting : *stored)
                if (meeting.caseIds.contains(m_loaded.kase.id))
                    meetings << QStringList{toDisplay(meeting.date), meeting.title,
                                            meeting.decisions};
        } else {
            showMessage(stored.error().message);
        }
        auto events = AuditLog(workspace.database()).events(m_loaded.kase.ref);
        if (events) {
            for (const AuditEvent& event : *events)
                history << QStringList{
                    event.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                    event.actor, event.summary};
        } else {
            showMessage(events.error().message);
        }
    }
    m_meetings->setRows(meetings, tr("No meeting has discussed this case yet."));
    m_history->setRows(history, tr("No changes recorded yet."));
}

void CaseEditor::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool CaseEditor::save()
{
    refresh();
    if (!m_save->isEnabled())
        return !hasUnsavedChanges(); // nothing to save counts as saved; problems do not
    showMessage(QString());
    m_saving = true;
    Workspace& workspace = m_session->workspace();
    const CaseFile draft = draftFile();
    std::vector<std::unique_ptr<QUndoCommand>> commands;
    QString ref = m_loaded.kase.ref;
    bool wrote = false;
    bool ok = true;

    if (m_isNew) {
        // No command: creating a case cannot be undone (there is no delete).
        auto added = CaseService(workspace).addCase(draft.kase);
        ok = added ? true : failed(added.error());
        if (added) {
            m_loaded.kase = *added;
            m_isNew = false;
            ref = added->ref;
            wrote = true;
        }
    } else if (caseChanged(draft)) {
        auto updated = CaseService(workspace).updateCase(draft.kase);
        ok = updated ? true : failed(updated.error());
        if (updated) {
            commands.push_back(
                std::make_unique<SaveCaseCommand>(*m_session, m_loaded.kase, *updated));
            m_loaded.kase = *updated;
            ref = updated->ref;
            wrote = true;
        }
    }

    if (ok && rapidReviewChanged(draft)) {
        RapidReview review = *draft.rapidReview;
        // The service reads id 0 as "the case's rapid review, whatever its
        // version", so a review someone else recorded meanwhile must be caught here.
        auto stored = workspace.caseFile(ref);
        if (!m_loaded.rapidReview && stored && stored->rapidReview)
            ok = failed(Error::conflict(
                tr("the rapid review of %1 was recorded by someone else since you opened the case")
                    .arg(ref)));
        if (ok) {
            auto saved = ReviewService(workspace).saveRapidReview(ref, review);
            ok = saved ? true : failed(saved.error());
            if (saved) {
                if (m_loaded.rapidReview)
                    commands.push_back(std::make_unique<SaveRapidReviewCommand>(
                        *m_session, ref, *m_loaded.rapidReview, *saved));
                m_loaded.rapidReview = *saved;
                wrote = true;
            }
        }
    }

    if (ok && practiceReviewChanged(draft)) {
        auto stored = workspace.caseFile(ref);
        if (!m_loaded.practiceReview && stored && stored->practiceReview)
            ok = failed(Error::conflict(
                tr("the practice review of %1 was recorded by someone else since you opened the "
                   "case")
                    .arg(ref)));
        if (ok) {
            auto saved = ReviewService(workspace).savePracticeReview(ref, *draft.practiceReview);
            ok = saved ? true : failed(saved.error());
            if (saved) {
                if (m_loaded.practiceReview)
                    commands.push_back(std::make_unique<SavePracticeReviewCommand>(
                        *m_session, ref, *m_loaded.practiceReview, *saved));
                m_loaded.practiceReview = *saved;
                wrote = true;
            }
        }
    }

    if (ok) {
        for (const Milestone& milestone : changedMilestones()) {
            auto saved = ReviewService(workspace).saveMilestone(ref, milestone);
            if (!saved) {
                ok = failed(saved.error());
                break;
            }
            wrote = true;
        }
    }

    // What was saved is undoable even when a later part of the save failed.
    if (commands.size() == 1) {
        m_undoStack->push(commands.front().release());
    } else if (commands.size() > 1) {
        m_undoStack->beginMacro(tr("Save case %1").arg(ref));
        for (auto& command : commands)
            m_undoStack->push(command.release());
        m_undoStack->endMacro();
    }
    if (wrote)
        if (auto written = m_session->caseWritten(ref); !written)
            showMessage(written.error().message);
    m_saving = false;

    if (!ok) {
        refresh();
        return false;
    }
    openCase(ref);
    emit caseSaved(ref);
    return true;
}

bool CaseEditor::failed(const Error& error)
{
    if (error.kind != ErrorKind::Conflict) {
        showMessage(tr("Not saved: %1").arg(error.message));
        return false;
    }
    if (askConflictResolution(error.message) == ConflictChoice::Reload) {
        const QString ref = m_loaded.kase.ref;
        openCase(ref);
        showMessage(tr("Reloaded %1 as it is saved now; your edits were discarded.").arg(ref));
    } else {
        showMessage(tr("Not saved: %1. Your edits are still on screen: copy what you need, then "
                       "reload the case (reopen it) and make your change again.")
                        .arg(error.message));
    }
    return false;
}

CaseEditor::ConflictChoice CaseEditor::askConflictResolution(const QString& message)
{
    QMessageBox box(QMessageBox::Warning, tr("Someone else saved this case"),
                    tr("Your changes were not saved: %1.").arg(message), QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("conflictDialog"));
    box.setInformativeText(tr("Reload discards your edits and shows the case as it is saved now. "
                              "Keep my edits leaves them on screen, unsaved, so you can copy "
                              "them."));
    QPushButton* reload = box.addButton(tr("Reload"), QMessageBox::DestructiveRole);
    QPushButton* keep = box.addButton(tr("Keep my edits"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == reload ? ConflictChoice::Reload : ConflictChoice::KeepEdits;
}

QString CaseEditor::problemPreventingSave() const
{
    if (const QStringList unreadable = unreadableDates(); !unreadable.isEmpty())
        return unreadable.first();
    if (const Problems problems = problemsOf(draftFile()); !problems.isEmpty())
        return problems.first().message;
    return {};
}

QMessageBox::StandardButton CaseEditor::askSaveChanges()
{
    const QString problem = problemPreventingSave();
    if (!problem.isEmpty()) {
        // Offering Save here would close the question on a save that cannot happen.
        QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                        m_isNew ? tr("The new case cannot be saved as it stands.")
                                : tr("The changes to case %1 cannot be saved as they stand.")
                                      .arg(m_loaded.kase.ref),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("unsavedChangesDialog"));
        // The form's problems read as clauses, the unreadable dates as sentences.
        QString sentence = problem.left(1).toUpper() + problem.mid(1);
        if (!sentence.endsWith(QLatin1Char('.')))
            sentence += QLatin1Char('.');
        box.setInformativeText(
            tr("%1\n\nCancel to put it right, or discard the changes.").arg(sentence));
        box.setDefaultButton(QMessageBox::Cancel);
        return QMessageBox::StandardButton(box.exec());
    }
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    m_isNew ? tr("Save the new case?")
                            : tr("Save the changes to case %1?").arg(m_loaded.kase.ref),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesDialog"));
    box.setDefaultButton(QMessageBox::Save);
    return QMessageBox::StandardButton(box.exec());
}

void CaseEditor::discardChanges()
{
    if (m_isNew) {
        newCase();
        return;
    }
    // As it is saved now, which may be newer than what was opened.
    if (auto file = m_session->workspace().caseFile(m_loaded.kase.ref))
        load(*file, false);
    else
        newCase(); // gone meanwhile: nothing of it left to show
}

bool CaseEditor::maybeClose()
{
    if (!hasUnsavedChanges())
        return true;
    switch (askSaveChanges()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        discardChanges();
        return true;
    default:
        return false;
    }
}

void CaseEditor::caseChangedElsewhere(qsizetype index)
{
    // The editor's own save reloads at its end; a new case has nothing to follow.
    if (m_saving || m_isNew)
        return;
    const auto& entries = m_session->snapshot().entries();
    if (index < 0 || index >= entries.size() || entries.at(index).file.kase.id != m_loaded.kase.id)
        return;
    if (hasUnsavedChanges()) {
        // Never replace what the user is typing; their save will meet the
        // version check and ask.
        refreshLists();
        return;
    }
    // From the file, not the snapshot: the snapshot holds no milestones.
    auto file = m_session->workspace().caseFile(m_loaded.kase.ref);
    if (!file) {
        showMessage(file.error().message);
        return;
    }
    load(*file, false);
}

void CaseEditor::recordsWritten()
{
    // Extensions and actions are written at once; the form's own edits stay.
    auto file = m_session->workspace().caseFile(m_loaded.kase.ref);
    if (!file) {
        showMessage(file.error().message);
        return;
    }
    m_loaded.extensions = file->extensions;
    m_loaded.actions = file->actions;
    m_practiceReview->showExtensions(file->extensions);
    m_actions->load(m_loaded.kase.ref, file->actions);
    refreshLists();
    refresh();
}

} // namespace reviewdesk::ui
