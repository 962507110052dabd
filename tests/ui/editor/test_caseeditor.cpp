#include "editorfixture.h"
#include "services/actionservice.h"
#include "storage/auditlog.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFont>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QWheelEvent>

using namespace reviewdesk;
using namespace reviewdesk::testing;

TEST_CASE("an impossible aware date is explained beside the field and disables Save")
{
    EditorFixture f;
    f.type(QStringLiteral("caseRef"), QStringLiteral("SSCP-2024-001"));
    f.type(QStringLiteral("awareDate"), QStringLiteral("2023-12-20"));
    CHECK(f.shown(QStringLiteral("awareDateError")).isEmpty());
    CHECK(f.saveEnabled());

    f.type(QStringLiteral("awareDate"), QStringLiteral("2023-02-30"));
    CHECK(f.shown(QStringLiteral("awareDateError")) ==
          QStringLiteral("aware date 2023-02-30 does not exist in the calendar"));
    CHECK_FALSE(f.saveEnabled());
    CHECK_FALSE(f.editor->save());
    CHECK(f.workspace().loadRegister()->isEmpty());
}

TEST_CASE("a half-typed date is explained as the user types")
{
    EditorFixture f;
    f.type(QStringLiteral("notifiedDate"), QStringLiteral("2023-12"));
    CHECK(f.shown(QStringLiteral("notifiedDateError")) ==
          QStringLiteral("notified date \"2023-12\" is not a date in the form YYYY-MM-DD"));
    f.type(QStringLiteral("notifiedDate"), QString());
    CHECK(f.shown(QStringLiteral("notifiedDateError")).isEmpty());
}

TEST_CASE("an incident after the aware date shows the rule's message beside the aware date")
{
    EditorFixture f;
    f.type(QStringLiteral("caseRef"), QStringLiteral("SSCP-2024-001"));
    f.type(QStringLiteral("awareDate"), QStringLiteral("2023-12-20"));
    f.type(QStringLiteral("incidentDate"), QStringLiteral("2023-12-22"));
    CHECK(f.shown(QStringLiteral("awareDateError")) ==
          QStringLiteral("the aware date 2023-12-20 is before the incident date 2023-12-22"));
    CHECK_FALSE(f.saveEnabled());

    f.type(QStringLiteral("incidentDate"), QStringLiteral("2023-12-19"));
    CHECK(f.shown(QStringLiteral("awareDateError")).isEmpty());
    CHECK(f.saveEnabled());
}

TEST_CASE("a missing reference is shown beside the reference field")
{
    EditorFixture f;
    f.type(QStringLiteral("awareDate"), QStringLiteral("2023-12-20"));
    CHECK(f.shown(QStringLiteral("caseRefError")) ==
          QStringLiteral("the case reference is required"));
    CHECK_FALSE(f.saveEnabled());
}

TEST_CASE("deadlines show live beside the dates they depend on")
{
    EditorFixture f;
    CHECK(f.text(QStringLiteral("rapidReviewDeadline")) ==
          QStringLiteral("rapid review due: enter the aware date"));

    f.type(QStringLiteral("awareDate"), QStringLiteral("2023-12-20"));
    // Aware Wed 20 Dec 2023: 15 working days skip Christmas, Boxing Day and New Year's
    // Day; "today" is Fri 1 Mar 2024, 34 working days after Mon 15 Jan.
    CHECK(f.text(QStringLiteral("rapidReviewDeadline")) ==
          QStringLiteral("due Mon 15 Jan 2024 — overdue, 34 working days late"));
    CHECK(f.text(QStringLiteral("notificationDeadline")) ==
          QStringLiteral("due Fri 29 Dec 2023 — overdue, 44 working days late"));

    f.type(QStringLiteral("awareDate"), QStringLiteral("2024-01-02"));
    CHECK(f.text(QStringLiteral("rapidReviewDeadline")) ==
          QStringLiteral("due Tue 23 Jan 2024 — overdue, 28 working days late"));

    // Complete but not yet sent to the national Panel: still overdue.
    f.type(QStringLiteral("rrCompleted"), QStringLiteral("2024-01-22"));
    CHECK(f.text(QStringLiteral("rapidReviewDeadline")) ==
          QStringLiteral("due Tue 23 Jan 2024 — overdue, 28 working days late"));
    f.type(QStringLiteral("rrSent"), QStringLiteral("2024-01-22"));
    CHECK(f.text(QStringLiteral("rapidReviewDeadline")) ==
          QStringLiteral("due Tue 23 Jan 2024 — met on Mon 22 Jan 2024"));
    f.type(QStringLiteral("notifiedDate"), QStringLiteral("2024-01-12"));
    CHECK(f.text(QStringLiteral("notificationDeadline")) ==
          QStringLiteral("due Tue 9 Jan 2024 — late, done Fri 12 Jan 2024, 3 working days late"));

    // An aware date that cannot be read starts no clock.
    f.type(QStringLiteral("awareDate"), QStringLiteral("2024-01-3"));
    CHECK(f.text(QStringLiteral("rapidReviewDeadline")) ==
          QStringLiteral("rapid review due: enter the aware date"));
}

TEST_CASE("LCSPR publication and submission deadlines show beside their dates")
{
    EditorFixture f;
    f.type(QStringLiteral("awareDate"), QStringLiteral("2023-12-20"));
    f.type(QStringLiteral("prDecided"), QStringLiteral("2024-02-29"));
    CHECK(f.text(QStringLiteral("publicationDeadline")) ==
          QStringLiteral("due Thu 29 Aug 2024 — 124 working days left"));
    f.type(QStringLiteral("prPlannedPublication"), QStringLiteral("2024-07-31"));
    CHECK(f.text(QStringLiteral("submissionDeadline")) ==
          QStringLiteral("due Mon 22 Jul 2024 — 97 working days left"));
}

TEST_CASE("saving a new case creates it through the services and records it in the trail")
{
    EditorFixture f;
    QStringList saved;
    QObject::connect(f.editor.get(), &CaseEditor::caseSaved,
                     [&](const QString& ref) { saved << ref; });
    f.type(QStringLiteral("caseRef"), QStringLiteral("SSCP-2024-001"));
    f.type(QStringLiteral("childId"), QStringLiteral("J.D."));
    f.type(QStringLiteral("incidentDate"), QStringLiteral("2023-12-18"));
    f.type(QStringLiteral("awareDate"), QStringLiteral("2023-12-20"));
    f.type(QStringLiteral("leadOfficer"), QStringLiteral("S. Malik"));
    f.type(QStringLiteral("otherThemes"), QStringLiteral("Housing instability"));
    CHECK(f.editor->hasUnsavedChanges());

    REQUIRE(f.editor->save());
    CHECK(saved == QStringList{QStringLiteral("SSCP-2024-001")});
    CHECK(f.editor->currentRef() == QStringLiteral("SSCP-2024-001"));
    CHECK_FALSE(f.editor->hasUnsavedChanges());
    CHECK_FALSE(f.saveEnabled());

    const Case stored = f.storedCase(QStringLiteral("SSCP-2024-001"));
    CHECK(stored.childId == QStringLiteral("J.D."));
    CHECK(stored.incident == QDate(2023, 12, 18));
    CHECK(stored.aware == QDate(2023, 12, 20));
    CHECK(stored.leadOfficer == QStringLiteral("S. Malik"));
    CHECK(stored.themes == QStringList{QStringLiteral("housing instability")});
    CHECK(stored.ruleSet == defaultRuleSetName());
    CHECK_FALSE(f.workspace().caseFile(QStringLiteral("SSCP-2024-001"))->rapidReview);

    auto events = AuditLog(f.workspace().database()).events(QStringLiteral("SSCP-2024-001"));
    REQUIRE(events.ok());
    REQUIRE(events->size() == 1);
    CHECK(events->first().summary == QStringLiteral("case SSCP-2024-001 opened"));
    CHECK(events->first().actor == QStringLiteral("tester"));
    CHECK(f.find<QAbstractItemView>(QStringLiteral("history"))->model()->rowCount() == 1);
    // Creating has no undo: there is no delete service.
    CHECK(f.undoStack.count() == 0);
    // The session's register follows.
    CHECK(f.session->snapshot().entries().size() == 1);
}

TEST_CASE("a standard theme typed among the other themes is saved as the standard theme, ticked")
{
    EditorFixture f;
    f.addCase(QStringLiteral("SSCP-2024-003"));
    f.editor->openCase(QStringLiteral("SSCP-2024-003"));
    f.type(QStringLiteral("otherThemes"), QStringLiteral("Online harm, county lines"));
    REQUIRE(f.editor->save());
    CHECK(f.storedCase(QStringLiteral("SSCP-2024-003")).themes ==
          QStringList({QStringLiteral("online-harm"), QStringLiteral("county lines")}));

    // Shown again ticked in the list, and only the free text is left typed.
    auto* themes = f.find<QListWidget>(QStringLiteral("themes"));
    QStringList ticked;
    for (int row = 0; row < themes->count(); ++row)
        if (themes->item(row)->checkState() == Qt::Checked)
            ticked << themes->item(row)->data(Qt::UserRole).toString();
    CHECK(ticked == QStringList{QStringLiteral("online-harm")});
    CHECK(f.field(QStringLiteral("otherThemes")) == QStringLiteral("county lines"));

    // Typing the ticked theme's words again is not an edit.
    f.type(QStringLiteral("otherThemes"), QStringLiteral("county lines, ONLINE HARM"));
    CHECK_FALSE(f.editor->hasUnsavedChanges());
    CHECK_FALSE(f.saveEnabled());
}

TEST_CASE("a rapid review entered in the editor is created with its planned milestones")
{
    EditorFixture f;
    f.addCase(QStringLiteral("SSCP-2024-002"));
    f.editor->openCase(QStringLiteral("SSCP-2024-002"));
    f.type(QStringLiteral("rrStarted"), QStringLiteral("2023-12-21"));
    f.type(QStringLiteral("rrCompleted"), QStringLiteral("2024-01-12"));
    f.type(QStringLiteral("rrSent"), QStringLiteral("2024-01-12"));
    REQUIRE(f.editor->save());

    auto file = f.workspace().caseFile(QStringLiteral("SSCP-2024-002"));
    REQUIRE(file->rapidReview);
    CHECK(file->rapidReview->started == QDate(2023, 12, 21));
    CHECK(file->rapidReview->completed == QDate(2024, 1, 12));
    CHECK(file->rapidReview->sent == QDate(2024, 1, 12));
    CHECK(file->milestones.size() == 4);
    auto* milestones = f.find<QAbstractItemView>(QStringLiteral("rrMilestones"));
    CHECK(milestones->model()->rowCount() == 4);
    // All four in sight: the form scrolls, the table does not.
    QApplication::processEvents();
    CHECK(milestones->verticalScrollBar()->maximum() == 0);
    CHECK(milestones->viewport()->rect().contains(
        milestones->visualRect(milestones->model()->index(3, 0))));
    CHECK(f.text(QStringLiteral("rapidReviewDeadline")) ==
          QStringLiteral("due Mon 15 Jan 2024 — met on Fri 12 Jan 2024"));
}

TEST_CASE("a rapid review date before the aware date cannot be saved")
{
    EditorFixture f;
    f.addCase(QStringLiteral("SSCP-2024-002"));
    f.editor->openCase(QStringLiteral("SSCP-2024-002"));
    f.type(QStringLiteral("rrCompleted"), QStringLiteral("2023-12-01"));
    CHECK(f.shown(QStringLiteral("rrCompletedError")) ==
          QStringLiteral(
              "the rapid review completion date 2023-12-01 is before the aware date 2023-12-20"));
    CHECK_FALSE(f.saveEnabled());
}

TEST_CASE("an edit saved in the editor can be undone and redone in the database")
{
    EditorFixture f;
    f.addCase(QStringLiteral("SSCP-2024-003"));
    f.editor->openCase(QStringLiteral("SSCP-2024-003"));
    CHECK_FALSE(f.editor->hasUnsavedChanges());
    CHECK_FALSE(f.saveEnabled());

    f.type(QStringLiteral("leadOfficer"), QStringLiteral("T. Brennan"));
    CHECK(f.editor->windowTitle() == QStringLiteral("SSCP-2024-003 *"));
    REQUIRE(f.editor->save());
    CHECK(f.storedCase(QStringLiteral("SSCP-2024-003")).leadOfficer ==
          QStringLiteral("T. Brennan"));
    REQUIRE(f.undoStack.count() == 1);

    f.undoStack.undo();
    CHECK(f.storedCase(QStringLiteral("SSCP-2024-003")).leadOfficer == QStringLiteral("R. Okafor"));
    // The open editor had no edits of its own, so it shows the undone value.
    CHECK(f.field(QStringLiteral("leadOfficer")) == QStringLiteral("R. Okafor"));
    CHECK_FALSE(f.editor->hasUnsavedChanges());

    f.undoStack.redo();
    CHECK(f.storedCase(QStringLiteral("SSCP-2024-003")).leadOfficer ==
          QStringLiteral("T. Brennan"));
    CHECK(f.field(QStringLiteral("leadOfficer")) == QStringLiteral("T. Brennan"));

    // Every step is in the audit trail: opened, edited, undone, redone.
    auto events = AuditLog(f.workspace().database()).events(QStringLiteral("SSCP-2024-003"));
    CHECK(events->size() == 4);
}

TEST_CASE("an undo does not replace the edits the user is typing")
{
    EditorFixture f;
    f.addCase(QStringLiteral("SSCP-2024-003"));
    f.editor->openCase(QStringLiteral("SSCP-2024-003"));
    f.type(QStringLiteral("leadOfficer"), QStringLiteral("T. Brennan"));
    REQUIRE(f.editor->save());
    f.type(QStringLiteral("ethnicity"), QStringLiteral("White British"));

    f.undoStack.undo();
    CHECK(f.storedCase(QStringLiteral("SSCP-2024-003")).leadOfficer == QStringLiteral("R. Okafor"));
    CHECK(f.field(QStringLiteral("ethnicity")) == QStringLiteral("White British"));
    CHECK(f.editor->hasUnsavedChanges());
}

TEST_CASE("a rapid review edit and a case edit saved together undo together")
{
    EditorFixture f;
    f.addCase(QStringLiteral("SSCP-2024-004"));
    RapidReview review;
    review.started = QDate(2023, 12, 21);
    REQUIRE(ReviewService(f.workspace()).saveRapidReview(QStringLiteral("SSCP-2024-004"), review));
    f.editor->openCase(QStringLiteral("SSCP-2024-004"));

    f.type(QStringLiteral("rrMeeting"), QStringLiteral("2024-01-08"));
    f.type(QStringLiteral("panelRef"), QStringLiteral("NP-2023-1234"));
    REQUIRE(f.editor->save());
    auto file = f.workspace().caseFile(QStringLiteral("SSCP-2024-004"));
    CHECK(file->rapidReview->meeting == QDate(2024, 1, 8));
    CHECK(file->kase.panelRef == QStringLiteral("NP-2023-1234"));
    REQUIRE(f.undoStack.count() == 1);

    f.undoStack.undo();
    file = f.workspace().caseFile(QStringLiteral("SSCP-2024-004"));
    CHECK_FALSE(file->rapidReview->meeting);
    CHECK(file->kase.panelRef.isEmpty());
    CHECK(f.field(QStringLiteral("rrMeeting")).isEmpty());

    f.undoStack.redo();
    file = f.workspace().caseFile(QStringLiteral("SSCP-2024-004"));
    CHECK(file->rapidReview->meeting == QDate(2024, 1, 8));
    CHECK(file->kase.panelRef == QStringLiteral("NP-2023-1234"));
}

TEST_CASE("a stale save asks, keeps the user's edits on request and overwrites nothing")
{
    EditorFixture f;
    f.addCase(QStringLiteral("SSCP-2024-005"));
    f.editor->openCase(QStringLiteral("SSCP-2024-005"));

    // Someone else saves the same case meanwhile (another desktop, same file).
    Case theirs = f.storedCase(QStringLiteral("SSCP-2024-005"));
    theirs.leadOfficer = QStringLiteral("Other User");
    REQUIRE(CaseService(f.workspace()).updateCase(theirs));

    f.type(QStringLiteral("leadOfficer"), QStringLiteral("Mine"));
    AnsweredBox box;
    answerNextMessageBox(QStringLiteral("Keep my edits"), &box);
    CHECK_FALSE(f.editor->save());

    CHECK(box.answered);
    CHECK(box.objectName == QStringLiteral("conflictDialog"));
    CHECK(box.text ==
          QStringLiteral("Your changes were not saved: case SSCP-2024-005 was changed by someone "
                         "else since you opened it; reload it and make your change again."));
    CHECK(f.storedCase(QStringLiteral("SSCP-2024-005")).leadOfficer ==
          QStringLiteral("Other User"));
    CHECK(f.field(QStringLiteral("leadOfficer")) == QStringLiteral("Mine"));
    CHECK(f.editor->hasUnsavedChanges());
    CHECK(f.editor->message().startsWith(
        QStringLiteral("Not saved: case SSCP-2024-005 was changed by someone else")));
    CHECK(f.undoStack.count() == 0);
}

TEST_CASE("a stale save can reload the case as it is saved now")
{
    EditorFixture f;
    f.addCase(QStringLiteral("SSCP-2024-005"));
    f.editor->openCase(QStringLiteral("SSCP-2024-005"));
    Case theirs = f.storedCase(QStringLiteral("SSCP-2024-005"));
    theirs.leadOfficer = QStringLiteral("Other User");
    REQUIRE(CaseService(f.workspace()).updateCase(theirs));

    f.type(QStringLiteral("leadOfficer"), QStringLiteral("Mine"));
    f.editor->conflictAnswer = CaseEditor::ConflictChoice::Reload;
    CHECK_FALSE(f.editor->save());
    CHECK(f.editor->conflictsAsked.size() == 1);
    CHECK(f.storedCase(QStringLiteral("SSCP-2024-005")).leadOfficer ==
          QStringLiteral("Other User"));
    CHECK(f.field(QStringLiteral("leadOfficer")) == QStringLiteral("Other User"));
    CHECK_FALSE(f.editor->hasUnsavedChanges());
    CHECK(f.editor->message() ==
          QStringLiteral("Reloaded SSCP-2024-005 as it is saved now; your edits were discarded."));

    // After the reload the next save goes through.
    f.type(QStringLiteral("leadOfficer"), QStringLiteral("Mine"));
    REQUIRE(f.editor->save());
    CHECK(f.storedCase(QStringLiteral("SSCP-2024-005")).leadOfficer == QStringLiteral("Mine"));
}

TEST_CASE("a rapid review recorded by someone else meanwhile is not overwritten")
{
    EditorFixture f;
    f.addCase(QStringLiteral("SSCP-2024-006"));
    f.editor->openCase(QStringLiteral("SSCP-2024-006"));
    RapidReview theirs;
    theirs.rationale = QStringLiteral("theirs");
    REQUIRE(ReviewService(f.workspace()).saveRapidReview(QStringLiteral("SSCP-2024-006"), theirs));

    f.find<QPlainTextEdit>(QStringLiteral("rrRationale"))->setPlainText(QStringLiteral("mine"));
    f.editor->conflictAnswer = CaseEditor::ConflictChoice::KeepEdits;
    CHECK_FALSE(f.editor->save());
    CHECK(f.editor->conflictsAsked.size() == 1);
    CHECK(f.workspace().caseFile(QStringLiteral("SSCP-2024-006"))->rapidReview->rationale ==
          QStringLiteral("theirs"));
}

TEST_CASE("closing with unsaved changes asks Save, Discard or Cancel")
{
    EditorFixture f;
    f.addCase(QStringLiteral("SSCP-2024-007"));
    f.editor->openCase(QStringLiteral("SSCP-2024-007"));
    CHECK(f.editor->maybeClose()); // nothing to ask

    f.type(QStringLiteral("leadOfficer"), QStringLiteral("K. Farrow"));
    AnsweredBox box;
    answerNextMessageBox(QStringLiteral("Cancel"), &box);
    CHECK_FALSE(f.editor->maybeClose());
    CHECK(box.answered);
    CHECK(box.objectName == QStringLiteral("unsavedChangesDialog"));
    CHECK(box.text == QStringLiteral("Save the changes to case SSCP-2024-007?"));
    CHECK(f.editor->hasUnsavedChanges());

    // Discarded edits are gone: the case shows as saved, and nothing is asked again.
    AnsweredBox discard;
    answerNextMessageBox(QStringLiteral("Discard"), &discard);
    CHECK(f.editor->maybeClose());
    CHECK(discard.answered);
    CHECK(f.storedCase(QStringLiteral("SSCP-2024-007")).leadOfficer == QStringLiteral("R. Okafor"));
    CHECK(f.find<QLineEdit>(QStringLiteral("leadOfficer"))->text() == QStringLiteral("R. Okafor"));
    CHECK_FALSE(f.editor->hasUnsavedChanges());
    CHECK(f.editor->maybeClose());
    CHECK(f.storedCase(QStringLiteral("SSCP-2024-007")).leadOfficer == QStringLiteral("R. Okafor"));

    f.type(QStringLiteral("leadOfficer"), QStringLiteral("K. Farrow"));
    AnsweredBox save;
    answerNextMessageBox(QStringLiteral("Save"), &save);
    CHECK(f.editor->maybeClose());
    CHECK(save.answered);
    CHECK(f.storedCase(QStringLiteral("SSCP-2024-007")).leadOfficer == QStringLiteral("K. Farrow"));
}

TEST_CASE("closing with edits that break a rule offers Discard or Cancel, and says why")
{
    EditorFixture f;
    f.type(QStringLiteral("awareDate"), QStringLiteral("2023-02-30"));
    AnsweredBox box;
    answerNextMessageBox(QStringLiteral("Cancel"), &box);
    CHECK_FALSE(f.editor->maybeClose());
    CHECK(box.answered);
    CHECK(box.text == QStringLiteral("The new case cannot be saved as it stands."));
    CHECK(box.informativeText == QStringLiteral("Aware date 2023-02-30 does not exist in the "
                                                "calendar.\n\nCancel to put it right, or discard "
                                                "the changes."));
    CHECK_FALSE(box.buttons.contains(QStringLiteral("Save")));
    CHECK(f.editor->hasUnsavedChanges());

    AnsweredBox discard;
    answerNextMessageBox(QStringLiteral("Discard"), &discard);
    CHECK(f.editor->maybeClose());
    CHECK(discard.answered);
    CHECK(f.find<QLineEdit>(QStringLiteral("awareDate"))->text().isEmpty());
    CHECK_FALSE(f.editor->hasUnsavedChanges());
}

TEST_CASE("a service refusal is shown in words at the top of the editor")
{
    EditorFixture f;
    f.addCase(QStringLiteral("SSCP-2024-008"));
    f.type(QStringLiteral("caseRef"), QStringLiteral("sscp-2024-008"));
    f.type(QStringLiteral("awareDate"), QStringLiteral("2024-01-05"));
    CHECK_FALSE(f.editor->save());
    CHECK(f.editor->message() ==
          QStringLiteral("Not saved: a case with reference \"sscp-2024-008\" already exists"));
    CHECK(f.editor->currentRef().isEmpty());
}

TEST_CASE("every input has an accessible name and a label that focuses it")
{
    EditorFixture f;
    for (QLineEdit* edit : f.editor->findChildren<QLineEdit*>()) {
        if (edit->objectName().isEmpty())
            continue; // the inner editor of an editable combo box
        INFO(edit->objectName().toStdString());
        CHECK_FALSE(edit->accessibleName().isEmpty());
        bool hasBuddy = false;
        for (QLabel* label : f.editor->findChildren<QLabel*>())
            hasBuddy = hasBuddy || label->buddy() == edit;
        CHECK(hasBuddy);
    }
}

namespace {

// Replaces what an editable choice shows, key by key, as typing does.
void typeInto(QComboBox* combo, const QString& text)
{
    QLineEdit* edit = combo->lineEdit();
    edit->setFocus();
    edit->selectAll();
    EditorFixture::key(edit, Qt::Key_Backspace);
    for (QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(edit, &press);
    }
    QApplication::processEvents();
}

} // namespace

TEST_CASE("sex reads in words and is stored as the register keeps it")
{
    EditorFixture f;
    Case kase = f.addCase(QStringLiteral("SX-1"));
    kase.sex = QStringLiteral("male");
    REQUIRE(CaseService(f.workspace()).updateCase(kase).ok());
    REQUIRE(f.session->caseWritten(QStringLiteral("SX-1")).ok());
    f.editor->openCase(QStringLiteral("SX-1"));
    auto* sex = f.find<QComboBox>(QStringLiteral("sex"));
    CHECK(sex->currentText() == QStringLiteral("Male"));
    CHECK_FALSE(f.editor->hasUnsavedChanges()); // shown in words, still the same value

    // An offered answer typed in any case is stored as the register keeps it.
    typeInto(sex, QStringLiteral("FEMALE"));
    REQUIRE(f.editor->save());
    CHECK(f.storedCase(QStringLiteral("SX-1")).sex == QStringLiteral("female"));

    // Any other answer is kept as typed, and shown as stored.
    typeInto(sex, QStringLiteral("Prefer not to say"));
    REQUIRE(f.editor->save());
    CHECK(f.storedCase(QStringLiteral("SX-1")).sex == QStringLiteral("Prefer not to say"));
    f.editor->openCase(QStringLiteral("SX-1"));
    CHECK(sex->currentText() == QStringLiteral("Prefer not to say"));
}

TEST_CASE("an answer stored in other capitals is not an edit until it is changed")
{
    EditorFixture f;
    Case kase = f.addCase(QStringLiteral("SX-2"));
    kase.sex = QStringLiteral("Female"); // as a spreadsheet import keeps it
    REQUIRE(CaseService(f.workspace()).updateCase(kase).ok());
    REQUIRE(f.session->caseWritten(QStringLiteral("SX-2")).ok());
    f.editor->openCase(QStringLiteral("SX-2"));
    CHECK(f.find<QComboBox>(QStringLiteral("sex"))->currentText() == QStringLiteral("Female"));
    CHECK_FALSE(f.editor->hasUnsavedChanges());
    CHECK_FALSE(f.saveEnabled());
}

TEST_CASE("when the day turns, edits being made stay and their deadlines follow the day")
{
    EditorFixture f;                                       // today Fri 1 Mar 2024
    f.addCase(QStringLiteral("DT-1"), QDate(2024, 2, 26)); // aware Mon: notify by Mon 4 Mar
    f.editor->openCase(QStringLiteral("DT-1"));
    f.type(QStringLiteral("leadOfficer"), QStringLiteral("P. Nwosu"));
    REQUIRE(f.editor->hasUnsavedChanges());
    const QString before = f.text(QStringLiteral("notificationDeadline"));

    REQUIRE(f.session->reload(QDate(2024, 3, 5)).ok()); // Tuesday
    CHECK(f.field(QStringLiteral("leadOfficer")) == QStringLiteral("P. Nwosu"));
    CHECK(f.editor->hasUnsavedChanges());
    CHECK(f.text(QStringLiteral("notificationDeadline")) != before);
    CHECK(f.text(QStringLiteral("notificationDeadline")) ==
          QStringLiteral("due Mon 4 Mar 2024 — overdue, 1 working day late"));
}

namespace {

// Sets the editor's font half as large again, as a user enlarging the system
// font would, and lets the editor take it.
void enlargeFont(EditorFixture& f)
{
    QFont larger = f.editor->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.5);
    f.editor->setFont(larger);
    QApplication::processEvents();
}

} // namespace

TEST_CASE("every standard theme is in sight without scrolling, in any font size")
{
    EditorFixture f;
    auto* themes = f.find<QListWidget>(QStringLiteral("themes"));
    REQUIRE(themes->count() == 13);
    const auto checkInSight = [themes] {
        QApplication::processEvents(); // the list lays its items out again
        const QRect viewport = themes->viewport()->rect();
        for (int row = 0; row < themes->count(); ++row) {
            INFO(themes->item(row)->text().toStdString());
            CHECK(viewport.contains(themes->visualItemRect(themes->item(row))));
        }
        // Two columns: the eighth theme heads the second.
        CHECK(themes->visualItemRect(themes->item(7)).top() == 0);
        CHECK(themes->visualItemRect(themes->item(7)).left() >
              themes->visualItemRect(themes->item(0)).right());
    };
    checkInSight();
    const int height = themes->height();
    enlargeFont(f);
    CHECK(themes->height() > height);
    checkInSight();
}

TEST_CASE(
    "the wheel over a choice scrolls the form and changes nothing until the choice is focused")
{
    EditorFixture f;
    f.addCase(QStringLiteral("WH-1"));
    f.editor->openCase(QStringLiteral("WH-1"));
    f.editor->resize(900, 400); // so the form scrolls
    QApplication::processEvents();
    auto* status = f.find<QComboBox>(QStringLiteral("caseStatus"));
    auto* scroll = f.find<QScrollArea>(QStringLiteral("sections"));
    QScrollBar* bar = scroll->verticalScrollBar();
    REQUIRE(bar->maximum() > 0);
    REQUIRE(status->currentText() == QStringLiteral("Open"));

    const auto turnWheelDown = [status] {
        const QPointF inside(status->width() / 2.0, status->height() / 2.0);
        QWheelEvent wheel(inside, status->mapToGlobal(inside), QPoint(), QPoint(0, -120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(status, &wheel);
    };
    const int before = bar->value();
    turnWheelDown();
    CHECK(status->currentText() == QStringLiteral("Open"));
    CHECK_FALSE(f.editor->hasUnsavedChanges());
    CHECK(bar->value() > before);
    // An editable choice (its line edit passes the wheel on to it) alike.
    auto* sex = f.find<QComboBox>(QStringLiteral("sex"));
    const QPointF inside(sex->width() / 2.0, sex->height() / 2.0);
    QWheelEvent wheel(inside, sex->mapToGlobal(inside), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(sex, &wheel);
    CHECK(sex->currentText().isEmpty());
    CHECK_FALSE(f.editor->hasUnsavedChanges());
    // And the wheel alone focuses none of them.
    for (QWidget* field : scroll->widget()->findChildren<QWidget*>())
        if (qobject_cast<QComboBox*>(field) || qobject_cast<QAbstractSpinBox*>(field)) {
            INFO(field->objectName().toStdString());
            CHECK(field->focusPolicy() == Qt::StrongFocus);
        }

    // Clicked or tabbed into, the choice takes the wheel as usual.
    status->setFocus();
    turnWheelDown();
    CHECK(status->currentText() == QStringLiteral("Closed"));
}

TEST_CASE("the fields of every section start on one line, in any font size")
{
    EditorFixture f;
    QApplication::processEvents();
    const auto left = [&f](const QString& name) {
        QWidget* field = f.find<QWidget>(name);
        return field->mapTo(f.editor.get(), QPoint(0, 0)).x();
    };
    const auto checkOneLine = [&] {
        const int column = left(QStringLiteral("caseRef"));
        CHECK(left(QStringLiteral("rrStarted")) == column);
        CHECK(left(QStringLiteral("prType")) == column);
        return column;
    };
    const int column = checkOneLine();
    enlargeFont(f);
    QApplication::processEvents(); // the forms lay out again with the labels' new widths
    CHECK(checkOneLine() > column);
}

TEST_CASE("a case's actions read their status in words")
{
    EditorFixture f;
    f.addCase(QStringLiteral("AC-1"));
    Action action;
    action.recommendation = QStringLiteral("Review the escalation policy");
    action.ownerAgency = QStringLiteral("Police");
    action.due = QDate(2024, 6, 28);
    action.status = ActionStatus::InProgress;
    REQUIRE(ActionService(f.workspace()).addAction(QStringLiteral("AC-1"), action).ok());
    REQUIRE(f.session->caseWritten(QStringLiteral("AC-1")).ok());
    f.editor->openCase(QStringLiteral("AC-1"));
    const QAbstractItemModel* actions =
        f.find<QAbstractItemView>(QStringLiteral("actions"))->model();
    REQUIRE(actions->rowCount() == 1);
    CHECK(actions->index(0, 3).data().toString() == QStringLiteral("Fri 28 Jun 2024"));
    CHECK(actions->index(0, 4).data().toString() == QStringLiteral("In progress"));
}

TEST_CASE("each case opens at the top of its form, whatever the one before was scrolled to")
{
    EditorFixture f;
    f.addCase(QStringLiteral("SSCP-2024-031"));
    f.addCase(QStringLiteral("SSCP-2024-032"));
    f.editor->openCase(QStringLiteral("SSCP-2024-031"));
    QApplication::processEvents();
    QScrollBar* bar = f.find<QScrollArea>(QStringLiteral("sections"))->verticalScrollBar();
    REQUIRE(bar->maximum() > 0);
    bar->setValue(bar->maximum());
    f.editor->openCase(QStringLiteral("SSCP-2024-032"));
    CHECK(bar->value() == 0);
}
