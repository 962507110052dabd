#include "services/reviewservice.h"

#include "domain/json.h"
#include "schedule/milestoneplan.h"
#include "services/validation.h"
#include "storage/reviewrepository.h"
#include "util/isodate.h"

namespace reviewdesk {

Status ReviewService::addPlannedMilestones(const QString& ref, MilestoneOwner owner)
{
    auto file = m_workspace.caseFile(ref);
    if (!file)
        return file.error();
    auto engine = m_workspace.planningEngine();
    if (!engine)
        return engine.error();
    ReviewRepository reviews(m_workspace.database());
    for (Milestone& milestone : plannedMilestones(*file, owner, *engine))
        if (auto inserted = reviews.insert(milestone, file->kase.id); !inserted)
            return inserted;
    return success();
}

// Both reviews save the same way: validate against the case, create (with the
// template's milestones) or update with the version check, audit, commit.
template <typename Review, typename Slot>
Result<Review> ReviewService::saveReview(const QString& ref, Review review,
                                         Slot CaseRecord::*stored, const ReviewKind& kind)
{
    Transaction transaction(m_workspace.database());
    if (!transaction.began())
        return transaction.began().error();
    auto file = m_workspace.caseRecord(ref);
    if (!file)
        return file.error();
    review.caseId = file->kase.id;
    if (auto problem = firstProblem(problemsWith(review, file->kase)))
        return *problem;

    const Slot& before = (*file).*stored;
    const bool creating = !before;
    if (creating && review.id != 0)
        return Error::notFound(QStringLiteral("the %1 of %2 no longer exists").arg(kind.name, ref));
    // A new review where one now exists: someone else recorded it meanwhile.
    // Saving over it would silently replace their work.
    if (!creating && review.id == 0)
        return Error::conflict(QStringLiteral("the %1 of %2 was recorded by someone else since you "
                                              "opened it; reload the case and make your change "
                                              "again")
                                   .arg(kind.name, ref));
    ReviewRepository reviews(m_workspace.database());
    auto saved = creating ? reviews.insert(review) : reviews.update(review);
    if (!saved)
        return saved.error();
    if (creating)
        if (auto planned = addPlannedMilestones(ref, kind.milestones); !planned)
            return planned.error();
    const QString summary = creating ? QStringLiteral("%1 of %2 recorded").arg(kind.name, ref)
                                     : QStringLiteral("%1 of %2 updated").arg(kind.name, ref);
    if (auto audited = m_workspace.audit(
            file->kase.ref, kind.entity, review.id,
            creating ? QStringLiteral("create") : QStringLiteral("update"), summary,
            creating ? QJsonObject{} : json::toJson(*before), json::toJson(review));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return review;
}

Result<RapidReview> ReviewService::saveRapidReview(const QString& ref, RapidReview review)
{
    static const ReviewKind kind{QStringLiteral("rapid review"), QStringLiteral("rapid-review"),
                                 MilestoneOwner::RapidReview};
    return saveReview(ref, std::move(review), &CaseRecord::rapidReview, kind);
}

Result<PracticeReview> ReviewService::savePracticeReview(const QString& ref, PracticeReview review)
{
    const ReviewKind kind{nameOf(review.type).toUpper(), QStringLiteral("practice-review"),
                          MilestoneOwner::PracticeReview};
    return saveReview(ref, std::move(review), &CaseRecord::practiceReview, kind);
}

Result<Extension> ReviewService::extend(const QString& ref, Extension extension)
{
    if (extension.reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("an extension needs a reason"),
                              QStringLiteral("reason"));
    Transaction transaction(m_workspace.database());
    if (!transaction.began())
        return transaction.began().error();
    auto file = m_workspace.caseFile(ref);
    if (!file)
        return file.error();
    if (!file->practiceReview || file->practiceReview->type != PracticeReviewType::Lcspr)
        return Error::invalid(
            QStringLiteral("case %1 has no LCSPR to extend; record the decision first").arg(ref));
    auto engine = m_workspace.planningEngine();
    if (!engine)
        return engine.error();
    const QDate currentDue = *engine->publicationDue(*file);
    if (auto problem = firstProblem(problemsWith(extension, *file->practiceReview, currentDue)))
        return *problem;
    extension.practiceReviewId = file->practiceReview->id;
    extension.reason = extension.reason.trimmed();
    if (auto inserted = ReviewRepository(m_workspace.database()).insert(extension); !inserted)
        return inserted.error();
    if (auto audited = m_workspace.audit(
            file->kase.ref, QStringLiteral("extension"), extension.id, QStringLiteral("create"),
            QStringLiteral("LCSPR publication of %1 extended from %2 to %3")
                .arg(file->kase.ref, toIso(currentDue), toIso(extension.newDue)),
            {{QStringLiteral("due"), toIso(currentDue)}}, json::toJson(extension));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return extension;
}

Result<Milestone> ReviewService::saveMilestone(const QString& ref, Milestone milestone)
{
    Transaction transaction(m_workspace.database());
    if (!transaction.began())
        return transaction.began().error();
    auto file = m_workspace.caseFile(ref);
    if (!file)
        return file.error();
    const Milestone* stored = nullptr;
    for (const Milestone& candidate : file->milestones)
        if (candidate.id == milestone.id)
            stored = &candidate;
    if (!stored)
        return Error::notFound(
            QStringLiteral("case %1 has no milestone %2").arg(ref).arg(milestone.id));
    if (milestone.name.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("a milestone needs a name"), QStringLiteral("name"));
    if (!milestone.due.isValid())
        return Error::invalid(QStringLiteral("a milestone needs a due date"),
                              QStringLiteral("due"));
    if (milestone.done && *milestone.done < file->kase.aware)
        return Error::invalid(QStringLiteral("a milestone cannot be done before the aware date %1")
                                  .arg(toIso(file->kase.aware)),
                              QStringLiteral("done"));
    const Milestone before = *stored;
    if (auto updated = ReviewRepository(m_workspace.database()).update(milestone); !updated)
        return updated.error();
    if (auto audited = m_workspace.audit(
            file->kase.ref, QStringLiteral("milestone"), milestone.id, QStringLiteral("update"),
            QStringLiteral("milestone \"%1\" of %2 updated").arg(milestone.name, file->kase.ref),
            json::toJson(before), json::toJson(milestone));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return milestone;
}

} // namespace reviewdesk
