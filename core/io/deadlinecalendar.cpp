#include "io/deadlinecalendar.h"

#include "schedule/wording.h"
#include "util/counted.h"
#include "util/isodate.h"

#include <algorithm>

namespace reviewdesk::io {
namespace {

// Not a registered domain: RFC 5545 asks only that UIDs be globally unique,
// and a fixed suffix keeps them from colliding with other calendars' events.
const QString kUidDomain = QStringLiteral("deadlines.reviewdesk");
constexpr qsizetype kMaxLineOctets = 75;

QString icsDate(const QDate& date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

QString statusSentence(const Deadline& deadline, const QDate& asOf)
{
    QString sentence = QStringLiteral("Status on %1: %2")
                           .arg(toDisplay(asOf), statusText(deadline.status).toLower());
    if (deadline.status == DeadlineStatus::Overdue)
        sentence += QStringLiteral(" by %1").arg(workingDaysText(deadline.workingDays));
    else if (deadline.status == DeadlineStatus::Due || deadline.status == DeadlineStatus::DueSoon)
        sentence += QStringLiteral(", %1 left").arg(workingDaysText(deadline.workingDays));
    return sentence + QLatin1Char('.');
}

QString description(const Deadline& deadline, const CaseRecord& file, const QDate& asOf)
{
    QStringList lines;
    lines << QStringLiteral("%1 of case %2 due %3.")
                 .arg(deadlineText(deadline), file.kase.ref, toDisplay(deadline.due));
    if (deadline.kind == DeadlineKind::Action && deadline.actionId)
        for (const Action& action : file.actions)
            if (action.id == *deadline.actionId && !action.ownerAgency.isEmpty())
                lines << QStringLiteral("Owner: %1.").arg(action.ownerAgency);
    lines << statusSentence(deadline, asOf);
    if (deadline.kind != DeadlineKind::Action)
        lines << QStringLiteral("The clock started %1.").arg(toDisplay(deadline.start));
    if (deadline.extended)
        lines << QStringLiteral("The due date was extended.");
    if (deadline.provisional)
        lines << QStringLiteral("Provisional: the bank holidays of that year are not all "
                                "announced yet.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString deadlineUid(const Deadline& deadline)
{
    QString kind = nameOf(deadline.kind);
    if (deadline.kind == DeadlineKind::Action && deadline.actionId)
        kind += QLatin1Char('-') + QString::number(*deadline.actionId);
    return QStringLiteral("%1.%2@%3").arg(deadline.caseRef.trimmed().toLower(), kind, kUidDomain);
}

QString icsText(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            escaped += QLatin1Char('\\');
            escaped += c;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            escaped += QLatin1String("\\n");
        } else if (c == QLatin1Char('\n')) {
            escaped += QLatin1String("\\n");
        } else if (c.unicode() < 0x20 && c != QLatin1Char('\t')) {
            continue; // other control characters are not allowed in TEXT
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray icsLine(const QString& line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray folded;
    folded.reserve(bytes.size() + bytes.size() / 70 * 3 + 2);
    qsizetype pos = 0;
    qsizetype room = kMaxLineOctets;
    while (bytes.size() - pos > room) {
        qsizetype cut = pos + room;
        // Back up to the start of a UTF-8 sequence.
        while (cut > pos && (static_cast<unsigned char>(bytes.at(cut)) & 0xC0) == 0x80)
            --cut;
        folded += bytes.mid(pos, cut - pos);
        folded += "\r\n ";
        pos = cut;
        room = kMaxLineOctets - 1; // the leading space counts
    }
    folded += bytes.mid(pos);
    folded += "\r\n";
    return folded;
}

QByteArray deadlinesCalendar(const QList<CaseRecord>& files, const DeadlineEngine& engine,
                             const CalendarOptions& options)
{
    struct Event
    {
        Deadline deadline;
        const CaseRecord* file;
    };
    QList<Event> events;
    const QString onlyRef = options.caseRef.trimmed().toCaseFolded();
    for (const CaseRecord& file : files) {
        if (!onlyRef.isEmpty() && file.kase.ref.trimmed().toCaseFolded() != onlyRef)
            continue;
        for (const Deadline& deadline : engine.deadlinesFor(file))
            if (isOpen(deadline.status))
                events.append({deadline, &file});
    }
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        if (a.deadline.due != b.deadline.due)
            return a.deadline.due < b.deadline.due;
        return deadlineUid(a.deadline) < deadlineUid(b.deadline);
    });

    const QDate asOf = engine.options().asOf;
    const QString stamp = options.stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QByteArray calendar;
    calendar += icsLine(QStringLiteral("BEGIN:VCALENDAR"));
    calendar += icsLine(QStringLiteral("VERSION:2.0"));
    calendar += icsLine(QStringLiteral("PRODID:-//ReviewDesk//ReviewDesk %1//EN")
                            .arg(QStringLiteral(REVIEWDESK_VERSION)));
    calendar += icsLine(QStringLiteral("CALSCALE:GREGORIAN"));
    calendar += icsLine(QStringLiteral("METHOD:PUBLISH"));
    calendar += icsLine(QStringLiteral("X-WR-CALNAME:ReviewDesk deadlines"));
    for (const Event& event : events) {
        const Deadline& deadline = event.deadline;
        QString summary = QStringLiteral("%1: %2").arg(deadline.caseRef, deadlineText(deadline));
        if (deadline.status == DeadlineStatus::Overdue)
            summary += QStringLiteral(" (overdue)");
        calendar += icsLine(QStringLiteral("BEGIN:VEVENT"));
        calendar += icsLine(QStringLiteral("UID:") + icsText(deadlineUid(deadline)));
        calendar += icsLine(QStringLiteral("DTSTAMP:") + stamp);
        calendar += icsLine(QStringLiteral("DTSTART;VALUE=DATE:") + icsDate(deadline.due));
        calendar += icsLine(QStringLiteral("DTEND;VALUE=DATE:") + icsDate(deadline.due.addDays(1)));
        calendar += icsLine(QStringLiteral("SUMMARY:") + icsText(summary));
        calendar += icsLine(QStringLiteral("DESCRIPTION:") +
                            icsText(description(deadline, *event.file, asOf)));
        calendar += icsLine(QStringLiteral("CATEGORIES:") + icsText(kindText(deadline.kind)));
        calendar += icsLine(QStringLiteral("TRANSP:TRANSPARENT"));
        calendar += icsLine(QStringLiteral("END:VEVENT"));
    }
    calendar += icsLine(QStringLiteral("END:VCALENDAR"));
    return calendar;
}

} // namespace reviewdesk::io
