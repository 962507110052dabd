#include "catch.h"
#include "qtprinters.h"
#include "util/isodate.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>

using namespace reviewdesk;

namespace {

// Parses text that must be rejected and returns the error.
Error rejection(const QString& text, const QString& what = QStringLiteral("date"))
{
    const Result<QDate> parsed = parseIsoDate(text, what);
    REQUIRE_FALSE(parsed.ok());
    return parsed.error();
}

} // namespace

TEST_CASE("a well-formed ISO date parses to that date")
{
    const Result<QDate> parsed = parseIsoDate(QStringLiteral("2024-01-15"));
    REQUIRE(parsed.ok());
    CHECK(*parsed == QDate(2024, 1, 15));

    CHECK(parseIsoDate(QStringLiteral("2023-12-20")).value() == QDate(2023, 12, 20));
    CHECK(parseIsoDate(QStringLiteral("2022-06-03")).value() == QDate(2022, 6, 3));
    CHECK(parseIsoDate(QStringLiteral("2000-02-29")).value() == QDate(2000, 2, 29));
}

TEST_CASE("the first and last supported days parse")
{
    CHECK(parseIsoDate(QStringLiteral("1970-01-01")).value() == QDate(1970, 1, 1));
    CHECK(parseIsoDate(QStringLiteral("2100-12-31")).value() == QDate(2100, 12, 31));
}

TEST_CASE("surrounding whitespace is ignored when parsing a date")
{
    CHECK(parseIsoDate(QStringLiteral("  2024-01-15")).value() == QDate(2024, 1, 15));
    CHECK(parseIsoDate(QStringLiteral("2024-01-15\n")).value() == QDate(2024, 1, 15));
}

TEST_CASE("29 February parses in a leap year only")
{
    CHECK(parseIsoDate(QStringLiteral("2024-02-29")).value() == QDate(2024, 2, 29));
    CHECK(parseIsoDate(QStringLiteral("2000-02-29")).value() == QDate(2000, 2, 29));

    const Error notLeap = rejection(QStringLiteral("2023-02-29"));
    CHECK(notLeap.kind == ErrorKind::Invalid);
    CHECK(notLeap.message == QStringLiteral("date 2023-02-29 does not exist in the calendar"));
    CHECK(notLeap.field == QStringLiteral("date"));

    // 2100 is divisible by 100 but not by 400: not a leap year.
    CHECK(rejection(QStringLiteral("2100-02-29")).message ==
          QStringLiteral("date 2100-02-29 does not exist in the calendar"));
}

TEST_CASE("an impossible day or month is rejected with a message naming the date")
{
    const Error feb30 = rejection(QStringLiteral("2023-02-30"));
    CHECK(feb30.kind == ErrorKind::Invalid);
    CHECK(feb30.message == QStringLiteral("date 2023-02-30 does not exist in the calendar"));
    CHECK(feb30.field == QStringLiteral("date"));

    const Error month13 = rejection(QStringLiteral("2023-13-01"));
    CHECK(month13.kind == ErrorKind::Invalid);
    CHECK(month13.message == QStringLiteral("date 2023-13-01 does not exist in the calendar"));
    CHECK(month13.field == QStringLiteral("date"));

    CHECK(rejection(QStringLiteral("2023-04-31")).message ==
          QStringLiteral("date 2023-04-31 does not exist in the calendar"));
    CHECK(rejection(QStringLiteral("2023-00-10")).message ==
          QStringLiteral("date 2023-00-10 does not exist in the calendar"));
    CHECK(rejection(QStringLiteral("2023-01-00")).message ==
          QStringLiteral("date 2023-01-00 does not exist in the calendar"));
    CHECK(rejection(QStringLiteral("2023-01-32")).message ==
          QStringLiteral("date 2023-01-32 does not exist in the calendar"));
}

TEST_CASE("the error names the value given as `what` in its message and field")
{
    const Error error = rejection(QStringLiteral("2023-02-30"), QStringLiteral("aware date"));
    CHECK(error.kind == ErrorKind::Invalid);
    CHECK(error.message == QStringLiteral("aware date 2023-02-30 does not exist in the calendar"));
    CHECK(error.field == QStringLiteral("aware date"));

    const Error shape = rejection(QStringLiteral("20/12/2023"), QStringLiteral("publication"));
    CHECK(shape.message ==
          QStringLiteral("publication \"20/12/2023\" is not a date in the form YYYY-MM-DD"));
    CHECK(shape.field == QStringLiteral("publication"));
}

TEST_CASE("text not shaped YYYY-MM-DD is rejected with a message quoting it")
{
    const QStringList wrongShapes = {
        QStringLiteral("2023-2-3"),
        QStringLiteral("2023-02-3"),
        QStringLiteral("2023-2-03"),
        QStringLiteral("20230203"),
        QStringLiteral("2023/02/03"),
        QStringLiteral("2023.02.03"),
        QStringLiteral("03-02-2023"),
        QStringLiteral("23-02-03"),
        QStringLiteral("abcd-ef-gh"),
        QStringLiteral("yesterday"),
        QStringLiteral("2023-02-03x"),
        QStringLiteral("2023-02-03T00:00"),
        QStringLiteral("2023-02-03 junk"),
        QStringLiteral("x2023-02-03"),
        QStringLiteral("+2023-02-03"),
        QStringLiteral("2023-0a-03"),
        QStringLiteral("2023 02 03"),
        QStringLiteral("-023-02-03"),
        // Arabic-Indic digits are digits to Unicode but not to an ISO date.
        QStringLiteral("\u0662\u0660\u0662\u0663-\u0660\u0662-\u0660\u0663"),
        // Full-width digits likewise.
        QStringLiteral("\uFF12\uFF10\uFF12\uFF13-\uFF10\uFF12-\uFF10\uFF13"),
    };
    for (const QString& text : wrongShapes) {
        INFO("text: " << text.toStdString());
        const Error error = rejection(text);
        CHECK(error.kind == ErrorKind::Invalid);
        CHECK(error.message ==
              QStringLiteral("date \"%1\" is not a date in the form YYYY-MM-DD").arg(text));
        CHECK(error.field == QStringLiteral("date"));
    }
}

TEST_CASE("an empty or blank text is not a date")
{
    const Error empty = rejection(QString());
    CHECK(empty.message == QStringLiteral("date \"\" is not a date in the form YYYY-MM-DD"));
    CHECK(empty.field == QStringLiteral("date"));

    const Error blank = rejection(QStringLiteral("   "));
    CHECK(blank.message == QStringLiteral("date \"   \" is not a date in the form YYYY-MM-DD"));
}

TEST_CASE("a real date outside 1970-2100 is rejected as unsupported")
{
    const Error before = rejection(QStringLiteral("1969-12-31"));
    CHECK(before.kind == ErrorKind::Invalid);
    CHECK(before.message ==
          QStringLiteral("date 1969-12-31 is outside the supported years 1970-2100"));
    CHECK(before.field == QStringLiteral("date"));

    const Error after = rejection(QStringLiteral("2101-01-01"), QStringLiteral("due date"));
    CHECK(after.message ==
          QStringLiteral("due date 2101-01-01 is outside the supported years 1970-2100"));
    CHECK(after.field == QStringLiteral("due date"));

    CHECK(rejection(QStringLiteral("1900-06-15")).message ==
          QStringLiteral("date 1900-06-15 is outside the supported years 1970-2100"));
    CHECK(rejection(QStringLiteral("9999-12-31")).message ==
          QStringLiteral("date 9999-12-31 is outside the supported years 1970-2100"));
    // There is no year 0 in the Gregorian calendar.
    CHECK(rejection(QStringLiteral("0000-01-01")).field == QStringLiteral("date"));
}

TEST_CASE("an impossible date outside the supported years is reported as impossible")
{
    CHECK(rejection(QStringLiteral("1900-02-29")).message ==
          QStringLiteral("date 1900-02-29 does not exist in the calendar"));
}

TEST_CASE("an optional date is absent for empty or blank text")
{
    const auto empty = parseOptionalIsoDate(QString());
    REQUIRE(empty.ok());
    CHECK_FALSE(empty->has_value());

    const auto blank = parseOptionalIsoDate(QStringLiteral("  \t "));
    REQUIRE(blank.ok());
    CHECK_FALSE(blank->has_value());
}

TEST_CASE("an optional date parses a present date")
{
    const auto parsed = parseOptionalIsoDate(QStringLiteral("2024-02-29"));
    REQUIRE(parsed.ok());
    REQUIRE(parsed->has_value());
    CHECK(**parsed == QDate(2024, 2, 29));
}

TEST_CASE("an optional date rejects bad text with the same error as a required one")
{
    const auto impossible =
        parseOptionalIsoDate(QStringLiteral("2023-02-30"), QStringLiteral("notified"));
    REQUIRE_FALSE(impossible.ok());
    CHECK(impossible.error().kind == ErrorKind::Invalid);
    CHECK(impossible.error().message ==
          QStringLiteral("notified 2023-02-30 does not exist in the calendar"));
    CHECK(impossible.error().field == QStringLiteral("notified"));

    const auto shape = parseOptionalIsoDate(QStringLiteral("2023-2-3"));
    REQUIRE_FALSE(shape.ok());
    CHECK(shape.error().message ==
          QStringLiteral("date \"2023-2-3\" is not a date in the form YYYY-MM-DD"));
    CHECK(shape.error().field == QStringLiteral("date"));

    const auto outside = parseOptionalIsoDate(QStringLiteral("1969-12-31"));
    REQUIRE_FALSE(outside.ok());
    CHECK(outside.error().message ==
          QStringLiteral("date 1969-12-31 is outside the supported years 1970-2100"));
}

TEST_CASE("toIso writes YYYY-MM-DD with leading zeros")
{
    CHECK(toIso(QDate(2024, 1, 5)) == QStringLiteral("2024-01-05"));
    CHECK(toIso(QDate(1970, 1, 1)) == QStringLiteral("1970-01-01"));
    CHECK(toIso(QDate(2100, 12, 31)) == QStringLiteral("2100-12-31"));
}

TEST_CASE("toIso writes nothing for an invalid or absent date")
{
    CHECK(toIso(QDate()) == QString());
    CHECK(toIso(QDate(2023, 2, 30)) == QString());
    CHECK(toIso(std::optional<QDate>{}) == QString());
    CHECK(toIso(std::optional<QDate>{QDate(2023, 12, 20)}) == QStringLiteral("2023-12-20"));
}

TEST_CASE("every supported day survives toIso then parseIsoDate")
{
    int checked = 0;
    for (QDate day(1970, 1, 1); day <= QDate(2100, 12, 31); day = day.addDays(1)) {
        const Result<QDate> parsed = parseIsoDate(toIso(day));
        if (!parsed.ok() || *parsed != day) {
            FAIL_CHECK("round trip failed for " << toIso(day).toStdString());
        }
        ++checked;
    }
    CHECK(checked == 47847);
}

TEST_CASE("toDisplay shows weekday, day, month and year")
{
    CHECK(toDisplay(QDate(2024, 1, 1)) == QStringLiteral("Mon 1 Jan 2024"));
    CHECK(toDisplay(QDate(2023, 12, 25)) == QStringLiteral("Mon 25 Dec 2023"));
    CHECK(toDisplay(QDate(2022, 6, 3)) == QStringLiteral("Fri 3 Jun 2022"));
    CHECK(toDisplay(QDate(2024, 2, 29)) == QStringLiteral("Thu 29 Feb 2024"));
    CHECK(toDisplay(QDate(2023, 5, 6)) == QStringLiteral("Sat 6 May 2023"));
    CHECK(toDisplay(QDate(2023, 12, 31)) == QStringLiteral("Sun 31 Dec 2023"));
    CHECK(toDisplay(QDate(2023, 8, 15)) == QStringLiteral("Tue 15 Aug 2023"));
    CHECK(toDisplay(QDate(2023, 11, 1)) == QStringLiteral("Wed 1 Nov 2023"));
}

TEST_CASE("toDisplay shows nothing for an invalid date")
{
    CHECK(toDisplay(QDate()) == QString());
}

TEST_CASE("toDisplay does not depend on the default locale")
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const QString french = toDisplay(QDate(2024, 1, 1));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString german = toDisplay(QDate(2024, 3, 5));
    QLocale::setDefault(previous);

    CHECK(french == QStringLiteral("Mon 1 Jan 2024"));
    CHECK(german == QStringLiteral("Tue 5 Mar 2024"));
}

TEST_CASE("toIso writes YYYY-MM-DD with zero padding, as Qt's ISO form does")
{
    CHECK(toIso(QDate(2024, 3, 4)) == QStringLiteral("2024-03-04"));
    CHECK(toIso(QDate(1, 1, 1)) == QStringLiteral("0001-01-01"));
    CHECK(toIso(QDate(9999, 12, 31)) == QStringLiteral("9999-12-31"));
    CHECK(toIso(QDate()) == QString());
    CHECK(toIso(std::optional<QDate>{}) == QString());
    // Every day of 1899-2101 agrees with QDate::toString(Qt::ISODate), and so
    // do days beyond the four-digit years.
    for (QDate day(1899, 1, 1); day <= QDate(2101, 12, 31); day = day.addDays(1))
        if (toIso(day) != day.toString(Qt::ISODate))
            FAIL(day.toString(Qt::ISODate).toStdString());
    for (const QDate& far : {QDate(10000, 1, 1), QDate(-44, 3, 15)})
        CHECK(toIso(far) == far.toString(Qt::ISODate));
}
