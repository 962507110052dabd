#include "storage/reviewrepository.h"

#include "storage/sqlitereader.h"
#include "storage/sqlrow.h"
#include "storage/sqlvalues.h"

namespace reviewdesk {
namespace {

Error staleRecord(const QString& what)
{
    return Error::conflict(
        QStringLiteral("the %1 was changed by someone else since you opened it; reload it and "
                       "make your change again")
            .arg(what));
}

void bindRapidReview(QSqlQuery& query, const RapidReview& review)
{
    query.bindValue(QStringLiteral(":case_id"), review.caseId);
    query.bindValue(QStringLiteral(":started"), sql::date(review.started));
    query.bindValue(QStringLiteral(":meeting"), sql::date(review.meeting));
    query.bindValue(QStringLiteral(":completed"), sql::date(review.completed));
    query.bindValue(QStringLiteral(":sent"), sql::date(review.sent));
    query.bindValue(QStringLiteral(":decision"), sql::name(review.decision));
    query.bindValue(QStringLiteral(":rationale"), sql::text(review.rationale));
    query.bindValue(QStringLiteral(":panel_response"), sql::name(review.panelResponse));
    query.bindValue(QStringLiteral(":panel_response_date"), sql::date(review.panelResponseDate));
}

void bindPracticeReview(QSqlQuery& query, const PracticeReview& review)
{
    query.bindValue(QStringLiteral(":case_id"), review.caseId);
    query.bindValue(QStringLiteral(":type"), sql::name(review.type));
    query.bindValue(QStringLiteral(":decided"), sql::date(review.decided));
    query.bindValue(QStringLiteral(":reviewer"), sql::text(review.reviewer));
    query.bindValue(QStringLiteral(":method"), sql::text(review.method));
    query.bindValue(QStringLiteral(":terms_of_reference"), sql::date(review.termsOfReference));
    query.bindValue(QStringLiteral(":planned_publication"), sql::date(review.plannedPublication));
    query.bindValue(QStringLiteral(":sent"), sql::date(review.sent));
    query.bindValue(QStringLiteral(":published"), sql::date(review.published));
    query.bindValue(QStringLiteral(":link"), sql::text(review.link));
}

} // namespace

QString ReviewRepository::rapidReviewColumns()
{
    return QStringLiteral("id, case_id, started, meeting, completed, sent, decision, rationale, "
                          "panel_response, panel_response_date, version");
}

RapidReview ReviewRepository::readRapidReview(const QSqlQuery& query, int first)
{
    return readRapidReviewRow(sql::QueryRow(query), first);
}

template <typename Row>
RapidReview ReviewRepository::readRapidReviewRow(const Row& row, int first)
{
    RapidReview review;
    int c = first;
    review.id = row.integer(c++);
    review.caseId = row.integer(c++);
    review.started = row.optionalDate(c++);
    review.meeting = row.optionalDate(c++);
    review.completed = row.optionalDate(c++);
    review.sent = row.optionalDate(c++);
    review.decision = sql::optionalEnumAt<RapidReviewDecision>(row, c++);
    review.rationale = row.text(c++);
    review.panelResponse = sql::optionalEnumAt<PanelResponse>(row, c++);
    review.panelResponseDate = row.optionalDate(c++);
    review.version = int(row.integer(c++));
    return review;
}

template RapidReview ReviewRepository::readRapidReviewRow(const sql::QueryRow&, int);
template RapidReview ReviewRepository::readRapidReviewRow(const sql::SqliteRow&, int);

QString ReviewRepository::practiceReviewColumns()
{
    return QStringLiteral("id, case_id, type, decided, reviewer, method, terms_of_reference, "
                          "planned_publication, sent, published, link, version");
}

PracticeReview ReviewRepository::readPracticeReview(const QSqlQuery& query, int first)
{
    return readPracticeReviewRow(sql::QueryRow(query), first);
}

template <typename Row>
PracticeReview ReviewRepository::readPracticeReviewRow(const Row& row, int first)
{
    PracticeReview review;
    int c = first;
    review.id = row.integer(c++);
    review.caseId = row.integer(c++);
    review.type = sql::enumAt(row, c++, PracticeReviewType::Lcspr);
    review.decided = row.date(c++);
    review.reviewer = row.sharedText(c++);
    review.method = row.sharedText(c++);
    review.termsOfReference = row.optionalDate(c++);
    review.plannedPublication = row.optionalDate(c++);
    review.sent = row.optionalDate(c++);
    review.published = row.optionalDate(c++);
    review.link = row.text(c++);
    review.version = int(row.integer(c++));
    return review;
}

template PracticeReview ReviewRepository::readPracticeReviewRow(const sql::QueryRow&, int);
template PracticeReview ReviewRepository::readPracticeReviewRow(const sql::SqliteRow&, int);

QString ReviewRepository::extensionColumns()
{
    return QStringLiteral("id, practice_review_id, new_due, reason, agreed_by, agreed_on, version");
}

Extension ReviewRepository::readExtension(const QSqlQuery& query, int first)
{
    return readExtensionRow(sql::QueryRow(query), first);
}

template <typename Row>
Extension ReviewRepository::readExtensionRow(const Row& row, int first)
{
    Extension extension;
    int c = first;
    extension.id = row.integer(c++);
    extension.practiceReviewId = row.integer(c++);
    extension.newDue = row.date(c++);
    extension.reason = row.text(c++);
    extension.agreedBy = row.sharedText(c++);
    extension.agreedOn = row.optionalDate(c++);
    extension.version = int(row.integer(c++));
    return extension;
}

template Extension ReviewRepository::readExtensionRow(const sql::QueryRow&, int);
template Extension ReviewRepository::readExtensionRow(const sql::SqliteRow&, int);

QString ReviewRepository::milestoneColumns()
{
    return QStringLiteral("id, owner, review_id, name, due, done, position, version");
}

Milestone ReviewRepository::readMilestone(const QSqlQuery& query, int first)
{
    return readMilestoneRow(sql::QueryRow(query), first);
}

template <typename Row>
Milestone ReviewRepository::readMilestoneRow(const Row& row, int first)
{
    Milestone milestone;
    int c = first;
    milestone.id = row.integer(c++);
    milestone.owner = sql::enumAt(row, c++, MilestoneOwner::RapidReview);
    milestone.reviewId = row.integer(c++);
    milestone.name = row.sharedText(c++);
    milestone.due = row.date(c++);
    milestone.done = row.optionalDate(c++);
    milestone.position = int(row.integer(c++));
    milestone.version = int(row.integer(c++));
    return milestone;
}

template Milestone ReviewRepository::readMilestoneRow(const sql::QueryRow&, int);
template Milestone ReviewRepository::readMilestoneRow(const sql::SqliteRow&, int);

Result<std::optional<RapidReview>> ReviewRepository::rapidReviewOf(RecordId caseId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM rapid_reviews WHERE case_id = ?").arg(rapidReviewColumns()));
    query.addBindValue(caseId);
    if (auto ran = sql::run(query, "read the rapid review"); !ran)
        return ran.error();
    if (!query.next())
        return std::optional<RapidReview>{};
    return std::optional<RapidReview>{readRapidReview(query)};
}

Status ReviewRepository::insert(RapidReview& review)
{
    auto prepared = m_database.preparedStatement(QStringLiteral(
        "INSERT INTO rapid_reviews (case_id, started, meeting, completed, sent, decision, "
        "rationale, panel_response, panel_response_date) VALUES (:case_id, :started, :meeting, "
        ":completed, :sent, :decision, :rationale, :panel_response, :panel_response_date)"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& query = **prepared;
    bindRapidReview(query, review);
    if (auto ran = sql::run(query, "add the rapid review"); !ran)
        return ran;
    review.id = query.lastInsertId().toLongLong();
    review.version = 1;
    return success();
}

Status ReviewRepository::update(RapidReview& review)
{
    auto prepared = m_database.preparedStatement(QStringLiteral(
        "UPDATE rapid_reviews SET case_id = :case_id, started = :started, meeting = :meeting, "
        "completed = :completed, sent = :sent, decision = :decision, rationale = :rationale, "
        "panel_response = :panel_response, panel_response_date = :panel_response_date, "
        "version = version + 1 WHERE id = :id AND version = :version"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& query = **prepared;
    bindRapidReview(query, review);
    query.bindValue(QStringLiteral(":id"), review.id);
    query.bindValue(QStringLiteral(":version"), review.version);
    if (auto ran = sql::run(query, "save the rapid review"); !ran)
        return ran;
    if (query.numRowsAffected() != 1)
        return staleRecord(QStringLiteral("rapid review"));
    ++review.version;
    return success();
}

Result<std::optional<PracticeReview>> ReviewRepository::practiceReviewOf(RecordId caseId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM practice_reviews WHERE case_id = ?")
                      .arg(practiceReviewColumns()));
    query.addBindValue(caseId);
    if (auto ran = sql::run(query, "read the practice review"); !ran)
        return ran.error();
    if (!query.next())
        return std::optional<PracticeReview>{};
    return std::optional<PracticeReview>{readPracticeReview(query)};
}

Status ReviewRepository::insert(PracticeReview& review)
{
    auto prepared = m_database.preparedStatement(QStringLiteral(
        "INSERT INTO practice_reviews (case_id, type, decided, reviewer, method, "
        "terms_of_reference, planned_publication, sent, published, link) VALUES (:case_id, "
        ":type, :decided, :reviewer, :method, :terms_of_reference, :planned_publication, :sent, "
        ":published, :link)"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& query = **prepared;
    bindPracticeReview(query, review);
    if (auto ran = sql::run(query, "add the practice review"); !ran)
        return ran;
    review.id = query.lastInsertId().toLongLong();
    review.version = 1;
    return success();
}

Status ReviewRepository::update(PracticeReview& review)
{
    auto prepared = m_database.preparedStatement(QStringLiteral(
        "UPDATE practice_reviews SET case_id = :case_id, type = :type, decided = :decided, "
        "reviewer = :reviewer, method = :method, terms_of_reference = :terms_of_reference, "
        "planned_publication = :planned_publication, sent = :sent, published = :published, "
        "link = :link, version = version + 1 WHERE id = :id AND version = :version"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& query = **prepared;
    bindPracticeReview(query, review);
    query.bindValue(QStringLiteral(":id"), review.id);
    query.bindValue(QStringLiteral(":version"), review.version);
    if (auto ran = sql::run(query, "save the practice review"); !ran)
        return ran;
    if (query.numRowsAffected() != 1)
        return staleRecord(QStringLiteral("practice review"));
    ++review.version;
    return success();
}

Result<QList<Extension>> ReviewRepository::extensionsOf(RecordId practiceReviewId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM extensions WHERE practice_review_id = ? ORDER BY id")
            .arg(extensionColumns()));
    query.addBindValue(practiceReviewId);
    if (auto ran = sql::run(query, "read the extensions"); !ran)
        return ran.error();
    QList<Extension> extensions;
    while (query.next())
        extensions.append(readExtension(query));
    return extensions;
}

Status ReviewRepository::insert(Extension& extension)
{
    auto prepared = m_database.preparedStatement(QStringLiteral(
        "INSERT INTO extensions (practice_review_id, new_due, reason, agreed_by, agreed_on) "
        "VALUES (?, ?, ?, ?, ?)"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& query = **prepared;
    query.addBindValue(extension.practiceReviewId);
    query.addBindValue(sql::date(extension.newDue));
    query.addBindValue(sql::text(extension.reason));
    query.addBindValue(sql::text(extension.agreedBy));
    query.addBindValue(sql::date(extension.agreedOn));
    if (auto ran = sql::run(query, "record the extension"); !ran)
        return ran;
    extension.id = query.lastInsertId().toLongLong();
    extension.version = 1;
    return success();
}

Result<QList<Milestone>> ReviewRepository::milestonesOf(RecordId caseId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM milestones WHERE case_id = ? ORDER BY owner DESC, "
                                 "position")
                      .arg(milestoneColumns()));
    query.addBindValue(caseId);
    if (auto ran = sql::run(query, "read the milestones"); !ran)
        return ran.error();
    QList<Milestone> milestones;
    while (query.next())
        milestones.append(readMilestone(query));
    return milestones;
}

Status ReviewRepository::insert(Milestone& milestone, RecordId caseId)
{
    auto prepared = m_database.preparedStatement(
        QStringLiteral("INSERT INTO milestones (owner, review_id, case_id, name, due, "
                       "done, position) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& query = **prepared;
    query.addBindValue(sql::name(milestone.owner));
    query.addBindValue(milestone.reviewId);
    query.addBindValue(caseId);
    query.addBindValue(sql::text(milestone.name));
    query.addBindValue(sql::date(milestone.due));
    query.addBindValue(sql::date(milestone.done));
    query.addBindValue(milestone.position);
    if (auto ran = sql::run(query, "add the milestone"); !ran)
        return ran;
    milestone.id = query.lastInsertId().toLongLong();
    milestone.version = 1;
    return success();
}

Status ReviewRepository::update(Milestone& milestone)
{
    auto prepared = m_database.preparedStatement(
        QStringLiteral("UPDATE milestones SET name = ?, due = ?, done = ?, position = ?, "
                       "version = version + 1 WHERE id = ? AND version = ?"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& query = **prepared;
    query.addBindValue(sql::text(milestone.name));
    query.addBindValue(sql::date(milestone.due));
    query.addBindValue(sql::date(milestone.done));
    query.addBindValue(milestone.position);
    query.addBindValue(milestone.id);
    query.addBindValue(milestone.version);
    if (auto ran = sql::run(query, "save the milestone"); !ran)
        return ran;
    if (query.numRowsAffected() != 1)
        return staleRecord(QStringLiteral("milestone"));
    ++milestone.version;
    return success();
}

} // namespace reviewdesk
