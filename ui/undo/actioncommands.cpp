#include "undo/actioncommands.h"

#include "services/actionservice.h"

namespace reviewdesk::ui {
namespace {

QString caseRefOf(const AppSession& session, RecordId caseId)
{
    const qsizetype index = session.snapshot().indexOf(caseId);
    return index < 0 ? QString() : session.snapshot().entries().at(index).file.kase.ref;
}

} // namespace

SaveActionCommand::SaveActionCommand(AppSession& session, Action before, Action after,
                                     const QString& text)
    : ServiceCommand(session,
                     text.isEmpty() ? QStringLiteral("Edit action %1").arg(after.id) : text),
      m_before(std::move(before)), m_after(std::move(after)),
      m_caseRef(caseRefOf(session, m_after.caseId)), m_currentVersion(m_after.version)
{}

Status SaveActionCommand::apply(Direction direction)
{
    Action image = direction == Direction::Undo ? m_before : m_after;
    image.version = m_currentVersion;
    auto saved = ActionService(session().workspace()).updateAction(image);
    if (!saved)
        return saved.error();
    m_currentVersion = saved->version;
    if (m_caseRef.isEmpty())
        return session().reload();
    return session().caseWritten(m_caseRef);
}

} // namespace reviewdesk::ui
