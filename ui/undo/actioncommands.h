// SaveActionCommand: one undoable save of a learning action (an edit or a
// completion). The page saves through ActionService first and pushes this with
// the images from before and after; undo saves `before` over the version this
// command last wrote, redo saves `after` again. If someone else has saved the
// action in between, the service refuses the stale version and ServiceCommand
// reports it: their edit is never overwritten.
#pragma once

#include "domain/action.h"
#include "undo/servicecommand.h"

namespace reviewdesk::ui {

class SaveActionCommand : public ServiceCommand
{
public:
    // `after` is the action as the service saved it (with its new version).
    SaveActionCommand(AppSession& session, Action before, Action after, const QString& text = {});

    const Action& before() const { return m_before; }
    const Action& after() const { return m_after; }

protected:
    Status apply(Direction direction) override;

private:
    Action m_before;
    Action m_after;
    QString m_caseRef;
    int m_currentVersion; // the version stored by this command's last save
};

} // namespace reviewdesk::ui
