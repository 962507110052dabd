#include "editorfixture.h"
#include "undo/casecommands.h"

using namespace reviewdesk;
using namespace reviewdesk::testing;
using reviewdesk::ui::SaveCaseCommand;
using reviewdesk::ui::SavePracticeReviewCommand;

TEST_CASE("undoing a case save changed by someone else since is refused and reported")
{
    EditorFixture f;
    const Case before = f.addCase(QStringLiteral("SSCP-2024-010"));
    Case edited = before;
    edited.notes = QStringLiteral("first note");
    auto after = CaseService(f.workspace()).updateCase(edited);
    REQUIRE(after);
    f.undoStack.push(new SaveCaseCommand(*f.session, before, *after));
    CHECK(f.storedCase(QStringLiteral("SSCP-2024-010")).notes == QStringLiteral("first note"));

    Case theirs = *after;
    theirs.notes = QStringLiteral("their note");
    REQUIRE(CaseService(f.workspace()).updateCase(theirs));

    QStringList errors;
    QObject::connect(f.session.get(), &ui::AppSession::errorOccurred,
                     [&](const QString& message) { errors << message; });
    f.undoStack.undo();
    CHECK(f.storedCase(QStringLiteral("SSCP-2024-010")).notes == QStringLiteral("their note"));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first() ==
          QStringLiteral("Could not undo or redo \"Edit case SSCP-2024-010\": case SSCP-2024-010 "
                         "was changed by someone else since; reload it to see their change"));
}

TEST_CASE("a practice review save undoes and redoes over the current version")
{
    EditorFixture f;
    f.addCase(QStringLiteral("SSCP-2024-011"));
    PracticeReview review;
    review.decided = QDate(2024, 2, 1);
    auto created =
        ReviewService(f.workspace()).savePracticeReview(QStringLiteral("SSCP-2024-011"), review);
    REQUIRE(created);
    PracticeReview edited = *created;
    edited.reviewer = QStringLiteral("Independent reviewer A");
    auto saved =
        ReviewService(f.workspace()).savePracticeReview(QStringLiteral("SSCP-2024-011"), edited);
    REQUIRE(saved);
    f.undoStack.push(new SavePracticeReviewCommand(*f.session, QStringLiteral("SSCP-2024-011"),
                                                   *created, *saved));

    f.undoStack.undo();
    auto file = f.workspace().caseFile(QStringLiteral("SSCP-2024-011"));
    CHECK(file->practiceReview->reviewer.isEmpty());
    CHECK(file->practiceReview->version == saved->version + 1);
    f.undoStack.redo();
    file = f.workspace().caseFile(QStringLiteral("SSCP-2024-011"));
    CHECK(file->practiceReview->reviewer == QStringLiteral("Independent reviewer A"));
}
