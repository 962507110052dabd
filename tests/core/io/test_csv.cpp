// The RFC 4180 reader and writer: quoting, line ends, the byte order mark,
// and each kind of problem with the line it is reported on.
#include "catch.h"
#include "io/csv.h"
#include "qtprinters.h"

using namespace reviewdesk;
using namespace reviewdesk::io;

TEST_CASE("The writer quotes commas, quotes, line breaks and edge spaces and ends lines CRLF")
{
    CHECK(csvRecord({QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                     QStringLiteral("two\nlines"), QStringLiteral(" padded"), QString()}) ==
          QByteArray("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",\r\n"));
}

TEST_CASE("A written file starts with a UTF-8 byte order mark and keeps non-ASCII letters")
{
    const QByteArray file = csvFile({{QStringLiteral("lead")}, {QStringLiteral("Zoë Ní Bhriain")}});
    CHECK(file == QByteArray("\xEF\xBB\xBFlead\r\nZo\xC3\xAB N\xC3\xAD Bhriain\r\n"));
}

TEST_CASE("Reading what was written gives back every field exactly")
{
    const QList<QStringList> rows{
        {QStringLiteral("ref"), QStringLiteral("notes"), QStringLiteral("lead")},
        {QStringLiteral("A-1"), QStringLiteral("line one\r\nline \"two\", with comma"),
         QStringLiteral("Zoë")},
        {QStringLiteral("A-2"), QString(), QStringLiteral(" spaced ")}};
    const CsvDocument document = readCsv(csvFile(rows));
    CHECK(document.problems.isEmpty());
    REQUIRE(document.records.size() == 3);
    for (int i = 0; i < 3; ++i)
        CHECK(document.records.at(i).fields == rows.at(i));
    CHECK(document.records.at(0).line == 1);
    CHECK(document.records.at(1).line == 2);
    CHECK(document.records.at(2).line == 4); // the record above spans lines 2 and 3
}

TEST_CASE("LF, CRLF and a missing final line end read the same; blank lines are skipped")
{
    const QList<QStringList> expected{{QStringLiteral("a"), QStringLiteral("b")},
                                      {QStringLiteral("1"), QStringLiteral("2")}};
    for (const QByteArray& input :
         {QByteArray("a,b\n1,2\n"), QByteArray("a,b\r\n1,2\r\n"), QByteArray("a,b\r\n1,2"),
          QByteArray("\xEF\xBB\xBF"
                     "a,b\n\n1,2\n\n")}) {
        const CsvDocument document = readCsv(input);
        CHECK(document.problems.isEmpty());
        REQUIRE(document.records.size() == 2);
        CHECK(document.records.at(0).fields == expected.at(0));
        CHECK(document.records.at(1).fields == expected.at(1));
    }
    CHECK(readCsv(QByteArray("a,b\n\n1,2\n")).records.at(1).line == 3);
}

TEST_CASE("A record of one empty field is written quoted, so it is not read as a blank line")
{
    CHECK(csvRecord({QString()}) == QByteArray("\"\"\r\n"));
    const CsvDocument document = readCsv(csvFile({{QStringLiteral("a")}, {QString()}}));
    REQUIRE(document.records.size() == 2);
    CHECK(document.records.at(1).fields == QStringList{QString()});
}

TEST_CASE("A trailing comma is an empty last field")
{
    const CsvDocument document = readCsv(QByteArray("a,b\n1,"));
    REQUIRE(document.records.size() == 2);
    CHECK(document.records.at(1).fields == QStringList{QStringLiteral("1"), QString()});
}

TEST_CASE("An unterminated quote is reported on the line its record starts and stops reading")
{
    const CsvDocument document = readCsv(QByteArray("a,b\n1,2\n3,\"open\nstill open\n4,5\n"));
    REQUIRE(document.problems.size() == 1);
    CHECK(document.problems.at(0).line == 3);
    CHECK(document.problems.at(0).message.startsWith(QStringLiteral("a quoted field is never "
                                                                    "closed")));
    CHECK(document.records.size() == 2);
}

TEST_CASE("A record with the wrong number of fields is reported and left out")
{
    const CsvDocument document = readCsv(QByteArray("a,b,c\n1,2,3\n4,5\n\"x\ny\",7,8,9\n"));
    REQUIRE(document.problems.size() == 2);
    CHECK(document.problems.at(0).line == 3);
    CHECK(document.problems.at(0).message == QStringLiteral("2 fields where the header has 3"));
    CHECK(document.problems.at(1).line == 4);
    CHECK(document.problems.at(1).message == QStringLiteral("4 fields where the header has 3"));
    REQUIRE(document.records.size() == 2);
}

TEST_CASE("Text after a closing quote is reported on its line and reading goes on")
{
    const CsvDocument document = readCsv(QByteArray("a,b\n\"1\"x,2\n3,4\n"));
    REQUIRE(document.problems.size() == 1);
    CHECK(document.problems.at(0).line == 2);
    REQUIRE(document.records.size() == 2);
    CHECK(document.records.at(1).fields == QStringList{QStringLiteral("3"), QStringLiteral("4")});
}

TEST_CASE("Invalid UTF-8 is reported with its line and nothing is returned")
{
    // Latin-1 "é" (0xE9) as a spreadsheet saving in a legacy code page writes it.
    const CsvDocument document = readCsv(QByteArray("a,b\n1,2\n3,caf\xE9\n"));
    REQUIRE(document.problems.size() == 1);
    CHECK(document.problems.at(0).line == 3);
    CHECK(document.records.isEmpty());
}

TEST_CASE("The UTF-8 check refuses overlong forms, surrogates and truncated sequences")
{
    CHECK(firstInvalidUtf8(QByteArray("ok \xC3\xA9 \xF0\x9F\x98\x80")) == -1);
    CHECK(firstInvalidUtf8(QByteArray("ab\xC0\xAF")) == 2);       // overlong "/"
    CHECK(firstInvalidUtf8(QByteArray("a\xED\xA0\x80")) == 1);    // U+D800
    CHECK(firstInvalidUtf8(QByteArray("abc\xE2\x82")) == 3);      // cut short
    CHECK(firstInvalidUtf8(QByteArray("\xF4\x90\x80\x80")) == 0); // above U+10FFFF
    CHECK(firstInvalidUtf8(QByteArray("\x80")) == 0);             // stray continuation
}

TEST_CASE("Cells a spreadsheet would run as formulas are guarded, reversibly")
{
    CHECK(guardCell(QStringLiteral("=HYPERLINK(\"x\")")) == QStringLiteral("'=HYPERLINK(\"x\")"));
    CHECK(guardCell(QStringLiteral("+44 20")) == QStringLiteral("'+44 20"));
    CHECK(guardCell(QStringLiteral("-")) == QStringLiteral("'-"));
    CHECK(guardCell(QStringLiteral("@sum")) == QStringLiteral("'@sum"));
    CHECK(guardCell(QStringLiteral("'quoted")) == QStringLiteral("''quoted"));
    CHECK(guardCell(QStringLiteral("plain")) == QStringLiteral("plain"));
    for (const QString& text : {QStringLiteral("=1+1"), QStringLiteral("'x"),
                                QStringLiteral("''=y"), QStringLiteral("plain"), QString()})
        CHECK(unguardCell(guardCell(text)) == text);
}
