#include "session/appsession.h"

namespace reviewdesk::ui {

AppSession::AppSession(std::unique_ptr<Workspace> workspace, RegisterSnapshot snapshot)
    : m_workspace(std::move(workspace)), m_snapshot(std::move(snapshot))
{}

Result<std::unique_ptr<AppSession>> AppSession::open(const QString& path, const QString& actor,
                                                     const QDate& today)
{
    // The damage check runs while the register loads; load() waits for it.
    auto workspace = Workspace::open(path, actor, Database::OpenCheck::WhileLoading);
    if (!workspace)
        return workspace.error();
    auto snapshot = RegisterSnapshot::load(**workspace, today);
    if (!snapshot)
        return snapshot.error();
    return std::unique_ptr<AppSession>(new AppSession(std::move(*workspace), std::move(*snapshot)));
}

Status AppSession::reload()
{
    return reload(today());
}

Status AppSession::reload(const QDate& asOf)
{
    m_workspace->forgetCalendar();
    auto snapshot = RegisterSnapshot::load(*m_workspace, asOf);
    if (!snapshot)
        return snapshot.error();
    m_snapshot = std::move(*snapshot);
    emit registerReset();
    return success();
}

Status AppSession::caseWritten(const QString& ref)
{
    bool added = false;
    auto index = m_snapshot->refresh(*m_workspace, ref, &added);
    if (!index)
        return index.error();
    if (added)
        emit caseAdded(*index);
    else
        emit caseChanged(*index);
    return success();
}

} // namespace reviewdesk::ui
