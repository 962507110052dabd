// The deadlines calendar: RFC 5545 escaping and folding as exact strings,
// stable UIDs, all-day events, and no child identifier.
#include "catch.h"
#include "io/deadlinecalendar.h"
#include "qtprinters.h"

using namespace reviewdesk;
using namespace reviewdesk::io;

namespace {

CaseFile caseAware(const QString& ref, const QDate& aware)
{
    CaseFile file;
    file.kase.id = 1;
    file.kase.ref = ref;
    file.kase.childId = QStringLiteral("Q.Z.");
    file.kase.aware = aware;
    file.kase.ruleSet = QStringLiteral("england-wt2023");
    return file;
}

DeadlineEngine engineAsOf(const QDate& asOf)
{
    return DeadlineEngine(WorkingCalendar(), ScheduleOptions{asOf, 3});
}

const QDateTime kStamp(QDate(2024, 1, 9), QTime(8, 30, 5), Qt::UTC);

} // namespace

TEST_CASE("Text values escape backslashes, semicolons, commas and line breaks")
{
    CHECK(icsText(QStringLiteral("a\\b;c,d\ne\r\nf")) == QStringLiteral("a\\\\b\\;c\\,d\\ne\\nf"));
    CHECK(icsText(QStringLiteral("bell\x07gone")) == QStringLiteral("bellgone"));
}

TEST_CASE("Lines fold at 75 octets with CRLF and a leading space")
{
    CHECK(icsLine(QStringLiteral("SHORT:x")) == QByteArray("SHORT:x\r\n"));
    const QString exact = QStringLiteral("X:") + QString(73, QLatin1Char('a'));
    CHECK(icsLine(exact) == exact.toUtf8() + "\r\n");
    const QString longer = QStringLiteral("X:") + QString(150, QLatin1Char('a'));
    CHECK(icsLine(longer) == QByteArray("X:") + QByteArray(73, 'a') + "\r\n " +
                                 QByteArray(74, 'a') + "\r\n " + QByteArray(3, 'a') + "\r\n");
}

TEST_CASE("Folding never splits a UTF-8 sequence")
{
    // 74 ASCII octets then "é" (2 octets): the 75-octet cut would fall inside it.
    const QString line = QString(74, QLatin1Char('a')) + QStringLiteral("éz");
    CHECK(icsLine(line) == QByteArray(74, 'a') + "\r\n \xC3\xA9z\r\n");
    // A run of 3-octet characters: 25 fit the first line exactly.
    const QString dashes(30, QChar(0x2014));
    const QByteArray folded = icsLine(dashes);
    CHECK(folded == QString(25, QChar(0x2014)).toUtf8() + "\r\n " +
                        QString(5, QChar(0x2014)).toUtf8() + "\r\n");
}

TEST_CASE("UIDs come from the case reference and the deadline kind")
{
    Deadline deadline;
    deadline.caseRef = QStringLiteral("SSCP-2024-007");
    deadline.kind = DeadlineKind::RapidReview;
    CHECK(deadlineUid(deadline) ==
          QStringLiteral("sscp-2024-007.rapid-review@deadlines.reviewdesk"));
    deadline.kind = DeadlineKind::Action;
    deadline.actionId = 12;
    CHECK(deadlineUid(deadline) == QStringLiteral("sscp-2024-007.action-12@deadlines.reviewdesk"));
}

TEST_CASE("Each open deadline is an all-day event; met ones and the child identifier are left out")
{
    // Aware Wed 20 Dec 2023: notification due Fri 29 Dec, rapid review Mon 15 Jan 2024.
    CaseFile file = caseAware(QStringLiteral("SSCP-2023-042"), QDate(2023, 12, 20));
    file.kase.notified = QDate(2023, 12, 22);
    const QByteArray calendar =
        deadlinesCalendar({file}, engineAsOf(QDate(2024, 1, 9)), {kStamp, {}});
    const QByteArray expected =
        "BEGIN:VCALENDAR\r\n"
        "VERSION:2.0\r\n"
        "PRODID:-//ReviewDesk//ReviewDesk " REVIEWDESK_VERSION "//EN\r\n"
        "CALSCALE:GREGORIAN\r\n"
        "METHOD:PUBLISH\r\n"
        "X-WR-CALNAME:ReviewDesk deadlines\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:sscp-2023-042.rapid-review@deadlines.reviewdesk\r\n"
        "DTSTAMP:20240109T083005Z\r\n"
        "DTSTART;VALUE=DATE:20240115\r\n"
        "DTEND;VALUE=DATE:20240116\r\n"
        "SUMMARY:SSCP-2023-042: Rapid review\r\n"
        "DESCRIPTION:Rapid review of case SSCP-2023-042 due Mon 15 Jan 2024.\\nStatus\r\n"
        "  on Tue 9 Jan 2024: due\\, 4 working days left.\\nThe clock started Wed 20 D\r\n"
        " ec 2023.\r\n"
        "CATEGORIES:Rapid review\r\n"
        "TRANSP:TRANSPARENT\r\n"
        "END:VEVENT\r\n"
        "END:VCALENDAR\r\n";
    CHECK(calendar == expected);
    CHECK_FALSE(calendar.contains("Q.Z."));
}

TEST_CASE("Overdue deadlines say so; --case keeps one case's events")
{
    const CaseFile late = caseAware(QStringLiteral("A-1"), QDate(2024, 1, 2));
    const CaseFile other = caseAware(QStringLiteral("B-2"), QDate(2024, 1, 3));
    const QByteArray all =
        deadlinesCalendar({late, other}, engineAsOf(QDate(2024, 3, 1)), {kStamp, {}});
    CHECK(all.count("BEGIN:VEVENT") == 4);
    CHECK(all.contains("SUMMARY:A-1: Notification (overdue)\r\n"));
    const QByteArray one = deadlinesCalendar({late, other}, engineAsOf(QDate(2024, 3, 1)),
                                             {kStamp, QStringLiteral("b-2")});
    CHECK(one.count("BEGIN:VEVENT") == 2);
    CHECK(one.contains("UID:b-2.notification@deadlines.reviewdesk\r\n"));
    CHECK_FALSE(one.contains("A-1"));
}
