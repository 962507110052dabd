// withoutChildIdentifier: every mention of the child's identifier in free
// text becomes "[redacted]", as written or as bare initials, in any case,
// and only as a whole word.
#include "catch.h"
#include "domain/redaction.h"

using reviewdesk::withoutChildIdentifier;

TEST_CASE("initials are taken out with and without their dots, in any case")
{
    CHECK(withoutChildIdentifier(QStringLiteral("J.D. was known; JD's mother and jd's school."),
                                 QStringLiteral("J.D.")) ==
          QStringLiteral("[redacted] was known; [redacted]'s mother and [redacted]'s school."));
    CHECK(
        withoutChildIdentifier(QStringLiteral("Seen with J. D. twice"), QStringLiteral("J. D.")) ==
        QStringLiteral("Seen with [redacted] twice"));
}

TEST_CASE("only whole words: an identifier inside another word is left alone")
{
    CHECK(withoutChildIdentifier(QStringLiteral("Talked about AB, and ab2 and tab."),
                                 QStringLiteral("AB")) ==
          QStringLiteral("Talked about [redacted], and ab2 and tab."));
    CHECK(withoutChildIdentifier(QStringLiteral("Kestrel's school; Kestrels flew."),
                                 QStringLiteral("Kestrel")) ==
          QStringLiteral("[redacted]'s school; Kestrels flew."));
}

TEST_CASE("no identifier, or no text, leaves the text as it is")
{
    CHECK(withoutChildIdentifier(QStringLiteral("Nothing to take out"), QStringLiteral("  ")) ==
          QStringLiteral("Nothing to take out"));
    CHECK(withoutChildIdentifier(QString(), QStringLiteral("J.D.")).isEmpty());
}
