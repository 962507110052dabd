#include "calendar/bankholidays.h"
#include "calendar/namedday.h"
#include "calendar/workingcalendar.h"
#include "catch.h"
#include "qtprinters.h"

#include <QDate>
#include <QFile>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <string>

using namespace reviewdesk;

namespace {

// The government's list for England and Wales, read at test time, by year.
QMap<int, NamedDays> officialList()
{
    QFile file(QStringLiteral(REVIEWDESK_CALENDAR_DATA_DIR "/bank_holidays_england_wales.csv"));
    INFO("reading " << file.fileName().toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QStringList lines = text.split(QLatin1Char('\n'));
    REQUIRE_FALSE(lines.isEmpty());
    REQUIRE(lines.takeFirst().trimmed() == QStringLiteral("date,title"));

    QMap<int, NamedDays> byYear;
    for (const QString& rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype comma = line.indexOf(QLatin1Char(','));
        INFO("line: " << line.toStdString());
        REQUIRE(comma > 0);
        const QDate date = QDate::fromString(line.left(comma), Qt::ISODate);
        REQUIRE(date.isValid());
        byYear[date.year()].append({date, line.mid(comma + 1)});
    }
    return byYear;
}

QList<QDate> datesOf(const NamedDays& days)
{
    QList<QDate> dates;
    for (const NamedDay& day : days)
        dates.append(day.date);
    return dates;
}

// The holiday on `date` in its year's list, or an empty name if there is none.
QString nameOn(const QDate& date)
{
    for (const NamedDay& day : englandAndWalesBankHolidays(date.year()))
        if (day.date == date)
            return day.name;
    return {};
}

bool isHoliday(const QDate& date)
{
    return !nameOn(date).isEmpty();
}

int holidaysInMonth(int year, int month)
{
    int count = 0;
    for (const NamedDay& day : englandAndWalesBankHolidays(year))
        if (day.date.month() == month)
            ++count;
    return count;
}

} // namespace

TEST_CASE("the official CSV covers 2018 to 2027 and uses curly apostrophes")
{
    const QMap<int, NamedDays> official = officialList();
    CHECK(official.firstKey() == 2018);
    CHECK(official.lastKey() == 2027);
    CHECK(official.size() == 10);
    CHECK(official.value(2024).first() ==
          NamedDay{QDate(2024, 1, 1), QStringLiteral("New Year\u2019s Day")});
}

TEST_CASE("bank holidays 2018-2027 match the government's list, dates and names")
{
    const QMap<int, NamedDays> official = officialList();
    for (int year = 2018; year <= 2027; ++year) {
        INFO("year " << year);
        REQUIRE(official.contains(year));
        CHECK(englandAndWalesBankHolidays(year) == official.value(year));
    }
}

TEST_CASE("the calendar's bankHolidays is the England and Wales list")
{
    for (int year = 1970; year <= 2100; ++year) {
        INFO("year " << year);
        CHECK(WorkingCalendar::bankHolidays(year) == englandAndWalesBankHolidays(year));
    }
}

TEST_CASE("1977 moves spring to Mon 6 Jun and adds the Silver Jubilee on Tue 7 Jun")
{
    const NamedDays days = englandAndWalesBankHolidays(1977);
    CHECK(datesOf(days) == QList<QDate>{QDate(1977, 1, 3), QDate(1977, 4, 8), QDate(1977, 4, 11),
                                        QDate(1977, 6, 6), QDate(1977, 6, 7), QDate(1977, 8, 29),
                                        QDate(1977, 12, 26), QDate(1977, 12, 27)});
    CHECK(nameOn(QDate(1977, 6, 6)) == QStringLiteral("Spring bank holiday"));
    CHECK(nameOn(QDate(1977, 6, 7)) == QStringLiteral("Silver Jubilee of Elizabeth II"));
    CHECK_FALSE(isHoliday(QDate(1977, 5, 30))); // the regular last Monday of May
    CHECK(holidaysInMonth(1977, 5) == 0);
}

TEST_CASE("1981 adds the royal wedding on Wed 29 Jul")
{
    CHECK(datesOf(englandAndWalesBankHolidays(1981)) ==
          QList<QDate>{QDate(1981, 1, 1), QDate(1981, 4, 17), QDate(1981, 4, 20), QDate(1981, 5, 4),
                       QDate(1981, 5, 25), QDate(1981, 7, 29), QDate(1981, 8, 31),
                       QDate(1981, 12, 25), QDate(1981, 12, 28)});
    CHECK(QDate(1981, 7, 29).dayOfWeek() == Qt::Wednesday);
    CHECK(nameOn(QDate(1981, 7, 29)) == QStringLiteral("Wedding of Charles and Diana"));
}

TEST_CASE("1995 moves early May to Mon 8 May for VE Day, not Mon 1 May")
{
    CHECK(datesOf(englandAndWalesBankHolidays(1995)) ==
          QList<QDate>{QDate(1995, 1, 2), QDate(1995, 4, 14), QDate(1995, 4, 17), QDate(1995, 5, 8),
                       QDate(1995, 5, 29), QDate(1995, 8, 28), QDate(1995, 12, 25),
                       QDate(1995, 12, 26)});
    CHECK(nameOn(QDate(1995, 5, 8)) == QStringLiteral("Early May bank holiday (VE Day)"));
    CHECK_FALSE(isHoliday(QDate(1995, 5, 1)));
}

TEST_CASE("1999 adds Fri 31 Dec for the millennium beside the Christmas substitutes")
{
    CHECK(englandAndWalesBankHolidays(1999) ==
          NamedDays{
              {QDate(1999, 1, 1), QStringLiteral("New Year\u2019s Day")},
              {QDate(1999, 4, 2), QStringLiteral("Good Friday")},
              {QDate(1999, 4, 5), QStringLiteral("Easter Monday")},
              {QDate(1999, 5, 3), QStringLiteral("Early May bank holiday")},
              {QDate(1999, 5, 31), QStringLiteral("Spring bank holiday")},
              {QDate(1999, 8, 30), QStringLiteral("Summer bank holiday")},
              {QDate(1999, 12, 27), QStringLiteral("Christmas Day (substitute day)")},
              {QDate(1999, 12, 28), QStringLiteral("Boxing Day (substitute day)")},
              {QDate(1999, 12, 31), QStringLiteral("Millennium celebrations")},
          });
    CHECK(QDate(1999, 12, 31).dayOfWeek() == Qt::Friday);
    // 1 Jan 2000 was a Saturday: its substitute is Mon 3 Jan.
    CHECK(nameOn(QDate(2000, 1, 3)) == QStringLiteral("New Year\u2019s Day (substitute day)"));
}

TEST_CASE("2002 adds the Golden Jubilee on Mon 3 Jun and moves spring to Tue 4 Jun")
{
    CHECK(datesOf(englandAndWalesBankHolidays(2002)) ==
          QList<QDate>{QDate(2002, 1, 1), QDate(2002, 3, 29), QDate(2002, 4, 1), QDate(2002, 5, 6),
                       QDate(2002, 6, 3), QDate(2002, 6, 4), QDate(2002, 8, 26),
                       QDate(2002, 12, 25), QDate(2002, 12, 26)});
    CHECK(nameOn(QDate(2002, 6, 3)) == QStringLiteral("Golden Jubilee of Elizabeth II"));
    CHECK(nameOn(QDate(2002, 6, 4)) == QStringLiteral("Spring bank holiday"));
    CHECK_FALSE(isHoliday(QDate(2002, 5, 27)));
}

TEST_CASE("2011 adds the royal wedding on Fri 29 Apr")
{
    CHECK(englandAndWalesBankHolidays(2011) ==
          NamedDays{
              {QDate(2011, 1, 3), QStringLiteral("New Year\u2019s Day (substitute day)")},
              {QDate(2011, 4, 22), QStringLiteral("Good Friday")},
              {QDate(2011, 4, 25), QStringLiteral("Easter Monday")},
              {QDate(2011, 4, 29), QStringLiteral("Wedding of William and Catherine")},
              {QDate(2011, 5, 2), QStringLiteral("Early May bank holiday")},
              {QDate(2011, 5, 30), QStringLiteral("Spring bank holiday")},
              {QDate(2011, 8, 29), QStringLiteral("Summer bank holiday")},
              {QDate(2011, 12, 26), QStringLiteral("Boxing Day")},
              {QDate(2011, 12, 27), QStringLiteral("Christmas Day (substitute day)")},
          });
}

TEST_CASE("2012 moves spring to Mon 4 Jun and adds the Diamond Jubilee on Tue 5 Jun")
{
    CHECK(datesOf(englandAndWalesBankHolidays(2012)) ==
          QList<QDate>{QDate(2012, 1, 2), QDate(2012, 4, 6), QDate(2012, 4, 9), QDate(2012, 5, 7),
                       QDate(2012, 6, 4), QDate(2012, 6, 5), QDate(2012, 8, 27),
                       QDate(2012, 12, 25), QDate(2012, 12, 26)});
    CHECK(nameOn(QDate(2012, 6, 4)) == QStringLiteral("Spring bank holiday"));
    CHECK(nameOn(QDate(2012, 6, 5)) == QStringLiteral("Diamond Jubilee of Elizabeth II"));
    CHECK_FALSE(isHoliday(QDate(2012, 5, 28)));
}

TEST_CASE("2020 moves early May to Fri 8 May for VE Day, not Mon 4 May")
{
    CHECK(nameOn(QDate(2020, 5, 8)) == QStringLiteral("Early May bank holiday (VE day)"));
    CHECK_FALSE(isHoliday(QDate(2020, 5, 4)));
    CHECK(holidaysInMonth(2020, 5) == 2); // 8 May and spring on 25 May
    CHECK(englandAndWalesBankHolidays(2020).size() == 8);
}

TEST_CASE("2022 has the Platinum Jubilee on Thu 2 and Fri 3 Jun and the State Funeral")
{
    CHECK(datesOf(englandAndWalesBankHolidays(2022)) ==
          QList<QDate>{QDate(2022, 1, 3), QDate(2022, 4, 15), QDate(2022, 4, 18), QDate(2022, 5, 2),
                       QDate(2022, 6, 2), QDate(2022, 6, 3), QDate(2022, 8, 29), QDate(2022, 9, 19),
                       QDate(2022, 12, 26), QDate(2022, 12, 27)});
    CHECK(nameOn(QDate(2022, 6, 2)) == QStringLiteral("Spring bank holiday"));
    CHECK(nameOn(QDate(2022, 6, 3)) == QStringLiteral("Platinum Jubilee bank holiday"));
    CHECK(nameOn(QDate(2022, 9, 19)) ==
          QStringLiteral("Bank Holiday for the State Funeral of Queen Elizabeth II"));
    CHECK_FALSE(isHoliday(QDate(2022, 5, 30)));
}

TEST_CASE("2023 adds the coronation on Mon 8 May beside the usual early May")
{
    CHECK(datesOf(englandAndWalesBankHolidays(2023)) ==
          QList<QDate>{QDate(2023, 1, 2), QDate(2023, 4, 7), QDate(2023, 4, 10), QDate(2023, 5, 1),
                       QDate(2023, 5, 8), QDate(2023, 5, 29), QDate(2023, 8, 28),
                       QDate(2023, 12, 25), QDate(2023, 12, 26)});
    CHECK(nameOn(QDate(2023, 5, 8)) ==
          QStringLiteral("Bank holiday for the coronation of King Charles III"));
    CHECK(nameOn(QDate(2023, 5, 1)) == QStringLiteral("Early May bank holiday"));
}

TEST_CASE("New Year's Day is a bank holiday from 1974, not before")
{
    for (int year = 1970; year <= 1973; ++year) {
        INFO("year " << year);
        CHECK(holidaysInMonth(year, 1) == 0);
    }
    CHECK(englandAndWalesBankHolidays(1973) ==
          NamedDays{
              {QDate(1973, 4, 20), QStringLiteral("Good Friday")},
              {QDate(1973, 4, 23), QStringLiteral("Easter Monday")},
              {QDate(1973, 5, 28), QStringLiteral("Spring bank holiday")},
              {QDate(1973, 8, 27), QStringLiteral("Summer bank holiday")},
              {QDate(1973, 12, 25), QStringLiteral("Christmas Day")},
              {QDate(1973, 12, 26), QStringLiteral("Boxing Day")},
          });
    CHECK(englandAndWalesBankHolidays(1974).first() ==
          NamedDay{QDate(1974, 1, 1), QStringLiteral("New Year\u2019s Day")});
}

TEST_CASE("the early May bank holiday exists from 1978, not before")
{
    for (int year = 1970; year <= 1977; ++year) {
        INFO("year " << year);
        for (const NamedDay& day : englandAndWalesBankHolidays(year))
            CHECK(day.name != QStringLiteral("Early May bank holiday"));
        CHECK_FALSE(isHoliday(QDate(year, 5, 1).addDays((8 - QDate(year, 5, 1).dayOfWeek()) % 7)));
    }
    CHECK(holidaysInMonth(1977, 5) == 0);
    CHECK(nameOn(QDate(1978, 5, 1)) == QStringLiteral("Early May bank holiday"));
    CHECK(QDate(1978, 5, 1).dayOfWeek() == Qt::Monday);
    CHECK(datesOf(englandAndWalesBankHolidays(1978)) ==
          QList<QDate>{QDate(1978, 1, 2), QDate(1978, 3, 24), QDate(1978, 3, 27), QDate(1978, 5, 1),
                       QDate(1978, 5, 29), QDate(1978, 8, 28), QDate(1978, 12, 25),
                       QDate(1978, 12, 26)});
}

TEST_CASE("Easter Sunday falls on the known dates")
{
    // Each checked with python-dateutil's easter() (Western, Gregorian).
    CHECK(easterSunday(1970) == QDate(1970, 3, 29));
    CHECK(easterSunday(1981) == QDate(1981, 4, 19));
    CHECK(easterSunday(2000) == QDate(2000, 4, 23));
    CHECK(easterSunday(2008) == QDate(2008, 3, 23));
    CHECK(easterSunday(2011) == QDate(2011, 4, 24));
    CHECK(easterSunday(2019) == QDate(2019, 4, 21));
    CHECK(easterSunday(2024) == QDate(2024, 3, 31));
    CHECK(easterSunday(2025) == QDate(2025, 4, 20));
    CHECK(easterSunday(2038) == QDate(2038, 4, 25));
    CHECK(easterSunday(2100) == QDate(2100, 3, 28));
    // The extremes of the computus: 22 March and 25 April.
    CHECK(easterSunday(1818) == QDate(1818, 3, 22));
    CHECK(easterSunday(2285) == QDate(2285, 3, 22));
    CHECK(easterSunday(1943) == QDate(1943, 4, 25));
}

TEST_CASE("Easter is a Sunday between 22 March and 25 April with Good Friday and Easter Monday "
          "around it")
{
    for (int year = 1970; year <= 2100; ++year) {
        INFO("year " << year);
        const QDate easter = easterSunday(year);
        REQUIRE(easter.isValid());
        CHECK(easter.dayOfWeek() == Qt::Sunday);
        CHECK(easter >= QDate(year, 3, 22));
        CHECK(easter <= QDate(year, 4, 25));
        CHECK(nameOn(easter.addDays(-2)) == QStringLiteral("Good Friday"));
        CHECK(nameOn(easter.addDays(1)) == QStringLiteral("Easter Monday"));
    }
}

TEST_CASE("Christmas on a Saturday moves Christmas to Monday 27 and Boxing Day to Tuesday 28")
{
    const NamedDays days = englandAndWalesBankHolidays(2021);
    REQUIRE(days.size() >= 2);
    CHECK(days.at(days.size() - 2) ==
          NamedDay{QDate(2021, 12, 27), QStringLiteral("Christmas Day (substitute day)")});
    CHECK(days.last() ==
          NamedDay{QDate(2021, 12, 28), QStringLiteral("Boxing Day (substitute day)")});
    CHECK_FALSE(isHoliday(QDate(2021, 12, 25)));
    CHECK_FALSE(isHoliday(QDate(2021, 12, 26)));
}

TEST_CASE("Christmas on a Sunday keeps Boxing Day on Monday 26 and moves Christmas to Tuesday 27")
{
    const NamedDays days = englandAndWalesBankHolidays(2022);
    REQUIRE(days.size() >= 2);
    CHECK(days.at(days.size() - 2) == NamedDay{QDate(2022, 12, 26), QStringLiteral("Boxing Day")});
    CHECK(days.last() ==
          NamedDay{QDate(2022, 12, 27), QStringLiteral("Christmas Day (substitute day)")});
    // The same in every year Christmas is a Sunday.
    for (int year : {1977, 1983, 1988, 1994, 2005, 2011, 2016, 2033, 2039, 2044, 2050, 2095}) {
        INFO("year " << year);
        REQUIRE(QDate(year, 12, 25).dayOfWeek() == Qt::Sunday);
        CHECK(nameOn(QDate(year, 12, 26)) == QStringLiteral("Boxing Day"));
        CHECK(nameOn(QDate(year, 12, 27)) == QStringLiteral("Christmas Day (substitute day)"));
    }
}

TEST_CASE("Boxing Day on a Saturday moves to Monday 28")
{
    CHECK(nameOn(QDate(2020, 12, 25)) == QStringLiteral("Christmas Day"));
    CHECK(nameOn(QDate(2020, 12, 28)) == QStringLiteral("Boxing Day (substitute day)"));
    CHECK(nameOn(QDate(2026, 12, 28)) == QStringLiteral("Boxing Day (substitute day)"));
    CHECK(holidaysInMonth(2020, 12) == 2);
}

TEST_CASE("New Year's Day on a Sunday moves to Monday 2 January")
{
    CHECK(englandAndWalesBankHolidays(2023).first() ==
          NamedDay{QDate(2023, 1, 2), QStringLiteral("New Year\u2019s Day (substitute day)")});
    CHECK_FALSE(isHoliday(QDate(2023, 1, 1)));
}

TEST_CASE("New Year's Day on a Saturday moves to Monday 3 January")
{
    CHECK(englandAndWalesBankHolidays(2022).first() ==
          NamedDay{QDate(2022, 1, 3), QStringLiteral("New Year\u2019s Day (substitute day)")});
    CHECK_FALSE(isHoliday(QDate(2022, 1, 1)));
    CHECK_FALSE(isHoliday(QDate(2022, 1, 2)));
}

TEST_CASE("every year 1970-2100 has 6 to 10 sorted, distinct bank holidays on weekdays")
{
    for (int year = 1970; year <= 2100; ++year) {
        INFO("year " << year);
        const NamedDays days = englandAndWalesBankHolidays(year);
        CHECK(days.size() >= 6);
        CHECK(days.size() <= 10);
        QSet<QDate> seen;
        for (qsizetype i = 0; i < days.size(); ++i) {
            const NamedDay& day = days.at(i);
            INFO("holiday " << day.date.toString(Qt::ISODate).toStdString() << ' '
                            << day.name.toStdString());
            CHECK(day.date.isValid());
            CHECK(day.date.year() == year);
            CHECK(day.date.dayOfWeek() <= Qt::Friday);
            CHECK_FALSE(day.name.isEmpty());
            CHECK_FALSE(seen.contains(day.date));
            seen.insert(day.date);
            if (i > 0)
                CHECK(days.at(i - 1).date < day.date);
        }
    }
}

TEST_CASE("every year has exactly one of each regular holiday")
{
    const QStringList regular = {
        QStringLiteral("Good Friday"),         QStringLiteral("Easter Monday"),
        QStringLiteral("Spring bank holiday"), QStringLiteral("Summer bank holiday"),
        QStringLiteral("Christmas Day"),       QStringLiteral("Boxing Day"),
    };
    for (int year = 1970; year <= 2100; ++year) {
        INFO("year " << year);
        const NamedDays days = englandAndWalesBankHolidays(year);
        for (const QString& name : regular) {
            INFO("holiday " << name.toStdString());
            qsizetype count = 0;
            for (const NamedDay& day : days)
                if (day.name == name || day.name == name + QStringLiteral(" (substitute day)"))
                    ++count;
            CHECK(count == 1);
        }
    }
}

TEST_CASE("the regular holidays fall on their rule dates in a year without one-offs")
{
    CHECK(englandAndWalesBankHolidays(2030) ==
          NamedDays{
              {QDate(2030, 1, 1), QStringLiteral("New Year\u2019s Day")},
              {QDate(2030, 4, 19), QStringLiteral("Good Friday")},
              {QDate(2030, 4, 22), QStringLiteral("Easter Monday")},
              {QDate(2030, 5, 6), QStringLiteral("Early May bank holiday")},
              {QDate(2030, 5, 27), QStringLiteral("Spring bank holiday")},
              {QDate(2030, 8, 26), QStringLiteral("Summer bank holiday")},
              {QDate(2030, 12, 25), QStringLiteral("Christmas Day")},
              {QDate(2030, 12, 26), QStringLiteral("Boxing Day")},
          });
}

TEST_CASE("the official list is taken to end in 2027")
{
    CHECK(kLastOfficiallyPublishedYear == 2027);
}
