// withoutChildIdentifier: every mention of the child's identifier in free
// text becomes "[redacted]", initials in any spelling of dots and spaces and
// in their own case, a pseudonym in any case, and only as a whole word.
#include "catch.h"
#include "domain/redaction.h"

using reviewdesk::CaseFile;
using reviewdesk::withoutChildIdentifier;

TEST_CASE("initials are taken out in every spelling of their dots and spaces")
{
    const QString text = QStringLiteral("J.D. was known; JD's mother, J. D. twice, JDs too.");
    const QString redacted = QStringLiteral(
        "[redacted] was known; [redacted]'s mother, [redacted] twice, [redacted] too.");
    for (const char* child : {"J.D.", "JD", "J. D."}) {
        CAPTURE(child);
        CHECK(withoutChildIdentifier(text, QString::fromLatin1(child)) == redacted);
    }
}

TEST_CASE("initials are matched in their own case, so common words stay")
{
    CHECK(withoutChildIdentifier(QStringLiteral("A.S. said as much, as AS did."),
                                 QStringLiteral("A.S.")) ==
          QStringLiteral("[redacted] said as much, as [redacted] did."));
}

TEST_CASE("only whole words: an identifier inside another word is left alone")
{
    CHECK(withoutChildIdentifier(QStringLiteral("Talked about AB, and AB2 and TAB."),
                                 QStringLiteral("AB")) ==
          QStringLiteral("Talked about [redacted], and AB2 and TAB."));
    CHECK(withoutChildIdentifier(QStringLiteral("kestrel's school; Kestrelsworth Road."),
                                 QStringLiteral("Kestrel")) ==
          QStringLiteral("[redacted]'s school; Kestrelsworth Road."));
}

TEST_CASE("no identifier, or no text, leaves the text as it is")
{
    CHECK(withoutChildIdentifier(QStringLiteral("Nothing to take out"), QStringLiteral("  ")) ==
          QStringLiteral("Nothing to take out"));
    CHECK(withoutChildIdentifier(QString(), QStringLiteral("J.D.")).isEmpty());
}

TEST_CASE("a redacted case keeps no mention in any of its free texts")
{
    CaseFile file;
    file.kase.ref = QStringLiteral("JD-1");
    file.kase.childId = QStringLiteral("J.D.");
    file.kase.notes = QStringLiteral("J.D. first");
    file.rapidReview.emplace();
    file.rapidReview->rationale = QStringLiteral("for JD");
    file.practiceReview.emplace();
    file.practiceReview->method = QStringLiteral("JD's family");
    reviewdesk::Extension extension;
    extension.reason = QStringLiteral("trial moved\nJ. D. asked");
    file.extensions << extension;
    reviewdesk::Milestone milestone;
    milestone.name = QStringLiteral("Meet JD");
    file.milestones << milestone;

    const CaseFile redacted = withoutChildIdentifier(file);
    CHECK(redacted.kase.childId.isEmpty());
    CHECK(redacted.kase.ref == QStringLiteral("JD-1")); // how the case is found
    CHECK(redacted.kase.notes == QStringLiteral("[redacted] first"));
    CHECK(redacted.rapidReview->rationale == QStringLiteral("for [redacted]"));
    CHECK(redacted.practiceReview->method == QStringLiteral("[redacted]'s family"));
    CHECK(redacted.extensions.first().reason == QStringLiteral("trial moved\n[redacted] asked"));
    CHECK(redacted.milestones.first().name == QStringLiteral("Meet [redacted]"));
}
