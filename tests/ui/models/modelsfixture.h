// A session on a fresh temporary register holding five known cases, written
// through the core services, as of Fri 1 Mar 2024. Expected values in the
// tests were worked out by hand from the England and Wales calendar.
//
// Rows (the register loads by aware date, then reference):
//   0 SSCP-2022-005  IJ  aware Mon 9 May 2022, notified, closed
//   1 SSCP-2023-010  EF  aware Thu 1 Jun 2023, rapid review done, LCSPR decided Mon 4 Sep 2023;
//                        actions 1 (Health Trust, due 20 Feb, open), 2 (Children's Services,
//                        due 5 Mar, in progress), 3 (Health Trust, due 28 Feb, closed 27 Feb)
//   2 SSCP-2024-003  GH  aware Wed 10 Jan 2024, no LCSPR; action 4 (Police, due 27 Feb, open)
//   3 SSCP-2024-001  AB  aware Mon 5 Feb 2024, not notified
//   4 SSCP-2024-002  CD  aware Tue 20 Feb 2024, notified Thu 22 Feb
#pragma once

#include "catch.h"
#include "services/actionservice.h"
#include "services/caseservice.h"
#include "services/reviewservice.h"
#include "session/appsession.h"
#include "tempdir.h"
#include "testdate.h"

#include <memory>

namespace reviewdesk::testing {

inline const QDate kAsOf = QDate(2024, 3, 1); // a Friday

struct ModelsFixture
{
    TempDir dir;
    std::unique_ptr<ui::AppSession> session;
    RecordId action1 = 0, action2 = 0, action3 = 0, action4 = 0;

    ModelsFixture()
    {
        auto opened = ui::AppSession::open(dir.path(QStringLiteral("register.rdk")),
                                           QStringLiteral("tester"), kAsOf);
        if (!opened)
            FAIL(opened.error().message.toStdString());
        session = std::move(*opened);
        fill();
        REQUIRE(session->reload().ok());
    }

    Workspace& workspace() { return session->workspace(); }

    Case addCase(const QString& ref, const QString& child, Harm harm, const QDate& aware,
                 const QStringList& themes, const QString& lead,
                 const std::optional<QDate>& notified = std::nullopt)
    {
        Case kase;
        kase.ref = ref;
        kase.childId = child;
        kase.harm = harm;
        kase.aware = aware;
        kase.notified = notified;
        kase.themes = themes;
        kase.leadOfficer = lead;
        auto added = CaseService(workspace()).addCase(kase);
        if (!added)
            FAIL(added.error().message.toStdString());
        return *added;
    }

    void completeRapidReview(const QString& ref, const QDate& completed,
                             RapidReviewDecision decision)
    {
        RapidReview review;
        review.started = completed.addDays(-7);
        review.completed = completed;
        review.sent = completed;
        review.decision = decision;
        auto saved = ReviewService(workspace()).saveRapidReview(ref, review);
        if (!saved)
            FAIL(saved.error().message.toStdString());
    }

    RecordId addAction(const QString& ref, const QString& text, const QString& agency,
                       const QString& officer, const QDate& due,
                       ActionStatus status = ActionStatus::Open)
    {
        Action action;
        action.recommendation = text;
        action.ownerAgency = agency;
        action.officer = officer;
        action.due = due;
        action.status = status;
        auto added = ActionService(workspace()).addAction(ref, action);
        if (!added)
            FAIL(added.error().message.toStdString());
        return added->id;
    }

    void fill()
    {
        Case closed = addCase(QStringLiteral("SSCP-2022-005"), QStringLiteral("IJ"),
                              Harm::SeriousHarm, d(2022, 5, 9), {QStringLiteral("Online harm")},
                              QStringLiteral("Ravi Shah"), d(2022, 5, 10));
        closed.status = CaseStatus::Closed;
        auto updated = CaseService(workspace()).updateCase(closed);
        if (!updated)
            FAIL(updated.error().message.toStdString());

        addCase(QStringLiteral("SSCP-2023-010"), QStringLiteral("EF"), Harm::Death, d(2023, 6, 1),
                {QStringLiteral("Safe sleep"), QStringLiteral("Neglect")},
                QStringLiteral("Sam Patel"), d(2023, 6, 5));
        completeRapidReview(QStringLiteral("SSCP-2023-010"), d(2023, 6, 20),
                            RapidReviewDecision::Lcspr);
        PracticeReview lcspr;
        lcspr.type = PracticeReviewType::Lcspr;
        lcspr.decided = d(2023, 9, 4);
        auto saved =
            ReviewService(workspace()).savePracticeReview(QStringLiteral("SSCP-2023-010"), lcspr);
        if (!saved)
            FAIL(saved.error().message.toStdString());
        action1 =
            addAction(QStringLiteral("SSCP-2023-010"), QStringLiteral("Review safe sleep advice"),
                      QStringLiteral("Health Trust"), QStringLiteral("Dr Rao"), d(2024, 2, 20));
        action2 =
            addAction(QStringLiteral("SSCP-2023-010"), QStringLiteral("Update neglect toolkit"),
                      QStringLiteral("Children's Services"), QStringLiteral("Ann Cole"),
                      d(2024, 3, 5), ActionStatus::InProgress);
        action3 =
            addAction(QStringLiteral("SSCP-2023-010"), QStringLiteral("Train GPs"),
                      QStringLiteral("Health Trust"), QStringLiteral("Dr Rao"), d(2024, 2, 28));
        auto completed =
            ActionService(workspace())
                .completeAction(action3, d(2024, 2, 27), QStringLiteral("Attendance list"));
        if (!completed)
            FAIL(completed.error().message.toStdString());

        addCase(QStringLiteral("SSCP-2024-003"), QStringLiteral("GH"), Harm::SeriousHarm,
                d(2024, 1, 10), {QStringLiteral("Online harm")}, QStringLiteral("Kim Lee"),
                d(2024, 1, 12));
        completeRapidReview(QStringLiteral("SSCP-2024-003"), d(2024, 1, 31),
                            RapidReviewDecision::NoLcspr);
        action4 = addAction(QStringLiteral("SSCP-2024-003"), QStringLiteral("Share learning brief"),
                            QStringLiteral("Police"), QStringLiteral("DS Green"), d(2024, 2, 27));

        addCase(QStringLiteral("SSCP-2024-001"), QStringLiteral("AB"), Harm::Death, d(2024, 2, 5),
                {QStringLiteral("SUDI")}, QStringLiteral("Kim Lee"));

        addCase(QStringLiteral("SSCP-2024-002"), QStringLiteral("CD"), Harm::SeriousHarm,
                d(2024, 2, 20),
                {QStringLiteral("Neglect"), QStringLiteral("Parental mental health")},
                QStringLiteral("Sam Patel"), d(2024, 2, 22));
    }
};

} // namespace reviewdesk::testing
