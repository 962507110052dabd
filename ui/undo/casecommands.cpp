#include "undo/casecommands.h"

#include "domain/json.h"
#include "services/caseservice.h"
#include "services/reviewservice.h"

namespace reviewdesk::ui {
namespace {

// Two images of a record hold the same data whatever their versions.
template <typename Record>
bool sameData(const Record& left, const Record& right)
{
    QJsonObject a = json::toJson(left);
    QJsonObject b = json::toJson(right);
    a.remove(QStringLiteral("version"));
    b.remove(QStringLiteral("version"));
    return a == b;
}

Error changedSince(const QString& what)
{
    return Error::conflict(
        QStringLiteral("%1 was changed by someone else since; reload it to see their change")
            .arg(what));
}

// Writes `target` over the stored review when the stored review still holds
// `expected`, then refreshes the session's view of the case.
// `Slot` is how the case file holds the review: std::optional or BoxedOptional.
template <typename Review, typename Slot, typename Save>
Status saveReviewImage(AppSession& session, const QString& caseRef, Slot CaseRecord::*stored,
                       const Review& expected, Review target, const QString& what, Save save)
{
    auto file = session.workspace().caseRecord(caseRef);
    if (!file)
        return file.error();
    const Slot& current = (*file).*stored;
    if (!current || !sameData(*current, expected))
        return changedSince(what);
    target.id = current->id;
    target.version = current->version;
    auto saved = save(ReviewService(session.workspace()), target);
    if (!saved)
        return saved.error();
    return session.caseWritten(caseRef);
}

} // namespace

SaveCaseCommand::SaveCaseCommand(AppSession& session, Case before, Case after)
    : ServiceCommand(session, QStringLiteral("Edit case %1").arg(after.ref)),
      m_before(std::move(before)), m_after(std::move(after))
{}

Status SaveCaseCommand::apply(Direction direction)
{
    const Case& expected = direction == Direction::Undo ? m_after : m_before;
    Case target = direction == Direction::Undo ? m_before : m_after;
    auto file = session().workspace().caseFile(expected.ref);
    if (!file)
        return file.error();
    if (file->kase.id != expected.id || !sameData(file->kase, expected))
        return changedSince(QStringLiteral("case %1").arg(expected.ref));
    target.version = file->kase.version;
    auto saved = CaseService(session().workspace()).updateCase(target);
    if (!saved)
        return saved.error();
    return session().caseWritten(saved->ref);
}

SaveRapidReviewCommand::SaveRapidReviewCommand(AppSession& session, QString caseRef,
                                               RapidReview before, RapidReview after)
    : ServiceCommand(session, QStringLiteral("Edit the rapid review of %1").arg(caseRef)),
      m_caseRef(std::move(caseRef)), m_before(std::move(before)), m_after(std::move(after))
{}

Status SaveRapidReviewCommand::apply(Direction direction)
{
    const bool undo = direction == Direction::Undo;
    return saveReviewImage(session(), m_caseRef, &CaseRecord::rapidReview,
                           undo ? m_after : m_before, undo ? m_before : m_after,
                           QStringLiteral("the rapid review of %1").arg(m_caseRef),
                           [this](ReviewService service, const RapidReview& review) {
                               return service.saveRapidReview(m_caseRef, review);
                           });
}

SavePracticeReviewCommand::SavePracticeReviewCommand(AppSession& session, QString caseRef,
                                                     PracticeReview before, PracticeReview after)
    : ServiceCommand(session, QStringLiteral("Edit the practice review of %1").arg(caseRef)),
      m_caseRef(std::move(caseRef)), m_before(std::move(before)), m_after(std::move(after))
{}

Status SavePracticeReviewCommand::apply(Direction direction)
{
    const bool undo = direction == Direction::Undo;
    return saveReviewImage(session(), m_caseRef, &CaseRecord::practiceReview,
                           undo ? m_after : m_before, undo ? m_before : m_after,
                           QStringLiteral("the practice review of %1").arg(m_caseRef),
                           [this](ReviewService service, const PracticeReview& review) {
                               return service.savePracticeReview(m_caseRef, review);
                           });
}

} // namespace reviewdesk::ui
