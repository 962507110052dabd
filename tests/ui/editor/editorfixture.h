// A case editor over a fresh register file, "today" fixed at Fri 1 Mar 2024,
// with helpers that type into its fields as a user would and answer its dialogs.
#pragma once

#include "catch.h"
#include "editor/caseeditor.h"
#include "services/caseservice.h"
#include "services/reviewservice.h"
#include "session/appsession.h"
#include "tempdir.h"

#include <QAbstractButton>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

// Catch prints QStrings as text in failure messages.
namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& text) { return text.toStdString(); }
};
} // namespace Catch

namespace reviewdesk::testing {

using ui::AppSession;
using ui::CaseEditor;

// The editor with its questions answerable without a dialog when a test says so.
class TestEditor : public CaseEditor
{
public:
    using CaseEditor::CaseEditor;

    std::optional<ConflictChoice> conflictAnswer; // unset: the real dialog
    QStringList conflictsAsked;

protected:
    ConflictChoice askConflictResolution(const QString& message) override
    {
        conflictsAsked << message;
        if (conflictAnswer)
            return *conflictAnswer;
        return CaseEditor::askConflictResolution(message);
    }
};

// What a test saw of a message box it answered.
struct AnsweredBox
{
    bool answered = false;
    QString objectName;
    QString text;
    QString informativeText;
    QStringList buttons; // their labels, without the mnemonic '&'
};

// Clicks the button labelled `button` in the next modal message box, once the
// editor's exec() is running (the timer fires inside its event loop).
inline void answerNextMessageBox(const QString& button, AnsweredBox* seen, int attempts = 50)
{
    QTimer::singleShot(0, [=] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            if (attempts > 0)
                answerNextMessageBox(button, seen, attempts - 1);
            return;
        }
        seen->objectName = box->objectName();
        seen->text = box->text();
        seen->informativeText = box->informativeText();
        for (QAbstractButton* candidate : box->buttons())
            seen->buttons << candidate->text().remove(QLatin1Char('&'));
        for (QAbstractButton* candidate : box->buttons())
            if (candidate->text().remove(QLatin1Char('&')) == button) {
                seen->answered = true;
                candidate->click();
                return;
            }
    });
}

struct EditorFixture
{
    TempDir dir;
    std::unique_ptr<AppSession> session;
    QUndoStack undoStack;
    std::unique_ptr<TestEditor> editor;

    EditorFixture()
    {
        auto opened = AppSession::open(dir.path(QStringLiteral("register.rdk")),
                                       QStringLiteral("tester"), QDate(2024, 3, 1));
        if (!opened)
            FAIL(opened.error().message.toStdString());
        session = std::move(*opened);
        editor = std::make_unique<TestEditor>(session.get(), &undoStack);
        editor->resize(900, 700);
        editor->show();
    }

    Workspace& workspace() { return session->workspace(); }

    template <typename Widget>
    Widget* find(const QString& name)
    {
        auto* widget = editor->findChild<Widget*>(name);
        if (!widget)
            FAIL("no widget named " << name.toStdString());
        return widget;
    }

    // Replaces a line edit's text key by key, as typing does (textEdited fires).
    void type(const QString& name, const QString& text)
    {
        QLineEdit* edit = find<QLineEdit>(name);
        edit->setFocus();
        edit->selectAll();
        key(edit, Qt::Key_Backspace);
        for (QChar c : text) {
            QKeyEvent press(QEvent::KeyPress, c.toUpper().unicode(), Qt::NoModifier, QString(c));
            QApplication::sendEvent(edit, &press);
        }
        QApplication::processEvents();
    }

    static void key(QWidget* widget, Qt::Key code)
    {
        QKeyEvent press(QEvent::KeyPress, code, Qt::NoModifier);
        QApplication::sendEvent(widget, &press);
    }

    QString text(const QString& name) { return find<QLabel>(name)->text(); }
    QString shown(const QString& name)
    {
        return find<QLabel>(name)->isVisible() ? text(name) : QString();
    }
    QString field(const QString& name) { return find<QLineEdit>(name)->text(); }
    bool saveEnabled() { return find<QPushButton>(QStringLiteral("saveButton"))->isEnabled(); }

    Case storedCase(const QString& ref)
    {
        auto file = workspace().caseFile(ref);
        REQUIRE(file.ok());
        return file->kase;
    }

    // A case saved through the service, as another person would have.
    Case addCase(const QString& ref, const QDate& aware = QDate(2023, 12, 20))
    {
        Case kase;
        kase.ref = ref;
        kase.childId = QStringLiteral("A.B.");
        kase.aware = aware;
        kase.incident = aware.addDays(-1);
        kase.leadOfficer = QStringLiteral("R. Okafor");
        auto added = CaseService(workspace()).addCase(kase);
        REQUIRE(added.ok());
        REQUIRE(session->caseWritten(ref).ok());
        return *added;
    }
};

} // namespace reviewdesk::testing
