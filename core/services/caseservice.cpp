#include "services/caseservice.h"

#include "domain/childanswers.h"
#include "domain/json.h"
#include "domain/themes.h"
#include "services/validation.h"
#include "storage/caserepository.h"

namespace reviewdesk {
namespace {

// The case as it is stored, however its answers were typed: the reference
// without surrounding spaces, themes, age band and sex in their stored form.
void putInStoredForm(Case& kase)
{
    kase.ref = kase.ref.trimmed();
    kase.themes = canonicalThemes(kase.themes);
    kase.ageBand = canonicalAgeBand(kase.ageBand);
    kase.sex = canonicalSex(kase.sex);
}

Error duplicateRef(const QString& ref)
{
    return Error::invalid(QStringLiteral("a case with reference \"%1\" already exists").arg(ref),
                          QStringLiteral("ref"));
}

} // namespace

Result<Case> CaseService::addCase(Case draft)
{
    putInStoredForm(draft);
    if (draft.ruleSet.isEmpty()) {
        auto ruleSet = m_workspace.defaultRuleSet();
        if (!ruleSet)
            return ruleSet.error();
        draft.ruleSet = *ruleSet;
    }
    if (auto problem = firstProblem(problemsWith(draft)))
        return *problem;

    Transaction transaction(m_workspace.database());
    if (!transaction.began())
        return transaction.began().error();
    CaseRepository cases(m_workspace.database());
    auto existing = cases.findByRef(draft.ref);
    if (!existing)
        return existing.error();
    if (*existing)
        return duplicateRef(draft.ref);
    if (auto inserted = cases.insert(draft); !inserted)
        return inserted.error();
    if (auto audited = m_workspace.audit(
            draft.ref, QStringLiteral("case"), draft.id, QStringLiteral("create"),
            QStringLiteral("case %1 opened").arg(draft.ref), {}, json::toJson(draft));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return draft;
}

Result<Case> CaseService::updateCase(Case edited)
{
    putInStoredForm(edited);
    if (auto problem = firstProblem(problemsWith(edited)))
        return *problem;

    Transaction transaction(m_workspace.database());
    if (!transaction.began())
        return transaction.began().error();
    CaseRepository cases(m_workspace.database());
    auto stored = cases.findById(edited.id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return Error::notFound(QStringLiteral("case %1 no longer exists").arg(edited.ref));
    if (CaseRepository::refKey((*stored)->ref) != CaseRepository::refKey(edited.ref)) {
        auto clash = cases.findByRef(edited.ref);
        if (!clash)
            return clash.error();
        if (*clash)
            return duplicateRef(edited.ref);
    }
    // The reviews recorded so far must still fit the edited dates.
    auto file = m_workspace.caseFile((*stored)->ref);
    if (!file)
        return file.error();
    Problems later;
    if (file->rapidReview)
        later << problemsWith(*file->rapidReview, edited);
    if (file->practiceReview)
        later << problemsWith(*file->practiceReview, edited);
    if (auto problem = firstProblem(later))
        return *problem;

    const Case before = **stored;
    if (auto updated = cases.update(edited); !updated)
        return updated.error();
    if (auto audited = m_workspace.audit(edited.ref, QStringLiteral("case"), edited.id,
                                         QStringLiteral("update"),
                                         QStringLiteral("case %1 edited").arg(edited.ref),
                                         json::toJson(before), json::toJson(edited));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return edited;
}

Result<Case> CaseService::recordNotification(const QString& ref, const QDate& notified,
                                             const std::optional<QString>& panelRef)
{
    auto found = CaseRepository(m_workspace.database()).findByRef(ref);
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound(QStringLiteral("no case with reference \"%1\"").arg(ref));
    Case edited = **found;
    edited.notified = notified;
    if (panelRef)
        edited.panelRef = panelRef->trimmed();
    return updateCase(edited);
}

} // namespace reviewdesk
