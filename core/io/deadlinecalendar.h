// The open deadlines as an iCalendar file (RFC 5545) for Outlook and other
// calendars: one all-day event per deadline. Each event's UID comes from the
// case reference and the deadline's kind, so importing a later export updates
// the events instead of adding copies. The child identifier is never written:
// calendars get shared.
#pragma once

#include "domain/casefile.h"
#include "schedule/deadlineengine.h"

#include <QByteArray>
#include <QDateTime>

namespace reviewdesk::io {

struct CalendarOptions
{
    QDateTime stamp; // DTSTAMP: when the calendar was made (UTC)
    QString caseRef; // only this case's deadlines when not empty
};

// Every deadline that is open on the engine's "as of" date.
QByteArray deadlinesCalendar(const QList<CaseRecord>& files, const DeadlineEngine& engine,
                             const CalendarOptions& options);

// The event's UID, e.g. "sscp-2024-007.rapid-review@deadlines.reviewdesk".
QString deadlineUid(const Deadline& deadline);

// A TEXT value with \ ; , and line breaks escaped (RFC 5545 3.3.11).
QString icsText(const QString& text);

// A content line folded at 75 octets (never inside a UTF-8 sequence), each
// piece ending in CRLF and the continuations starting with a space.
QByteArray icsLine(const QString& line);

} // namespace reviewdesk::io
