#include "io/caseimporter.h"

#include "domain/json.h"
#include "io/importcommit.h"
#include "schedule/milestoneplan.h"
#include "services/validation.h"
#include "storage/caserepository.h"
#include "storage/reviewrepository.h"
#include "util/counted.h"
#include "util/isodate.h"

#include <utility>

namespace reviewdesk::io {
namespace {

// The milestones the file lists for the review, or, when it lists none (a
// partnership's own tracker), the template's plan as the review service makes it.
Status insertMilestones(ReviewRepository& reviews, const CaseFile& file, MilestoneOwner owner,
                        const DeadlineEngine& engine)
{
    const RecordId reviewId =
        owner == MilestoneOwner::RapidReview ? file.rapidReview->id : file.practiceReview->id;
    QList<Milestone> milestones;
    for (const Milestone& listed : file.milestones)
        if (listed.owner == owner)
            milestones << listed;
    if (file.milestones.isEmpty())
        milestones = plannedMilestones(file, owner, engine);
    for (Milestone& milestone : milestones) {
        milestone.reviewId = reviewId;
        if (auto inserted = reviews.insert(milestone, file.kase.id); !inserted)
            return inserted;
    }
    return success();
}

Status insertExtensions(Workspace& workspace, ReviewRepository& reviews, CaseFile& file,
                        const DeadlineEngine& engine)
{
    const QList<Extension> listed = std::exchange(file.extensions, {});
    for (Extension extension : listed) {
        if (file.practiceReview->type != PracticeReviewType::Lcspr)
            return Error::invalid(QStringLiteral("only an LCSPR can be extended"),
                                  QStringLiteral("review_extensions"));
        const QDate currentDue = *engine.publicationDue(file);
        if (auto problem = firstProblem(problemsWith(extension, *file.practiceReview, currentDue)))
            return Error::invalid(problem->message, QStringLiteral("review_extensions"));
        extension.practiceReviewId = file.practiceReview->id;
        if (auto inserted = reviews.insert(extension); !inserted)
            return inserted;
        if (auto audited = workspace.audit(
                file.kase.ref, QStringLiteral("extension"), extension.id, QStringLiteral("create"),
                QStringLiteral("LCSPR publication of %1 extended from %2 to %3 (imported)")
                    .arg(file.kase.ref, toIso(currentDue), toIso(extension.newDue)),
                {{QStringLiteral("due"), toIso(currentDue)}}, json::toJson(extension));
            !audited)
            return audited;
        file.extensions << extension;
    }
    return success();
}

Error atLine(int line, const Error& error)
{
    const QString where = error.field.isEmpty()
                              ? QStringLiteral("line %1").arg(line)
                              : QStringLiteral("line %1: column %2").arg(line).arg(error.field);
    return Error{error.kind, QStringLiteral("%1: %2").arg(where, error.message), error.field};
}

Status writeRow(Workspace& workspace, ImportRow row, const QString& defaultRules,
                const DeadlineEngine& engine, const QString& source)
{
    CaseFile& file = row.file;
    Case& kase = file.kase;
    if (!row.ruleSetGiven)
        kase.ruleSet = defaultRules;
    CaseRepository cases(workspace.database());
    auto existing = cases.findByRef(kase.ref);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error::invalid(
            QStringLiteral("a case with reference %1 was added to the register meanwhile")
                .arg(kase.ref),
            QStringLiteral("ref"));
    if (auto inserted = cases.insert(kase); !inserted)
        return inserted;
    if (auto audited =
            workspace.audit(kase.ref, QStringLiteral("case"), kase.id, QStringLiteral("create"),
                            QStringLiteral("case %1 imported from %2").arg(kase.ref, source), {},
                            json::toJson(kase));
        !audited)
        return audited;

    ReviewRepository reviews(workspace.database());
    if (file.rapidReview) {
        file.rapidReview->caseId = kase.id;
        if (auto inserted = reviews.insert(*file.rapidReview); !inserted)
            return inserted;
        if (auto planned = insertMilestones(reviews, file, MilestoneOwner::RapidReview, engine);
            !planned)
            return planned;
        if (auto audited = workspace.audit(
                kase.ref, QStringLiteral("rapid-review"), file.rapidReview->id,
                QStringLiteral("create"),
                QStringLiteral("rapid review of %1 imported from %2").arg(kase.ref, source), {},
                json::toJson(*file.rapidReview));
            !audited)
            return audited;
    }
    if (file.practiceReview) {
        file.practiceReview->caseId = kase.id;
        if (auto inserted = reviews.insert(*file.practiceReview); !inserted)
            return inserted;
        if (auto planned = insertMilestones(reviews, file, MilestoneOwner::PracticeReview, engine);
            !planned)
            return planned;
        if (auto audited = workspace.audit(
                kase.ref, QStringLiteral("practice-review"), file.practiceReview->id,
                QStringLiteral("create"),
                QStringLiteral("%1 of %2 imported from %3")
                    .arg(nameOf(file.practiceReview->type).toUpper(), kase.ref, source),
                {}, json::toJson(*file.practiceReview));
            !audited)
            return audited;
        if (auto extended = insertExtensions(workspace, reviews, file, engine); !extended)
            return extended;
    }
    return success();
}

} // namespace

Result<CaseImportPlan> planCaseImport(Workspace& workspace, QByteArrayView bytes,
                                      const ColumnMapping& mapping)
{
    auto cases = CaseRepository(workspace.database()).all();
    if (!cases)
        return cases.error();
    QSet<QString> existing;
    existing.reserve(cases->size());
    for (const Case& kase : *cases)
        existing.insert(CaseRepository::refKey(kase.ref));
    return planCaseImport(bytes, mapping, existing);
}

Result<int> importCases(Workspace& workspace, const CaseImportPlan& plan, const QString& source)
{
    if (!plan.problems.isEmpty())
        return problemsRefusal(plan.problems.size());
    if (plan.rows.isEmpty())
        return Error::invalid(QStringLiteral("the file has no cases; nothing was imported"));
    auto defaultRules = workspace.defaultRuleSet();
    if (!defaultRules)
        return defaultRules.error();
    auto engine = workspace.planningEngine();
    if (!engine)
        return engine.error();

    Transaction transaction(workspace.database());
    if (!transaction.began())
        return transaction.began().error();
    for (const ImportRow& row : plan.rows)
        if (auto written = writeRow(workspace, row, *defaultRules, *engine, source); !written)
            return atLine(row.line, written.error());
    return commitImport(workspace, transaction, plan.rows.size(), casesText, source);
}

} // namespace reviewdesk::io
