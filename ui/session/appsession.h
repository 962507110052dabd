// AppSession: the open file as the desktop application sees it: the
// workspace, the register snapshot as of today, and signals when either
// changes, so every view stays in step after a save, an undo or a reload.
#pragma once

#include "services/registersnapshot.h"
#include "services/workspace.h"

#include <QObject>

#include <memory>

namespace reviewdesk::ui {

class AppSession : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<AppSession>> open(const QString& path, const QString& actor,
                                                    const QDate& today);

    Workspace& workspace() { return *m_workspace; }
    const RegisterSnapshot& snapshot() const { return *m_snapshot; }
    const QString& path() const { return m_workspace->database().path(); }
    QDate today() const { return m_snapshot->asOf(); }

    // Re-reads everything (after settings that change every deadline).
    Status reload();
    // Re-reads everything as of another day: the calendar day has turned
    // while the file was open. Nothing changes if it cannot be read.
    Status reload(const QDate& asOf);
    // Re-reads one case after a write to it.
    Status caseWritten(const QString& ref);
    // Agencies, people, meetings or settings changed.
    void notifyDirectoryChanged() { emit directoryChanged(); }

signals:
    void registerReset();
    void caseChanged(qsizetype index);
    void caseAdded(qsizetype index);
    void directoryChanged();
    // A background failure the user must hear about (an undo refused...).
    void errorOccurred(const QString& message);

private:
    AppSession(std::unique_ptr<Workspace> workspace, RegisterSnapshot snapshot);

    std::unique_ptr<Workspace> m_workspace;
    std::optional<RegisterSnapshot> m_snapshot;
};

} // namespace reviewdesk::ui
