// A child's age band and sex: the answers offered, and the stored form of an
// answer however it was typed or imported.
#include "catch.h"
#include "domain/childanswers.h"

using namespace reviewdesk;

TEST_CASE("an age band however written stores as the band offered, else as typed")
{
    CHECK(canonicalAgeBand(QStringLiteral("Under 1")) == "under 1");
    CHECK(canonicalAgeBand(QStringLiteral("under one")) == "under 1");
    CHECK(canonicalAgeBand(QStringLiteral("< 1")) == "under 1");
    CHECK(canonicalAgeBand(QStringLiteral("1 to 4")) == "1-4");
    CHECK(canonicalAgeBand(QStringLiteral("1 \u2013 4")) == "1-4"); // an en dash
    CHECK(canonicalAgeBand(QStringLiteral(" 10-15 ")) == "10-15");
    CHECK(canonicalAgeBand(QStringLiteral("16 TO 17")) == "16-17");
    // Not a band offered: kept as typed, in single spaces.
    CHECK(canonicalAgeBand(QStringLiteral("0 to 3")) == "0-3");
    CHECK(canonicalAgeBand(QStringLiteral("17  plus")) == "17 plus");
    CHECK(canonicalAgeBand(QString()).isEmpty());
}

TEST_CASE("a sex however written stores as the answer offered, else as typed")
{
    CHECK(canonicalSex(QStringLiteral("F")) == "female");
    CHECK(canonicalSex(QStringLiteral("Female")) == "female");
    CHECK(canonicalSex(QStringLiteral("girl")) == "female");
    CHECK(canonicalSex(QStringLiteral(" M ")) == "male");
    CHECK(canonicalSex(QStringLiteral("BOY")) == "male");
    CHECK(canonicalSex(QStringLiteral("Not known")) == "not known");
    CHECK(canonicalSex(QStringLiteral("not-known")) == "not known");
    CHECK(canonicalSex(QStringLiteral("U")) == "not known");
    CHECK(canonicalSex(QStringLiteral("Unknown")) == "not known");
    CHECK(canonicalSex(QStringLiteral("Prefer  not to say")) == "Prefer not to say");
    CHECK(canonicalSex(QString()).isEmpty());
}

TEST_CASE("the answers offered are stored lower-case and shown in words")
{
    QStringList bands;
    for (const OfferedAnswer& band : ageBands())
        bands << band.stored;
    CHECK(bands == QStringList{"under 1", "1-4", "5-9", "10-15", "16-17"});
    QStringList shown;
    for (const OfferedAnswer& answer : sexes()) {
        CHECK(canonicalSex(answer.shown) == answer.stored);
        shown << answer.shown;
    }
    CHECK(shown == QStringList{"Female", "Male", "Not known"});
}
