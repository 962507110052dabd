#include "services/actionservice.h"

#include "domain/json.h"
#include "services/validation.h"
#include "storage/actionrepository.h"
#include "storage/caserepository.h"
#include "util/isodate.h"

namespace reviewdesk {
namespace {

// Resolves the owner's name to its agency, creating it (and auditing that) when new.
Status resolveOwner(Workspace& workspace, Action& action)
{
    bool created = false;
    auto agency = ActionRepository(workspace.database())
                      .findOrCreateAgency(action.ownerAgency, AgencyCategory::Other, &created);
    if (!agency)
        return agency.error();
    action.ownerAgencyId = agency->id;
    action.ownerAgency = agency->name;
    if (created)
        return workspace.audit({}, QStringLiteral("agency"), agency->id, QStringLiteral("create"),
                               QStringLiteral("agency \"%1\" added").arg(agency->name), {},
                               json::toJson(*agency));
    return success();
}

Result<Case> caseOf(Workspace& workspace, RecordId caseId)
{
    auto kase = CaseRepository(workspace.database()).findById(caseId);
    if (!kase)
        return kase.error();
    if (!*kase)
        return Error::notFound(QStringLiteral("the action's case no longer exists"));
    return **kase;
}

} // namespace

Result<Action> ActionService::addAction(const QString& caseRef, Action action)
{
    action.recommendation = action.recommendation.trimmed();
    Transaction transaction(m_workspace.database());
    if (!transaction.began())
        return transaction.began().error();
    auto kase = CaseRepository(m_workspace.database()).findByRef(caseRef);
    if (!kase)
        return kase.error();
    if (!*kase)
        return Error::notFound(QStringLiteral("no case with reference \"%1\"").arg(caseRef));
    action.caseId = (*kase)->id;
    if (auto problem = firstProblem(problemsWith(action, **kase)))
        return *problem;
    if (auto owner = resolveOwner(m_workspace, action); !owner)
        return owner.error();
    if (auto inserted = ActionRepository(m_workspace.database()).insert(action); !inserted)
        return inserted.error();
    if (auto audited = m_workspace.audit(
            (*kase)->ref, QStringLiteral("action"), action.id, QStringLiteral("create"),
            QStringLiteral("action %1 for %2 added (owner %3, due %4)")
                .arg(action.id)
                .arg((*kase)->ref, action.ownerAgency, toIso(action.due)),
            {}, json::toJson(action));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return action;
}

Result<Action> ActionService::updateAction(Action action)
{
    Transaction transaction(m_workspace.database());
    if (!transaction.began())
        return transaction.began().error();
    ActionRepository actions(m_workspace.database());
    auto stored = actions.findById(action.id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return Error::notFound(QStringLiteral("no action with id %1").arg(action.id));
    auto kase = caseOf(m_workspace, (*stored)->caseId);
    if (!kase)
        return kase.error();
    action.caseId = kase->id;
    if (auto problem = firstProblem(problemsWith(action, *kase)))
        return *problem;
    if (auto owner = resolveOwner(m_workspace, action); !owner)
        return owner.error();
    if (auto updated = actions.update(action); !updated)
        return updated.error();
    if (auto audited = m_workspace.audit(
            kase->ref, QStringLiteral("action"), action.id, QStringLiteral("update"),
            QStringLiteral("action %1 of %2 updated").arg(action.id).arg(kase->ref),
            json::toJson(**stored), json::toJson(action));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return action;
}

Result<Action> ActionService::completeAction(RecordId id, const QDate& closed,
                                             const QString& evidence)
{
    auto stored = ActionRepository(m_workspace.database()).findById(id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return Error::notFound(QStringLiteral("no action with id %1").arg(id));
    if (isClosed((*stored)->status))
        return Error::invalid(QStringLiteral("action %1 is already complete (closed %2)")
                                  .arg(id)
                                  .arg(toIso((*stored)->closed)));
    Action action = **stored;
    action.status = ActionStatus::Complete;
    action.closed = closed;
    if (!evidence.trimmed().isEmpty())
        action.evidence = evidence.trimmed();
    return updateAction(action);
}

} // namespace reviewdesk
