// Rapid reviews, practice reviews, their milestones and extensions.
#pragma once

#include "domain/practicereview.h"
#include "domain/rapidreview.h"
#include "storage/database.h"

#include <QSqlQuery>

namespace reviewdesk {

class ReviewRepository
{
public:
    explicit ReviewRepository(Database& database) : m_database(database) {}

    Result<std::optional<RapidReview>> rapidReviewOf(RecordId caseId);
    Status insert(RapidReview& review);
    Status update(RapidReview& review); // Conflict when the version is stale

    Result<std::optional<PracticeReview>> practiceReviewOf(RecordId caseId);
    Status insert(PracticeReview& review);
    Status update(PracticeReview& review);

    Result<QList<Extension>> extensionsOf(RecordId practiceReviewId);
    Status insert(Extension& extension);

    Result<QList<Milestone>> milestonesOf(RecordId caseId);
    Status insert(Milestone& milestone, RecordId caseId);
    Status update(Milestone& milestone);

    static QString rapidReviewColumns();
    static RapidReview readRapidReview(const QSqlQuery& query, int first = 0);
    template <typename Row> // sql::QueryRow or sql::SqliteRow
    static RapidReview readRapidReviewRow(const Row& row, int first = 0);
    static QString practiceReviewColumns();
    static PracticeReview readPracticeReview(const QSqlQuery& query, int first = 0);
    template <typename Row> // sql::QueryRow or sql::SqliteRow
    static PracticeReview readPracticeReviewRow(const Row& row, int first = 0);
    static QString extensionColumns();
    static Extension readExtension(const QSqlQuery& query, int first = 0);
    template <typename Row> // sql::QueryRow or sql::SqliteRow
    static Extension readExtensionRow(const Row& row, int first = 0);
    static QString milestoneColumns();
    static Milestone readMilestone(const QSqlQuery& query, int first = 0);
    template <typename Row> // sql::QueryRow or sql::SqliteRow
    static Milestone readMilestoneRow(const Row& row, int first = 0);

private:
    Database& m_database;
};

} // namespace reviewdesk
