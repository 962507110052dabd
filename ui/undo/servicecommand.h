// ServiceCommand: an undoable edit that went through a core service. The first
// save happens before the command is pushed (so a refused save never reaches
// the stack); the command then redoes and undoes by saving the "after" or
// "before" image over whatever version is current. A failure on undo or redo
// (the record was changed by someone else since) is reported through the
// session and makes the command obsolete, never a silent overwrite.
#pragma once

#include "session/appsession.h"

#include <QUndoCommand>

namespace reviewdesk::ui {

class ServiceCommand : public QUndoCommand
{
public:
    ServiceCommand(AppSession& session, const QString& text)
        : QUndoCommand(text), m_session(session)
    {}

    void redo() override
    {
        if (m_alreadyApplied) {
            m_alreadyApplied = false; // the save was made before the push
            return;
        }
        report(apply(Direction::Redo));
    }
    void undo() override { report(apply(Direction::Undo)); }

protected:
    enum class Direction
    {
        Undo,
        Redo
    };
    // Saves the before (Undo) or after (Redo) image through a service.
    virtual Status apply(Direction direction) = 0;

    AppSession& session() { return m_session; }

private:
    void report(const Status& status)
    {
        if (status)
            return;
        setObsolete(true);
        emit m_session.errorOccurred(
            QStringLiteral("Could not %1 \"%2\": %3")
                .arg(QStringLiteral("undo or redo"), text(), status.error().message));
    }

    AppSession& m_session;
    bool m_alreadyApplied = true;
};

} // namespace reviewdesk::ui
