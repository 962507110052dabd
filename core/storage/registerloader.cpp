#include "storage/registerloader.h"

#include "storage/actionrepository.h"
#include "storage/caserepository.h"
#include "storage/reviewrepository.h"
#include "storage/sqlvalues.h"

#include <QHash>

namespace reviewdesk {
namespace {

// Runs `select` and hands each row to `consume`.
template <typename Consume>
Status forEachRow(Database& database, const QString& select, Consume consume)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(select);
    if (auto ran = sql::run(query, "read the register"); !ran)
        return ran;
    while (query.next())
        consume(query);
    return success();
}

} // namespace

Result<QList<CaseFile>> loadRegister(Database& database)
{
    // One snapshot: every table read in the same transaction, so a writer
    // in another process cannot slip in between two of the queries.
    if (auto began = database.execute(QStringLiteral("BEGIN")); !began)
        return began.error();
    struct EndRead
    {
        Database& db;
        ~EndRead() { (void)db.execute(QStringLiteral("COMMIT")); }
    } endRead{database};

    QList<CaseFile> files;
    QHash<RecordId, qsizetype> indexOfCase;
    QHash<RecordId, qsizetype> indexOfPracticeReview;
    // Sized up front: growing a list of 50,000 case files copies them many times.
    auto status = forEachRow(database, QStringLiteral("SELECT count(*) FROM cases"),
                             [&](const QSqlQuery& row) {
                                 const auto count = row.value(0).toLongLong();
                                 files.reserve(count);
                                 indexOfCase.reserve(count);
                             });
    if (!status)
        return status.error();

    status = forEachRow(database,
                        QStringLiteral("SELECT %1 FROM cases ORDER BY aware_date, ref")
                            .arg(CaseRepository::columns()),
                        [&](const QSqlQuery& row) {
                            CaseFile file;
                            file.kase = CaseRepository::read(row);
                            indexOfCase.insert(file.kase.id, files.size());
                            files.append(std::move(file));
                        });
    if (!status)
        return status.error();

    status = forEachRow(
        database,
        QStringLiteral("SELECT %1 FROM rapid_reviews").arg(ReviewRepository::rapidReviewColumns()),
        [&](const QSqlQuery& row) {
            RapidReview review = ReviewRepository::readRapidReview(row);
            if (auto at = indexOfCase.constFind(review.caseId); at != indexOfCase.cend())
                files[*at].rapidReview = review;
        });
    if (!status)
        return status.error();

    status = forEachRow(database,
                        QStringLiteral("SELECT %1 FROM practice_reviews")
                            .arg(ReviewRepository::practiceReviewColumns()),
                        [&](const QSqlQuery& row) {
                            PracticeReview review = ReviewRepository::readPracticeReview(row);
                            if (auto at = indexOfCase.constFind(review.caseId);
                                at != indexOfCase.cend()) {
                                indexOfPracticeReview.insert(review.id, *at);
                                files[*at].practiceReview = review;
                            }
                        });
    if (!status)
        return status.error();

    status =
        forEachRow(database,
                   QStringLiteral("SELECT %1 FROM extensions ORDER BY id")
                       .arg(ReviewRepository::extensionColumns()),
                   [&](const QSqlQuery& row) {
                       Extension extension = ReviewRepository::readExtension(row);
                       if (auto at = indexOfPracticeReview.constFind(extension.practiceReviewId);
                           at != indexOfPracticeReview.cend())
                           files[*at].extensions.append(extension);
                   });
    if (!status)
        return status.error();

    status =
        forEachRow(database,
                   QStringLiteral("SELECT case_id, %1 FROM milestones ORDER BY case_id, owner "
                                  "DESC, position")
                       .arg(ReviewRepository::milestoneColumns()),
                   [&](const QSqlQuery& row) {
                       const RecordId caseId = row.value(0).toLongLong();
                       if (auto at = indexOfCase.constFind(caseId); at != indexOfCase.cend())
                           files[*at].milestones.append(ReviewRepository::readMilestone(row, 1));
                   });
    if (!status)
        return status.error();

    status =
        forEachRow(database,
                   QStringLiteral("SELECT %1 FROM %2 ORDER BY a.id")
                       .arg(ActionRepository::columns(), ActionRepository::fromClause()),
                   [&](const QSqlQuery& row) {
                       Action action = ActionRepository::read(row);
                       if (auto at = indexOfCase.constFind(action.caseId); at != indexOfCase.cend())
                           files[*at].actions.append(action);
                   });
    if (!status)
        return status.error();
    return files;
}

} // namespace reviewdesk
